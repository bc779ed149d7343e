/**
 * `perfscore fill 单位.xlsx -o 单位.已计分.xlsx`: 在此表中计分 on a copy. The workbook's own blank
 * 计分表 (its scheme sheet, with a 得分 column) gets formulas in its empty 指标值/得分/扣分说明 cells,
 * its 合计 row and the cell beside 评价结果; no other cell changes, and the input file is only read.
 */
import * as path from "path";
import type { Command } from "commander";
import type * as ExcelJS from "exceljs";
import { planFillFromGrids, type FillPlan, type FillRole } from "../../scorecard/fillInPlace";
import { findScorecardHeader } from "../../scorecard/planner";
import { findColumns } from "../../scorecard/schemeSheet";
import { onFile } from "../files";
import { t } from "../i18n";
import { gridFromWorksheet, saveWorkbook, writeFill } from "../xlsx";
import { CliError, exists, locateBaseSheet, openWorkbook, parseYear, sameFile } from "./common";
import { checkOutputPath } from "./options";
import { schemeSheetOf } from "./scheme";

export interface FillFileOptions {
  input: string;
  output: string;
  /** The blank 计分表's sheet name; default: the scheme sheet found by name, else the first with a 得分 column. */
  schemeSheet?: string;
  baseSheet?: string;
  year?: number;
  force?: boolean;
  /** Plan and report only; write nothing. */
  dryRun?: boolean;
}

export interface FillFileResult {
  output?: string;
  plan: FillPlan;
}

/** `<in>.已计分.xlsx` next to the input. */
export function defaultFillOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.已计分.xlsx`);
}

/**
 * The named sheet; else the officer's blank 计分表: a sheet with a 得分 column, preferring one named
 * as a scheme sheet (评分方案, 评分表, …), never the base sheet or a 计分表 PerfScore generated.
 */
function fillSheet(wb: ExcelJS.Workbook, wanted: string | undefined, base: string) {
  if (wanted) {
    const ws = wb.getWorksheet(wanted);
    if (!ws)
      throw new CliError(
        t(`工作簿中没有工作表“${wanted}”`, `No sheet "${wanted}" in the workbook`)
      );
    return ws;
  }
  const scoring = (ws: ExcelJS.Worksheet) => {
    const grid = gridFromWorksheet(ws);
    return findColumns(grid)?.col.score !== undefined && !findScorecardHeader(grid);
  };
  const named = schemeSheetOf(wb);
  const ws =
    named && scoring(named) ? named : wb.worksheets.find((w) => w.name !== base && scoring(w));
  if (!ws)
    throw new CliError(
      t(
        "工作簿中没有找到要计分的计分表（需要“三级指标”“分值”“评价标准”“得分”等列），请用 --scheme 指定工作表",
        "No scoring table with a 得分 column found; name it with --scheme"
      )
    );
  return ws;
}

export async function fillFile(o: FillFileOptions): Promise<FillFileResult> {
  if (!o.dryRun) {
    checkOutputPath(o.output);
    if (sameFile(o.input, o.output))
      throw new CliError(
        t(
          `输出文件不能是输入文件本身：${o.output}（输入文件不会被修改）`,
          `The output cannot be the input itself: ${o.output}`
        )
      );
    if (!o.force && (await exists(o.output)))
      throw new CliError(
        t(
          `输出文件已存在：${o.output}。如需覆盖，请加 --force`,
          `Output exists: ${o.output}. Use --force to overwrite it`
        )
      );
  }
  const wb = await openWorkbook(o.input);
  const { worksheet: baseWs, grid: baseGrid } = locateBaseSheet(wb, o.input, o.baseSheet);
  const ws = fillSheet(wb, o.schemeSheet, baseWs.name);
  const { planning } = planFillFromGrids(gridFromWorksheet(ws), baseGrid, o.year);
  if (!planning.ok)
    throw new CliError(
      [
        t(
          `“${ws.name}”有${planning.problems.length}个问题，请先改正（perfscore scheme check 可逐行查看）：`,
          `"${ws.name}" has ${planning.problems.length} problems:`
        ),
        ...planning.problems.slice(0, 20).map((p) => `  ${p.cell}  ${p.message}`),
      ].join("\n")
    );
  const plan = planning.plan;
  if (o.dryRun) return { plan };
  if (plan.cells.length === 0)
    throw new CliError(
      t(
        `“${ws.name}”中没有可以写入的空单元格，未生成文件`,
        `Nothing to fill in "${ws.name}": no file written`
      )
    );
  writeFill(ws, plan);
  // Written to a temporary file first: a failure leaves no output behind.
  await onFile(o.output, "output", () => saveWorkbook(wb, o.output, { exclusive: !o.force }));
  return { output: o.output, plan };
}

const ROLE: Record<FillRole, string> = {
  value: "指标值",
  score: "得分",
  explain: "扣分说明",
  totalPoints: "合计分值",
  total: "合计",
  totalNote: "合计说明",
  grade: "评价结果",
};

/** The count first, then every cell, the input cells to type into, and what was left alone. */
export function fillSummary(r: FillFileResult): string {
  const p = r.plan;
  const head = r.output
    ? t(
        `已写出 ${r.output}：在“${p.sheetName}”中写入 ${p.cells.length} 个单元格（通用公式，无需加载项；数据来自“${p.baseSheetName}”；原有内容的单元格未改动）`,
        `Wrote ${r.output}: ${p.cells.length} cells filled in "${p.sheetName}" (portable formulas; data from "${p.baseSheetName}"; no non-empty cell changed)`
      )
    : t(
        `将在“${p.sheetName}”中写入 ${p.cells.length} 个单元格（未写文件）：`,
        `Would fill ${p.cells.length} cells in "${p.sheetName}" (nothing written):`
      );
  const lines = [head];
  for (const c of p.cells)
    lines.push(`  ${p.sheetName}!${c.address}  ${ROLE[c.role]}${c.key ? `  ${c.key}` : ""}`);
  if (p.inputs.length) {
    lines.push(
      t("自评输入（请在这些单元格填写）：", "Self-evaluation inputs (type into these cells):")
    );
    for (const i of p.inputs) lines.push(`  ${p.sheetName}!${i.address}  ${i.label}：${i.hint}`);
  }
  if (p.skipped.length) {
    lines.push(t("未写入：", "Left alone:"));
    for (const s of p.skipped)
      lines.push(`  ${s.cell ? `${p.sheetName}!${s.cell}  ` : ""}${s.message}`);
  }
  lines.push(
    t(
      `满分 ${p.scheme.total} 分；合计在 ${p.totalCell ?? "（未写入）"}，评价结果在 ${p.gradeCell ?? "（未写入）"}`,
      `Full marks ${p.scheme.total}; total in ${p.totalCell ?? "(none)"}, grade in ${p.gradeCell ?? "(none)"}`
    )
  );
  return lines.join("\n");
}

interface FillFlags {
  output?: string;
  scheme?: string;
  sheet?: string;
  year?: string;
  force?: boolean;
  dryRun?: boolean;
}

export function registerFill(program: Command): void {
  program
    .command("fill")
    .description(
      t(
        "在此表中计分：在工作簿自己的空白计分表（评分方案表，带“得分”列）的空单元格中写入公式（另存为新文件，原文件不变）",
        "Fill the workbook's own blank 计分表 in place, on a copy (only empty cells are written)"
      )
    )
    .argument(
      "<in.xlsx>",
      t("含计分表和基础数据表的工作簿", "workbook with the 计分表 and a 基础数据 sheet")
    )
    .option(
      "-o, --output <out.xlsx>",
      t("输出文件（默认 <输入>.已计分.xlsx）", "output file (default <in>.已计分.xlsx)")
    )
    .option(
      "--scheme <sheet>",
      t(
        "要计分的计分表（评分方案表）的工作表名（默认找名为评分方案、评分表等的表，或第一张带“得分”列的评分表）",
        "the blank 计分表's sheet (default: found by name or by its 得分 column)"
      )
    )
    .option("--sheet <name>", t("基础数据表的工作表名（默认自动查找）", "base-data sheet name"))
    .option("--year <year>", t("评价年度（默认取自基础数据表）", "evaluation year"))
    .option("--dry-run", t("只列出将写入的单元格，不写文件", "list the cells only; write nothing"))
    .option("-f, --force", t("覆盖已存在的输出文件", "overwrite an existing output file"))
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .action(async (input: string, flags: FillFlags) => {
      const r = await fillFile({
        input,
        output: flags.output ?? defaultFillOutput(input),
        schemeSheet: flags.scheme,
        baseSheet: flags.sheet,
        year: parseYear(flags.year),
        force: flags.force,
        dryRun: flags.dryRun,
      });
      process.stdout.write(fillSummary(r) + "\n");
    });
}
