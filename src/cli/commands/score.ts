/**
 * `perfscore score in.xlsx [--json]`: the scorecard as the engine computes it from the 基础数据 sheet
 * (and the inputs typed into a 计分表 already in the file). Exit 0 even when the data has problems
 * (they are reported); non-zero only when a file cannot be read or the scheme is unknown.
 */
import * as path from "path";
import type { Command } from "commander";
import type { Scheme } from "../../core";
import { readSchemeBase, summarize, type SessionSummary } from "../../scorecard/session";
import { t } from "../i18n";
import { figureLines, scoreJson, scoreTable, sourceLines, type ScoreJson } from "../report";
import {
  chooseScorecard,
  CliError,
  locateBaseSheet,
  openWorkbook,
  parseYear,
  resolveScheme,
  scorecardSheets,
  typedInputs,
} from "./common";
import { expandInputFiles } from "./inputFiles";
import { collect, MAP_HELP, mappedPins, workbookPins } from "./pins";
import { schemeFlag, workbookScheme } from "./scheme";

export interface ScoreFileOptions {
  /** undefined: the workbook's scheme sheet, else the scheme named by the chosen 计分表 (or the last that names one), else the default. */
  scheme?: Scheme;
  /** The workbook's own scoring table to score with (--scheme naming a sheet). */
  schemeSheet?: string;
  baseSheet?: string;
  /** The 计分表 to take inputs from (default: the last one made for the scheme). */
  scorecard?: string;
  year?: number;
  /** --map values ("编制数=基础数据!B4"): pins on top of those the workbook holds as names. */
  maps?: readonly string[];
}

export interface ScoreFileResult {
  summary: SessionSummary;
  json: ScoreJson;
  table: string;
}

export async function scoreFile(file: string, o: ScoreFileOptions): Promise<ScoreFileResult> {
  const wb = await openWorkbook(file);
  const { worksheet, grid } = locateBaseSheet(wb, file, o.baseSheet);
  const sheets = scorecardSheets(wb, worksheet.name);
  const wanted = o.scorecard
    ? { name: o.scorecard, file, sheetNames: wb.worksheets.map((w) => w.name) }
    : undefined;
  // Unless given, the scheme is the one the chosen 计分表 (or the last that names one) follows.
  const named = wanted ? chooseScorecard(sheets, undefined, wanted).sheet : undefined;
  const own = o.scheme ? undefined : workbookScheme(wb, o.schemeSheet);
  const scheme =
    o.scheme ??
    own?.scheme ??
    resolveScheme((named ?? sheets.filter((s) => s.schemeId !== undefined).pop())?.schemeId);
  const choice = chooseScorecard(sheets, scheme, wanted);
  const pins = workbookPins(wb, mappedPins(o.maps ?? [], scheme, wb, worksheet.name));
  const base = readSchemeBase(grid, scheme, o.year, pins);
  const { summary } = summarize({ scheme, base, ...typedInputs(choice, scheme), year: o.year });
  const others = choice.others.map((s) => s.name);
  return {
    summary,
    json: scoreJson(summary, others),
    table: [...sourceLines(summary, others), ...figureLines(summary), "", scoreTable(summary)].join(
      "\n"
    ),
  };
}

interface ScoreFlags {
  scheme?: string;
  json?: boolean;
  sheet?: string;
  scorecard?: string;
  year?: string;
  map?: string[];
}

export function registerScore(program: Command): void {
  program
    .command("score")
    .description(
      t(
        "按基础数据表计分，打印计分表、合计、评价结果和问题",
        "Score a workbook's 基础数据 and print the scorecard"
      )
    )
    .argument("<files...>", t("一个或多个工作簿（.xlsx）", "one or more workbooks (.xlsx)"))
    .option(
      "--scheme <ID>",
      t(
        "评分方案：内置方案、方案 .json 或工作簿中评分方案表的名称（默认：工作簿中的评分方案表，否则计分表所用的方案，否则湘潭县2020）",
        "scheme: a built-in, a .json file or the name of the workbook's scheme sheet (default: the workbook's scheme sheet, else the one a 计分表 names, else 湘潭县2020)"
      )
    )
    .option(
      "--json",
      t("输出 JSON（多个文件时每行一个）", "print JSON (one line per file for several files)")
    )
    .option("--sheet <name>", t("基础数据表的工作表名", "base-data sheet name"))
    .option(
      "--scorecard <sheet>",
      t(
        "从哪个计分表读取自评输入（默认：该方案最后一个计分表）",
        "the 计分表 to take the inputs from (default: the scheme's last one)"
      )
    )
    .option("--year <year>", t("评价年度，如 2021", "evaluation year, e.g. 2021"))
    .option("--map <数据=工作表!单元格>", MAP_HELP(), collect)
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .action(async (args: string[], flags: ScoreFlags) => {
      const year = parseYear(flags.year);
      // Resolved once: an unknown scheme fails before any file is read.
      const { scheme, schemeSheet } = schemeFlag(flags.scheme);
      const { files, skipped, expanded } = expandInputFiles(args);
      for (const f of skipped)
        process.stderr.write(
          t(
            `跳过 ${f}（Excel 的锁定文件或临时文件）\n`,
            `Skipped ${f} (a lock or temporary file)\n`
          )
        );
      if (files.length === 0)
        throw new CliError(
          t(
            `没有要计分的 .xlsx 文件：${args.join(" ")}`,
            `No .xlsx files to score: ${args.join(" ")}`
          )
        );
      const many = files.length > 1 || expanded;
      let failed = 0;
      for (let i = 0; i < files.length; i++) {
        const file = files[i];
        if (many) process.stderr.write(`[${i + 1}/${files.length}] ${file}\n`);
        try {
          const r = await scoreFile(file, {
            scheme,
            schemeSheet,
            baseSheet: flags.sheet,
            scorecard: flags.scorecard,
            year,
            maps: flags.map,
          });
          if (flags.json)
            process.stdout.write(JSON.stringify(many ? { file, ...r.json } : r.json) + "\n");
          else
            process.stdout.write((many ? `\n== ${path.basename(file)} ==\n` : "") + r.table + "\n");
        } catch (e) {
          if (!(e instanceof CliError) || !many) throw e;
          failed++;
          process.stderr.write(`${e.message}\n`);
          if (flags.json) process.stdout.write(JSON.stringify({ file, error: e.message }) + "\n");
        }
      }
      if (failed) {
        process.stderr.write(
          t(`${failed} 个文件无法计分。\n`, `${failed} file(s) could not be scored.\n`)
        );
        process.exitCode = 1;
      }
    });
}
