/** "以上情况每出现一例不符合要求的扣1分，扣完为止": input is the number of cases. */
import { clamp, constant, fmt, roundScore, ZERO } from "../decimal";
import type { RuleKind } from "./kind";
import { checkCount, pts } from "./common";
import { numberReader } from "./readers";
import type { PerCaseRule } from "./types";

/**
 * The words for what a rule counts: 不符合要求 in 例 unless the text says otherwise. `measure`
 * names the number to type: 例数, 月数 (of 个月), 个数 (of 个), 天数.
 */
export function countedWords(rule: PerCaseRule) {
  const what = rule.counted?.what ?? "不符合要求";
  const unit = rule.counted?.unit ?? "例";
  const measure = `${unit === "个" ? unit : unit.replace(/^个/, "")}数`;
  return {
    what,
    unit,
    measure,
    /** "无延迟的情况": n = 0. */
    none: `无${what}的情况`,
    /** "每个月扣1分", "每例扣1分". */
    each: `每${unit}扣${fmt(constant(rule.points))}分`,
  };
}

export const perCase: RuleKind<PerCaseRule> = {
  reader: numberReader,

  validate(rule) {
    const p = rule.points > 0 ? [] : [`每例扣分应大于0（当前为${rule.points}）`];
    const c = rule.counted;
    if (
      c !== undefined &&
      !(c && typeof c.what === "string" && c.what && typeof c.unit === "string" && c.unit)
    )
      p.push('计数对象（counted）应写明what和unit，如{"what":"延迟","unit":"个月"}');
    return p;
  },

  evaluate(rule, max, input, subject) {
    const words = countedWords(rule);
    const what = `${subject}的${words.what === "不符合要求" ? "不符合" : words.what}${words.measure}`;
    const n = checkCount(numberReader.read(input, what), input, what);
    const raw = n.times(constant(rule.points));
    const score = roundScore(clamp(max.minus(raw), ZERO, max));
    return {
      score,
      explain() {
        if (n.isZero()) return `${words.none}，得满分${fmt(max)}分`;
        const tail = raw.greaterThanOrEqualTo(max)
          ? `应扣${fmt(raw)}分，扣完为止，得0分`
          : `扣${fmt(raw)}分，得${fmt(score)}分`;
        return `${words.what}${n.toString()}${words.unit}，${words.each}，${tail}`;
      },
    };
  },

  input(rule) {
    const w = countedWords(rule);
    return {
      kind: "count",
      hint: rule.counted
        ? `填写${w.what}的${w.measure}（0表示没有）`
        : "填写不符合要求的例数（0表示全部符合）",
      min: 0,
      whole: true,
      ...(rule.items ? { details: rule.items.map((it) => `${it.label}${it.text}`) } : {}),
    };
  },

  describe(rule) {
    if (!rule.counted)
      return `按例扣分：每例不符合扣${pts(rule.points)}分，扣完为止；输入不符合的例数`;
    const w = countedWords(rule);
    return `按次数扣分：${w.what}每${w.unit}扣${pts(rule.points)}分，扣完为止；输入${w.what}的${w.measure}`;
  },
};
