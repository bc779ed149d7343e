/** `perfscore template -o 基础数据.xlsx`: the canonical 基础数据 sheet, ready to fill in. */
import * as ExcelJS from "exceljs";
import type { Command } from "commander";
import type { Scheme } from "../../core";
import { planBaseDataTemplate } from "../../scorecard/template";
import { onFile } from "../files";
import { t } from "../i18n";
import { saveWorkbook, writePlan } from "../xlsx";
import { CliError, exists, parseYear, resolveScheme } from "./common";
import { checkOutputPath, checkUnit } from "./options";

export interface TemplateFileOptions {
  output: string;
  schemeId?: string;
  /** The scheme itself (a JSON file's), instead of schemeId. */
  scheme?: Scheme;
  year?: number;
  unitName?: string;
  values?: Record<string, number | string>;
  force?: boolean;
}

export async function templateFile(o: TemplateFileOptions): Promise<void> {
  checkOutputPath(o.output);
  checkUnit(o.unitName);
  const scheme = o.scheme ?? (o.schemeId ? resolveScheme(o.schemeId) : undefined);
  if (!o.force && (await exists(o.output))) {
    throw new CliError(
      t(
        `输出文件已存在：${o.output}。如需覆盖，请加 --force`,
        `Output exists: ${o.output}. Use --force to overwrite it`
      )
    );
  }
  const plan = planBaseDataTemplate({
    year: o.year,
    unitName: o.unitName,
    scheme,
    values: o.values,
  });
  const wb = new ExcelJS.Workbook();
  wb.creator = "PerfScore";
  writePlan(wb, plan);
  await onFile(o.output, "output", () => saveWorkbook(wb, o.output, { exclusive: !o.force }));
}

interface TemplateFlags {
  output: string;
  scheme?: string;
  year?: string;
  unit?: string;
  force?: boolean;
}

export function registerTemplate(program: Command): void {
  program
    .command("template")
    .description(
      t(
        "生成空白的基础数据表模板（按附件4格式，含两个内置方案所需的全部数据）",
        "Write an empty 基础数据 template"
      )
    )
    .option("-o, --output <file>", t("输出文件", "output file"), "基础数据.xlsx")
    .option(
      "--scheme <ID>",
      t("标出该方案用到的数据（其余置灰）", "mark the figures this scheme uses")
    )
    .option(
      "--year <year>",
      t("评价年度，如 2021（表头写成 2020年决算数、2021年预算数…）", "evaluation year, e.g. 2021")
    )
    .option("--unit <name>", t("填报单位名称", "unit name"))
    .option("-f, --force", t("覆盖已存在的输出文件", "overwrite an existing output file"))
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .action(async (flags: TemplateFlags) => {
      await templateFile({
        output: flags.output,
        schemeId: flags.scheme,
        year: parseYear(flags.year),
        unitName: flags.unit,
        force: flags.force,
      });
      process.stdout.write(
        t(
          `已生成基础数据模板：${flags.output}（黄色单元格为填报项）\n`,
          `Wrote the template: ${flags.output}\n`
        )
      );
    });
}
