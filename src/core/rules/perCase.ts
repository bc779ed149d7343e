/** "以上情况每出现一例不符合要求的扣1分，扣完为止": input is the number of cases. */
import { clamp, constant, fmt, roundScore, ZERO } from "../decimal";
import type { RuleKind } from "./kind";
import { checkCount, pts } from "./common";
import { numberReader } from "./readers";
import type { PerCaseRule } from "./types";

export const perCase: RuleKind<PerCaseRule> = {
  reader: numberReader,

  validate(rule) {
    return rule.points > 0 ? [] : [`每例扣分应大于0（当前为${rule.points}）`];
  },

  evaluate(rule, max, input, subject) {
    const what = `${subject}的不符合例数`;
    const n = checkCount(numberReader.read(input, what), input, what);
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

  input(rule) {
    return {
      kind: "count",
      hint: "填写不符合要求的例数（0表示全部符合）",
      min: 0,
      whole: true,
      ...(rule.items ? { details: rule.items.map((it) => `${it.label}${it.text}`) } : {}),
    };
  },

  describe(rule) {
    return `按例扣分：每例不符合扣${pts(rule.points)}分，扣完为止；输入不符合的例数`;
  },
};
