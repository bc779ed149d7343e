/** Scoring whole schemes: what the command line and the tests compare against. */
import { D } from "./decimal";
import { fieldDef } from "./fields";
import { gradeOf } from "./grade";
import { isPerfError, type PerfError } from "./errors";
import { indicatorsOf, type IndicatorRef, type Scheme } from "./scheme";
import { computeValue, formulaArgs } from "./valueFormula";
import { scoreIndicator } from "./scoreIndicator";

export type IndicatorStatus = "ok" | "missing" | "input" | "error";

export interface IndicatorResult {
  ref: IndicatorRef;
  /** The computed value (a rate or the not-applicable marker) or the evaluator's input. */
  value: D | string | number | null;
  score: D | null;
  explanation: string;
  status: IndicatorStatus;
  /** Base figures that are missing (status "missing"). */
  missing: string[];
  error?: PerfError;
}

export interface SchemeResult {
  scheme: Scheme;
  indicators: IndicatorResult[];
  /** Sum of the scores that could be computed. */
  total: D;
  /** The grade, only when every indicator has a score. */
  grade: string | null;
  /** How many indicators still need a figure, an input or a decision. */
  pendingCount: number;
}

/**
 * Evaluate a scheme. `figure(id)` gives a base figure (undefined = blank or absent);
 * `input(path)` gives the evaluator's entry for an input indicator.
 */
export function evaluateScheme(
  scheme: Scheme,
  figure: (fieldId: string) => D | undefined,
  input: (ref: IndicatorRef) => unknown
): SchemeResult {
  const indicators = indicatorsOf(scheme).map((ref) => evaluateOne(ref, figure, input));
  const total = indicators.reduce((s, r) => (r.score ? s.plus(r.score) : s), new D(0));
  const pendingCount = indicators.filter((r) => r.status !== "ok").length;
  return {
    scheme,
    indicators,
    total,
    grade: pendingCount === 0 ? gradeOf(scheme, total) : null,
    pendingCount,
  };
}

function evaluateOne(
  ref: IndicatorRef,
  figure: (fieldId: string) => D | undefined,
  input: (ref: IndicatorRef) => unknown
): IndicatorResult {
  const ind = ref.indicator;
  const base = { ref, missing: [] as string[] };
  let value: D | string | number | null = null;
  try {
    if (ind.value) {
      const args = formulaArgs(ind.value);
      const values = args.map(figure);
      const notApplicableAllowed = args.every((f) => fieldDef(f).blank === "notApplicable");
      const missing = args.filter((f, i) => values[i] === undefined && !notApplicableAllowed);
      if (missing.length) {
        return {
          ...base,
          value: null,
          score: null,
          status: "missing",
          missing,
          explanation: `基础数据缺少：${missing.join("、")}`,
        };
      }
      value = computeValue(ind.value, values, ind.name);
    } else {
      const raw = input(ref);
      value = raw === undefined ? null : (raw as string | number | null);
    }
    const outcome = scoreIndicator(ind, value);
    if (outcome.pending)
      return { ...base, value, score: null, status: "input", explanation: outcome.explain() };
    return { ...base, value, score: outcome.score, status: "ok", explanation: outcome.explain() };
  } catch (e) {
    if (!isPerfError(e)) throw e;
    return {
      ...base,
      value,
      score: null,
      status: "error",
      explanation: `${e.code} ${e.message}`,
      error: e,
    };
  }
}
