/**
 * A sheet as the reader sees it, independent of where it came from (exceljs, Office.js, a test).
 * Rows and columns are 0-based here; addresses are A1 strings.
 */

export type CellValue = number | string | boolean | null;

export interface GridCell {
  /** The cell's value; for a formula, its last calculated result. */
  value: CellValue;
  /** The formula text with its leading "=", when the cell holds one. */
  formula?: string;
  /** Excel number format, e.g. "0.00%". */
  numberFormat?: string;
}

export interface Grid {
  sheetName: string;
  rowCount: number;
  columnCount: number;
  /** Top-left offset of the used range within the sheet (0-based), so addresses stay true. */
  origin: { row: number; column: number };
  /** Cells indexed [row][column] relative to origin; missing entries are empty cells. */
  cells: ReadonlyArray<ReadonlyArray<GridCell | undefined>>;
  /** Merged areas in A1 notation ("A1:C1"), absolute sheet addresses. */
  merges: readonly string[];
}

/** 0-based column index -> letters ("A", "Z", "AA"). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based (row, column) -> "C7". */
export function a1(row: number, column: number): string {
  return columnLetters(column) + String(row + 1);
}

/** "C" -> 2, "AA" -> 26: the 0-based column of upper-case column letters. */
export function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

/** "C7" -> 0-based {row, column}; also accepts "$C$7". */
export function parseA1(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1].toUpperCase()) };
}
