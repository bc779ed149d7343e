/** proportional's native twin (../proportional.ts). */
import { constant, fmt, fmtPct, xl, ZERO } from "../../decimal";
import { withinWord } from "../common";
import type { ProportionalRule } from "../types";
import type { NativeKind } from "./kind";
import { xcat, xdirectionWord, xexcess, xfmt, xpct, xpoints, xscore, xv } from "./common";

export const proportionalNative: NativeKind<ProportionalRule> = {
  score(rule, max, read) {
    const v = xv(read);
    const m = xl(max);
    if (rule.mode === "direct") return xscore(`${m}*${v}`, m);
    const t = xl(rule.threshold);
    if (rule.mode === "inverse") return `IF(${v}<=${t},${m},${xscore(`${m}*${t}/${v}`, m)})`;
    return xscore(`${m}*(1-${xexcess(v, t, rule.direction)})`, m);
  },

  explain(rule, max, { read, score }, subject) {
    const v = xv(read);
    const m = xl(max);
    const got = ["，得", xfmt(score), "分"] as const;
    if (rule.mode === "direct") {
      const raw = `ROUND(${m}*${v},9)`;
      const note = `IF(${raw}>${m},"（超过分值按满分计）",IF(${raw}<0,"（最低0分）",""))`;
      return xcat(subject, xpct(v), `，按比例计分${fmt(max)}分×`, xpct(v), { x: note }, ...got);
    }
    const threshold = constant(rule.threshold);
    const t = xl(threshold);
    const head = [subject, xpct(v, [threshold])] as const;
    const full = (word: string) =>
      xcat(...head, `，${word}${fmtPct(threshold)}，得满分${fmt(max)}分`);
    if (rule.mode === "inverse") {
      const scaled = xcat(
        ...head,
        `，超过${fmtPct(threshold)}，按比例计分${fmt(max)}分×${fmtPct(threshold)}÷`,
        xpct(v, [threshold]),
        ...got
      );
      return `IF(${v}<=${t},${full("不超过")},${scaled})`;
    }
    const excess = xexcess(v, t, rule.direction);
    const negative = `IF(ROUND(${m}*(1-${excess}),9)<0,"（最低0分）","")`;
    const scaled = xcat(
      ...head,
      "，",
      xdirectionWord(rule.direction, v, t),
      `${fmtPct(threshold)}共`,
      xpoints(excess),
      `个百分点，按比例扣减${fmt(max)}分×（1−`,
      xpct(excess, [ZERO]),
      "）",
      { x: negative },
      ...got
    );
    return `IF(ROUND(${excess},9)=0,${full(withinWord[rule.direction])},${scaled})`;
  },
};
