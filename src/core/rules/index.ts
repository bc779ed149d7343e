/**
 * The one place a rule is evaluated: dispatch by kind, blank inputs, not-applicable wrapping.
 * PERF.SCORE/EXPLAIN and the command line come through here; the portable formulas through its
 * twin, ./native/index.ts, which wraps blank and not-applicable inputs the same way.
 */
import { D } from "../decimal";
import type { InputSpec, RuleKind, Scored } from "./kind";
import type { Rule } from "./types";
import { bands } from "./bands";
import { checklist } from "./checklist";
import { deduct } from "./deduct";
import { external } from "./external";
import { levels } from "./levels";
import { manual } from "./manual";
import { fullMarks, isNotApplicable } from "./notApplicable";
import { perCase } from "./perCase";
import { proportional } from "./proportional";
import { quarterly } from "./quarterly";
import { isBlankCell, pct } from "./common";

/** A rule that is not wrapped in notApplicable. */
export type PlainRule = Exclude<Rule, { kind: "notApplicable" }>;
type Plain = PlainRule;

/** Every rule kind by name (their native twins: NATIVE in ./native/index.ts). */
export const RULE_KINDS: { [K in Plain["kind"]]: RuleKind<Extract<Plain, { kind: K }>> } = {
  deduct,
  bands,
  proportional,
  checklist,
  perCase,
  levels,
  quarterly,
  external,
  manual,
};

function kindOf<R extends Plain>(rule: R): RuleKind<R> {
  const k = RULE_KINDS[rule.kind] as RuleKind<R> | undefined;
  if (!k) throw new Error(`unknown rule kind: ${String(rule.kind)}`);
  return k;
}

/** An evaluation: a score, or pending when the input is blank (待填). */
export type Outcome =
  (Scored & { pending?: false }) | { pending: true; score: null; explain(): string };

export function pending(spec: InputSpec, subject: string): Outcome {
  return { pending: true, score: null, explain: () => `待填：${subject}，${spec.hint}` };
}

/** Score `input` under `rule` worth `max` points. Throws PerfError for unusable input. */
export function evaluateRule(rule: Rule, max: D, input: unknown, subject: string): Outcome {
  if (rule.kind === "notApplicable") {
    if (isNotApplicable(input)) return fullMarks(max, rule.reason);
    return kindOf(rule.rule).evaluate(rule.rule, max, input, subject);
  }
  const kind = kindOf(rule);
  if (isBlankCell(input)) return pending(kind.input(rule, max, subject), subject);
  return kind.evaluate(rule, max, input, subject);
}

/** Problems with a rule's parameters for an indicator worth `max`. */
export function validateRule(rule: Rule, max: D): string[] {
  if (!rule || typeof rule !== "object") return ["缺少评分规则"];
  if (rule.kind === "notApplicable") {
    if (!rule.rule || rule.rule.kind === ("notApplicable" as string))
      return ["不适用规则需要一个内层规则"];
    return validateRule(rule.rule, max);
  }
  if (!(rule.kind in RULE_KINDS))
    return [`未知的规则类型“${String((rule as { kind: unknown }).kind)}”`];
  return kindOf(rule).validate(rule, max);
}

/**
 * Rates are fractions (100% is 1). In a scheme written by hand (JSON), a rate parameter beyond ±200%
 * or a step of 100 percentage points or more is a percentage written as a whole number (threshold
 * 100, step 1), which would score 105% as full marks: refused with how to write it, never guessed.
 * Rule texts need no such check: the reader reads "100%" as 1.
 */
export function wholePercentProblems(rule: Rule): string[] {
  const p: string[] = [];
  const rate = (name: string, x: unknown) => {
    if (typeof x === "number" && Math.abs(x) > 2)
      p.push(`${name}为${x}，即${pct(x)}：比率应写成小数（100%写1，15%写0.15）`);
  };
  if (rule.kind === "notApplicable") return wholePercentProblems(rule.rule);
  if (rule.kind === "deduct") {
    rate("阈值（threshold）", rule.threshold);
    if (typeof rule.step === "number" && rule.step >= 1)
      p.push(
        `步长（step）为${rule.step}，即每${pct(rule.step).replace("%", "")}个百分点：1个百分点写0.01，5个百分点写0.05`
      );
  } else if (rule.kind === "bands" && Array.isArray(rule.bands)) {
    rule.bands.forEach((b, i) => {
      rate(`第${i + 1}个区间的下限（min）`, b.min);
      rate(`第${i + 1}个区间的上限（max）`, b.max);
    });
  } else if (rule.kind === "proportional" && rule.mode !== "direct")
    rate("基准（threshold）", rule.threshold);
  return p;
}

/** What the rule's input cell expects. */
export function inputSpec(rule: Rule, max: D, subject: string): InputSpec {
  if (rule.kind === "notApplicable") {
    const inner = inputSpec(rule.rule, max, subject);
    return { ...inner, hint: `${inner.hint}；${rule.reason}的填“无”，按满分计算` };
  }
  return kindOf(rule).input(rule, max, subject);
}

/** The rule's own description of its parameters (describeRule adds the not-applicable wrapper). */
export function describeKind(rule: Plain, max: number): string {
  return kindOf(rule).describe(rule, max);
}

/** Whether a blank input scores full marks (a not-applicable rule) rather than waiting (待填). */
export function blankScoresFullMarks(rule: Rule): boolean {
  return rule.kind === "notApplicable";
}

/** The 计分表's 说明 line on how this rule counts, if it needs one. */
export function ruleNote(rule: Rule): string | undefined {
  const plain = rule.kind === "notApplicable" ? rule.rule : rule;
  return kindOf(plain).note?.(plain);
}

export type { InputSpec, Scored } from "./kind";
