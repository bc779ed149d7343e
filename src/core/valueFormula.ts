/**
 * How an indicator's value is computed from base-data figures. Data in schemes; the arithmetic
 * for each kind lives here only, its words and formulas in ./native/valueFormula.ts (which the
 * custom functions do not load).
 */
import { D } from "./decimal";
import { divZero, valueError } from "./errors";
import { NOT_APPLICABLE_VALUE } from "./rules/notApplicable";

export const NAMESPACE = "PERF";

export type ValueFormula =
  | { kind: "field"; field: string }
  | { kind: "ratio"; numerator: string; denominator: string; notApplicableWhenEmpty?: boolean }
  | { kind: "change"; current: string; previous: string }
  | {
      kind: "completion";
      carryover: string;
      initial: string;
      supplementary: string;
      yearEndBalance: string;
    };

interface FormulaKind<F extends ValueFormula> {
  /** Field ids in argument order (also the PERF function's argument order). */
  args(f: F): string[];
  /** The PERF function computing it, or undefined when the value is the figure itself. */
  perfFunction?: string;
  /** `names` label the arguments in messages: field ids, or parameter names for PERF calls. */
  compute(values: D[], names: string[], subject: string): D;
}

export const ratio: FormulaKind<Extract<ValueFormula, { kind: "ratio" }>> = {
  args: (f) => [f.numerator, f.denominator],
  perfFunction: "RATIO",
  compute([num, den], names, subject) {
    if (den.isZero()) throw divZero(`${names[1]}为0，无法计算${subject}`);
    return num.dividedBy(den);
  },
};

export const change: FormulaKind<Extract<ValueFormula, { kind: "change" }>> = {
  args: (f) => [f.current, f.previous],
  perfFunction: "CHANGERATE",
  compute([cur, prev], names, subject) {
    // Both 0: nothing changed (DOMAIN: "both figures 0 for a change rate → 0%").
    if (prev.isZero() && cur.isZero()) return new D(0);
    if (prev.isZero()) throw divZero(`${names[1]}为0，无法计算${subject}`);
    return cur.minus(prev).dividedBy(prev);
  },
};

export const completion: FormulaKind<Extract<ValueFormula, { kind: "completion" }>> = {
  args: (f) => [f.carryover, f.initial, f.supplementary, f.yearEndBalance],
  perfFunction: "COMPLETIONRATE",
  compute([c, i, s, b], names, subject) {
    const available = c.plus(i).plus(s);
    if (available.isZero())
      throw divZero(`${names[0]}、${names[1]}与${names[2]}之和为0，无法计算${subject}`);
    return available.minus(b).dividedBy(available);
  },
};

export const field: FormulaKind<Extract<ValueFormula, { kind: "field" }>> = {
  args: (f) => [f.field],
  compute: ([v]) => v,
};

const KINDS = { ratio, change, completion, field } as const;

function kindOf(f: ValueFormula): FormulaKind<ValueFormula> {
  const k = KINDS[f.kind] as FormulaKind<ValueFormula> | undefined;
  if (!k) throw new Error(`unknown value formula kind: ${String((f as { kind: unknown }).kind)}`);
  return k;
}

export const formulaArgs = (f: ValueFormula): string[] => kindOf(f).args(f);
/** The PERF function computing the value, or undefined when the value is the figure itself. */
export const perfFunctionOf = (f: ValueFormula): string | undefined => kindOf(f).perfFunction;
export const VALUE_FORMULA_KINDS = Object.keys(KINDS);

/** True when a ratio may be "not applicable" and every figure is empty or 0. */
export function notApplicableNow(f: ValueFormula, values: Array<D | undefined>): boolean {
  return (
    f.kind === "ratio" &&
    !!f.notApplicableWhenEmpty &&
    values.every((v) => v === undefined || v.isZero())
  );
}

/**
 * The value from the figures (undefined = blank). Blank figures must have been reported by
 * the caller, except for not-applicable ratios. Returns NOT_APPLICABLE_VALUE or a rate.
 */
export function computeValue(
  f: ValueFormula,
  values: Array<D | undefined>,
  subject: string
): D | string {
  if (notApplicableNow(f, values)) return NOT_APPLICABLE_VALUE;
  const args = formulaArgs(f);
  const missing = args.filter((_, i) => values[i] === undefined);
  if (missing.length) throw valueError(`缺少${missing.join("、")}，无法计算${subject}`);
  return kindOf(f).compute(values as D[], args, subject);
}

/** Compute a PERF value function's result from its arguments (names label errors). */
export function computeWith(
  kind: "ratio" | "change" | "completion",
  values: D[],
  names: string[],
  subject: string
): D {
  return (KINDS[kind] as FormulaKind<ValueFormula>).compute(values, names, subject);
}
