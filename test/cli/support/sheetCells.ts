/** A written workbook's cells as the tests' formula engine (MiniWorkbook) takes them. */
import * as ExcelJS from "exceljs";
import type { SheetCell } from "../../planner/support/excelFormula";

/** Every non-empty cell of `ws` by address: formulas with their "=", values as stored; merged-in cells left out. */
export function cellsOf(ws: ExcelJS.Worksheet): Map<string, SheetCell> {
  const out = new Map<string, SheetCell>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.type === ExcelJS.ValueType.Merge) return;
      if (c.formula) out.set(c.address, { formula: "=" + c.formula });
      else if (c.type !== ExcelJS.ValueType.Null)
        out.set(c.address, { value: c.value as SheetCell["value"] });
    })
  );
  return out;
}
