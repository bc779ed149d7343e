/** levels' native twin (../levels.ts). */
import { xl } from "../../decimal";
import { xstr } from "../common";
import { namesOf } from "../levels";
import type { LevelsRule } from "../types";
import type { NativeKind } from "./kind";
import { xcat, xfmt } from "./common";

export const levelsNative: NativeKind<LevelsRule> = {
  score(rule, _max, read) {
    const t = `TRIM(${read}&"")`;
    return rule.levels.reduceRight<string>((rest, l) => {
      const tests = namesOf(l).map((n) => `${t}=${xstr(n)}`);
      const cond = tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
      return `IF(${cond},${xl(l.points)},${rest})`;
    }, "NA()");
  },

  explain(rule, _max, { read, score }) {
    const t = `TRIM(${read}&"")`;
    const name = rule.levels.reduceRight<string>((rest, l) => {
      const tests = namesOf(l).map((n) => `${t}=${xstr(n)}`);
      return `IF(OR(${tests.join(",")}),${xstr(l.name)},${rest})`;
    }, '""');
    return xcat("评定为“", { x: name }, "”，得", xfmt(score), "分");
  },
};
