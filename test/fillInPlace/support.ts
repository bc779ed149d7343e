/** Shared by the fill-in-place tests: blank 计分表 grids, full base data, and the filled sheet computed. */
import type { Scheme } from "../../src/core";
import { blankScorecardTable, type FillPlan } from "../../src/scorecard/fillInPlace";
import type { Grid } from "../../src/scorecard/grid";
import { a1 } from "../../src/scorecard/grid";
import { tableGrid, type SchemeTable } from "../../src/scorecard/schemeSheet";
import { MiniWorkbook, type SheetCell } from "../planner/support/excelFormula";
import type { FigureValues, HandMadeBase } from "../planner/support/scorecard";

export const SHEET = "评分表";

/** Every figure of both schemes, realistic (seed 000 and 004 orders of magnitude). */
export const FULL_FIGURES: FigureValues = {
  编制数: 43, 在职人员数: 45, 上年三公经费预算数: 20, 本年三公经费预算数: 18, 本年三公经费决算数: 4.63,
  本年公用经费预算数: 47.5, 本年公用经费决算数: 51.64, 本年政府采购预算数: 22, 本年政府采购决算数: 21.5,
  上年结转: 10, 年初预算: 916.19, 本年追加预算: 100, 年末结余: 30, 预算完成数: 900, 预算调整数: 50,
  重点项目支出: 80, 项目总支出: 137.92, 本年结转结余总额: 115, 上年结转结余总额: 100, 固定资产总额: 200,
  在用固定资产总额: 190, 重点工作交办数: 10, 重点工作完成数: 9, 计划工作数: 20, 质量达标工作数: 19, 满意率: 0.93,
  // No 楼堂馆所 project: the figures are on the base sheet, blank (浏阳2018 scores them full marks).
  实际建设面积: null, 批准建设面积: null, 实际投资金额: null, 批准投资金额: null,
};

/** Self-evaluation inputs by indicator path. */
export const FULL_INPUTS: Record<string, Record<string, string | number>> = {
  浏阳2018: {
    "过程/预算管理/管理制度健全性": "①②④",
    "过程/预算管理/资金使用合规性": 2,
    "过程/预算管理/预决算信息公开": "1,2,3",
    "产出及效率/履职效益/经济效益、社会效益": 5.5,
    "产出及效率//行政效能": "一般",
  },
  湘潭县2020: {
    "投入/目标设定/绩效目标合理性": "全部",
    "投入/目标设定/绩效指标明确性": "①③④",
    "过程/预算执行/支付进度率": "1",
    "过程/预算管理/管理制度健全性": "①②",
    "过程/预算管理/资金使用合规性": "1、2、3、5",
    "过程/预算管理/预决算信息公开性": "全部",
    "过程/预算管理/基础信息完善性": "①③",
    "过程/资产管理/管理制度健全性": "无",
    "过程/资产管理/资产管理安全性": "12345",
    "产出/职责履行/实际完成率": "92/100",
    "产出/职责履行/完成及时率": 3,
    "效果/履职效益/经济效益": 0.95,
    "效果/履职效益/社会效益": 0.9,
    "效果/履职效益/生态效益": 1,
  },
};

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
