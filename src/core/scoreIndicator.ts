/**
 * One indicator scored (PERF.SCORE and evaluateScheme). A module of its own: evaluateScheme needs
 * the field catalogue, which the custom functions' bundle should not carry.
 */
import { constant } from "./decimal";
import { evaluateRule, type Outcome } from "./rules";
import type { Indicator } from "./scheme";

/** Score `input` (a rate, ticks, a level, a count...) for an indicator. */
export function scoreIndicator(indicator: Indicator, input: unknown): Outcome {
  return evaluateRule(indicator.rule, constant(indicator.points), input, indicator.name);
}
