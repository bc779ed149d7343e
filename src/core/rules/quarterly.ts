/** "1-4季度各得1分": input is the number of periods met. */
import { constant, D, fmt, roundScore, xl } from "../decimal";
import type { RuleKind } from "./kind";
import { countInput, xscore } from "./common";
import type { QuarterlyRule } from "./types";

export const quarterly: RuleKind<QuarterlyRule> = {
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
    const n = countInput(input, `${subject}的完成季度数`, rule.periods);
    const earned = n.times(constant(rule.points));
    const score = roundScore(earned.greaterThan(max) ? max : earned);
    return {
      score,
      explain: () =>
        `${n.toString()}个季度按时完成，每季度${fmt(constant(rule.points))}分，得${fmt(score)}分`,
    };
  },

  excel(rule, max, ref) {
    return `IF(OR(${ref}<0,${ref}>${rule.periods},${ref}<>INT(${ref})),NA(),${xscore(`${xl(rule.points)}*${ref}`, xl(max))})`;
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
};
