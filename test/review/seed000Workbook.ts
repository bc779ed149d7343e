/**
 * Seed 000 as a department sends it: 附件4's figures on a 基础数据 sheet and a 计分表 typed by hand
 * in 附件3's layout (评价标准 before 指标说明, 经济效益/社会效益 on two rows, an unnamed 二级) with the
 * department's own 得分 column, which totals 95. Transcribed from /work/shared/seeds/000_*.txt.
 */
import * as ExcelJS from "exceljs";
import { gridFromWorksheet } from "../../src/cli/xlsx";
import type { Grid } from "../../src/scorecard/grid";
import { SEED000_MERGES, SEED000_ROWS, seedCells } from "../support/seedBaseSheet";
import { addSheet, type TestCell } from "../reader/sheetBuilder";

const HEADER = [
  "一级指标",
  "分值",
  "二级指标",
  "分值",
  "三级\n\n指标",
  "分值",
  "评价标准",
  "指标说明",
  "得分",
];

/** [一级, 分值, 二级, 分值, 三级, 分值, 得分]: seed 000's 附件3, rule texts left out. */
const ROWS: TestCell[][] = [
  ["投入", 13, "预算配置", 13, "在职人员控制率", 5, 5],
  [null, null, null, null, "“三公经费”变动率", 8, 8],
  ["过程", 61, "预算执行", 20, "预算完\n\n成率", 5, 4],
  [null, null, null, null, "预算控\n\n制率", 5, 4],
  [null, null, null, null, "新建楼堂馆所面积控制率", 5, 5],
  [null, null, null, null, "新建楼堂馆所投资概算控\n\n制率", 5, 5],
  [null, null, "预算管理", 41, "公用经费控制率", 8, 8],
  [null, null, null, null, "“三公经费”控制率", 8, 8],
  [null, null, null, null, "政府采购执行率", 6, 5],
  ["过程", 61, "预算管理", 41, "管理制度健全性", 8, 6],
  [null, null, null, null, "资金使用合规性", 6, 6],
  [null, null, null, null, "预决算信息公开", 5, 5],
  ["产出及效率", 26, "职责履行", 8, "重点工作办结率", 8, 8],
  [null, null, "履职 效益", 6, "经济效益", 6, 6],
  [null, null, null, null, "社会效益", null, null],
  [null, null, null, 12, "行政效能", 6, 6],
  [null, null, null, null, "社会公众或服务对象满意度", 6, 6],
  ["合计", 100, null, null, null, null, 95],
];

/** The 计分表 rows in the sheet's column order (评价标准 and 指标说明 blank). */
export function handMadeRows(scores: TestCell[][] = ROWS): TestCell[][] {
  return [
    ["部门整体支出绩效评价指标"],
    HEADER,
    ...scores.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], "（略）", "（略）", r[6]]),
  ];
}

/** The same 计分表 as the fake workbook's cells by address (A1…I20), for the pane's tests. */
export function handMadeCells(): Record<string, string | number> {
  return seedCells(handMadeRows() as Parameters<typeof seedCells>[0]) as Record<
    string,
    string | number
  >;
}

/** Row (1-based, in the sheet) of an indicator of ROWS: the title, then the header. */
export const handMadeRow = (index: number) => index + 3;

export function seed000Workbook(sheetName = "计分表"): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, { name: "基础数据", rows: SEED000_ROWS, merges: SEED000_MERGES });
  addSheet(wb, { name: sheetName, rows: handMadeRows() });
  return wb;
}

export function seed000Grids(): Grid[] {
  return seed000Workbook().worksheets.map(gridFromWorksheet);
}
