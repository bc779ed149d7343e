/** "考核得分/指标分值*8分": input "92/100" (score/max), or the ratio itself (≤ 100%). */
import { clamp, fmt, fmtPct, roundScore, xl, ZERO } from "../decimal";
import type { RuleKind } from "./kind";
import { pts, xcat, xfmt, xpct, xscore } from "./common";
import { xFractionParts } from "./readers";
import { fractionReader } from "./readers";
import type { ExternalRule } from "./types";

export const external: RuleKind<ExternalRule> = {
  reader: fractionReader,

  validate() {
    return [];
  },

  evaluate(_rule, max, input, subject) {
    const { ratio, text } = fractionReader.read(input, subject);
    const score = roundScore(clamp(max.times(ratio), ZERO, max));
    return {
      score,
      explain: () =>
        `${text()}，按比例计分${fmt(max)}分×${fmtPct(ratio)}${ratio.greaterThan(1) ? "（超过分值按满分计）" : ""}，得${fmt(score)}分`,
    };
  },

  excel(_rule, max, ratio) {
    const m = xl(max);
    return xscore(`${m}*${ratio}`, m);
  },

  explainExcel(_rule, max, { input, read: ratio, score }) {
    const { slash, num, den } = xFractionParts(input);
    const text = `IF(ISNUMBER(${slash}),${xcat("考核得分", { x: `VALUE(${num})` }, "/", { x: `VALUE(${den})` })},${xcat("考核得分率", xpct(ratio))})`;
    const over = `IF(ROUND(${ratio},9)>1,"（超过分值按满分计）","")`;
    return xcat(
      { x: text },
      `，按比例计分${fmt(max)}分×`,
      xpct(ratio),
      { x: over },
      "，得",
      xfmt(score),
      "分"
    );
  },

  input() {
    return { kind: "fraction", hint: "填写“考核得分/考核分值”，如“92/100”" };
  },

  describe(_rule, max) {
    return `按考核结果：得分=考核得分÷考核分值×${pts(max)}分；输入“考核得分/考核分值”`;
  },
};
