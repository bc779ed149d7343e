/**
 * How an indicator's value is computed from base-data figures. Data in schemes; the
 * arithmetic, the PERF.* call and the native Excel formula for each kind live here only.
 */
import { D } from "./decimal";
import { divZero, valueError } from "./errors";
import { fieldDef, PERCENT_ABOVE_ONE } from "./fields";
import { xBlankCell } from "./rules/common";
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
  excel(refs: string[]): string;
  /** The formula in words, for 指标说明 and help. */
  text(f: F): string;
  /** Why the value can come out as an error, for 扣分说明 (the cell formula only sees the error). */
  whyError(f: F, subject: string): string;
}

export const ratio: FormulaKind<Extract<ValueFormula, { kind: "ratio" }>> = {
  args: (f) => [f.numerator, f.denominator],
  perfFunction: "RATIO",
  compute([num, den], names, subject) {
    if (den.isZero()) throw divZero(`${names[1]}为0，无法计算${subject}`);
    return num.dividedBy(den);
  },
  excel: ([a, b]) => `${a}/${b}`,
  text: (f) => `${f.numerator}/${f.denominator}`,
  whyError: (f, subject) =>
    f.notApplicableWhenEmpty
      ? `${f.numerator}与${f.denominator}应同时填写（没有项目的都留空），${f.denominator}不能为0，无法计算${subject}，需处理`
      : `${f.denominator}为0或不是数字，无法计算${subject}，需处理`,
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
  excel: ([c, p]) => `IF(AND(${c}=0,${p}=0),0,(${c}-${p})/${p})`,
  text: (f) => `(${f.current}-${f.previous})/${f.previous}`,
  whyError: (f, subject) => `${f.previous}为0（或基础数据不是数字），无法计算${subject}，需处理`,
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
  excel: ([c, i, s, b]) => `(${c}+${i}+${s}-${b})/(${c}+${i}+${s})`,
  text: (f) =>
    `(${f.carryover}+${f.initial}+${f.supplementary}-${f.yearEndBalance})/(${f.carryover}+${f.initial}+${f.supplementary})`,
  whyError: (f, subject) =>
    `${f.carryover}、${f.initial}与${f.supplementary}之和为0（或基础数据不是数字），无法计算${subject}，需处理`,
};

export const field: FormulaKind<Extract<ValueFormula, { kind: "field" }>> = {
  args: (f) => [f.field],
  compute: ([v]) => v,
  excel: ([a]) => a,
  text: (f) => f.field,
  whyError: (f, subject) =>
    fieldDef(f.field).unit === "%"
      ? `${f.field}${PERCENT_ABOVE_ONE.zh}，无法计算${subject}，需处理`
      : `${f.field}不是数字，无法计算${subject}，需处理`,
};

const KINDS = { ratio, change, completion, field } as const;

function kindOf(f: ValueFormula): FormulaKind<ValueFormula> {
  const k = KINDS[f.kind] as FormulaKind<ValueFormula> | undefined;
  if (!k) throw new Error(`unknown value formula kind: ${String((f as { kind: unknown }).kind)}`);
  return k;
}

export const formulaArgs = (f: ValueFormula): string[] => kindOf(f).args(f);
export const formulaText = (f: ValueFormula): string => kindOf(f).text(f);
export const formulaErrorText = (f: ValueFormula, subject: string): string =>
  kindOf(f).whyError(f, subject);
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

/**
 * Both dialects wrap the arithmetic the same way: a blank figure gives a blank value (the
 * indicator is pending, never scored as 0); an empty not-applicable ratio gives the marker.
 * `nums` are the figures as numbers (a blank as 0), for the test that every figure is 0.
 */
function wrap(f: ValueFormula, refs: string[], inner: string, nums: string[]): string {
  if (f.kind === "ratio" && f.notApplicableWhenEmpty) {
    // All empty or 0: no project. One of them blank while the other is not: an error, as in computeValue.
    const anyBlank = `OR(${refs.map(xBlankCell).join(",")})`;
    return `IF(AND(${nums.map((n) => `${n}=0`).join(",")}),"${NOT_APPLICABLE_VALUE}",IF(${anyBlank},NA(),${inner}))`;
  }
  const guarded = refs.filter((_, i) => fieldDef(formulaArgs(f)[i]).blank === "missing");
  if (guarded.length === 0) return inner;
  const blanks = guarded.map(xBlankCell);
  return `IF(${blanks.length === 1 ? blanks[0] : `OR(${blanks.join(",")})`},"",${inner})`;
}

/**
 * Native Excel expression (no "=") over the figures' cell references, in argument order. The
 * arithmetic reads each figure through `nums`, the references as numbers (the planner's xNumber:
 * numeric text such as "45人" or "2,886.58" read as the engine reads it); blanks are tested on the
 * cells themselves.
 */
export function excelValue(f: ValueFormula, refs: string[], nums: string[]): string {
  return wrap(f, refs, kindOf(f).excel(nums), nums);
}

/**
 * A figure's cell as a number in the PERF dialect: a number as it is, a blank as 0, text as the
 * engine reads it (PERF.RATIO(x,1) is x, parsed).
 */
export const perfNumber = (ref: string) =>
  `IF(ISNUMBER(${ref}),${ref},IF(${xBlankCell(ref)},0,${NAMESPACE}.RATIO(${ref},1)))`;

/** The same with the PERF function (readable, Chinese error messages), when there is one. */
export function perfValue(f: ValueFormula, refs: string[]): string {
  const fn = kindOf(f).perfFunction;
  const nums = refs.map(perfNumber);
  return wrap(f, refs, fn ? `${NAMESPACE}.${fn}(${refs.join(",")})` : kindOf(f).excel(nums), nums);
}
