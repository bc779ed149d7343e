/** "每超过/低于 N 个百分点扣 P 分，扣完为止". */
import {
  clamp,
  constant,
  D,
  divideByConstant,
  fmt,
  fmtPct,
  fmtPoints,
  guard,
  roundScore,
  ZERO,
} from "../decimal";
import type { RuleKind } from "./kind";
import { rateReader } from "./readers";
import { directionWord, excessOf, pct, pts, stepWord, withinWord } from "./common";
import type { DeductRule } from "./types";

const STEPPING = {
  proportional: "不足一步按比例扣分",
  floor: "只计整步",
  ceil: "不足一步按一步计",
} as const;

function steps(rule: DeductRule, excess: D): D {
  const exact = divideByConstant(excess, rule.step);
  switch (rule.stepping ?? "proportional") {
    case "floor":
      return guard(exact).floor();
    case "ceil":
      return guard(exact).ceil();
    default:
      return exact;
  }
}

export const deduct: RuleKind<DeductRule> = {
  reader: rateReader,

  validate(rule) {
    const p: string[] = [];
    if (!(rule.step > 0)) p.push(`步长应大于0（当前为${rule.step}）`);
    if (!(rule.points > 0)) p.push(`每步扣分应大于0（当前为${rule.points}）`);
    if (!["above", "below", "both"].includes(rule.direction))
      p.push(`方向应为above、below或both（当前为${rule.direction}）`);
    if (rule.stepping && !["proportional", "floor", "ceil"].includes(rule.stepping))
      p.push(`计步方式应为proportional、floor或ceil（当前为${rule.stepping}）`);
    if (!Number.isFinite(rule.threshold)) p.push("缺少阈值");
    return p;
  },

  evaluate(rule, max, input, subject) {
    const v = rateReader.read(input, subject);
    const threshold = constant(rule.threshold);
    const excess = excessOf(v, threshold, rule.direction);
    const n = steps(rule, excess);
    // No step, no deduction: 0 × a points too large for a number (Infinity) would be NaN.
    const raw = n.isZero() ? ZERO : n.times(constant(rule.points));
    const score = roundScore(clamp(max.minus(raw), ZERO, max));
    return {
      score,
      explain() {
        const head = `${subject}${fmtPct(v, [threshold])}`;
        if (excess.isZero())
          return `${head}，${withinWord[rule.direction]}${fmtPct(threshold)}，得满分${fmt(max)}分`;
        const stepping = rule.stepping ?? "proportional";
        const counted =
          stepping === "floor"
            ? `按整步计${n.toString()}步，`
            : stepping === "ceil"
              ? `不足一步按一步计，计${n.toString()}步，`
              : "";
        const tail = raw.greaterThanOrEqualTo(max)
          ? `应扣${fmt(raw)}分，扣完为止，得0分`
          : `扣${fmt(max.minus(score))}分，得${fmt(score)}分`;
        return (
          `${head}，${directionWord(rule.direction, v, threshold)}${fmtPct(threshold)}共${fmtPoints(excess)}个百分点，` +
          `${counted}每${stepWord(rule.direction)}${fmtPct(constant(rule.step))}扣${fmt(constant(rule.points))}分，${tail}`
        );
      },
    };
  },

  input(_rule, _max, subject) {
    return { kind: "rate", hint: `填写${subject}（百分比，如87.98%）` };
  },

  describe(rule) {
    const word = stepWord(rule.direction);
    return (
      `扣分：${word}${pct(rule.threshold)}后，每${word}${pct(rule.step)}扣${pts(rule.points)}分` +
      `（${STEPPING[rule.stepping ?? "proportional"]}），扣完为止`
    );
  },

  note(rule) {
    return (rule.stepping ?? "proportional") === "proportional"
      ? "“每超过（低于）N个百分点扣P分”按比例扣分：扣分=P×超出（低于）的百分点数÷N，不足一步的按比例计算。"
      : undefined;
  },
};
