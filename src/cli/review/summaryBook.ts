/**
 * The 汇总表, written with exceljs's streaming writer: 明细 rows are handed over as each department
 * is read (no exceljs cell objects pile up; the writer keeps a sheet's XML, about 0.8 KB a row,
 * until the sheet is committed), the other sheets from a few values kept per department.
 *
 * Sheets: 汇总 (a row per department), 指标对比 (department × indicator), 问题清单, 等级分布, 明细.
 * 明细 is one table (a row per department and indicator). Totals, counts and grades on 汇总 are
 * SUMIFS/COUNTIFS over 明细 keyed by 序号, so a reviewer's correction of a 计算得分 recalculates them
 * (and they survive sorting or filtering 明细). Every formula carries the value it computes now,
 * for viewers that do not recalculate.
 * exceljs cannot write charts: 等级分布 is a table with text bars.
 */
import * as ExcelJS from "exceljs";
import type { DepartmentRecord, DetailRow, ProblemRow } from "./records";
import { writeGrades, writeMatrix, writeProblems, writeSummary } from "./summarySheets";
import { DIFF_STYLE, f, header, SCORE_FORMAT } from "./sheetStyle";

export const SHEETS = {
  summary: "汇总",
  matrix: "指标对比",
  problems: "问题清单",
  grades: "等级分布",
  detail: "明细",
} as const;

const DETAIL_TITLES = [
  "序号",
  "单位",
  "文件",
  "一级指标",
  "二级指标",
  "三级指标",
  "分值",
  "自评得分",
  "计算得分",
  "差异（自评−计算）",
  "核对结果",
  "扣分说明或原因",
  "自评得分单元格",
];

export class SummaryBook {
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheets: Record<keyof typeof SHEETS, ExcelJS.Worksheet>;
  /** The next 明细 row (1-based). */
  private nextRow = 2;

  constructor(file: string) {
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useStyles: true,
      useSharedStrings: false,
    });
    const frozen = (ySplit: number, xSplit = 0): Partial<ExcelJS.AddWorksheetOptions> => ({
      views: [{ state: "frozen", ySplit, xSplit }],
    });
    // The writer zips the sheets in the order they are added, each only once the one before is
    // committed: 明细, written while the batch runs, comes first so that it flows to disk (added
    // later, all of it would wait in memory). The workbook opens on 汇总 all the same.
    const detail = this.wb.addWorksheet(SHEETS.detail, frozen(1));
    this.sheets = {
      detail,
      summary: this.wb.addWorksheet(SHEETS.summary, frozen(1, 3)),
      matrix: this.wb.addWorksheet(SHEETS.matrix, frozen(2, 3)),
      problems: this.wb.addWorksheet(SHEETS.problems, frozen(1)),
      grades: this.wb.addWorksheet(SHEETS.grades),
    };
    (this.wb as unknown as { views: Array<Record<string, number>> }).views = [
      { activeTab: 1, firstSheet: 0, visibility: 0 } as unknown as Record<string, number>,
    ];
    const ws = this.sheets.detail;
    ws.columns = [6, 24, 24, 10, 12, 26, 6, 9, 9, 10, 10, 60, 14].map((width) => ({ width }));
    header(ws, DETAIL_TITLES).commit();
  }

  /** Writes a department's indicators to 明细; returns their first and last row. */
  addDetail(rows: readonly DetailRow[]): { first: number; last: number } {
    const ws = this.sheets.detail;
    const first = this.nextRow;
    for (const d of rows) {
      const r = this.nextRow++;
      const diff =
        d.self !== null && d.computed !== null
          ? Math.round((d.self - d.computed) * 100) / 100
          : null;
      const check =
        d.computed === null
          ? "无法核对"
          : d.self === null
            ? "无自评得分"
            : diff === 0
              ? "一致"
              : "不一致";
      const row = ws.addRow([
        d.id,
        d.unit,
        d.file,
        d.level1,
        d.level2,
        d.name,
        d.max,
        d.self,
        d.computed,
        f(`IF(OR(H${r}="",I${r}=""),"",ROUND(H${r}-I${r},2))`, diff),
        f(
          `IF(I${r}="","无法核对",IF(H${r}="","无自评得分",IF(ROUND(H${r}-I${r},2)=0,"一致","不一致")))`,
          check
        ),
        d.explanation,
        d.selfCell,
      ]);
      for (const c of [8, 9, 10]) row.getCell(c).numFmt = SCORE_FORMAT;
      row.commit();
    }
    return { first, last: this.nextRow - 1 };
  }

  /** The other sheets, from the records, then the file. */
  async finish(
    departments: readonly DepartmentRecord[],
    problems: readonly ProblemRow[],
    matrix: readonly string[]
  ): Promise<void> {
    const detailLast = Math.max(2, this.nextRow - 1);
    const ws = this.sheets.detail;
    ws.autoFilter = `A1:M${detailLast}`;
    ws.addConditionalFormatting({
      ref: `A2:M${detailLast}`,
      rules: [{ type: "expression", priority: 1, formulae: [`$K2="不一致"`], style: DIFF_STYLE }],
    });
    ws.commit();
    writeSummary(this.sheets.summary, departments, detailLast, Math.max(2, problems.length + 1));
    writeMatrix(this.sheets.matrix, departments, matrix);
    writeProblems(this.sheets.problems, problems);
    writeGrades(this.sheets.grades, departments);
    await this.wb.commit();
  }
}
