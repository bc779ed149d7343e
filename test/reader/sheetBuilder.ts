/** Builds small test workbooks in code (no binary fixtures) and reads them back as Grids. */
import * as ExcelJS from "exceljs";
import { gridFromWorksheet, workbookBuffer, workbookFromBuffer } from "../../src/cli/xlsx";
import type { Grid } from "../../src/scorecard/grid";

/** A cell in a test row: a value, a formula with its cached result, or rich text. */
export type TestCell =
  | string
  | number
  | boolean
  | null
  | undefined
  | { f: string; result?: number | string | { error: string } }
  | { rich: string[] };

export interface SheetSpec {
  name?: string;
  rows: TestCell[][];
  merges?: string[];
  /** 1-based row/column where rows[0][0] goes (default A1). */
  at?: { row: number; column: number };
}

export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name ?? "基础数据");
  const r0 = spec.at?.row ?? 1;
  const c0 = spec.at?.column ?? 1;
  spec.rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === undefined || v === null) return;
      const cell = ws.getCell(r0 + i, c0 + j);
      if (typeof v === "object" && "f" in v) cell.value = { formula: v.f, result: v.result } as ExcelJS.CellFormulaValue;
      else if (typeof v === "object" && "rich" in v) cell.value = { richText: v.rich.map((text) => ({ text })) };
      else cell.value = v;
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  return ws;
}

/** Saves and reloads through a real .xlsx byte stream, as the CLI does. */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return workbookFromBuffer(await workbookBuffer(wb));
}

export async function gridOf(spec: SheetSpec): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, spec);
  const back = await roundTrip(wb);
  return gridFromWorksheet(back.worksheets[0]);
}

/**
 * A Grid straight from rows, without exceljs (fast, for property tests). Strings, numbers and
 * booleans only; merges as A1 ranges.
 */
export function gridFromRows(rows: Array<Array<string | number | boolean | null | undefined>>, merges: string[] = [], name = "基础数据"): Grid {
  const cells = rows.map((row) => row.map((v) => (v === null || v === undefined ? undefined : { value: v })));
  const columnCount = Math.max(0, ...rows.map((r) => r.length));
  return { sheetName: name, rowCount: rows.length, columnCount, origin: { row: 0, column: 0 }, cells, merges };
}

/** The grid cell at an absolute A1 address. */
export function cellAt(grid: Grid, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  const r = Number(m[2]) - 1 - grid.origin.row;
  const c = column - 1 - grid.origin.column;
  return grid.cells[r]?.[c];
}
