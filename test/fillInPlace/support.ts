/** Shared by the fill-in-place tests: blank 计分表 grids, full base data, and the filled sheet computed. */
import type { Scheme } from "../../src/core";
import { blankScorecardTable, type FillPlan } from "../../src/scorecard/fillInPlace";
import type { Grid } from "../../src/scorecard/grid";
import { a1 } from "../../src/scorecard/grid";
import { tableGrid, type SchemeTable } from "../../src/scorecard/schemeSheet";
import { MiniWorkbook, type SheetCell } from "../planner/support/excelFormula";
import type { FigureValues, HandMadeBase } from "../planner/support/scorecard";
import { FULL_FIGURES as FULL_CASE_FIGURES, FULL_INPUTS } from "../support/fullCase";

export const SHEET = "评分表";

/** Every figure of both schemes (test/support/fullCase.ts), and the 楼堂馆所 figures present but blank. */
export const FULL_FIGURES: FigureValues = {
  ...FULL_CASE_FIGURES,
  // No 楼堂馆所 project: the figures are on the base sheet, blank (浏阳2018 scores them full marks).
  实际建设面积: null, 批准建设面积: null, 实际投资金额: null, 批准投资金额: null,
};

/** Self-evaluation inputs by indicator path. */
export { FULL_INPUTS };

export function blankGrid(scheme: Scheme, edit?: (t: SchemeTable) => void): Grid {
  const table = blankScorecardTable(scheme);
  edit?.(table);
  return tableGrid(SHEET, table);
}

/** The grid's cells with the plan's formulas and the typed inputs, beside the base sheet. */
export function filledWorkbook(
  grid: Grid,
  plan: FillPlan,
  hand: HandMadeBase,
  typed: Record<string, string | number> = {}
): MiniWorkbook {
  const sheet = new Map<string, SheetCell>();
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) sheet.set(a1(grid.origin.row + r, grid.origin.column + c), { value: cell.value, formula: cell.formula });
    })
  );
  for (const c of plan.cells) sheet.set(c.address, { formula: c.formula });
  for (const input of plan.inputs)
    if (typed[input.key] !== undefined) sheet.set(input.address, { value: typed[input.key] });
  return new MiniWorkbook(new Map([[grid.sheetName, sheet], [hand.base.sheetName, hand.cells]]));
}
