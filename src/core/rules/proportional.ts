/** "实际得分=支出安排率*5分", "否则按比例计分", "增加的按比例扣减". */
import { clamp, constant, fmt, fmtPct, fmtPoints, ONE, roundScore, ZERO } from "../decimal";
import type { RuleKind } from "./kind";
import { directionWord, excessOf, pct, pts, stepWord, withinWord } from "./common";
import { rateReader } from "./readers";
import type { ProportionalRule } from "./types";

export const proportional: RuleKind<ProportionalRule> = {
  reader: rateReader,

  validate(rule) {
    if (rule.mode === "direct") return [];
    if (rule.mode === "inverse")
      return rule.threshold > 0 ? [] : [`按比例计分的基准应大于0（当前为${rule.threshold}）`];
    if (rule.mode === "complement") {
      return ["above", "below", "both"].includes(rule.direction) && Number.isFinite(rule.threshold)
        ? []
        : ["按比例扣减需要阈值和方向（above、below或both）"];
    }
    return [`未知的按比例计分方式：${(rule as { mode: string }).mode}`];
  },

  evaluate(rule, max, input, subject) {
    const v = rateReader.read(input, subject);
    // Explanations only: SCORE never builds it.
    const head = () =>
      `${subject}${fmtPct(v, rule.mode === "direct" ? [] : [constant(rule.threshold)])}`;
    const zero = ZERO;
    if (rule.mode === "direct") {
      const raw = max.times(v);
      const score = roundScore(clamp(raw, zero, max));
      return {
        score,
        explain() {
          const note = raw.greaterThan(max)
            ? "（超过分值按满分计）"
            : raw.lessThan(ZERO) // not −0 (a "(0)" typed as text)
              ? "（最低0分）"
              : "";
          return `${head()}，按比例计分${fmt(max)}分×${fmtPct(v)}${note}，得${fmt(score)}分`;
        },
      };
    }
    const threshold = constant(rule.threshold);
    if (rule.mode === "inverse") {
      if (v.lessThanOrEqualTo(threshold)) {
        return {
          score: roundScore(max),
          explain: () => `${head()}，不超过${fmtPct(threshold)}，得满分${fmt(max)}分`,
        };
      }
      const score = roundScore(clamp(max.times(threshold).dividedBy(v), zero, max));
      return {
        score,
        explain: () =>
          `${head()}，超过${fmtPct(threshold)}，按比例计分${fmt(max)}分×${fmtPct(threshold)}÷${fmtPct(v, [threshold])}，得${fmt(score)}分`,
      };
    }
    const excess = excessOf(v, threshold, rule.direction);
    if (excess.isZero()) {
      return {
        score: roundScore(max),
        explain: () =>
          `${head()}，${withinWord[rule.direction]}${fmtPct(threshold)}，得满分${fmt(max)}分`,
      };
    }
    const raw = max.times(ONE.minus(excess));
    const score = roundScore(clamp(raw, zero, max));
    return {
      score,
      explain: () =>
        `${head()}，${directionWord(rule.direction, v, threshold)}${fmtPct(threshold)}共${fmtPoints(excess)}个百分点，` +
        `按比例扣减${fmt(max)}分×（1−${fmtPct(excess, [ZERO])}）${raw.lessThan(ZERO) ? "（最低0分）" : ""}，得${fmt(score)}分`,
    };
  },

  input(_rule, _max, subject) {
    return { kind: "rate", hint: `填写${subject}（百分比，如95%）` };
  },

  describe(rule, max) {
    if (rule.mode === "direct") return `按比例：得分=${pts(max)}分×指标值，最高${pts(max)}分`;
    if (rule.mode === "inverse")
      return `按比例：不超过${pct(rule.threshold)}得${pts(max)}分，超过时得分=${pts(max)}分×${pct(rule.threshold)}÷指标值`;
    const within = { above: "不超过", below: "不低于", both: "等于" }[rule.direction];
    return `按比例扣减：${within}${pct(rule.threshold)}得${pts(max)}分，否则得分=${pts(max)}分×（1−${stepWord(rule.direction)}的幅度），最低0分`;
  },
};
