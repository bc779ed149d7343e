/**
 * A rule written back as a 评价标准 the reader reads to the same rule: what a 计分方式 cell holds when
 * a scheme is exported and its own text reads otherwise (test/core/ruleText/ruleToText.test.ts holds the
 * round trip for every built-in rule).
 */
import { constant, fmt } from "../decimal";
import type { Band, Direction, PerCaseRule, Rule } from "../rules/types";

const pts = (x: number) => fmt(constant(x));
/** A rate as the texts write it: 100%, 15%, 0.5%. */
const pct = (x: number) => `${constant(x).times(100).toString()}%`;

const STEP_WORD: Record<Direction, string> = { above: "超过", below: "低于", both: "偏离" };

function bandText(b: Band): string {
  const lo =
    b.min === undefined ? undefined : `${pct(b.min)}${b.minInclusive ? "（含）" : "（不含）"}`;
  const hi =
    b.max === undefined ? undefined : `${pct(b.max)}${b.maxInclusive ? "（含）" : "（不含）"}`;
  const when =
    b.min !== undefined && b.min === b.max
      ? `=${pct(b.min)}`
      : lo && hi
        ? `${lo}-${hi}`
        : lo
          ? `${lo}以上`
          : `${hi}以下`;
  return `${when}计${pts(b.score)}分`;
}

export function ruleToText(rule: Rule, max: number): string {
  switch (rule.kind) {
    case "deduct": {
      const from =
        rule.direction === "above"
          ? `≤${pct(rule.threshold)}计满分`
          : rule.direction === "below"
            ? `≥${pct(rule.threshold)}计满分`
            : `以${pct(rule.threshold)}为标准`;
      const whole = constant(rule.step).times(100).toString();
      const stepping =
        rule.stepping === "floor"
          ? `，不足${whole}个百分点的不扣分`
          : rule.stepping === "ceil"
            ? `，不足${whole}个百分点的按${whole}个百分点计算`
            : "";
      return `${from}，每${STEP_WORD[rule.direction]}${whole}个百分点扣${pts(rule.points)}分${stepping}，扣完为止`;
    }
    case "bands":
      return rule.bands.map(bandText).join("；");
    case "proportional":
      if (rule.mode === "direct") return "按完成比例计分，满分为止";
      if (rule.mode === "inverse") return `≤${pct(rule.threshold)}计满分，否则按比例计分`;
      if (rule.threshold !== 0) return `以${pct(rule.threshold)}为标准按比例扣减`;
      return rule.direction === "above"
        ? "下降的计满分，增加的按比例扣减"
        : "未调整的计满分，调整的按比例扣减";
    case "checklist":
      return rule.items
        .map((it, i) => `${"①②③④⑤⑥⑦⑧⑨"[i]}${it.text}计${pts(it.points)}分`)
        .join("；");
    case "perCase": {
      const items = (rule.items ?? []).map((it, i) => `${"①②③④⑤⑥⑦⑧⑨"[i]}${it.text}`).join("；");
      return `${items ? `${items}。以上情况` : ""}${perCaseClause(rule)}扣${pts(rule.points)}分，扣完为止`;
    }
    case "levels":
      return rule.levels.map((l) => `${l.name}${pts(l.points)}分`).join("；");
    case "quarterly":
      return `1-${rule.periods}季度各得${pts(rule.points)}分`;
    case "external":
      return `考核得分/指标分值×${pts(max)}分`;
    case "manual":
      return "由评价人综合评定";
    case "notApplicable":
      return `${ruleToText(rule.rule, max)}。${rule.reason}的按满分计算`;
  }
}

/** Whether two rules score alike: their parameters, with the words (labels, reasons, item texts, aliases, what a per-case rule counts) set apart. */
export function sameScoring(a: Rule, b: Rule): boolean {
  const shape = (rule: Rule) =>
    JSON.stringify(rule, (k, v) =>
      ["label", "reason", "text", "aliases", "counted"].includes(k) ? undefined : v
    );
  return shape(a) === shape(b);
}

/** "每出现一例不符合要求的", or the clause its counted words came from (see readPerCase). */
function perCaseClause(rule: PerCaseRule): string {
  const c = rule.counted;
  if (!c) return "每出现一例不符合要求的";
  const delay = /^(延迟|推迟|逾期|滞后|延误|超期)(.*)$/.exec(c.what);
  if (delay && !c.unit.endsWith("季度")) return `每${delay[1]}一${c.unit}${delay[2]}`;
  if (c.unit === "个季度") return `每有一个季度${c.what}`;
  return `每出现一${c.unit}${c.what}的`;
}
