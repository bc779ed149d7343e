/** "1-4季度各得1分": input is the number of periods met. */
import { constant, D, fmt, roundScore } from "../decimal";
import type { RuleKind } from "./kind";
import { checkCount, pts } from "./common";
import { numberReader } from "./readers";
import type { QuarterlyRule } from "./types";

export const quarterly: RuleKind<QuarterlyRule> = {
  reader: numberReader,

  validate(rule, max) {
    const p: string[] = [];
    if (!(rule.points > 0)) p.push(`每期分数应大于0（当前为${rule.points}）`);
    if (!(Number.isInteger(rule.periods) && rule.periods > 0))
      p.push(`期数应为正整数（当前为${rule.periods}）`);
    else if (!new D(rule.points).times(rule.periods).equals(max))
      p.push(`每期${rule.points}分×${rule.periods}期与分值${max.toString()}不等`);
    return p;
  },

  evaluate(rule, max, input, subject) {
    const what = `${subject}的完成季度数`;
    const n = checkCount(numberReader.read(input, what), input, what, rule.periods);
    const earned = n.times(constant(rule.points));
    const score = roundScore(earned.greaterThan(max) ? max : earned);
    return {
      score,
      explain: () =>
        `${n.toString()}个季度按时完成，每季度${fmt(constant(rule.points))}分，得${fmt(score)}分`,
    };
  },

  input(rule) {
    return {
      kind: "count",
      hint: `填写按时完成的季度数（0-${rule.periods}）`,
      min: 0,
      max: rule.periods,
      whole: true,
    };
  },

  describe(rule) {
    return `按期计分：每期${pts(rule.points)}分，共${rule.periods}期；输入按时完成的期数`;
  },
};
