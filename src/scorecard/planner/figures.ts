/**
 * Base figures in a 计分表's formulas: a figure typed into a 补充数据 cell, read the way the reader
 * reads the base sheet, and a figure's cell read as a number in each dialect.
 */
import { D, perfNumber, xl } from "../../core";
import { portableNumber } from "../../core/numericText";
import { xNumber } from "../../core/native/numericText";
import type { CellValue } from "../grid";
import { parseFigure } from "../reader/figures";
import type { Dialect } from "./formulas";
import { textExpr } from "./excelText";

/**
 * The number in a 补充数据 cell, or undefined when blank or unusable (the 计分表's formula shows an
 * error for an unusable one, as the reader reports it on the base sheet).
 */
export function suppliedFigure(field: string, raw: unknown): D | undefined {
  const parsed = parseFigure(field, (raw ?? null) as CellValue);
  return parsed.state === "number" ? parsed.value : undefined;
}

/** The longest text matched as it was at planning time (see figureNumber). */
const MAX_MATCHED = 60;

/** A figure's cell as a number in a formula, and what to tell the user about it. */
export interface FigureNumber {
  expr: string;
  /** Set when the portable formula cannot read the cell's text the reader's way. */
  note?: string;
}

/**
 * The figure in cell `ref` as a number: the engine's reading (PERF) or xNumber (portable).
 * `raw` is what the cell holds now. Text the reader reads but xNumber cannot (other spaces, "①",
 * "(−3.5)": see portableNumber) is matched exactly and replaced by the reader's number, so the
 * scorecard scores as the engine does, and a note on the value says to type a number should the
 * cell change. Text the reader rejects is matched the same way and gives #N/A, as the engine
 * scores nothing from it, where VALUE alone would read "$5", "1e3" or "5-".
 */
export function figureNumber(
  dialect: Dialect,
  field: string,
  ref: string,
  raw: unknown,
  where: string,
  numberFormat?: string
): FigureNumber {
  const read = dialect === "perf" ? perfNumber(ref) : xNumber(ref);
  // A date (a number shown as one) is no figure; no formula sees a cell's format portably, so
  // the date is matched as it was at planning time, as text the reader rejects is below.
  if (typeof raw === "number" && parseFigure(field, raw, false, numberFormat).state === "invalid")
    return { expr: `IF(${ref}=${xl(new D(raw))},NA(),${read})` };
  // Longer text is no number, and would take the formula past Excel's 8192 characters.
  if (dialect === "perf" || typeof raw !== "string" || raw.length > MAX_MATCHED)
    return { expr: read };
  const parsed = parseFigure(field, raw);
  const asIs = (value: string) => `IF(EXACT(${ref},${textExpr(raw)}),${value},${read})`;
  if (parsed.state === "invalid") return { expr: asIs("NA()") };
  if (parsed.state !== "number" || portableNumber(raw)?.equals(parsed.value)) return { expr: read };
  return {
    expr: asIs(xl(parsed.value)),
    note: `${field}（${where}）“${raw}”：通用公式按生成时读出的${parsed.value.toString()}计算，改动该单元格时请填写数字`,
  };
}
