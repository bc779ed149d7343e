/** "以上情况每出现一例不符合要求的扣1分，扣完为止": input is the number of cases. */
import { clamp, constant, fmt, roundScore, xl, ZERO } from "../decimal";
import type { RuleKind } from "./kind";
import { checkCount, pts, xcat, xfmt, xscore } from "./common";
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

  excel(rule, max, n) {
    return `IF(OR(${n}<0,${n}<>INT(${n})),NA(),${xscore(`${xl(max)}-${xl(rule.points)}*${n}`, xl(max))})`;
  },

  explainExcel(rule, max, { read: n, score }) {
    const m = xl(max);
    const raw = `${xl(rule.points)}*${n}`;
    const tail = `IF(ROUND(${raw},9)>=${m},${xcat("应扣", xfmt(raw), "分，扣完为止，得0分")},${xcat("扣", xfmt(raw), "分，得", xfmt(score), "分")})`;
    const cases = xcat("不符合要求", { x: n }, `例，每例扣${fmt(constant(rule.points))}分，`, {
      x: tail,
    });
    return `IF(${n}=0,${xcat(`无不符合要求的情况，得满分${fmt(max)}分`)},${cases})`;
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
