/**
 * 写计分方式: a 计分方式 override written into a scheme sheet's row (the pane's fix for a 评价标准 the
 * reader refuses). Never over anything: the target cell is checked in the round trip before the write.
 * - the table has a 计分方式 column: one round trip loads the row's cell, one writes it (2 syncs);
 * - it has none: one round trip loads the sheet's used range, one writes the header “计分方式” in the
 *   first empty column right of the header row, and the text on the row (2 syncs).
 */
import { a1 } from "../scorecard/grid";
import type { OverrideFix } from "../scorecard/schemeSheet";
import { translateError, WorkbookError } from "./errors";
import type { ExcelHost } from "./host";
import { isEmpty } from "./read";
import { textEntry } from "./textEntry";

/** Where the scheme sheet's reading says the override goes (its OverrideFix), and what to write. */
export type OverrideRequest = Pick<OverrideFix, "row" | "headerRow" | "column"> & {
  sheet: string;
  /** The override, as typed. */
  text: string;
};

export interface OverrideResult {
  /** The cell written, "J9". */
  cell: string;
  /** The header cell written when the column was missing, "K2". */
  header?: string;
  syncs: number;
}

export const OVERRIDE_HEADER = "计分方式";

export const overrideErrors = {
  taken: (sheet: string, cell: string) =>
    new WorkbookError(
      "cellsNotEmpty",
      `工作表“${sheet}”的 ${cell} 已有内容，未写入计分方式（不覆盖已有内容）。请清空该单元格或直接在其中修改。`,
      `${cell} on "${sheet}" holds something; the override was not written (nothing is overwritten). Empty the cell or edit it there.`
    ),
  noHeader: (sheet: string, row: number) =>
    new WorkbookError(
      "writeFailed",
      `工作表“${sheet}”第 ${row + 1} 行不是评分表的表头（已改动？），未写入。请重新读取评分方案表。`,
      `Row ${row + 1} of "${sheet}" is no longer the table's header; nothing was written. Read the scheme sheet again.`
    ),
};

export async function writeOverride(
  host: ExcelHost,
  req: OverrideRequest
): Promise<OverrideResult> {
  const text = req.text.trim();
  try {
    return await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(req.sheet);
      if (req.column !== undefined) {
        const address = a1(req.row, req.column);
        const cell = ws.getRange(address);
        cell.load("formulas");
        await context.sync();
        if (!isEmpty(cell.formulas[0][0])) throw overrideErrors.taken(req.sheet, address);
        cell.values = [[textEntry(text)]];
        await context.sync();
        return { cell: address, syncs: 2 };
      }
      const used = ws.getUsedRange();
      used.load("rowIndex,columnIndex,rowCount,columnCount,formulas");
      await context.sync();
      const at = (r: number, c: number): unknown =>
        used.formulas[r - used.rowIndex]?.[c - used.columnIndex];
      const header = used.formulas[req.headerRow - used.rowIndex];
      if (!header || header.every(isEmpty)) throw overrideErrors.noHeader(req.sheet, req.headerRow);
      // Right of the header row's last cell: the header cell is empty by construction.
      let column = used.columnIndex + header.length;
      while (column > used.columnIndex && isEmpty(at(req.headerRow, column - 1))) column--;
      const address = a1(req.row, column);
      if (!isEmpty(at(req.row, column))) throw overrideErrors.taken(req.sheet, address);
      const head = a1(req.headerRow, column);
      ws.getRange(head).values = [[OVERRIDE_HEADER]];
      ws.getRange(address).values = [[textEntry(text)]];
      await context.sync();
      return { cell: address, header: head, syncs: 2 };
    });
  } catch (e) {
    throw translateError(e, { sheet: req.sheet });
  }
}
