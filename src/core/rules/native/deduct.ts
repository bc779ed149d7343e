/** deduct's native twin (../deduct.ts). */
import { constant, fmt, fmtPct, xl } from "../../decimal";
import { stepWord, withinWord } from "../common";
import type { DeductRule } from "../types";
import type { NativeKind } from "./kind";
import { xcat, xdeductTail, xdirectionWord, xexcess, xpct, xpoints, xscore, xv } from "./common";

/** Excel expression for steps(), from an excess expression. */
function xsteps(rule: DeductRule, excess: string): string {
  const ratio = `${excess}/${xl(rule.step)}`;
  const stepping = rule.stepping ?? "proportional";
  if (stepping === "floor") return `INT(ROUND(${ratio},9))`;
  if (stepping === "ceil") return `ROUNDUP(ROUND(${ratio},9),0)`;
  return `(${ratio})`;
}

export const deductNative: NativeKind<DeductRule> = {
  score(rule, max, v) {
    const n = xsteps(rule, xexcess(xv(v), xl(rule.threshold), rule.direction));
    return xscore(`${xl(max)}-${xl(rule.points)}*${n}`, xl(max));
  },

  explain(rule, max, { read, score }, subject) {
    const v = xv(read);
    const threshold = constant(rule.threshold);
    const excess = xexcess(v, xl(threshold), rule.direction);
    const head = [subject, xpct(v, [threshold])] as const;
    const full = xcat(
      ...head,
      `，${withinWord[rule.direction]}${fmtPct(threshold)}，得满分${fmt(max)}分`
    );
    const n = xsteps(rule, excess);
    const stepping = rule.stepping ?? "proportional";
    const counted =
      stepping === "floor"
        ? xcat("按整步计", { x: n }, "步，")
        : stepping === "ceil"
          ? xcat("不足一步按一步计，计", { x: n }, "步，")
          : '""';
    const each = `每${stepWord(rule.direction)}${fmtPct(constant(rule.step))}扣${fmt(constant(rule.points))}分，`;
    const deducted = xcat(
      ...head,
      "，",
      xdirectionWord(rule.direction, v, xl(threshold)),
      `${fmtPct(threshold)}共`,
      xpoints(excess),
      "个百分点，",
      { x: counted },
      each,
      xdeductTail(`${xl(rule.points)}*${n}`, max, score)
    );
    return `IF(ROUND(${excess},9)=0,${full},${deducted})`;
  },
};
