/**
 * The sample for 在此表中计分 (examples/在此表中计分示例.xlsx, `npm run samples`): the demo unit's
 * 基础数据 (seed 000's figures, as `perfscore demo` writes them) and its blank 计分表 in the official
 * layout of seed 000's 附件3, with empty 指标值/得分/扣分说明 columns, a 合计 row and a 评价结果 row.
 */
import * as ExcelJS from "exceljs";
import { getScheme } from "../../core";
import { blankScorecardTable } from "../../scorecard/fillInPlace";
import { planBaseDataTemplate } from "../../scorecard/template";
import { addTableSheet, writePlan } from "../xlsx";
import { DEMO_FIGURES, DEMO_SCHEME, DEMO_UNIT, DEMO_YEAR } from "./data";

export const FILL_SAMPLE_SHEET = "评分表";
const WIDTHS = [8, 5, 10, 5, 16, 5, 36, 40, 24, 30, 8, 30];

export function fillSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "PerfScore";
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  const scheme = getScheme(DEMO_SCHEME);
  const table = blankScorecardTable(
    scheme,
    `${DEMO_UNIT}${DEMO_YEAR}年度部门整体支出绩效评价指标及评分表`
  );
  const ws = addTableSheet(wb, FILL_SAMPLE_SHEET, table, WIDTHS);
  const border: Partial<ExcelJS.Borders> = {
    top: { style: "thin" },
    left: { style: "thin" },
    bottom: { style: "thin" },
    right: { style: "thin" },
  };
  for (let r = 2; r <= table.rows.length; r++)
    for (let c = 1; c <= table.rows[1].length; c++) ws.getCell(r, c).border = border;
  writePlan(
    wb,
    planBaseDataTemplate({
      year: DEMO_YEAR,
      unitName: DEMO_UNIT,
      schemeId: DEMO_SCHEME,
      values: DEMO_FIGURES,
    })
  );
  return wb;
}
