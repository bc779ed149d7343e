/** `perfscore rule <评价标准> [--points N]`: how the rule-text reader reads one text. */
import type { Command } from "commander";
import { D } from "../../core";
import { readRuleText, type RuleReading } from "../../core/ruleText";
import { t } from "../i18n";
import type { Sink } from "./fn";

/** The 分值 a text states itself: its largest "计N分", or the sum of its items' points (never a deduction). */
function statedPoints(text: string): number[] {
  const all = [...text.matchAll(/(?<![扣减\d.])(\d+(?:\.\d+)?)\s*分/g)].map((m) => Number(m[1]));
  if (all.length === 0) return [];
  const sum = all.reduce((a, b) => a.plus(b), new D(0)).toNumber();
  return [...new Set([Math.max(...all), sum])].filter((x) => x > 0);
}

/** A reading with the text's own 分值, when --points is not given; none fits → undefined. */
function readWithStatedPoints(text: string): { points: number; r: RuleReading } | undefined {
  for (const points of statedPoints(text)) {
    const r = readRuleText(text, points);
    if (r.ok && !r.notes.some((n) => n.includes("不一致"))) return { points, r };
  }
  return undefined;
}

export function runRule(
  words: string[],
  pointsOption: string | undefined,
  json: boolean,
  out: Sink = process.stdout,
  err: Sink = process.stderr
): number {
  const text = words.join(" ").trim();
  if (text === "") {
    err.write(
      t(
        "用法：perfscore rule <评价标准> [--points 分值]\n",
        "Usage: perfscore rule <criterion> [--points N]\n"
      )
    );
    return 2;
  }
  let points = pointsOption === undefined ? undefined : Number(pointsOption);
  if (points !== undefined && !(Number.isFinite(points) && points > 0)) {
    err.write(
      t(
        `--points 应为大于0的数，而不是“${pointsOption}”\n`,
        `--points must be a number above 0, not "${pointsOption}"\n`
      )
    );
    return 2;
  }
  let r: RuleReading;
  let guessed = false;
  if (points === undefined) {
    const found = readWithStatedPoints(text);
    if (!found) {
      err.write(
        t(
          "原文没有写明分值，请用 --points 指定\n",
          "The text states no maximum; give it with --points\n"
        )
      );
      return 2;
    }
    ({ points, r } = found);
    guessed = true;
  } else r = readRuleText(text, points);
  if (json) {
    out.write(JSON.stringify({ criterion: text, points, ...r }) + "\n");
    return r.ok ? 0 : 1;
  }
  if (!r.ok) {
    err.write(`${t("无法读懂：", "Cannot read: ")}${r.reason}\n`);
    if (r.part) err.write(`${t("无法识别的部分：", "Part not understood: ")}${r.part}\n`);
    return 1;
  }
  const lines = [
    `${t("分值", "Points")}：${points}${guessed ? t("（按原文；可用 --points 指定）", " (from the text; set with --points)") : ""}`,
    `${t("读作", "Read as")}：${r.reading}`,
    ...(r.setAside.length
      ? [
          `${t("未作为规则（公式或定义）", "Not rules (formulas, definitions)")}：${r.setAside.join(" | ")}`,
        ]
      : []),
    `${t("规则", "Rule")}：${JSON.stringify(r.rule)}`,
  ];
  out.write(lines.join("\n") + "\n");
  return 0;
}

export function registerRule(program: Command): void {
  program
    .command("rule")
    .description(
      t(
        '读一条评价标准，显示它被读作什么规则，如：perfscore rule "≤100%计5分，每超过一个百分点扣0.5分，扣完为止"',
        "Read one 评价标准 and show the rule it is read as"
      )
    )
    .argument("<criterion...>", t("评价标准原文（含空格时可不加引号）", "the criterion text"))
    .option(
      "--points <n>",
      t("分值；省略时按原文写明的分值", "maximum points; defaults to what the text states")
    )
    .option("--json", t("输出 JSON", "print JSON"))
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .action((words: string[], opts: { points?: string; json?: boolean }) => {
      process.exitCode = runRule(words, opts.points, !!opts.json);
    });
}
