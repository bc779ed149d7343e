/** What generate, score and demo share: opening workbooks, schemes, the base sheet, the 计分表 to keep inputs from. */
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { getScheme, isPerfError, loadScheme, SchemeError, type Scheme } from "../../core";
import type { Grid } from "../../scorecard/grid";
import {
  findScorecardHeader,
  readScorecardInputs,
  scorecardInputCells,
  scorecardSchemeId,
} from "../../scorecard/planner";
import { findBaseSheet } from "../../scorecard/reader";
import { withRuleTexts } from "../../scorecard/schemeSheet";
import type { InputSheet, TypedInputs } from "../../scorecard/session";
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
      return ownScheme(loadScheme(text), id);
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

/**
 * A scheme read from a file, ready to plan: a built-in's id names that built-in in every PERF formula
 * and 计分表 title, so it is the built-in itself when the file holds just that (scheme export --json),
 * and refused when it holds something else; any other scheme gets the rule texts PERF.RULESCORE reads.
 */
function ownScheme(scheme: Scheme, file: string): Scheme {
  let builtIn: Scheme | undefined;
  try {
    builtIn = getScheme(scheme.id);
  } catch {
    return withRuleTexts(scheme);
  }
  if (JSON.stringify(builtIn) === JSON.stringify(scheme)) return builtIn;
  throw new CliError(
    t(
      `评分方案文件 ${path.basename(file)} 的编号“${scheme.id}”是内置方案的编号，但内容与内置方案不同：请改用其他编号（id）`,
      `Scheme file ${path.basename(file)} uses the built-in id "${scheme.id}" with other contents: give it another id`
    )
  );
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

/** The 计分表 a score or a re-generate takes inputs from, and the others in the workbook. */
export interface ScorecardChoice {
  sheet?: ScorecardSheet;
  others: ScorecardSheet[];
}

/**
 * The 计分表 named by --scorecard, or else the last one made for `scheme` (a sheet that names
 * no scheme counts as one), so a re-generate or a score keeps what was typed into it. Without a
 * scheme, only a named sheet is checked (its own scheme is then the default).
 */
export function chooseScorecard(
  sheets: readonly ScorecardSheet[],
  scheme: Scheme | undefined,
  wanted?: { name: string; file: string; sheetNames: readonly string[] }
): ScorecardChoice {
  const sheet = wanted
    ? namedScorecard(sheets, scheme, wanted)
    : sheets.filter((s) => s.schemeId === undefined || s.schemeId === scheme?.id).pop();
  return { sheet, others: sheets.filter((s) => s !== sheet) };
}

function namedScorecard(
  sheets: readonly ScorecardSheet[],
  scheme: Scheme | undefined,
  wanted: { name: string; file: string; sheetNames: readonly string[] }
): ScorecardSheet {
  const { name, file } = wanted;
  const sheet =
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => compactText(s.name) === compactText(name));
  const list = sheets.map((s) => s.name);
  if (!sheet) {
    const exists = wanted.sheetNames.some((n) => compactText(n) === compactText(name));
    throw new CliError(
      exists
        ? t(
            `工作表“${name}”不是 PerfScore 生成的计分表。计分表有：${list.join("、") || "（无）"}`,
            `Sheet "${name}" is not a 计分表 PerfScore generated. 计分表 sheets: ${list.join(", ") || "(none)"}`
          )
        : t(
            `${file} 中没有工作表“${name}”。计分表有：${list.join("、") || "（无）"}`,
            `${file} has no sheet "${name}". 计分表 sheets: ${list.join(", ") || "(none)"}`
          )
    );
  }
  if (scheme && sheet.schemeId !== undefined && sheet.schemeId !== scheme.id)
    throw new CliError(
      t(
        `计分表“${sheet.name}”是按评分方案 ${sheet.schemeId} 生成的，不能按 ${scheme.id} 计分；请去掉 --scheme 或改用 --scheme ${sheet.schemeId}`,
        `"${sheet.name}" was generated for scheme ${sheet.schemeId}, not ${scheme.id}; drop --scheme or use --scheme ${sheet.schemeId}`
      )
    );
  return sheet;
}

/** What the chosen 计分表 holds for the session: its typed inputs and its input cells. */
export function typedInputs(
  choice: ScorecardChoice,
  scheme: Scheme
): { inputs: TypedInputs; sheet?: InputSheet } {
  const card = choice.sheet;
  if (!card) return { inputs: {} };
  return {
    inputs: readScorecardInputs(card.grid, scheme),
    sheet: { name: card.name, cells: scorecardInputCells(card.grid, scheme) },
  };
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
