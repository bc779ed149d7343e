/** An exceljs worksheet as a Grid: what the reader sees, with nothing of exceljs left in it. */
import * as ExcelJS from "exceljs";
import { a1, type CellValue, type Grid, type GridCell } from "../../scorecard/grid";

const MS_PER_DAY = 86_400_000;
/** Days between the Excel epoch and 1970-01-01 (1900 and 1904 date systems). */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/**
 * Reads every non-empty cell. Formula cells give their cached result (`cell.result`: exceljs
 * drops a 0 result from `cell.value`) and their formula text; dates become Excel serial numbers
 * (as Office.js reports them), rich text and hyperlinks their plain text, errors their code.
 * Cells covered by a merge other than its top-left one are left empty: the value belongs to the
 * top-left cell, as in Excel.
 */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const date1904 = Boolean(
    (ws.workbook as { properties?: { date1904?: boolean } } | undefined)?.properties?.date1904
  );
  const found: Array<{ row: number; column: number; cell: GridCell }> = [];
  let minRow = Infinity;
  let minColumn = Infinity;
  let maxRow = -1;
  let maxColumn = -1;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const gridCell = toGridCell(cell, date1904);
      if (!gridCell) return;
      const r = rowNumber - 1;
      const c = columnNumber - 1;
      found.push({ row: r, column: c, cell: gridCell });
      if (r < minRow) minRow = r;
      if (r > maxRow) maxRow = r;
      if (c < minColumn) minColumn = c;
      if (c > maxColumn) maxColumn = c;
    });
  });

  const merges = mergedRanges(ws);
  if (found.length === 0) {
    return {
      sheetName: ws.name,
      rowCount: 0,
      columnCount: 0,
      origin: { row: 0, column: 0 },
      cells: [],
      merges,
    };
  }
  const rowCount = maxRow - minRow + 1;
  const columnCount = maxColumn - minColumn + 1;
  const cells: Array<Array<GridCell | undefined>> = new Array(rowCount);
  for (let r = 0; r < rowCount; r++) cells[r] = [];
  for (const f of found) cells[f.row - minRow][f.column - minColumn] = f.cell;
  return {
    sheetName: ws.name,
    rowCount,
    columnCount,
    origin: { row: minRow, column: minColumn },
    cells,
    merges,
  };
}

function toGridCell(cell: ExcelJS.Cell, date1904: boolean): GridCell | undefined {
  if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null)
    return undefined;
  const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const out: GridCell = { value: null };
  if (cell.type === ExcelJS.ValueType.Formula) {
    const text = cell.formula;
    if (text) out.formula = "=" + text;
    out.value = plainValue(cell.result, date1904);
  } else {
    out.value = plainValue(cell.value, date1904);
  }
  if (numberFormat) out.numberFormat = numberFormat;
  if (out.value === null && out.formula === undefined) return undefined;
  return out;
}

/** Any exceljs value (or formula result) as a plain cell value. */
export function plainValue(v: unknown, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return o.error;
    if (Array.isArray(o.richText)) return richTextOf(o.richText);
    if ("hyperlink" in o || "text" in o) return plainValue(o.text, date1904);
    if ("formula" in o || "sharedFormula" in o) return plainValue(o.result, date1904);
  }
  return String(v);
}

function richTextOf(runs: unknown[]): string {
  return runs
    .map((r) => (r && typeof r === "object" ? String((r as { text?: unknown }).text ?? "") : ""))
    .join("");
}

/** Merged areas as "A1:C1" strings. exceljs keeps them in a private map; its public model is costly to build. */
function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  const internal = (
    ws as unknown as {
      _merges?: Record<string, { range?: string; model?: Record<string, number> }>;
    }
  )._merges;
  if (internal) {
    const out: string[] = [];
    for (const m of Object.values(internal)) {
      if (!m) continue;
      if (typeof m.range === "string") out.push(m.range);
      else if (m.model)
        out.push(
          `${a1(m.model.top - 1, m.model.left - 1)}:${a1(m.model.bottom - 1, m.model.right - 1)}`
        );
    }
    return out;
  }
  return [...((ws.model as { merges?: string[] }).merges ?? [])];
}
