/**
 * The engine's view of a 计分表 (evaluateScheme over the base figures and the typed inputs), as the
 * JSON `perfscore score --json` prints and as a table for people.
 */
import {
  constant,
  D,
  evaluateScheme,
  fmt,
  fmtPct,
  inputSpec,
  type Scheme,
  type SchemeResult,
} from "../core";
import { suppliedFigure } from "../scorecard/planner";
import type { BaseData } from "../scorecard/baseData";
import type { CellValue } from "../scorecard/grid";
import { t } from "./i18n";

export interface IndicatorJson {
  level1: string;
  level2: string;
  name: string;
  max: number;
  value: number | string | null;
  score: number | null;
  explanation: string;
  status: "ok" | "missing" | "input" | "error";
}

export interface ScoreJson {
  scheme: string;
  year: number | null;
  indicators: IndicatorJson[];
  total: number;
  grade: string | null;
  problems: Array<{ cell: string | null; message: string }>;
}

/** Evaluate with the figures found on the base sheet, completed by 补充数据 typed into a 计分表. */
export function evaluate(
  scheme: Scheme,
  base: BaseData,
  inputs: Record<string, CellValue>
): SchemeResult {
  return evaluateScheme(
    scheme,
    (field) =>
      base.figures[field] ? base.figures[field].value : suppliedFigure(field, inputs[field]),
    (ref) => inputs[ref.path] ?? undefined
  );
}

const num = (d: D) => Number(d.toString());

export function scoreJson(
  result: SchemeResult,
  base: BaseData,
  year: number | undefined
): ScoreJson {
  return {
    scheme: result.scheme.id,
    year: year ?? base.year ?? null,
    indicators: result.indicators.map((r) => ({
      level1: r.ref.level1.name,
      level2: r.ref.level2.name,
      name: r.ref.indicator.name,
      max: r.ref.indicator.points,
      value:
        r.value === null
          ? null
          : D.isDecimal(r.value)
            ? num(r.value as D)
            : (r.value as string | number),
      score: r.score === null ? null : num(r.score),
      explanation: r.explanation,
      status: r.status,
    })),
    total: num(result.total),
    grade: result.grade,
    problems: base.problems.map((p) => ({
      cell: p.cell ? `${base.sheetName}!${p.cell}` : null,
      message: t(p.message, p.messageEn),
    })),
  };
}

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F]/.test(
        ch
      )
        ? 2
        : 1;
  return w;
}

const pad = (s: string, width: number) => s + " ".repeat(Math.max(0, width - displayWidth(s)));

/** Computed values are rates; a rate typed as a number (0.95) is shown as one too. */
function valueText(r: SchemeResult["indicators"][number]): string {
  if (r.value === null) return "—";
  if (D.isDecimal(r.value)) return fmtPct(r.value as D);
  const ind = r.ref.indicator;
  if (
    typeof r.value === "number" &&
    inputSpec(ind.rule, constant(ind.points), ind.name).kind === "rate"
  )
    return fmtPct(new D(r.value));
  return String(r.value);
}

export interface TableOptions {
  /** An extra column (e.g. the original report's own scores), by indicator path. */
  extra?: { heading: string; values: Record<string, string> };
}

/** The score table, the total, the grade and the problems, as lines. */
export function scoreTable(
  result: SchemeResult,
  base: BaseData,
  options: TableOptions = {}
): string {
  const head = [t("指标", "Indicator"), t("指标值", "Value"), t("得分", "Score"), t("分值", "Max")];
  if (options.extra) head.push(options.extra.heading);
  head.push(t("扣分说明", "Explanation"));
  const rows = result.indicators.map((r) => {
    const cells = [
      [r.ref.level2.name, r.ref.indicator.name].filter(Boolean).join("/"),
      valueText(r),
      r.score === null
        ? r.status === "error"
          ? t("需处理", "check")
          : t("待填", "pending")
        : fmt(r.score),
      String(r.ref.indicator.points),
    ];
    if (options.extra) cells.push(options.extra.values[r.ref.path] ?? "");
    cells.push(r.explanation);
    return cells;
  });
  const widths = head.map((h, c) =>
    Math.max(
      displayWidth(h),
      ...rows.map((row) => (c === head.length - 1 ? 0 : displayWidth(row[c])))
    )
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i])))
      .join("  ")
      .trimEnd();
  const out = [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
  const pending = result.pendingCount;
  out.push("");
  out.push(
    t(
      `合计：${fmt(result.total)} 分（满分 ${result.scheme.total} 分${pending ? `；${pending}项待填或需处理，未计入` : ""}）`,
      `Total: ${fmt(result.total)} of ${result.scheme.total}${pending ? ` (${pending} indicator(s) pending, not counted)` : ""}`
    )
  );
  out.push(t(`评价结果：${gradeText(result)}`, `Grade: ${gradeText(result)}`));
  if (base.problems.length) out.push("", ...problemLines(base));
  return out.join("\n");
}

/** The grade, or 待定 while indicators are pending (the grade needs every score). */
export function gradeText(result: SchemeResult): string {
  const n = result.pendingCount;
  return (
    result.grade ??
    t(`待定（${n}项待填或需处理）`, `pending (${n} indicator(s) to fill in or check)`)
  );
}

/** The base-data problems under a heading, one indented line each with its cell. */
export function problemLines(base: BaseData): string[] {
  if (base.problems.length === 0) return [];
  return [
    t(`基础数据问题（${base.problems.length}）：`, `Base-data problems (${base.problems.length}):`),
    ...base.problems.map(
      (p) => `  ${p.cell ? `${base.sheetName}!${p.cell}  ` : ""}${t(p.message, p.messageEn)}`
    ),
  ];
}
