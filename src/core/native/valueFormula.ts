/**
 * A value formula in the sheet (../valueFormula.ts has its arithmetic): its words for 指标说明 and
 * help, why it can come out as an error (扣分说明), and its native and PERF formulas. Loaded by the
 * planner, the pane and the command line, not by the custom functions.
 */
import { fieldDef, PERCENT_ABOVE_ONE } from "../fields";
import { xBlankCell } from "../rules/common";
import { NOT_APPLICABLE_VALUE } from "../rules/notApplicable";
import { formulaArgs, NAMESPACE, perfFunctionOf, type ValueFormula } from "../valueFormula";

interface SheetKind<F extends ValueFormula> {
  excel(refs: string[]): string;
  /** The formula in words, for 指标说明 and help. */
  text(f: F): string;
  /** Why the value can come out as an error, for 扣分说明 (the cell formula only sees the error). */
  whyError(f: F, subject: string): string;
}

type Of<K extends ValueFormula["kind"]> = SheetKind<Extract<ValueFormula, { kind: K }>>;

const SHEET: { [K in ValueFormula["kind"]]: Of<K> } = {
  ratio: {
    excel: ([a, b]) => `${a}/${b}`,
    text: (f) => `${f.numerator}/${f.denominator}`,
    whyError: (f, subject) =>
      f.notApplicableWhenEmpty
        ? `${f.numerator}与${f.denominator}应同时填写（没有项目的都留空），${f.denominator}不能为0，无法计算${subject}，需处理`
        : `${f.denominator}为0或不是数字，无法计算${subject}，需处理`,
  },
  change: {
    excel: ([c, p]) => `IF(AND(${c}=0,${p}=0),0,(${c}-${p})/${p})`,
    text: (f) => `(${f.current}-${f.previous})/${f.previous}`,
    whyError: (f, subject) => `${f.previous}为0（或基础数据不是数字），无法计算${subject}，需处理`,
  },
  completion: {
    excel: ([c, i, s, b]) => `(${c}+${i}+${s}-${b})/(${c}+${i}+${s})`,
    text: (f) =>
      `(${f.carryover}+${f.initial}+${f.supplementary}-${f.yearEndBalance})/(${f.carryover}+${f.initial}+${f.supplementary})`,
    whyError: (f, subject) =>
      `${f.carryover}、${f.initial}与${f.supplementary}之和为0（或基础数据不是数字），无法计算${subject}，需处理`,
  },
  field: {
    excel: ([a]) => a,
    text: (f) => f.field,
    whyError: (f, subject) =>
      fieldDef(f.field).unit === "%"
        ? `${f.field}${PERCENT_ABOVE_ONE.zh}，无法计算${subject}，需处理`
        : `${f.field}不是数字，无法计算${subject}，需处理`,
  },
};

function sheetOf(f: ValueFormula): SheetKind<ValueFormula> {
  const k = SHEET[f.kind] as SheetKind<ValueFormula> | undefined;
  if (!k) throw new Error(`unknown value formula kind: ${String((f as { kind: unknown }).kind)}`);
  return k;
}

export const formulaText = (f: ValueFormula): string => sheetOf(f).text(f);
export const formulaErrorText = (f: ValueFormula, subject: string): string =>
  sheetOf(f).whyError(f, subject);

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
  return wrap(f, refs, sheetOf(f).excel(nums), nums);
}

/**
 * A figure's cell as a number in the PERF dialect: a number as it is, a blank as 0, text as the
 * engine reads it (PERF.RATIO(x,1) is x, parsed).
 */
export const perfNumber = (ref: string) =>
  `IF(ISNUMBER(${ref}),${ref},IF(${xBlankCell(ref)},0,${NAMESPACE}.RATIO(${ref},1)))`;

/** The same with the PERF function (readable, Chinese error messages), when there is one. */
export function perfValue(f: ValueFormula, refs: string[]): string {
  const fn = perfFunctionOf(f);
  const nums = refs.map(perfNumber);
  return wrap(f, refs, fn ? `${NAMESPACE}.${fn}(${refs.join(",")})` : sheetOf(f).excel(nums), nums);
}
