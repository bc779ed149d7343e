/**
 * Test helpers shared by the planner tests and the LibreOffice end-to-end tests: BaseData built
 * by hand (label in column A, value in column B of a 基础数据 sheet), the engine's expected
 * results, and the comparison of a computed 计分表 with them.
 */
import { D, FIELDS, fieldDef, type Scheme, type SchemeResult } from "../../../src/core";
import type { BaseData, Figure } from "../../../src/scorecard/baseData";
import type { Grid, GridCell } from "../../../src/scorecard/grid";
import type { Plan } from "../../../src/scorecard/plan";
import { suppliedFigure } from "../../../src/scorecard/planner";
import { parseFigure } from "../../../src/scorecard/reader/figures";
import { evaluateSession } from "../../../src/scorecard/session";
import { isError, MiniWorkbook, numberText, type Scalar, type SheetCell } from "./excelFormula";

/** A figure's value: a number, a text the cell holds, null for a blank cell; absent = not on the sheet. */
export type FigureValues = Record<string, number | string | null>;

export interface HandMadeBase {
  base: BaseData;
  /** The base sheet's cells (labels and values), by address. */
  cells: Map<string, SheetCell>;
}

/** Fields in catalogue order, one per row from row 2: label in A, value in B. */
export function handMadeBase(values: FigureValues, opts: { sheetName?: string; year?: number; unitName?: string } = {}): HandMadeBase {
  const sheetName = opts.sheetName ?? "基础数据";
  const cells = new Map<string, SheetCell>();
  const figures: Record<string, Figure> = {};
  cells.set("A1", { value: "项目" });
  cells.set("B1", { value: "数值" });
  let row = 2;
  for (const def of FIELDS) {
    if (!(def.id in values)) continue;
    const raw = values[def.id];
    cells.set(`A${row}`, { value: def.id });
    if (raw !== null) cells.set(`B${row}`, { value: raw });
    // As the reader reads it: numeric text too; a percentage figure above 1 typed as a number (55
    // for 55%) is invalid.
    const parsed = raw === null ? undefined : parseFigure(def.id, raw);
    const value = parsed?.state === "number" ? parsed.value : undefined;
    figures[def.id] = { field: def.id, address: `B${row}`, value, raw, label: def.id, labelAddress: `A${row}` };
    row++;
  }
  return { base: { sheetName, year: opts.year, unitName: opts.unitName, figures, problems: [] }, cells };
}

/** The engine's result for these figures and inputs (the reference every scorecard must equal): the session's. */
export function expected(scheme: Scheme, base: BaseData, inputs: Record<string, string | number | null> = {}): SchemeResult {
  return evaluateSession(scheme, base, inputs);
}

/** A MiniWorkbook holding the plan's sheet (with inputs typed in) and the base sheet. */
export function miniWorkbook(plan: Plan, hand: HandMadeBase, typed: Record<string, string | number | null> = {}): MiniWorkbook {
  const sheet = new Map<string, SheetCell>();
  for (const c of plan.cells) sheet.set(c.address, c.formula ? { formula: c.formula } : { value: c.value ?? null });
  for (const input of plan.inputs) {
    const v = typed[input.key] !== undefined ? typed[input.key] : input.initial;
    if (v !== undefined) sheet.set(input.address, { value: v });
  }
  return new MiniWorkbook(
    new Map([
      [plan.sheetName, sheet],
      [hand.base.sheetName, hand.cells],
    ]),
  );
}

/** A Grid of the plan's constants (what a user's saved 计分表 holds), for readScorecardInputs. */
export function gridOfPlan(plan: Plan, typed: Record<string, string | number | null> = {}, dropColumns: number[] = []): Grid {
  const rows: Array<Array<GridCell | undefined>> = [];
  const put = (address: string, value: string | number | boolean | null) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    c -= 1;
    if (dropColumns.includes(c)) return;
    const r = Number(m[2]) - 1;
    (rows[r] ??= [])[c] = { value };
  };
  for (const cell of plan.cells) if (!cell.formula && cell.value !== undefined && cell.value !== null) put(cell.address, cell.value);
  for (const input of plan.inputs) {
    const v = typed[input.key] !== undefined ? typed[input.key] : input.initial;
    if (v !== undefined && v !== null) put(input.address, v);
  }
  const rowCount = rows.length;
  for (let r = 0; r < rowCount; r++) rows[r] ??= [];
  return { sheetName: plan.sheetName, rowCount, columnCount: 13, origin: { row: 0, column: 0 }, cells: rows, merges: plan.merges };
}

// ---------- comparing a computed 计分表 with the engine ----------

const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

const show = (v: unknown) => (isError(v) ? v.code : JSON.stringify(v));

/**
 * Every indicator value, score, subtotal (points and score), the total, the pending count and
 * the grade of a computed scorecard, against the engine. `read(address)` gives a cell of the
 * scorecard sheet as computed (number, text, boolean, null, or an XlError). Returns the
 * mismatches (empty when all agree).
 */
export function compareWithEngine(
  plan: Plan,
  result: SchemeResult,
  read: (address: string) => Scalar,
  context?: { base: BaseData; inputs?: Record<string, unknown>; explanations?: boolean },
): string[] {
  // A figure that is there but unusable (text, 55 for a percentage), on the base sheet or in a
  // 补充数据 cell: the engine calls it missing, Excel shows an error. Neither scores.
  const invalid = (fields: string[]) =>
    fields.some((f) => {
      const fig = context?.base.figures[f];
      if (fig) return fig.raw !== null && fig.value === undefined;
      const typed = context?.inputs?.[f];
      return typed !== undefined && typed !== null && typed !== "" && suppliedFigure(f, typed) === undefined;
    });
  const layout = plan.scorecard!;
  const out: string[] = [];
  const byPath = new Map(result.indicators.map((r) => [r.ref.path, r]));
  const scoreOf = new Map<string, number | null>();

  for (const row of layout.rows) {
    const r = byPath.get(row.key)!;
    const where = `${row.key}`;
    const v = read(row.valueCell);
    const s = read(row.scoreCell);
    // Value.
    if (!row.input) {
      if (r.value === null) {
        const engineError = r.status === "error" || invalid(r.missing);
        if (engineError ? !isError(v) : !(v === "" || v === null)) out.push(`${where} 指标值: Excel ${show(v)}, engine ${r.status} (no value)`);
      } else if (typeof r.value === "string") {
        if (v !== r.value) out.push(`${where} 指标值: Excel ${show(v)}, engine ${JSON.stringify(r.value)}`);
      } else {
        const ev = Number(r.value.toString());
        if (typeof v !== "number" || !close(v, ev, 1e-9)) out.push(`${where} 指标值: Excel ${show(v)}, engine ${ev}`);
      }
    }
    // 扣分说明 of a scored indicator: the engine's words (both dialects; the portable one writes them natively).
    if (context?.explanations && r.score !== null) {
      const text = read(row.explainCell);
      if (text !== r.explanation) out.push(`${where} 扣分说明: Excel ${show(text)}, engine ${JSON.stringify(r.explanation)}`);
    }
    // Score.
    if (r.score === null) {
      scoreOf.set(row.key, null);
      const ok = r.status === "error" || (!row.input && invalid(r.missing)) ? isError(s) : s === "" || s === null;
      if (!ok) out.push(`${where} 得分: Excel ${show(s)}, engine ${r.status}: ${r.explanation}`);
    } else {
      const es = Number(r.score.toString());
      scoreOf.set(row.key, es);
      if (typeof s !== "number" || !close(s, es, 1e-9)) out.push(`${where} 得分: Excel ${show(s)}, engine ${es} (value ${String(r.value)}; ${r.explanation})`);
    }
  }

  for (const sub of layout.subtotals) {
    const pts = sub.indicators.reduce((n, p) => n.plus(byPath.get(p)!.ref.indicator.points), new D(0));
    const sc = sub.indicators.reduce((n, p) => n.plus(scoreOf.get(p) ?? 0), new D(0));
    const vp = read(sub.pointsCell);
    const vs = read(sub.scoreCell);
    if (typeof vp !== "number" || !close(vp, pts.toNumber(), 1e-9)) out.push(`小计 ${sub.key} 分值: Excel ${show(vp)}, expected ${pts}`);
    if (typeof vs !== "number" || !close(vs, sc.toDecimalPlaces(2).toNumber(), 1e-9)) out.push(`小计 ${sub.key} 得分: Excel ${show(vs)}, expected ${sc}`);
  }

  const tp = read(layout.totalPointsCell);
  if (tp !== result.scheme.total) out.push(`合计分值: Excel ${show(tp)}, expected ${result.scheme.total}`);
  const total = read(layout.totalCell);
  if (typeof total !== "number" || !close(total, result.total.toNumber(), 1e-9)) out.push(`合计得分: Excel ${show(total)}, engine ${result.total}`);
  const pending = read(layout.pendingCell);
  if (pending !== result.pendingCount) out.push(`待填项数: Excel ${show(pending)}, engine ${result.pendingCount}`);
  const grade = read(layout.gradeCell);
  const wanted = result.grade ?? `待定（${result.pendingCount}项待填或需处理）`;
  if (grade !== wanted) out.push(`评价结果: Excel ${show(grade)}, engine ${wanted}`);
  return out;
}

/**
 * The portable dialect's reading of a base figure's cell, written out by hand from parse.ts's
 * rules: a number as it is; a blank 0; text half-width (ASC; ￥ made ¥ first), without spaces
 * (ideographic and no-break too), one minus sign, between sentinel spaces; the end sentinel moved
 * inside a closing ")" so one unit word can be cut before it (longest first), also in "(45人)" and
 * "29.66(万元)", whose emptied brackets go; ¥ or $ cut after the start sentinel; a "%" moved out
 * of the parentheses ("(3.5)%" is what VALUE reads); a stray ")" spoilt; then VALUE.
 */
export function nativeNumber(ref: string): string {
  const sub = (x: string, pairs: Array<[string, string]>) => pairs.reduce((acc, [a, b]) => `SUBSTITUTE(${acc},"${a}","${b}")`, x);
  const clean = sub(`ASC(SUBSTITUTE(T(${ref}),"￥","¥"))`, [[" ", ""], ["\u3000", ""], ["\u00A0", ""], ["\u2212", "-"], ["\u2013", "-"]]);
  const read = sub(`" "&${clean}&" "`, [
    [") ", " ）"],
    ["平方米 ", ""], ["万元 ", ""], ["千元 ", ""], ["亿元 ", ""], ["m2 ", ""], ["m² ", ""],
    ["元 ", ""], ["万 ", ""], ["人 ", ""], ["名 ", ""], ["项 ", ""], ["个 ", ""], ["件 ", ""], ["次 ", ""], ["例 ", ""], ["分 ", ""], ["㎡ ", ""],
    ["(）", ""],
    [" ¥", " "], [" $", " "],
    [" ）", "）"], ["%）", "）%"], [")", "X"], ["）", ")"],
  ]);
  return `IF(ISNUMBER(${ref}),${ref},IF(TRIM(${ref}&"")="",0,VALUE(${read})))`;
}

/** A number typed as text, in one of the ways the reader accepts (see numberAsText). */
export type TextForm =
  | "plain" | "unit" | "fullWidth" | "grouped" | "percent" | "spaces" | "paren" | "fullWidthParen" | "minus"
  | "wideGrouped" | "unitInParen" | "spacedUnit" | "currency" | "bracketUnit" | "wideYen";

export const TEXT_FORMS: readonly TextForm[] = [
  "plain", "unit", "fullWidth", "grouped", "percent", "spaces", "paren", "fullWidthParen", "minus",
  "wideGrouped", "unitInParen", "spacedUnit", "currency", "bracketUnit", "wideYen",
];

/** The forms that make x ≥ 0 a negative number: accounting brackets and a leading minus sign. */
export const NEGATING_FORMS: readonly TextForm[] = ["paren", "fullWidthParen", "minus", "unitInParen"];

const wide = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** "1234.5" -> "1,234.5" (the integer part grouped by threes). */
function grouped(plain: string): string {
  const [int, frac] = plain.split(".");
  const g = int.replace(/\B(?=(\d{3})+$)/g, ",");
  return frac === undefined ? g : `${g}.${frac}`;
}

/**
 * x ≥ 0 typed as text in `form`, with the field's `unit` where the form has one: "45人", "４３",
 * "2,886.58", "87.98%", " 43 ", "(3.5)" (−3.5), "（3.5）" (−3.5), "−3.5" (U+2212), "１，２３４．５",
 * "(45人)" (−45), "45 人", "¥1,234.5", "29.66（万元）", "￥45人". The value is x, or −x for NEGATING_FORMS.
 */
export function numberAsText(x: number, form: TextForm = "plain", unit = "万元"): string {
  const plain = numberText(x);
  const suffix = unit === "%" ? "" : unit;
  switch (form) {
    case "plain":
      return plain;
    case "unit":
      return plain + suffix;
    case "fullWidth":
      return wide(plain);
    case "grouped":
      return grouped(plain);
    case "percent":
      return numberText(Number(new D(plain).times(100).toString())) + "%";
    case "spaces":
      return ` ${plain} `;
    case "paren":
      return `(${plain})`;
    case "fullWidthParen":
      return `（${plain}）`;
    case "minus":
      return "\u2212" + plain;
    case "wideGrouped":
      return wide(grouped(plain));
    case "unitInParen":
      return `(${plain}${suffix})`;
    case "spacedUnit":
      return `${plain} ${suffix}`;
    case "currency":
      return `¥${grouped(plain)}`;
    case "bracketUnit":
      return suffix ? `${plain}（${suffix}）` : plain;
    case "wideYen":
      return `￥${plain}${suffix}`;
  }
}

export { fieldDef };

/**
 * Negative figures give #N/A before any score: a number below 0, or text the reader reads as a
 * negative (one of a leading "(" and a minus sign "-", "−", "–", not both), written out by hand.
 */
export const negativeTest = (r: string) =>
  `IF(ISNUMBER(${r}),${r}<0,ISNUMBER(FIND("-",SUBSTITUTE(SUBSTITUTE(ASC(T(${r})),"\u2212","-"),"\u2013","-")))<>(LEFT(TRIM(ASC(T(${r}))),1)="("))`;
export const guarded = (refs: string[], formula: string) =>
  `=IF(OR(${refs.map(negativeTest).join(",")}),NA(),${formula.slice(1)})`;
