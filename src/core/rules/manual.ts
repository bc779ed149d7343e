/** An evaluator's own score between 0 and 分值. */
import { D, fmt, roundScore } from "../decimal";
import { valueError } from "../errors";
import type { RuleKind } from "./kind";
import { pts } from "./common";
import { numberReader } from "./readers";
import type { ManualRule } from "./types";

export const manual: RuleKind<ManualRule> = {
  reader: numberReader,

  validate() {
    return [];
  },

  evaluate(_rule, max, input, subject) {
    const n = numberReader.read(input, `${subject}的评定得分`);
    if (n.lessThan(0) || n.greaterThan(max))
      throw valueError(`${subject}的评定得分应在0至${fmt(max)}分之间，而不是${n.toString()}`);
    const score = roundScore(n);
    return { score, explain: () => `评定得分${fmt(score)}分（满分${fmt(max)}分）` };
  },

  input(_rule, max) {
    return {
      kind: "score",
      hint: `填写评定得分（0-${fmt(max as D)}分）`,
      min: 0,
      max: max.toNumber(),
    };
  },

  describe(_rule, max) {
    return `评定得分：由评价人在0至${pts(max)}分之间评定`;
  },
};
