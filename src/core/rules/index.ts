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
import { isBlankCell } from "./common";

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
