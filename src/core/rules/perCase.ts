/** "以上情况每出现一例不符合要求的扣1分，扣完为止": input is the number of cases. */
import { clamp, constant, fmt, roundScore, xl, ZERO } from "../decimal";
import type { RuleKind } from "./kind";
import { countInput, xscore } from "./common";
import type { PerCaseRule } from "./types";

export const perCase: RuleKind<PerCaseRule> = {
  validate(rule) {
    return rule.points > 0 ? [] : [`每例扣分应大于0（当前为${rule.points}）`];
  },

  evaluate(rule, max, input, subject) {
    const n = countInput(input, `${subject}的不符合例数`);
    const raw = n.times(constant(rule.points));
    const score = roundScore(clamp(max.minus(raw), ZERO, max));
    return {
      score,
      explain() {
        if (n.isZero()) return `无不符合要求的情况，得满分${fmt(max)}分`;
        const tail = raw.greaterThanOrEqualTo(max)
          ? `应扣${fmt(raw)}分，扣完为止，得0分`
          : `扣${fmt(raw)}分，得${fmt(score)}分`;
        return `不符合要求${n.toString()}例，每例扣${fmt(constant(rule.points))}分，${tail}`;
      },
    };
  },

  excel(rule, max, ref) {
    return `IF(OR(${ref}<0,${ref}<>INT(${ref})),NA(),${xscore(`${xl(max)}-${xl(rule.points)}*${ref}`, xl(max))})`;
  },

  input() {
    return { kind: "count", hint: "填写不符合要求的例数（0表示全部符合）", min: 0, whole: true };
  },
};
