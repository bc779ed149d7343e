/**
 * The scorecard session's summary (src/scorecard/session.ts) as the JSON `perfscore score --json`
 * prints and as a table for people. Nothing is evaluated here: the faces only format.
 */
import { D, fmt, fmtPct } from "../core";
import type { IndicatorSummary, SessionSummary } from "../scorecard/session";
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
  /** The 基础数据 sheet read. */
  baseSheet: string;
  /** The 计分表 the inputs were taken from, or null when the file has none. */
  scorecard: string | null;
  /** Other 计分表 sheets in the file, not used (--scorecard picks one). */
  otherScorecards: string[];
  indicators: IndicatorJson[];
  total: number;
  grade: string | null;
  /** What is still to fill in or decide, with the cell ("计分表!I40") where known. */
  pending: Array<{ key: string; status: string; cell: string | null; message: string }>;
  problems: Array<{ cell: string | null; message: string }>;
  /** Every figure the scheme reads: its value cell ("基础数据!B4"), label and label cell, or nulls. */
  figures: Array<{
    field: string;
    /** "pin" (a defined name), "label", "supplement" (补充数据) or "none". */
    source: string;
    /** The defined name that pins it ("PS_编制数"), or null. */
    pin: string | null;
    cell: string | null;
    label: string | null;
    labelCell: string | null;
    value: number | string | boolean | null;
  }>;
}

const num = (d: D) => Number(d.toString());

/** `otherScorecards`: the 计分表 sheets the session did not take inputs from. */
export function scoreJson(summary: SessionSummary, otherScorecards: string[] = []): ScoreJson {
  return {
    scheme: summary.schemeId,
    year: summary.year ?? null,
    baseSheet: summary.baseSheet,
    scorecard: summary.sheetName ?? null,
    otherScorecards,
    indicators: summary.indicators.map((r) => ({
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      max: r.max,
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
    total: num(summary.total),
    grade: summary.grade,
    pending: summary.pending.map((p) => ({
      key: p.key,
      status: p.status,
      cell: p.cell ? `${p.sheet ?? summary.sheetName ?? ""}!${p.cell}` : null,
      message: t(p.message, p.messageEn),
    })),
    problems: summary.problems.map((p) => ({
      cell: p.cell ? `${p.sheet}!${p.cell}` : null,
      message: t(p.message, p.messageEn),
    })),
    figures: summary.figures.map((f) => ({
      field: f.field,
      source: f.source,
      pin: f.pin ?? null,
      cell: f.cell ? `${f.sheet}!${f.cell}` : null,
      label: f.label ?? null,
      labelCell: f.labelCell ? `${f.sheet}!${f.labelCell}` : null,
      value: f.value,
    })),
  };
}

/** Each figure with the cell it came from: "编制数  基础数据!B4 ←“核定编制数”（A4） = 43". */
export function figureLines(summary: SessionSummary): string[] {
  const list = summary.figures;
  if (list.length === 0) return [];
  const width = Math.max(...list.map((f) => displayWidth(f.field)));
  return [
    t(`取数来源（${list.length}）：`, `Where each figure came from (${list.length}):`),
    ...list.map((f) => {
      const name = pad(f.field, width);
      if (!f.cell) return `  ${name}  ${t("未找到", "not found")}`;
      const via = f.pin
        ? t(`←名称 ${f.pin}`, `<- name ${f.pin}`)
        : f.label
          ? t(`←“${f.label}”（${f.labelCell}）`, `<- "${f.label}" (${f.labelCell})`)
          : t("（补充数据）", "(补充数据)");
      const value = f.value === null || f.value === "" ? t("空", "blank") : String(f.value);
      return `  ${name}  ${f.sheet}!${f.cell} ${via} = ${value}`;
    }),
  ];
}

/**
 * What the score was taken from: scheme, year, base sheet and the 计分表 the inputs came from,
 * and the other 计分表 sheets it did not use (so a choice is never made without a word).
 */
export function sourceLines(summary: SessionSummary, otherScorecards: string[] = []): string[] {
  const year = summary.year === undefined ? t("未知", "unknown") : String(summary.year);
  const card = summary.sheetName;
  const lines = [
    t(
      `评分方案：${summary.schemeId}；评价年度：${year}；基础数据：“${summary.baseSheet}”；自评输入：${card ? `“${card}”` : "无（文件中没有该方案的计分表）"}`,
      `Scheme: ${summary.schemeId}  Year: ${year}  Base data: "${summary.baseSheet}"  Inputs from: ${card ? `"${card}"` : "none (no 计分表 for this scheme in the file)"}`
    ),
  ];
  if (otherScorecards.length)
    lines.push(
      t(
        `另有计分表${otherScorecards.map((n) => `“${n}”`).join("、")}，未使用；可用 --scorecard 指定`,
        `Also in the file: ${otherScorecards.map((n) => `"${n}"`).join(", ")} (not used; choose with --scorecard)`
      )
    );
  return lines;
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
function valueText(r: IndicatorSummary): string {
  if (r.value === null) return "—";
  if (r.rate) return fmtPct(new D(r.value as D | number));
  return String(r.value);
}

export interface TableOptions {
  /** An extra column (e.g. the original report's own scores), by indicator path. */
  extra?: { heading: string; values: Record<string, string> };
}

/** The score table, the total, the grade and the problems, as lines. */
export function scoreTable(summary: SessionSummary, options: TableOptions = {}): string {
  const head = [t("指标", "Indicator"), t("指标值", "Value"), t("得分", "Score"), t("分值", "Max")];
  if (options.extra) head.push(options.extra.heading);
  head.push(t("扣分说明", "Explanation"));
  const rows = summary.indicators.map((r) => {
    const cells = [
      [r.level2, r.name].filter(Boolean).join("/"),
      valueText(r),
      r.score === null
        ? r.status === "error"
          ? t("需处理", "check")
          : t("待填", "pending")
        : fmt(r.score),
      String(r.max),
    ];
    if (options.extra) cells.push(options.extra.values[r.path] ?? "");
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
  const pending = summary.pendingCount;
  out.push("");
  out.push(
    t(
      `合计：${fmt(summary.total)} 分（满分 ${summary.points} 分${pending ? `；${pending}项待填或需处理，未计入` : ""}）`,
      `Total: ${fmt(summary.total)} of ${summary.points}${pending ? ` (${pending} indicator(s) pending, not counted)` : ""}`
    )
  );
  out.push(t(`评价结果：${gradeText(summary)}`, `Grade: ${gradeText(summary)}`));
  if (summary.problems.length) out.push("", ...problemLines(summary));
  return out.join("\n");
}

/** The grade, or 待定 while indicators are pending (the grade needs every score). */
export function gradeText(summary: SessionSummary): string {
  const n = summary.pendingCount;
  return (
    summary.grade ??
    t(`待定（${n}项待填或需处理）`, `pending (${n} indicator(s) to fill in or check)`)
  );
}

/** The problems under a heading, one indented line each with its cell. */
export function problemLines(summary: SessionSummary): string[] {
  const problems = summary.problems;
  if (problems.length === 0) return [];
  return [
    t(`基础数据问题（${problems.length}）：`, `Base-data problems (${problems.length}):`),
    ...problems.map(
      (p) => `  ${p.cell ? `${p.sheet}!${p.cell}  ` : ""}${t(p.message, p.messageEn)}`
    ),
  ];
}
