/** perCase's native twin (../perCase.ts). */
import { fmt, xl } from "../../decimal";
import { countedWords } from "../perCase";
import type { PerCaseRule } from "../types";
import type { NativeKind } from "./kind";
import { xcat, xfmt, xscore } from "./common";

export const perCaseNative: NativeKind<PerCaseRule> = {
  score(rule, max, n) {
    return `IF(OR(${n}<0,${n}<>INT(${n})),NA(),${xscore(`${xl(max)}-${xl(rule.points)}*${n}`, xl(max))})`;
  },

  explain(rule, max, { read: n, score }) {
    const m = xl(max);
    const raw = `${xl(rule.points)}*${n}`;
    const tail = `IF(ROUND(${raw},9)>=${m},${xcat("应扣", xfmt(raw), "分，扣完为止，得0分")},${xcat("扣", xfmt(raw), "分，得", xfmt(score), "分")})`;
    const w = countedWords(rule);
    const cases = xcat(w.what, { x: n }, `${w.unit}，${w.each}，`, { x: tail });
    return `IF(${n}=0,${xcat(`${w.none}，得满分${fmt(max)}分`)},${cases})`;
  },
};
