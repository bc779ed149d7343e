/** What generate, score and demo share: opening workbooks, schemes, the base sheet, kept inputs. */
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { getScheme, isPerfError, loadScheme, SchemeError, type Scheme } from "../../core";
import type { BaseData } from "../../scorecard/baseData";
import type { CellValue, Grid } from "../../scorecard/grid";
import {
  findScorecardHeader,
  readScorecardInputs,
  scorecardSchemeId,
} from "../../scorecard/planner";
import { findBaseSheet, readBaseData, schemeFields } from "../../scorecard/reader";
import { compactText } from "../../core/text";
import { t } from "../i18n";
import { readWorkbookBytes, systemErrorCode, systemErrorMessage } from "../files";
import { gridFromWorksheet, workbookFromBuffer } from "../xlsx";

/** An error for the user: printed without a stack, exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2
  ) {
    super(message);
    this.name = "CliError";
  }
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  // Read and checked first (missing, unreadable, encrypted, oversized): only a zip reaches exceljs.
  const data = await readWorkbookBytes(file);
  try {
    return await workbookFromBuffer(data);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const ext = path.extname(file).toLowerCase();
    const hint =
      ext === ".xls" || ext === ".et"
        ? t("这是旧版格式，请在 Excel 或 WPS 中另存为 .xlsx 后再试", "save it as .xlsx first")
        : ext === ".csv"
          ? t("CSV 文件请在 Excel 或 WPS 中另存为 .xlsx 后再试", "save it as .xlsx first")
          : t("文件可能已损坏，或不是 .xlsx 格式", "the file may be damaged or not .xlsx");
    // The library's own words (English) only in English output: they help a developer, not a user.
    throw new CliError(
      t(
        `无法读取 ${file}：不是有效的 Excel 工作簿（.xlsx），${hint}。`,
        `Cannot read ${file}: not a valid Excel workbook (.xlsx); ${hint}. (${why})`
      )
    );
  }
}

/** A built-in scheme by id or alias, or a scheme file (*.json). */
export function resolveScheme(id: string | undefined): Scheme {
  if (id && /\.json$/i.test(id)) {
    let text: string;
    try {
      text = fs.readFileSync(id, "utf8");
    } catch (e) {
      const code = systemErrorCode(e);
      if (code && code !== "ENOENT") throw new CliError(systemErrorMessage(code, id, "input"));
      throw new CliError(t(`找不到评分方案文件：${id}`, `Scheme file not found: ${id}`));
    }
    try {
      return loadScheme(text);
    } catch (e) {
      if (e instanceof SchemeError)
        throw new CliError(
          t(
            `评分方案文件 ${path.basename(id)} 有误：`,
            `Scheme file ${path.basename(id)} is invalid:`
          ) +
            "\n" +
            e.message
        );
      throw e;
    }
  }
  try {
    return getScheme(id);
  } catch (e) {
    if (isPerfError(e))
      throw new CliError(t(`未知的评分方案：${e.message}`, `Unknown scheme: ${e.message}`));
    throw e;
  }
}

export interface BaseSheet {
  worksheet: ExcelJS.Worksheet;
  grid: Grid;
}

/** The 基础数据 sheet: the one named by --sheet, or found by name. */
export function locateBaseSheet(wb: ExcelJS.Workbook, file: string, wanted?: string): BaseSheet {
  const names = wb.worksheets.map((w) => w.name);
  let name: string | undefined;
  if (wanted) {
    name =
      names.find((n) => n === wanted) ?? names.find((n) => compactText(n) === compactText(wanted));
    if (!name) {
      throw new CliError(
        t(
          `${file} 中没有工作表“${wanted}”。工作表有：${names.join("、")}`,
          `${file} has no sheet "${wanted}". Sheets: ${names.join(", ")}`
        )
      );
    }
  } else {
    name = findBaseSheet(names);
    if (!name) {
      throw new CliError(
        t(
          `${file} 中没有找到基础数据表（工作表名应含“基础数据”）。工作表有：${names.join("、") || "（无）"}。请用 --sheet 指定，或先用 perfscore template 生成模板。`,
          `No base-data sheet in ${file} (its name should contain 基础数据). Sheets: ${names.join(", ") || "(none)"}. Use --sheet, or start from perfscore template.`
        )
      );
    }
  }
  const worksheet = wb.getWorksheet(name)!;
  return { worksheet, grid: gridFromWorksheet(worksheet) };
}

export function readBase(grid: Grid, scheme: Scheme, year?: number): BaseData {
  return readBaseData(grid, { year, fields: schemeFields(scheme) });
}

export interface ScorecardSheet {
  name: string;
  grid: Grid;
  /** The scheme its title rows name, when they name one. */
  schemeId?: string;
}

/** The 计分表 sheets already in the workbook, in order, each read once. `skip` is the base sheet. */
export function scorecardSheets(wb: ExcelJS.Workbook, skip: string): ScorecardSheet[] {
  const out: ScorecardSheet[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === skip) continue;
    const grid = gridFromWorksheet(ws);
    if (findScorecardHeader(grid))
      out.push({ name: ws.name, grid, schemeId: scorecardSchemeId(grid) });
  }
  return out;
}

/**
 * Inputs typed into a 计分表 already in the workbook (the last one made for this scheme), so a
 * re-generate or a score keeps them.
 */
export function keptInputs(
  sheets: readonly ScorecardSheet[],
  scheme: Scheme
): { sheet?: string; inputs: Record<string, CellValue> } {
  const last = sheets.filter((s) => s.schemeId === undefined || s.schemeId === scheme.id).pop();
  return last
    ? { sheet: last.name, inputs: readScorecardInputs(last.grid, scheme) }
    : { inputs: {} };
}

/** Cell values as planner inputs (booleans as text). */
export function asPlanInputs(values: Record<string, CellValue>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "number" || typeof v === "string") out[k] = v;
    else if (typeof v === "boolean") out[k] = v ? "TRUE" : "FALSE";
  }
  return out;
}

/** "--year 2021" as a number, or a clear error. */
export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const y = Number(text);
  if (!Number.isInteger(y) || y < 1990 || y > 2100)
    throw new CliError(
      t(`年度应为四位数字，如 2021，而不是“${text}”`, `Year should be like 2021, not "${text}"`)
    );
  return y;
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.promises.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Same file on disk (after resolving), for refusing to write over the input. */
export function sameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    return fs.realpathSync(ra) === fs.realpathSync(rb);
  } catch {
    return false;
  }
}
