/**
 * `perfscore demo`: the bundled example. Writes demo/基础数据-示例.xlsx (seed 000's figures in the
 * template), the 计分表 in both dialects next to it, and prints the score table beside the
 * report's own scores.
 */
import * as path from "path";
import type { Command } from "commander";
import { fmt, getScheme } from "../../core";
import {
  DEMO_BLANK,
  DEMO_FIGURES,
  DEMO_INPUTS,
  DEMO_SCHEME,
  DEMO_UNIT,
  DEMO_YEAR,
  REPORTED_SCORES,
} from "../demo/data";
import { t } from "../i18n";
import { scoreTable } from "../report";
import { generateFile, type GenerateFileResult } from "./generate";
import { templateFile } from "./template";

export const DEMO_FILES = {
  base: "基础数据-示例.xlsx",
  perf: "计分表-示例.xlsx",
  portable: "计分表-示例-通用公式.xlsx",
} as const;

export interface DemoResult {
  dir: string;
  files: string[];
  perf: GenerateFileResult;
  portable: GenerateFileResult;
}

export async function runDemo(dir: string): Promise<DemoResult> {
  const basePath = path.join(dir, DEMO_FILES.base);
  await templateFile({
    output: basePath,
    schemeId: DEMO_SCHEME,
    year: DEMO_YEAR,
    unitName: DEMO_UNIT,
    values: DEMO_FIGURES,
    force: true,
  });
  const scheme = getScheme(DEMO_SCHEME);
  const make = (dialect: "perf" | "portable") =>
    generateFile({
      input: basePath,
      output: path.join(dir, DEMO_FILES[dialect]),
      scheme,
      dialect,
      inputs: DEMO_INPUTS,
      force: true,
    });
  const perf = await make("perf");
  const portable = await make("portable");
  return { dir, files: [basePath, perf.output, portable.output], perf, portable };
}

export function demoReport(d: DemoResult): string {
  const r = d.perf;
  const reported = Object.values(REPORTED_SCORES).reduce((a, b) => a + b, 0);
  const lines = [
    t(
      `示例：${DEMO_UNIT} ${DEMO_YEAR}年度部门整体支出绩效自评（评分方案 ${DEMO_SCHEME}），数据取自该单位的自评报告（附件4和正文）。`,
      `Example: ${DEMO_UNIT}, ${DEMO_YEAR} (scheme ${DEMO_SCHEME}); figures from its self-evaluation report.`
    ),
    "",
    scoreTable(r.summary, {
      extra: {
        heading: t("原报告自评", "Reported"),
        values: Object.fromEntries(Object.entries(REPORTED_SCORES).map(([k, v]) => [k, String(v)])),
      },
    }),
    "",
    t(
      `原报告自评合计 ${reported} 分；按报告自己的数据重新计分，已计分的 ${r.result.indicators.length - r.result.pendingCount} 项合计 ${fmt(r.result.total)} 分。` +
        `差异主要在公用经费控制率（51.64/47.5=108.72%）、政府采购执行率（155.55/22=707.05%）和预算控制率（追加4382.11/年初916.19）。`,
      `The report scored itself ${reported}; rescored from its own figures, the ${r.result.indicators.length - r.result.pendingCount} scored indicators total ${fmt(r.result.total)}.`
    ),
    t(
      `报告没有给出、在基础数据中留空的数据：${DEMO_BLANK.join("、")}。`,
      `Left blank (not in the report): ${DEMO_BLANK.join(", ")}.`
    ),
    "",
    t("已写入：", "Wrote:"),
    ...d.files.map((f) => `  ${path.relative(process.cwd(), f) || f}`),
    t(
      `  （${DEMO_FILES.perf} 使用 PERF 函数，需要加载项；${DEMO_FILES.portable} 使用通用公式，Excel、WPS、LibreOffice 均可直接计算）`,
      `  (${DEMO_FILES.perf} uses PERF functions and needs the add-in; ${DEMO_FILES.portable} uses native formulas only)`
    ),
  ];
  return lines.join("\n");
}

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description(
      t(
        "运行内置示例：生成示例基础数据表和计分表（demo/ 目录），并打印计分结果",
        "Run the bundled example: writes demo/*.xlsx and prints the scores"
      )
    )
    .option("--out-dir <dir>", t("输出目录", "output directory"), "demo")
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .action(async (flags: { outDir: string }) => {
      const d = await runDemo(path.resolve(flags.outDir));
      process.stdout.write(demoReport(d) + "\n");
    });
}
