/**
 * `perfscore review <files or folders…> -o 汇总表.xlsx`: the finance bureau's 复核 of many
 * departments. Each workbook is read as `score` reads it, its self-scores (a filled 计分表) are
 * compared with the computed scores, and the 汇总表 gets its rows; then the workbook is dropped,
 * so nothing of the inputs accumulates (only the 汇总表 grows with the files). A file that cannot be read is a row with its
 * reason; the batch never stops for it.
 */
import * as fs from "fs";
import * as path from "path";
import type { Command } from "commander";
import type { Scheme } from "../../core";
import { ReviewError, reviewGrids, type WorkbookReview } from "../../scorecard/review";
import { onFile } from "../files";
import { t } from "../i18n";
import { gridFromWorksheet } from "../xlsx";
import { claimTempFile, releaseTempFile, removeStaleTempFiles } from "../xlsx/tempFiles";
import { linkExclusive } from "../xlsx/workbookFile";
import { CliError, exists, openWorkbook, parseYear, sameFile } from "./common";
import { expandInputFiles } from "./inputFiles";
import { checkOutputPath } from "./options";
import { workbookPins } from "./pins";
import { schemeFlag, workbookScheme } from "./scheme";
import { progress } from "../review/progress";
import {
  detailRows,
  matrixKey,
  problemRows,
  type DepartmentRecord,
  type ProblemRow,
} from "../review/records";
import { SummaryBook } from "../review/summaryBook";

export interface ReviewFileOptions {
  scheme?: Scheme;
  schemeSheet?: string;
  baseSheet?: string;
  year?: number;
}

/** One workbook's 复核 (throws CliError or ReviewError when it cannot be read). */
export async function reviewFile(file: string, o: ReviewFileOptions): Promise<WorkbookReview> {
  const wb = await openWorkbook(file);
  const own = o.scheme ? undefined : workbookScheme(wb, o.schemeSheet);
  const grids = wb.worksheets.map(gridFromWorksheet);
  // Figures the department pinned to cells (saved as PS_ names) are read there, as `score` reads them.
  return reviewGrids(grids, {
    scheme: o.scheme ?? own?.scheme,
    baseSheet: o.baseSheet,
    year: o.year,
    pins: workbookPins(wb, []),
  });
}

/** The record 汇总 keeps of a reviewed department (its 明细 rows are written by now). */
function departmentRecord(
  id: number,
  file: string,
  r: WorkbookReview,
  rows: { first: number; last: number },
  problems: ProblemRow[]
): DepartmentRecord {
  const cells: DepartmentRecord["cells"] = new Map();
  r.indicators.forEach((c, i) =>
    cells.set(matrixKey(c, r.indicators), {
      row: rows.first + i,
      self: c.self?.toNumber() ?? null,
      computed: c.computed?.toNumber() ?? null,
    })
  );
  const differing = r.indicators.filter((c) => c.status === "differs").length;
  return {
    id,
    file,
    unit: r.unitName ?? "",
    year: r.summary.year,
    schemeId: r.scheme.id,
    grades: r.scheme.grades,
    hasSelf: r.selfTotal !== null,
    firstRow: rows.first,
    lastRow: rows.last,
    cells,
    selfTotal: r.selfTotal?.toNumber() ?? null,
    computedTotal: r.summary.total.toNumber(),
    differing,
    unchecked: r.indicators.filter((c) => c.computed === null).length,
    dataProblems: problems.filter((p) => p.kind === "基础数据").length,
    note: [
      `评分方案：${r.scheme.id}（${r.schemeSource}）`,
      r.selfSheet ? `自评得分：“${r.selfSheet}”` : "没有填写了得分的计分表",
    ].join("；"),
  };
}

function failedRecord(id: number, file: string, message: string): DepartmentRecord {
  return {
    id,
    file,
    unit: "",
    hasSelf: false,
    cells: new Map(),
    selfTotal: null,
    computedTotal: 0,
    differing: 0,
    unchecked: 0,
    dataProblems: 0,
    note: "",
    error: message,
  };
}

interface ReviewFlags {
  output: string;
  scheme?: string;
  sheet?: string;
  year?: string;
  force?: boolean;
}

interface Batch {
  departments: DepartmentRecord[];
  problems: ProblemRow[];
  matrix: string[];
  failed: number;
}

/** Reads every file in turn into `book`; a file that fails is a row with its reason. */
async function runBatch(files: string[], book: SummaryBook, o: ReviewFileOptions): Promise<Batch> {
  const batch: Batch = { departments: [], problems: [], matrix: [], failed: 0 };
  const bar = progress(files.length);
  for (let i = 0; i < files.length; i++) {
    const id = i + 1;
    const file = files[i];
    const name = path.basename(file);
    bar.step(id, file);
    try {
      const r = await reviewFile(file, o);
      const rows = book.addDetail(detailRows(id, name, r));
      const problems = problemRows(id, name, r);
      batch.problems.push(...problems);
      for (const c of r.indicators) {
        const key = matrixKey(c, r.indicators);
        if (!batch.matrix.includes(key)) batch.matrix.push(key);
      }
      batch.departments.push(departmentRecord(id, name, r, rows, problems));
    } catch (e) {
      // Never aborts: a file that cannot be read (or anything unforeseen) is a row with its reason.
      const known = e instanceof CliError || e instanceof ReviewError;
      const message = known
        ? (e as Error).message
        : t(
            `内部错误：${e instanceof Error ? e.message : String(e)}`,
            `Internal error: ${String(e)}`
          );
      batch.failed++;
      batch.departments.push(failedRecord(id, name, message));
      batch.problems.push({ id, file: name, unit: "", kind: "文件", sheet: "", cell: "", message });
    }
  }
  bar.end();
  return batch;
}

function departmentLine(d: DepartmentRecord): string {
  if (d.error) return `${d.id}. ${d.file}  ${t("无法读取", "unreadable")}：${d.error}`;
  const self =
    d.selfTotal === null
      ? t("无自评得分", "no self-scores")
      : `${t("自评", "self ")}${d.selfTotal}`;
  const pending = d.unchecked
    ? t(`（${d.unchecked}项无法核对）`, ` (${d.unchecked} unchecked)`)
    : "";
  return `${d.id}. ${d.unit || d.file}  ${d.schemeId}  ${self}  ${t("计算", "computed ")}${d.computedTotal}${pending}  ${t("差异指标", "differing ")}${d.differing}`;
}

async function review(args: string[], flags: ReviewFlags): Promise<void> {
  const output = checkOutputPath(flags.output);
  const year = parseYear(flags.year);
  const { scheme, schemeSheet } = schemeFlag(flags.scheme);
  const { files: all, skipped } = expandInputFiles(args);
  for (const f of skipped)
    process.stderr.write(
      t(`跳过 ${f}（Excel 的锁定文件或临时文件）\n`, `Skipped ${f} (a lock or temporary file)\n`)
    );
  // A folder may hold an earlier 汇总表 of the same name: it is the output, not a department.
  const files = all.filter((f) => !sameFile(f, output));
  if (files.length === 0)
    throw new CliError(
      t(`没有要复核的 .xlsx 文件：${args.join(" ")}`, `No .xlsx files to review: ${args.join(" ")}`)
    );
  if (!flags.force && (await exists(output)))
    throw new CliError(
      t(
        `输出文件已存在：${output}。如需覆盖，请加 --force`,
        `Output exists: ${output}. Use --force to overwrite it`
      )
    );
  const dir = path.dirname(path.resolve(output));
  await onFile(output, "output", () => fs.promises.mkdir(dir, { recursive: true }));
  await removeStaleTempFiles(dir);
  const tmp = claimTempFile(dir);
  try {
    const book = new SummaryBook(tmp);
    const batch = await runBatch(files, book, {
      scheme,
      schemeSheet,
      baseSheet: flags.sheet,
      year,
    });
    await onFile(output, "output", async () => {
      await book.finish(batch.departments, batch.problems, batch.matrix);
      if (flags.force) await fs.promises.rename(tmp, output);
      else await linkExclusive(tmp, output);
    });
    for (const d of batch.departments) process.stdout.write(departmentLine(d) + "\n");
    const differing = batch.departments.filter((d) => d.differing > 0).length;
    process.stdout.write(
      t(
        `已写入 ${output}：${files.length} 个文件，${differing} 个部门有自评与计算不一致的指标，问题清单 ${batch.problems.length} 条${batch.failed ? `，${batch.failed} 个文件无法读取` : ""}。\n`,
        `Wrote ${output}: ${files.length} files, ${differing} with differing indicators, ${batch.problems.length} problems${batch.failed ? `, ${batch.failed} unreadable` : ""}.\n`
      )
    );
    if (batch.failed) process.exitCode = 1;
  } finally {
    await releaseTempFile(tmp);
  }
}

export function registerReview(program: Command): void {
  program
    .command("review")
    .description(
      t(
        "财政局复核：比较各部门的自评得分与按基础数据计算的得分，写出汇总表",
        "Review many departments' self-scores against the computed scores into one 汇总表"
      )
    )
    .argument(
      "<files...>",
      t("部门工作簿（.xlsx）或文件夹", "department workbooks (.xlsx) or folders")
    )
    .option(
      "-o, --output <汇总表.xlsx>",
      t("输出的汇总表", "the summary workbook to write"),
      "汇总表.xlsx"
    )
    .option(
      "--scheme <ID>",
      t(
        "评分方案（默认：工作簿中的评分方案表，否则计分表所注方案，否则按计分表的指标名称判断）",
        "scheme (default: the workbook's scheme sheet, else the one its 计分表 names, else judged by the indicator names)"
      )
    )
    .option("--sheet <name>", t("基础数据表的工作表名", "base-data sheet name"))
    .option("--year <year>", t("评价年度，如 2021", "evaluation year, e.g. 2021"))
    .option("-f, --force", t("覆盖已存在的输出文件", "overwrite an existing output file"))
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .action(review);
}
