/**
 * The formulas of a 计分表, in two dialects built from the same pieces:
 * "perf" (PERF.* functions: readable, needs the add-in) and "portable" (native functions only:
 * Excel, WPS, LibreOffice). Scoring itself is never re-implemented here: values come from
 * src/core/valueFormula.ts and portable scores from the rules' own excel emitters.
 */
import {
  blankScoresFullMarks,
  D,
  excelValue,
  NAMESPACE,
  perfValue,
  qualifiedName,
  xl,
  type IndicatorRef,
  type Rule,
  type Scheme,
  type ValueFormula,
  xBlankCell,
} from "../../core";
import { xstr } from "../../core/rules/common";
import { excelExplain, excelReading, excelRule, excelUnscorable } from "../../core/rules/native";
import { lit } from "./excelText";

export type Dialect = "perf" | "portable";

export interface FormulaContext {
  dialect: Dialect;
  scheme: Scheme;
}

/** One indicator row's cells. */
export interface RowCells {
  /** 分值 */
  points: string;
  /** 指标值 / 自评输入 */
  value: string;
  /** 得分 */
  score: string;
  /** The input as its rule reads it (hidden; portable dialect, input rows). */
  read: string;
}

const perfCall = (fn: string, args: string[]) => `${NAMESPACE}.${fn}(${args.join(",")})`;

/** A base figure behind an indicator's value. */
export interface ValueFigure {
  /** Its cell (on the base sheet, or a 补充数据 cell). */
  ref: string;
  /** The cell read as a number in the formula's dialect (xNumber, perfNumber). */
  number: string;
  /** A negative value is impossible (FieldDef.nonNegative). */
  nonNegative: boolean;
  /** The largest possible value (满意率: 1). */
  max?: number;
  /** Index of the figure, among the same value's, that this one cannot exceed (FieldDef.notAbove). */
  notAbove?: number;
}

/**
 * 指标值 of a quantitative indicator, from its figures in argument order. An impossible figure
 * gives #N/A, as the engine gives the indicator no score (FigureError): a negative amount or
 * count, a value above its maximum (55 typed for 55%, or "115%": a 满意率 is at most 100%), a
 * figure above the one it is part of (在用固定资产 over 固定资产总额; both must be filled).
 */
export function valueFormula(
  ctx: FormulaContext,
  vf: ValueFormula,
  figures: ValueFigure[]
): string {
  const refs = figures.map((f) => f.ref);
  const nums = figures.map((f) => f.number);
  const inner = ctx.dialect === "perf" ? perfValue(vf, refs) : excelValue(vf, refs, nums);
  const impossible = figures.flatMap((f) => {
    const out: string[] = [];
    if (f.nonNegative) out.push(negativeTest(f.ref));
    if (f.max !== undefined) out.push(`${f.number}>${xl(new D(f.max))}`);
    const whole = f.notAbove === undefined ? undefined : figures[f.notAbove];
    if (whole)
      out.push(
        `IF(OR(${xBlankCell(f.ref)},${xBlankCell(whole.ref)}),FALSE,${f.number}>${whole.number})`
      );
    return out;
  });
  if (impossible.length === 0) return "=" + inner;
  const test = impossible.length === 1 ? impossible[0] : `OR(${impossible.join(",")})`;
  return `=IF(${test},NA(),${inner})`;
}

/**
 * Excel expression: true when a figure's cell holds a negative number, or text the reader reads as
 * one. Short (the cell, not its number, is tested: formulas stay under Excel's 8192 characters):
 * text the reader reads as a number is negative when it has exactly one of a leading "(" (an
 * accounting negative; ASC makes "（" half-width) and a minus sign ("-" once ASC'd, "−", "–"):
 * "(−18)" is 18. Text with a minus elsewhere is no number, an error anyway; "−0" is negative to
 * the reader too.
 */
export function negativeTest(ref: string): string {
  const text = `ASC(T(${ref}))`;
  const minus = ["\u2212", "\u2013"].reduce((x, m) => `SUBSTITUTE(${x},${xstr(m)},"-")`, text);
  return `IF(ISNUMBER(${ref}),${ref}<0,ISNUMBER(FIND("-",${minus}))<>(LEFT(TRIM(${text}),1)="("))`;
}

/**
 * An input cell as a PERF argument. Desktop Excel passes an empty cell to a custom function as 0
 * (the web passes null; OfficeDev/office-js#4702), which would score an empty 例数 as "no case"
 * and full marks. So a blank input cell never reaches PERF.SCORE (perfScore returns "" first),
 * and a not-applicable rule, for which blank means full marks, gets an explicit "".
 * Computed values need none of this: a formula's "" reaches the function as "".
 */
function perfArg(ref: IndicatorRef, cell: string, input: boolean): string {
  return input && blankScoresFullMarks(ref.indicator.rule)
    ? `IF(${xBlankCell(cell)},"",${cell})`
    : cell;
}

function perfFor(
  fn: "SCORE" | "EXPLAIN",
  ctx: FormulaContext,
  ref: IndicatorRef,
  cell: string,
  input: boolean
): string {
  return perfCall(fn, [
    lit(qualifiedName(ctx.scheme, ref)),
    perfArg(ref, cell, input),
    lit(ctx.scheme.id),
  ]);
}

/** 得分 from the value cell (`input`: an input cell rather than a formula). Blank gives "" (待填). */
export function scoreFormula(
  ctx: FormulaContext,
  ref: IndicatorRef,
  cells: RowCells,
  input: boolean
): string {
  if (ctx.dialect === "perf") {
    const call = perfFor("SCORE", ctx, ref, cells.value, input);
    return input && !blankScoresFullMarks(ref.indicator.rule)
      ? `=IF(${xBlankCell(cells.value)},"",${call})`
      : `=${call}`;
  }
  const read = input ? cells.read : cells.value;
  return "=" + excelRule(ref.indicator.rule, new D(ref.indicator.points), cells.value, read);
}

/** The reading cell of an input row (portable dialect): the input as its rule's reader reads it. */
export function readingFormula(rule: Rule, cells: RowCells): string {
  return "=" + excelReading(rule, cells.value);
}

/** The engine's 扣分说明 of a scored value, written by the rule's kind (portable dialect). */
function portableExplain(ref: IndicatorRef, cells: RowCells, read: string): string {
  const ind = ref.indicator;
  const at = { input: cells.value, read, score: cells.score };
  return excelExplain(ind.rule, new D(ind.points), at, ind.name);
}

export interface QuantitativeMessages {
  /** Why the value is an error (a zero denominator, text in a figure). */
  valueError: string;
  /** The figures behind the value: their cells and how to name them when blank. */
  figures: Array<{ ref: string; label: string }>;
}

/** "待填：请填写编制数（基础数据!B5）、…", naming only the figures that are blank now. */
function pendingText(figures: QuantitativeMessages["figures"]): string {
  const pieces = figures.map((f) => `IF(${xBlankCell(f.ref)},${lit(`、${f.label}`)},"")`);
  return `"待填：请填写"&MID(${pieces.join("&")},2,999)`;
}

/** 扣分说明 of an indicator whose value is computed from base figures. */
export function quantitativeExplain(
  ctx: FormulaContext,
  ref: IndicatorRef,
  cells: RowCells,
  msg: QuantitativeMessages
): string {
  const i = cells.value;
  const shown = `IF(ISNUMBER(${i}),"指标值"&TEXT(${i},"0.00%"),${i}&"")`;
  // The kind's own words when its formula refuses the value (bands: no band holds it).
  const unscorable =
    excelUnscorable(ref.indicator.rule, i, ref.indicator.name) ??
    `${shown}&"无法按评价标准计分，需人工判断"`;
  const scored =
    ctx.dialect === "perf"
      ? perfFor("EXPLAIN", ctx, ref, i, false)
      : portableExplain(ref, cells, i);
  return (
    `=IF(ISERROR(${i}),${lit(msg.valueError)},IF(${xBlankCell(i)},${pendingText(msg.figures)},` +
    `IF(ISERROR(${cells.score}),${unscorable},${scored})))`
  );
}

/** 扣分说明 of an indicator scored from the evaluator's input. */
export function qualitativeExplain(
  ctx: FormulaContext,
  ref: IndicatorRef,
  cells: RowCells,
  hint: string
): string {
  const i = cells.value;
  const rejected = `"自评输入“"&${i}&"”无法识别："&${lit(hint)}`;
  const scored =
    ctx.dialect === "perf"
      ? perfFor("EXPLAIN", ctx, ref, i, true)
      : portableExplain(ref, cells, cells.read);
  const body = `IF(ISERROR(${cells.score}),${rejected},${scored})`;
  // A not-applicable rule scores a blank input as full marks, so blank is not pending there.
  if (blankScoresFullMarks(ref.indicator.rule)) return "=" + body;
  return `=IF(${xBlankCell(i)},${lit(`待填：${hint}`)},${body})`;
}

/** Sum of the numeric scores in `ranges` (blanks and errors skipped), to 2 places. */
export function subtotalFormula(ranges: string[]): string {
  return `=ROUND(${ranges.map((r) => `SUMIF(${r},">=0")`).join("+")},2)`;
}

/** Sum of other subtotal cells, to 2 places. */
export function sumOfCells(cells: string[]): string {
  return `=ROUND(SUM(${cells.join(",")}),2)`;
}

/** Number of indicators in `ranges` whose score is not a number (pending or needing a decision). */
export function pendingCountExpr(ranges: string[], count: number): string {
  return `${count}-COUNT(${ranges.join(",")})`;
}

/** "2项待填或需处理，未计入小计" when some scores are missing, else "". */
export function pendingNoteFormula(ranges: string[], count: number, what: string): string {
  const n = pendingCountExpr(ranges, count);
  return `=IF(${n}>0,${n}&${lit(`项待填或需处理，未计入${what}`)},"")`;
}

/** The grade from the total, only when nothing is pending. */
export function gradeFormula(ctx: FormulaContext, totalCell: string, pendingCell: string): string {
  const pending = `"待定（"&${pendingCell}&"项待填或需处理）"`;
  return `=IF(${pendingCell}>0,${pending},${gradeExpr(ctx, totalCell)})`;
}

function gradeExpr(ctx: FormulaContext, total: string): string {
  if (ctx.dialect === "perf") return perfCall("GRADE", [total, lit(ctx.scheme.id)]);
  const bands = ctx.scheme.grades;
  const last = bands[bands.length - 1];
  // Mirrors gradeOf: the first band whose lower bound the total reaches; else the last band.
  return bands.reduceRight<string>(
    (rest, b) =>
      b.min === undefined ? lit(b.grade) : `IF(${total}>=${xl(b.min)},${lit(b.grade)},${rest})`,
    lit(last.grade)
  );
}
