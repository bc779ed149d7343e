/** The 汇总表's look, shared by its sheets: header rows, the score format, differences highlighted. */
import type * as ExcelJS from "exceljs";

export type Value = ExcelJS.CellValue;

export const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};

/** A conditional format's style for a score that differs. */
export const DIFF_STYLE = {
  fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
  font: { color: { argb: "FF9C0006" } },
} as const;

export const SCORE_FORMAT = "0.00";

/** A formula with the value it computes now (null: an empty string result). */
export const f = (formula: string, result: Value): Value =>
  ({ formula, result: result ?? "" }) as unknown as Value;

/** A bold, filled header row (the caller commits it when the sheet is streamed). */
export function header(ws: ExcelJS.Worksheet, titles: Value[]): ExcelJS.Row {
  const row = ws.addRow(titles);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  return row;
}
