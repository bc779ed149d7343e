/** A rule's parameters in plain Chinese, for docs/RULES.md and the task pane's scheme view. */
import { describeKind } from "./index";
import type { Rule } from "./types";

/** Each kind describes itself (RuleKind.describe); a not-applicable rule adds its condition. */
export function describeRule(rule: Rule, max: number): string {
  if (rule.kind === "notApplicable")
    return `${rule.reason}的按满分计算；否则${describeRule(rule.rule, max)}`;
  return describeKind(rule, max);
}
