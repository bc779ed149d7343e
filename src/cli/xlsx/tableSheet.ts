/** A table of rows and merged areas (a scheme sheet, a blank 计分表) written as a new sheet. */
import type * as ExcelJS from "exceljs";
import type { SchemeTable } from "../../scorecard/schemeSheet";

/**
 * Adds `table` as sheet `name`: row 1 the title (large, bold), row 2 the header (bold, frozen),
 * every column wrapped and vertically centred, `widths` in characters (12 beyond them).
 */
export function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  table: SchemeTable,
  widths: readonly number[]
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  table.rows.forEach((row) => ws.addRow(row.map((v) => (v === null ? undefined : v))));
  for (const m of table.merges) ws.mergeCells(m);
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 12;
    c.alignment = { wrapText: true, vertical: "middle" };
  });
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(2).font = { bold: true };
  return ws;
}
