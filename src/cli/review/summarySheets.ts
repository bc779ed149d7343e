/** The 汇总, 指标对比, 问题清单 and 等级分布 sheets of the 汇总表 (see summaryBook.ts). */
import type * as ExcelJS from "exceljs";
import type { GradeBand } from "../../core";
import { columnLetters } from "../../scorecard/grid";
import type { DepartmentRecord, ProblemRow } from "./records";
import { DIFF_STYLE, f, header, SCORE_FORMAT, type Value } from "./sheetStyle";

/** 评价结果 from a total cell, by the scheme's bands (as gradeOf: the first band it reaches). */
export function gradeFormula(bands: readonly GradeBand[], total: string): string {
  const x = `ROUND(${total},2)`;
  let out = JSON.stringify(bands[bands.length - 1].grade);
  for (let i = bands.length - 1; i >= 0; i--) {
    const b = bands[i];
    if (b.min !== undefined) out = `IF(${x}>=${b.min},${JSON.stringify(b.grade)},${out})`;
  }
  return out;
}

export function gradeOfTotal(bands: readonly GradeBand[], total: number): string {
  const t = Math.round(total * 100) / 100;
  return (bands.find((b) => b.min === undefined || t >= b.min) ?? bands[bands.length - 1]).grade;
}

const SUMMARY_TITLES = [
  "序号",
  "文件",
  "单位",
  "年度",
  "评分方案",
  "自评总分",
  "自评等级",
  "计算总分",
  "计算等级",
  "差异指标数",
  "无法核对指标数",
  "基础数据问题数",
  "说明",
  "明细",
];

/** 汇总: a row per department; totals and counts are formulas over 明细 and 问题清单. */
export function writeSummary(
  ws: ExcelJS.Worksheet,
  departments: readonly DepartmentRecord[],
  detailLast: number,
  problemsLast: number
): void {
  ws.columns = [6, 26, 26, 7, 12, 9, 9, 9, 9, 9, 9, 9, 48, 12].map((width) => ({ width }));
  header(ws, SUMMARY_TITLES).commit();
  const col = (c: string) => `明细!$${c}$2:$${c}$${detailLast}`;
  const probs = (c: string) => `问题清单!$${c}$2:$${c}$${problemsLast}`;
  departments.forEach((d, i) => {
    const r = i + 2;
    if (d.error || !d.grades) {
      ws.addRow([
        d.id,
        d.file,
        d.unit,
        d.year ?? null,
        d.schemeId ?? null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        d.error ?? d.note,
      ]).commit();
      return;
    }
    const selfGrade = d.selfTotal === null ? null : gradeOfTotal(d.grades, d.selfTotal);
    const row = ws.addRow([
      d.id,
      d.file,
      d.unit,
      d.year ?? null,
      d.schemeId ?? null,
      d.hasSelf ? f(`SUMIFS(${col("H")},${col("A")},A${r})`, d.selfTotal) : null,
      d.hasSelf ? f(`IF(F${r}="","",${gradeFormula(d.grades, `F${r}`)})`, selfGrade) : null,
      f(`SUMIFS(${col("I")},${col("A")},A${r})`, d.computedTotal),
      f(
        `IF(K${r}>0,"待定",${gradeFormula(d.grades, `H${r}`)})`,
        d.unchecked > 0 ? "待定" : gradeOfTotal(d.grades, d.computedTotal)
      ),
      f(`COUNTIFS(${col("A")},A${r},${col("K")},"不一致")`, d.differing),
      f(`COUNTIF(${col("A")},A${r})-COUNTIFS(${col("A")},A${r},${col("I")},">=0")`, d.unchecked),
      f(`COUNTIFS(${probs("A")},A${r},${probs("D")},"基础数据")`, d.dataProblems),
      d.note,
      d.firstRow ? { text: `明细第${d.firstRow}行`, hyperlink: `明细!A${d.firstRow}` } : null,
    ]);
    for (const c of [6, 8]) row.getCell(c).numFmt = SCORE_FORMAT;
    if (d.firstRow) row.getCell(14).font = { color: { argb: "FF0563C1" }, underline: true };
    row.commit();
  });
  ws.addConditionalFormatting({
    ref: `J2:J${Math.max(2, departments.length + 1)}`,
    rules: [{ type: "expression", priority: 1, formulae: ["J2>0"], style: DIFF_STYLE }],
  });
}

/** 指标对比: departments down, each indicator a pair of columns (计算, 自评); differences in red. */
export function writeMatrix(
  ws: ExcelJS.Worksheet,
  departments: readonly DepartmentRecord[],
  keys: readonly string[]
): void {
  ws.columns = [6, 26, 12, ...keys.flatMap(() => [8, 8])].map((width) => ({ width }));
  const top = header(ws, ["序号", "单位", "评分方案", ...keys.flatMap((k) => [k, null])]);
  top.height = 48;
  const second = header(ws, [null, null, null, ...keys.flatMap(() => ["计算", "自评"])]);
  // The streaming writer merges only rows not yet committed.
  ws.mergeCells("A1:A2");
  ws.mergeCells("B1:B2");
  ws.mergeCells("C1:C2");
  keys.forEach((_, i) => ws.mergeCells(1, 4 + 2 * i, 1, 5 + 2 * i));
  top.commit();
  second.commit();
  for (const d of departments) {
    const values: Value[] = [d.id, d.unit || d.file, d.schemeId ?? (d.error ? "无法读取" : null)];
    for (const k of keys) {
      const c = d.cells.get(k);
      if (!c) values.push(null, null);
      else
        values.push(
          f(`IF(明细!I${c.row}="","",明细!I${c.row})`, c.computed),
          f(`IF(明细!H${c.row}="","",明细!H${c.row})`, c.self)
        );
    }
    const row = ws.addRow(values);
    for (let i = 0; i < keys.length * 2; i++) row.getCell(4 + i).numFmt = SCORE_FORMAT;
    row.commit();
  }
  const last = Math.max(3, departments.length + 2);
  keys.forEach((_, i) => {
    const [c, s] = [columnLetters(3 + 2 * i), columnLetters(4 + 2 * i)];
    ws.addConditionalFormatting({
      ref: `${c}3:${s}${last}`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [`AND(ISNUMBER($${c}3),ISNUMBER($${s}3),ROUND($${c}3-$${s}3,2)<>0)`],
          style: DIFF_STYLE,
        },
      ],
    });
  });
}

/** 问题清单: every problem with its file, sheet and cell, in Chinese. */
export function writeProblems(ws: ExcelJS.Worksheet, problems: readonly ProblemRow[]): void {
  ws.columns = [6, 26, 26, 10, 12, 10, 90].map((width) => ({ width }));
  header(ws, ["序号", "文件", "单位", "类别", "工作表", "单元格", "说明"]).commit();
  for (const p of problems) {
    const row = ws.addRow([p.id, p.file, p.unit, p.kind, p.sheet, p.cell, p.message]);
    row.getCell(7).alignment = { wrapText: true, vertical: "top" };
    row.commit();
  }
  ws.autoFilter = `A1:G${Math.max(2, problems.length + 1)}`;
}

/** 等级分布: counts per grade, self-assessed and computed, with text bars (exceljs writes no charts). */
export function writeGrades(ws: ExcelJS.Worksheet, departments: readonly DepartmentRecord[]): void {
  const grades: string[] = [];
  for (const d of departments)
    for (const b of d.grades ?? []) if (!grades.includes(b.grade)) grades.push(b.grade);
  grades.push("待定");
  ws.columns = [10, 10, 10, 24, 24].map((width) => ({ width }));
  ws.addRow(["等级分布（按汇总表中的自评等级和计算等级计数）"]).commit();
  header(ws, ["等级", "自评（个）", "计算（个）", "自评", "计算"]).commit();
  const n = Math.max(2, departments.length + 1);
  const first = 3;
  const last = first + grades.length - 1;
  const count = (pick: (d: DepartmentRecord) => string | null) => (g: string) =>
    departments.filter((d) => pick(d) === g).length;
  const selfCount = count((d) =>
    d.grades && d.selfTotal !== null && d.hasSelf ? gradeOfTotal(d.grades, d.selfTotal) : null
  );
  const computedCount = count((d) =>
    d.grades ? (d.unchecked > 0 ? "待定" : gradeOfTotal(d.grades, d.computedTotal)) : null
  );
  const max = Math.max(0, ...grades.map(selfCount), ...grades.map(computedCount));
  const bar = (k: number) => "█".repeat(max === 0 ? 0 : Math.round((k / max) * 20));
  grades.forEach((g, i) => {
    const r = first + i;
    const scale = `IF(MAX($B$${first}:$C$${last})=0,0,ROUND(%/MAX($B$${first}:$C$${last})*20,0))`;
    ws.addRow([
      g,
      f(`COUNTIF(汇总!$G$2:$G$${n},A${r})`, selfCount(g)),
      f(`COUNTIF(汇总!$I$2:$I$${n},A${r})`, computedCount(g)),
      f(`REPT("█",${scale.replace("%", `B${r}`)})`, bar(selfCount(g))),
      f(`REPT("█",${scale.replace("%", `C${r}`)})`, bar(computedCount(g))),
    ]).commit();
  });
  ws.addRow([]).commit();
  ws.addRow([
    "说明：本工具写 .xlsx 所用的 exceljs 不能写图表，故以表格和字符条形图表示；需要图表时，在 Excel 中选中等级和两列计数，插入柱形图。",
  ]).commit();
}
