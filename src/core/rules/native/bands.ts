/** bands' native twin (../bands.ts). */
import { xl } from "../../decimal";
import { bandEdges, bandLabel } from "../bands";
import { xstr } from "../common";
import type { Band, BandsRule } from "../types";
import type { NativeKind } from "./kind";
import { xcat, xfmt, xpct, xv } from "./common";

/** Excel condition mirroring bandContains for the guarded value `v`. */
function xcontains(b: Band, v: string): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`${v}${b.minInclusive ? ">=" : ">"}${xl(b.min)}`);
  if (b.max !== undefined) parts.push(`${v}${b.maxInclusive ? "<=" : "<"}${xl(b.max)}`);
  if (parts.length === 0) return "TRUE";
  return parts.length === 1 ? parts[0] : `AND(${parts.join(",")})`;
}

export const bandsNative: NativeKind<BandsRule> = {
  score(rule, _max, read) {
    const v = xv(read);
    return rule.bands.reduceRight<string>(
      (rest, b) => `IF(${xcontains(b, v)},${xl(b.score)},${rest})`,
      "NA()"
    );
  },

  explain(rule, _max, { read, score }, subject) {
    const v = xv(read);
    const label = rule.bands.reduceRight<string>(
      (rest, b) => `IF(${xcontains(b, v)},${xstr(bandLabel(b))},${rest})`,
      '""'
    );
    return xcat(
      subject,
      xpct(v, bandEdges(rule)),
      "，属于“",
      { x: label },
      "”，得",
      xfmt(score),
      "分"
    );
  },

  unscorable(rule, read, subject) {
    return xcat(subject, xpct(xv(read), bandEdges(rule)), "不在评价标准的任何区间内，需人工判断");
  },
};
