/**
 * A department's own self-scores (自评得分): the 得分 column of a filled 计分表, PerfScore's own or
 * one made by hand in the official layout (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | … | 得分).
 * Columns are found by header text (as a scheme sheet's are), rows matched to the scheme by name.
 * Pure: a Grid in, plain data out.
 */
import { compactText, D, indicatorsOf, nameKey, type IndicatorRef, type Scheme } from "../../core";
import { inputNumber } from "../../core/numericText";
import { a1, type CellValue, type Grid } from "../grid";
import { findColumns } from "../schemeSheet/headers";

/** One indicator's self-score as the sheet holds it. */
export interface SelfScore {
  /** Indicator path in the scheme. */
  path: string;
  /** The 得分 cell (A1, on `SelfScores.sheetName`). */
  cell: string;
  raw: CellValue;
  /** The score as a number; null when the cell is blank or unreadable (see `problem`). */
  score: D | null;
  /** Chinese: why the cell gives no usable score (text, a formula never calculated, above 分值). */
  problem?: string;
}

export interface SelfScores {
  sheetName: string;
  /** By indicator path; indicators the sheet has no row for are absent. */
  scores: Record<string, SelfScore>;
  /** The 合计 the sheet states, and its cell, when it has such a row. */
  statedTotal?: { cell: string; value: number };
  /** Rows with a name and a 得分 that match no indicator of the scheme. */
  unmatched: Array<{ cell: string; name: string }>;
}

interface ScoreColumns {
  headerRow: number;
  level1?: number;
  level2?: number;
  name: number;
  score: number;
}

const SCORE_HEADER = /^(得分|自评得分|评价得分|自评分)$/;
const NAME_HEADER = /^(三级指标|指标名称)/;
const TOTAL_ROW = /^(合计|总计|总分|得分合计)$/;

const cellText = (grid: Grid, r: number, c: number | undefined): string =>
  c === undefined ? "" : compactText(String(grid.cells[r]?.[c]?.value ?? ""));

/**
 * The 三级指标 and 得分 columns: a scoring table's headers (findColumns) when the sheet has a
 * 评价标准 column too, else any row of the first 30 naming both.
 */
export function findScoreColumns(grid: Grid): ScoreColumns | undefined {
  const table = findColumns(grid);
  if (table && table.col.score !== undefined && table.col.level3 !== undefined)
    return {
      headerRow: table.headerRow,
      level1: table.col.level1,
      level2: table.col.level2,
      name: table.col.level3,
      score: table.col.score,
    };
  for (let r = 0; r < Math.min(grid.rowCount, 30); r++) {
    const cols: Partial<Record<"level1" | "level2" | "name" | "score", number>> = {};
    for (let c = 0; c < grid.columnCount; c++) {
      const h = cellText(grid, r, c);
      if (cols.level1 === undefined && /^一级指标/.test(h)) cols.level1 = c;
      else if (cols.level2 === undefined && /^二级指标/.test(h)) cols.level2 = c;
      else if (cols.name === undefined && NAME_HEADER.test(h)) cols.name = c;
      else if (cols.score === undefined && SCORE_HEADER.test(h)) cols.score = c;
    }
    if (cols.name !== undefined && cols.score !== undefined)
      return { headerRow: r, ...cols, name: cols.name, score: cols.score };
  }
  return undefined;
}

/** A scheme's indicators by name key, and by each part of a name that lists several ("经济效益、社会效益"). */
export interface IndicatorIndex {
  byName: Map<string, IndicatorRef[]>;
  byPart: Map<string, IndicatorRef[]>;
}

export function indicatorIndex(refs: readonly IndicatorRef[]): IndicatorIndex {
  const index: IndicatorIndex = { byName: new Map(), byPart: new Map() };
  const add = (map: Map<string, IndicatorRef[]>, k: string, r: IndicatorRef) =>
    map.set(k, [...(map.get(k) ?? []), r]);
  for (const r of refs) {
    const k = nameKey(r.indicator.name);
    add(index.byName, k, r);
    for (const part of k.split(/[、，,及和与]/)) if (part !== k) add(index.byPart, part, r);
  }
  return index;
}

/**
 * The indicator a row names: its exact name (narrowed by the 二级 and 一级 names when the scheme
 * repeats it), else the one whose name lists it as a part ("经济效益" of "经济效益、社会效益").
 */
export function matchIndicator(
  index: IndicatorIndex,
  name: string,
  level2 = "",
  level1 = ""
): IndicatorRef | undefined {
  const k = nameKey(name);
  if (!k) return undefined;
  const hits = index.byName.get(k) ?? index.byPart.get(k) ?? [];
  if (hits.length <= 1) return hits[0];
  const same = (a: string, b: string) => !b || nameKey(a) === nameKey(b);
  const narrowed = hits.filter((r) => same(r.level2.name, level2) && same(r.level1.name, level1));
  return narrowed[0] ?? hits[0];
}

function selfScore(
  path: string,
  cell: string,
  raw: CellValue,
  max: number,
  formula: boolean
): SelfScore {
  if (raw === null || (typeof raw === "string" && raw.trim() === ""))
    return formula
      ? {
          path,
          cell,
          raw,
          score: null,
          problem: "得分是公式，但文件中没有计算结果（请在 Excel/WPS 中打开并保存后再复核）",
        }
      : { path, cell, raw, score: null };
  const n = inputNumber(raw);
  if (!n) return { path, cell, raw, score: null, problem: `自评得分“${String(raw)}”不是数字` };
  if (n.lessThan(0) || n.greaterThan(max))
    return {
      path,
      cell,
      raw,
      score: null,
      problem: `自评得分${n.toString()}不在0到分值${max}之间`,
    };
  return { path, cell, raw, score: n };
}

/** The self-scores of a filled 计分表, or undefined when the grid has no 三级指标 and 得分 columns. */
export function readSelfScores(grid: Grid, scheme: Scheme): SelfScores | undefined {
  const cols = findScoreColumns(grid);
  if (!cols) return undefined;
  const index = indicatorIndex(indicatorsOf(scheme));
  const out: SelfScores = { sheetName: grid.sheetName, scores: {}, unmatched: [] };
  let level1 = "";
  let level2 = "";
  for (let r = cols.headerRow + 1; r < grid.rowCount; r++) {
    const l1 = cellText(grid, r, cols.level1);
    const l2 = cellText(grid, r, cols.level2);
    if (l1 && !/^\d+(\.\d+)?$/.test(l1)) level1 = l1;
    if (l2 && !/^\d+(\.\d+)?$/.test(l2)) level2 = l2;
    const name = cellText(grid, r, cols.name);
    const source = grid.cells[r]?.[cols.score];
    const raw = source?.value ?? null;
    const cell = a1(grid.origin.row + r, grid.origin.column + cols.score);
    const rowWords = (grid.cells[r] ?? [])
      .slice(0, cols.score)
      .map((c) => compactText(String(c?.value ?? "")));
    if (rowWords.some((w) => TOTAL_ROW.test(w))) {
      const n = inputNumber(raw);
      if (n) out.statedTotal = { cell, value: n.toNumber() };
      continue;
    }
    if (!name) continue;
    const ref = matchIndicator(index, name, level2, level1);
    if (!ref) {
      if (raw !== null && raw !== "") out.unmatched.push({ cell, name });
      continue;
    }
    const s = selfScore(ref.path, cell, raw, ref.indicator.points, source?.formula !== undefined);
    // A second row for the same indicator (a merged pair such as 经济效益/社会效益) adds nothing when blank.
    const had = out.scores[ref.path];
    if (had && had.score !== null && s.score === null && !s.problem) continue;
    out.scores[ref.path] = s;
  }
  return out;
}

/** How many of a scheme's indicators the sheet names: to pick a scheme for a hand-made 计分表. */
export function matchedIndicators(grid: Grid, scheme: Scheme): number {
  return Object.keys(readSelfScores(grid, scheme)?.scores ?? {}).length;
}
