/** A fill-in-place plan written into an exceljs worksheet: formulas into cells that are empty, nothing else. */
import * as ExcelJS from "exceljs";
import type { FillPlan } from "../../scorecard/fillInPlace";

/** Rates show as percentages, as in a generated 计分表. */
const VALUE_FORMAT = "0.00%";

/**
 * Writes every planned cell. A cell that holds anything now (the plan was made from another
 * reading of the sheet) is refused before anything is written.
 */
export function writeFill(ws: ExcelJS.Worksheet, plan: FillPlan): void {
  const taken = plan.cells.filter((c) => ws.getCell(c.address).type !== ExcelJS.ValueType.Null);
  if (taken.length) throw new Error(`cells not empty: ${taken.map((c) => c.address).join(", ")}`);
  for (const c of plan.cells) {
    const cell = ws.getCell(c.address);
    cell.value = { formula: c.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    if (c.role === "value") cell.numFmt = VALUE_FORMAT;
  }
}
