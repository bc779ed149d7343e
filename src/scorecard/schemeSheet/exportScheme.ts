/**
 * A scheme written as an editable scoring table (评分方案表): the layout readSchemeSheet reads back.
 * Where the 评价标准 itself reads to another rule than the scheme's (a built-in reading beyond its
 * text), the 计分方式 column carries the rule in words the reader reads exactly.
 */
import { formulaText, indicatorsOf, type Rule, type Scheme } from "../../core";
import { readRuleText } from "../../core/ruleText";
import { ruleToText, sameScoring } from "../../core/ruleText/ruleToText";
import { a1 } from "../grid";

export const SCHEME_HEADERS = [
  "一级指标",
  "分值",
  "二级指标",
  "分值",
  "三级指标",
  "分值",
  "指标说明",
  "评价标准",
  "指标值",
  "计分方式",
] as const;

export interface SchemeTable {
  /** Row-major values; null = empty. Row 0 is the title, row 1 the header. */
  rows: Array<Array<string | number | null>>;
  /** Merged areas in A1 notation. */
  merges: string[];
}

/** The 计分方式 a row needs: empty when the 评价标准 reads to the scheme's own rule. */
export function overrideFor(criterion: string, rule: Rule, points: number): string {
  const read = readRuleText(criterion, points);
  return read.ok && sameScoring(read.rule, rule) ? "" : ruleToText(rule, points);
}

export function schemeTable(scheme: Scheme): SchemeTable {
  const rows: SchemeTable["rows"] = [[`${scheme.title}（评分方案）`], [...SCHEME_HEADERS]];
  const merges: string[] = [`A1:${a1(0, SCHEME_HEADERS.length - 1)}`];
  const span = (col: number, from: number, to: number) => {
    if (to > from) merges.push(`${a1(from, col)}:${a1(to, col)}`);
  };
  let start1 = 2;
  let start2 = 2;
  const refs = indicatorsOf(scheme);
  refs.forEach((ref, i) => {
    const r = rows.length;
    const first1 = i === 0 || refs[i - 1].level1 !== ref.level1;
    const first2 = first1 || refs[i - 1].level2 !== ref.level2;
    if (first1) start1 = r;
    if (first2) start2 = r;
    const ind = ref.indicator;
    rows.push([
      first1 ? ref.level1.name : null,
      first1 ? ref.level1.points : null,
      first2 ? ref.level2.name : null,
      first2 ? ref.level2.points : null,
      ind.name,
      ind.points,
      ind.description,
      ind.criterion,
      ind.value ? formulaText(ind.value) : null,
      (ind.ruleText && ind.ruleText !== ind.criterion
        ? ind.ruleText
        : overrideFor(ind.criterion, ind.rule, ind.points)) || null,
    ]);
    const last1 = i === refs.length - 1 || refs[i + 1].level1 !== ref.level1;
    const last2 = last1 || refs[i + 1].level2 !== ref.level2;
    if (last1) [0, 1].forEach((c) => span(c, start1, r));
    if (last2) [2, 3].forEach((c) => span(c, start2, r));
  });
  rows.push(["合计", scheme.total]);
  return { rows, merges };
}

/** The table as a Grid, as a reader sees a sheet (for tests and for the pane's preview). */
export function tableGrid(sheetName: string, table: SchemeTable): import("../grid").Grid {
  const columnCount = Math.max(...table.rows.map((r) => r.length));
  return {
    sheetName,
    rowCount: table.rows.length,
    columnCount,
    origin: { row: 0, column: 0 },
    cells: table.rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))),
    merges: table.merges,
  };
}
