/**
 * `perfscore generate in.xlsx -o out.xlsx`: a copy of the workbook with a formula-linked 计分表
 * added. The input file is only read; an existing sheet is never replaced (计分表 (2), …).
 */
import * as path from "path";
import type { Command } from "commander";
import { BUILT_IN_SCHEMES, fmt, type Scheme, type SchemeResult } from "../../core";
import type { BaseData } from "../../scorecard/baseData";
import type { Plan } from "../../scorecard/plan";
import { uniqueSheetName, type Dialect } from "../../scorecard/planner";
import {
  planSession,
  readSchemeBase,
  type SessionSummary,
  type TypedInputs,
} from "../../scorecard/session";
import { onFile } from "../files";
import { schemeFlag, workbookScheme } from "./scheme";
import { t } from "../i18n";
import { figureLines, gradeText, problemLines } from "../report";
import { saveWorkbook, writePlan } from "../xlsx";
import {
  chooseScorecard,
  CliError,
  exists,
  locateBaseSheet,
  openWorkbook,
  parseYear,
  resolveScheme,
  sameFile,
  scorecardSheets,
  typedInputs,
} from "./common";
import { checkOutputPath, checkUnit } from "./options";
import { collect, MAP_HELP, mappedPins, storePins, workbookPins } from "./pins";

export const SCORECARD_SHEET = "计分表";

export interface GenerateFileOptions {
  input: string;
  output: string;
  /** undefined: the workbook's own scheme sheet (or the one named by schemeSheet), else the default. */
  scheme?: Scheme;
  schemeSheet?: string;
  dialect: Dialect;
  baseSheet?: string;
  year?: number;
  unitName?: string;
  /** Inputs to pre-fill (demo), on top of those kept from an existing 计分表. */
  inputs?: Record<string, string | number>;
  ruleTexts?: boolean;
  explanations?: boolean;
  force?: boolean;
  /** --map values ("编制数=基础数据!B4"): read first, and written into the output as names. */
  maps?: readonly string[];
}

export interface GenerateFileResult {
  output: string;
  sheetName: string;
  baseSheetName: string;
  base: BaseData;
  plan: Plan;
  /** Inputs the new sheet starts with (kept from an earlier 计分表, then the given ones). */
  inputs: TypedInputs;
  keptFrom?: string;
  /** The engine's result, as the new sheet computes it. */
  result: SchemeResult;
  summary: SessionSummary;
  /** The names written for --map (PS_编制数 …). */
  pinned: string[];
}

/** `<in>.计分表.xlsx` next to the input (.xlsx whatever the input's extension: that is what is written). */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.${SCORECARD_SHEET}.xlsx`);
}

export async function generateFile(o: GenerateFileOptions): Promise<GenerateFileResult> {
  checkOutputPath(o.output);
  checkUnit(o.unitName);
  if (sameFile(o.input, o.output)) {
    throw new CliError(
      t(
        `输出文件不能是输入文件本身：${o.output}（输入文件不会被修改）`,
        `The output cannot be the input itself: ${o.output}`
      )
    );
  }
  if (!o.force && (await exists(o.output))) {
    throw new CliError(
      t(
        `输出文件已存在：${o.output}。如需覆盖，请加 --force`,
        `Output exists: ${o.output}. Use --force to overwrite it`
      )
    );
  }
  const wb = await openWorkbook(o.input);
  const own = o.scheme ? undefined : workbookScheme(wb, o.schemeSheet);
  const scheme = o.scheme ?? own?.scheme ?? resolveScheme(undefined);
  // PERF.SCORE names its scheme; Excel's add-in knows only the built-ins.
  if (o.dialect === "perf" && !BUILT_IN_SCHEMES.includes(scheme))
    throw new CliError(
      t(
        `评分方案 ${scheme.id} 不是内置方案，只能生成通用公式（PERF 函数只认内置方案）：请去掉 --perf`,
        `Scheme ${scheme.id} is not built in: only portable formulas can be generated for it (drop --perf)`
      )
    );
  const { worksheet, grid } = locateBaseSheet(wb, o.input, o.baseSheet);
  const mapped = mappedPins(o.maps ?? [], scheme, wb, worksheet.name);
  const base = readSchemeBase(grid, scheme, o.year, workbookPins(wb, mapped));
  const choice = chooseScorecard(scorecardSheets(wb, worksheet.name), scheme);
  const inputs: TypedInputs = { ...typedInputs(choice, scheme).inputs, ...(o.inputs ?? {}) };
  const sheetName = uniqueSheetName(
    wb.worksheets.map((w) => w.name),
    SCORECARD_SHEET
  );
  const session = planSession(scheme, base, inputs, {
    dialect: o.dialect,
    sheetName,
    baseSheetName: worksheet.name,
    unitName: o.unitName,
    year: o.year,
    ruleTexts: o.ruleTexts,
    explanations: o.explanations,
  });
  writePlan(wb, session.plan);
  storePins(wb, mapped);
  // The check above fails early; this one is atomic (another run may have written it since).
  await onFile(o.output, "output", () => saveWorkbook(wb, o.output, { exclusive: !o.force }));
  return {
    output: o.output,
    sheetName,
    baseSheetName: worksheet.name,
    base,
    plan: session.plan,
    inputs,
    keptFrom: choice.sheet?.name,
    result: session.evaluation,
    summary: session.summary,
    pinned: mapped.map((p) => p.name),
  };
}

/** What to tell the user after generating. */
export function generateSummary(r: GenerateFileResult, dialect: Dialect): string {
  const sum = r.summary;
  const lines = [
    t(
      `已生成 ${r.output}：工作表“${r.sheetName}”（评分方案 ${sum.schemeId}，${dialect === "perf" ? "PERF 函数，需要加载项" : "通用公式，无需加载项"}；数据来自“${r.baseSheetName}”）`,
      `Wrote ${r.output}: sheet "${r.sheetName}" (scheme ${sum.schemeId}, ${dialect === "perf" ? "PERF functions, needs the add-in" : "portable formulas"}; data from "${r.baseSheetName}")`
    ),
  ];
  if (r.pinned.length)
    lines.push(
      t(
        `--map 指定的单元格已保存为名称 ${r.pinned.join("、")}（Excel“公式 > 名称管理器”中可查看、修改）。`,
        `The --map cells are saved as the names ${r.pinned.join(", ")} (see Formulas > Name Manager in Excel).`
      )
    );
  if (r.keptFrom)
    lines.push(
      t(`沿用了“${r.keptFrom}”中已填写的自评输入。`, `Kept the inputs typed into "${r.keptFrom}".`)
    );
  lines.push(
    t(
      `当前合计 ${fmt(sum.total)} 分，评价结果：${gradeText(sum)}`,
      `Total so far ${fmt(sum.total)}, grade: ${gradeText(sum)}`
    )
  );
  // The cell, then what to do: a figure in the reader's words, an indicator with its 扣分说明.
  const todo = sum.pending.map((p) => {
    const at = p.cell ? `${p.sheet ?? r.sheetName}!${p.cell}  ` : "";
    const name = p.label === p.key ? "" : `${p.label}${t("：", ": ")}`;
    return `  ${at}${name}${t(p.message, p.messageEn)}`;
  });
  if (todo.length) lines.push(t("待填或需处理：", "To do:"), ...todo);
  lines.push(...figureLines(sum));
  lines.push(...problemLines(sum));
  return lines.join("\n");
}

interface GenerateFlags {
  output?: string;
  scheme?: string;
  perf?: boolean;
  /** Accepted for older scripts: portable formulas are the default now. */
  portable?: boolean;
  sheet?: string;
  year?: string;
  unit?: string;
  force?: boolean;
  ruleTexts?: boolean;
  explanations?: boolean;
  map?: string[];
}

export function registerGenerate(program: Command): void {
  program
    .command("generate")
    .description(
      t(
        "读取基础数据表，生成公式联动的计分表（另存为新文件，原文件不变）",
        "Add a formula-linked 计分表 to a copy of the workbook"
      )
    )
    .argument("<in.xlsx>", t("含基础数据表的工作簿", "workbook with a 基础数据 sheet"))
    .option(
      "-o, --output <out.xlsx>",
      t("输出文件（默认 <输入>.计分表.xlsx）", "output file (default <in>.计分表.xlsx)")
    )
    .option(
      "--scheme <ID>",
      t(
        "评分方案：湘潭县2020（默认）、浏阳2018、方案文件 *.json，或工作簿中评分方案表的名称（工作簿中有评分方案表时默认用它）",
        "scheme: 湘潭县2020 (default), 浏阳2018, a *.json file, or the name of the workbook's scheme sheet (used by default when there is one)"
      )
    )
    .option(
      "--perf",
      t(
        "改用 PERF 函数（需要加载项）；默认为通用 Excel 公式，WPS 等也能计算",
        "PERF functions (need the add-in); default: native Excel formulas"
      )
    )
    .option(
      "--portable",
      t(
        "通用 Excel 公式（已是默认，保留以兼容旧脚本）",
        "native Excel formulas (the default; kept for older scripts)"
      )
    )
    .option(
      "--sheet <name>",
      t(
        "基础数据表的工作表名（默认自动查找）",
        "base-data sheet name (found automatically by default)"
      )
    )
    .option(
      "--year <year>",
      t(
        "评价年度，如 2021（默认取自基础数据表）",
        "evaluation year, e.g. 2021 (default: from the sheet)"
      )
    )
    .option(
      "--unit <name>",
      t("填报单位名称（默认取自基础数据表）", "unit name (default: from the sheet)")
    )
    .option(
      "--no-rule-texts",
      t("不写指标说明和评价标准两列", "leave out the description and criterion columns")
    )
    .option("--no-explanations", t("不写扣分说明", "leave out the 扣分说明 (explanation) column"))
    .option("--map <数据=工作表!单元格>", MAP_HELP(), collect)
    .option("-f, --force", t("覆盖已存在的输出文件", "overwrite an existing output file"))
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .action(async (input: string, flags: GenerateFlags) => {
      const { scheme, schemeSheet } = schemeFlag(flags.scheme);
      if (flags.perf && flags.portable)
        throw new CliError(
          t("--perf 与 --portable 只能选一个", "--perf and --portable cannot be used together")
        );
      // Portable by default: a command-line user usually sends the file to someone without the add-in.
      const dialect: Dialect = flags.perf ? "perf" : "portable";
      const r = await generateFile({
        input,
        output: flags.output ?? defaultOutput(input),
        scheme,
        schemeSheet,
        dialect,
        baseSheet: flags.sheet,
        year: parseYear(flags.year),
        unitName: flags.unit,
        ruleTexts: flags.ruleTexts,
        explanations: flags.explanations,
        force: flags.force,
        maps: flags.map,
      });
      process.stdout.write(generateSummary(r, dialect) + "\n");
    });
}
