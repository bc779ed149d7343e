/**
 * `perfscore scheme export <方案> -o 评分方案.xlsx`: a scheme as an editable 评分方案表 (or JSON);
 * `perfscore scheme check <工作簿> [--sheet 评分方案]`: how a scoring table in a workbook reads, row by row,
 * and every problem with its cell.
 */
import * as ExcelJS from "exceljs";
import type { Command } from "commander";
import { BUILT_IN_SCHEMES, type Scheme } from "../../core";
import type { BaseData } from "../../scorecard/baseData";
import { findBaseSheet, readBaseData } from "../../scorecard/reader";
import {
  baseOperand,
  labelOperand,
  readSchemeSheet,
  SCHEME_HEADERS,
  schemeTable,
  type SchemeSheetReading,
} from "../../scorecard/schemeSheet";
import { onFile } from "../files";
import { t } from "../i18n";
import { addTableSheet, gridFromWorksheet, saveWorkbook } from "../xlsx";
import { CliError, exists, openWorkbook, resolveScheme } from "./common";
import { checkOutputPath } from "./options";
import { SCHEME_SHEET_NAMES } from "../../scorecard/schemeSheet/sheetName";

/** Sheet names a scoring table goes by (shared with the task pane). */
export { SCHEME_SHEET_NAMES };

const WIDTHS = [8, 6, 10, 6, 18, 6, 40, 48, 30, 30];

/** The scheme as a 评分方案 sheet added to `wb`. */
export function addSchemeSheet(
  wb: ExcelJS.Workbook,
  scheme: Scheme,
  name = "评分方案"
): ExcelJS.Worksheet {
  const ws = addTableSheet(wb, name, schemeTable(scheme), WIDTHS);
  ws.getRow(2).eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  return ws;
}

export function schemeWorkbook(scheme: Scheme): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "PerfScore";
  addSchemeSheet(wb, scheme);
  return wb;
}

async function exportScheme(
  id: string,
  output: string,
  json: boolean,
  force: boolean
): Promise<void> {
  const scheme = resolveScheme(id);
  if (json) {
    const text = JSON.stringify(scheme, null, 2) + "\n";
    if (output === "-") {
      process.stdout.write(text);
      return;
    }
    const fs = await import("fs");
    await onFile(output, "output", () =>
      fs.promises.writeFile(output, text, { flag: force ? "w" : "wx" })
    );
    return;
  }
  checkOutputPath(output);
  if (!force && (await exists(output)))
    throw new CliError(
      t(
        `输出文件已存在：${output}。如需覆盖，请加 --force`,
        `Output exists: ${output}. Use --force`
      )
    );
  await onFile(output, "output", () =>
    saveWorkbook(schemeWorkbook(scheme), output, { exclusive: !force })
  );
  process.stdout.write(
    t(
      `已写出评分方案表：${output}（${SCHEME_HEADERS.join("、")}）\n`,
      `Wrote the scheme sheet: ${output}\n`
    )
  );
}

/** The workbook's scoring table: the named sheet, or the first whose name says it is one. */
export function schemeSheetOf(
  wb: ExcelJS.Workbook,
  wanted?: string
): ExcelJS.Worksheet | undefined {
  if (wanted) return wb.getWorksheet(wanted);
  return wb.worksheets.find((ws) => SCHEME_SHEET_NAMES.test(ws.name.trim()));
}

export function readingLines(r: SchemeSheetReading): string[] {
  const lines = r.rows.map(
    (row) =>
      `${t("第", "row ")}${row.row}${t("行", "")} ${row.path}（${row.points}${t("分", " pts")}）：${row.reading}；${t("指标值", "value")}：${row.value}`
  );
  if (r.problems.length === 0)
    lines.push(
      t(`没有问题：共${r.rows.length}个三级指标`, `No problems: ${r.rows.length} indicators`)
    );
  else {
    lines.push(t(`问题（${r.problems.length}）：`, `Problems (${r.problems.length}):`));
    for (const p of r.problems) lines.push(`  ${p.cell}  ${p.message}`);
  }
  return lines;
}

async function checkScheme(
  file: string,
  sheet: string | undefined,
  json: boolean
): Promise<number> {
  const wb = await openWorkbook(file);
  const ws = schemeSheetOf(wb, sheet);
  if (!ws)
    throw new CliError(
      sheet
        ? t(`工作簿中没有工作表“${sheet}”`, `No sheet "${sheet}" in the workbook`)
        : t(
            "工作簿中没有评分方案表（名为“评分方案”“评分标准”“指标体系”等），请用 --sheet 指定",
            "No scheme sheet; name it with --sheet"
          )
    );
  // Formula operands are checked against the workbook's base sheet when it has one.
  const baseName = findBaseSheet(wb.worksheets.map((w) => w.name));
  const base = baseName ? readBaseData(gridFromWorksheet(wb.getWorksheet(baseName)!)) : undefined;
  const r = readSchemeSheet(gridFromWorksheet(ws), base ? baseOperand(base) : labelOperand);
  const against = base
    ? t(
        `公式中的项目已按基础数据表“${base.sheetName}”核对`,
        `Operands checked against "${base.sheetName}"`
      )
    : t(
        "工作簿中没有基础数据表：公式中目录以外的项目（如“调查人数”）未核对，计分时在基础数据表中按标签查找",
        "No base sheet: operands outside the catalogue were not checked"
      );
  if (json)
    process.stdout.write(
      JSON.stringify({
        sheet: ws.name,
        baseSheet: base?.sheetName ?? null,
        rows: r.rows,
        // Where and what; the pane's override hint (grid rows) means nothing outside the pane.
        problems: r.problems.map(({ cell, message }) => ({ cell, message })),
        scheme: r.scheme ?? null,
      }) + "\n"
    );
  else
    process.stdout.write(
      [
        t(`评分方案表：“${ws.name}”`, `Scheme sheet: "${ws.name}"`),
        against,
        ...readingLines(r),
      ].join("\n") + "\n"
    );
  return r.problems.length === 0 ? 0 : 1;
}

export function registerScheme(program: Command): void {
  const scheme = program
    .command("scheme")
    .description(
      t(
        "评分方案表：导出内置方案，或检查工作簿中的评分方案表",
        "Scheme sheets: export a built-in, check a workbook's"
      )
    )
    .helpOption("-h, --help", t("显示帮助", "show help"));
  scheme
    .command("export")
    .description(
      t(
        "把评分方案写成可编辑的评分方案表（.xlsx）或 JSON",
        "Write a scheme as an editable sheet or JSON"
      )
    )
    .argument(
      "<scheme>",
      t("内置方案（湘潭县2020、浏阳2018）或方案 .json", "a built-in id or a .json file")
    )
    .requiredOption(
      "-o, --output <file>",
      t("输出文件（.xlsx；加 --json 时为 .json，- 为标准输出）", "output file")
    )
    .option("--json", t("输出 JSON 方案", "write JSON"))
    .option("-f, --force", t("覆盖已有输出", "overwrite"))
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .action(async (id: string, o: { output: string; json?: boolean; force?: boolean }) => {
      await exportScheme(id, o.output, !!o.json, !!o.force);
    });
  scheme
    .command("check")
    .description(
      t(
        "逐行显示评分方案表被读成什么，列出每个问题及其单元格",
        "Show how a scheme sheet reads, and its problems"
      )
    )
    .argument("<workbook>", t("含评分方案表的工作簿（.xlsx）", "workbook with the scheme sheet"))
    .option("--sheet <name>", t("评分方案表的名称", "the scheme sheet's name"))
    .option("--json", t("输出 JSON", "print JSON"))
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .action(async (file: string, o: { sheet?: string; json?: boolean }) => {
      process.exitCode = await checkScheme(file, o.sheet, !!o.json);
    });
}

/** A scheme read from the workbook's own scoring table; its problems stop the command, each with its cell. */
export function workbookScheme(
  wb: ExcelJS.Workbook,
  wanted: string | undefined,
  base?: () => BaseData
): { scheme: Scheme; sheetName: string } | undefined {
  const ws = schemeSheetOf(wb, wanted);
  if (!ws) {
    if (wanted)
      throw new CliError(
        t(
          `未知的评分方案“${wanted}”：既不是内置方案（${BUILT_IN_SCHEMES.map((x) => x.id).join("、")}），也不是工作簿中的工作表`,
          `No scheme "${wanted}": neither a built-in (${BUILT_IN_SCHEMES.map((x) => x.id).join(", ")}) nor a sheet in the workbook`
        )
      );
    return undefined;
  }
  const r = readSchemeSheet(gridFromWorksheet(ws), base ? baseOperand(base()) : labelOperand);
  if (!r.scheme)
    throw new CliError(
      [
        t(
          `评分方案表“${ws.name}”有${r.problems.length}个问题，请先改正：`,
          `Scheme sheet "${ws.name}" has ${r.problems.length} problems:`
        ),
        ...r.problems.slice(0, 20).map((p) => `  ${p.cell}  ${p.message}`),
        ...(r.problems.length > 20
          ? [
              t(
                `  …另有${r.problems.length - 20}个，见 perfscore scheme check`,
                `  …and ${r.problems.length - 20} more`
              ),
            ]
          : []),
      ].join("\n")
    );
  return { scheme: r.scheme, sheetName: ws.name };
}

/** --scheme: a built-in id (as tolerant as PERF.SCORE's) or a .json file is a scheme now; any other name is a sheet in each workbook. */
export function schemeFlag(flag: string | undefined): { scheme?: Scheme; schemeSheet?: string } {
  if (!flag) return {};
  if (/\.json$/i.test(flag)) return { scheme: resolveScheme(flag) };
  try {
    return { scheme: resolveScheme(flag) };
  } catch {
    return { schemeSheet: flag };
  }
}
