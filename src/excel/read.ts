/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the values are read in the
   returned function, after the caller's context.sync(); the tests' fake workbook enforces that at run time. */
/**
 * Reading from the workbook. Each `queue…` function only queues loads on a context and returns a
 * function to call after the next `context.sync()`, so callers can put several reads (and the
 * checks a write needs) into one round trip.
 */
import { columnIndex, type Grid, type GridCell } from "../scorecard/grid";
import type { XlRequestContext, XlWorksheet } from "./api";

/**
 * The most of a sheet read at once: A1:AZ1000. A 基础数据 sheet is a page or two; the cap keeps a
 * sheet with 50,000 used rows from producing a response Excel on the web refuses (5 MB) or a hang.
 */
export const READ_WINDOW = { rows: 1000, columns: 52 } as const;
const WINDOW_ADDRESS = `A1:AZ${READ_WINDOW.rows}`;

export interface SheetSnapshot {
  grid: Grid;
  /** The sheet's used range as Excel reports it (no sheet name), and its size. */
  used: { address: string; rowCount: number; columnCount: number };
  /** The used range reaches past READ_WINDOW: only its top-left part was read. */
  truncated: boolean;
}

export interface SheetInfo {
  name: string;
  position: number;
  visible: boolean;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  /** Workbook structure protection: sheets can't be added, renamed or deleted. */
  protected: boolean;
}

/** "Sheet1!A1:C3" or "'基础 数据'!$A$1" -> "A1:C3" / "A1". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
}

export function queueWorkbookInfo(context: XlRequestContext): () => WorkbookInfo {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position,items/visibility");
  const protection = context.workbook.protection;
  protection.load("protected");
  return () => ({
    sheets: sheets.items
      .map((ws) => ({
        name: ws.name,
        position: ws.position,
        visible: ws.visibility === "Visible",
      }))
      .sort((a, b) => a.position - b.position),
    protected: protection.protected,
  });
}

/** An empty cell as Office.js reports it ("" in values, sometimes null). */
export function isEmpty(v: unknown): boolean {
  return v === "" || v === null || v === undefined;
}

/** Queues the read of a sheet's used range (values, formulas, number formats, merged areas). */
export function queueSheetRead(
  ws: XlWorksheet,
  opts: { merges: boolean; sheetName: string }
): () => SheetSnapshot {
  const used = ws.getUsedRange(true);
  used.load("address,rowCount,columnCount");
  const win = used.getIntersectionOrNullObject(WINDOW_ADDRESS);
  win.load("address,rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
  const merged = opts.merges ? used.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");

  return () => {
    const usedInfo = {
      address: localAddress(used.address),
      rowCount: used.rowCount,
      columnCount: used.columnCount,
    };
    if (win.isNullObject) {
      const grid: Grid = {
        sheetName: opts.sheetName,
        rowCount: 0,
        columnCount: 0,
        origin: { row: 0, column: 0 },
        cells: [],
        merges: [],
      };
      return { grid, used: usedInfo, truncated: true };
    }
    const cells: Array<Array<GridCell | undefined>> = [];
    for (let r = 0; r < win.rowCount; r++) {
      const row: Array<GridCell | undefined> = [];
      for (let c = 0; c < win.columnCount; c++) {
        const value = win.values[r][c];
        const formula = win.formulas[r][c];
        const format = win.numberFormat[r][c];
        const hasFormula = typeof formula === "string" && formula.startsWith("=");
        if (isEmpty(value) && !hasFormula) continue;
        const cell: GridCell = { value: isEmpty(value) ? null : value };
        if (hasFormula) cell.formula = formula;
        if (typeof format === "string" && format !== "General") cell.numberFormat = format;
        row[c] = cell;
      }
      cells.push(row);
    }
    const windowEnd = { row: READ_WINDOW.rows, column: READ_WINDOW.columns };
    const merges =
      merged && !merged.isNullObject && merged.address
        ? merged.address
            .split(",")
            .map(localAddress)
            .filter((a) => a !== "" && withinWindow(a, windowEnd))
        : [];
    const grid: Grid = {
      sheetName: opts.sheetName,
      rowCount: win.rowCount,
      columnCount: win.columnCount,
      origin: { row: win.rowIndex, column: win.columnIndex },
      cells,
      merges,
    };
    const truncated = win.rowCount < used.rowCount || win.columnCount < used.columnCount;
    return { grid, used: usedInfo, truncated };
  };
}

/** Whether a sheet holds nothing at all (no value or formula in its used range). */
export function isBlankSheet(snapshot: SheetSnapshot): boolean {
  return (
    !snapshot.truncated &&
    snapshot.grid.cells.every((row) => row.every((cell) => cell === undefined))
  );
}

function withinWindow(area: string, end: { row: number; column: number }): boolean {
  const first = area.split(":")[0];
  const m = /^([A-Z]+)(\d+)$/.exec(first);
  if (!m) return false;
  return Number(m[2]) <= end.row && columnIndex(m[1]) + 1 <= end.column;
}
