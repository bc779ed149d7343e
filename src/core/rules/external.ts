/** "考核得分/指标分值*8分": input "92/100" (score/max), or the ratio itself (≤ 100%). */
import { clamp, fmt, fmtPct, roundScore, ZERO } from "../decimal";
import type { RuleKind } from "./kind";
import { pts } from "./common";
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

  input() {
    return { kind: "fraction", hint: "填写“考核得分/考核分值”，如“92/100”" };
  },

  describe(_rule, max) {
    return `按考核结果：得分=考核得分÷考核分值×${pts(max)}分；输入“考核得分/考核分值”`;
  },
};
