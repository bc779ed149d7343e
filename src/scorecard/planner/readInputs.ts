/**
 * Reading back what a user typed into a generated 计分表: the qualitative inputs (by indicator
 * path) and the 补充数据 figures (by field id), so "更新" and a re-generate keep them.
 * Rows are matched by the hidden key column; without it (a copy that lost it), by the
 * 一级/二级/三级 names.
 */
import {
  compactText,
  indicatorsOf,
  isField,
  nameKey,
  type IndicatorRef,
  type Scheme,
} from "../../core";
import { a1, type CellValue, type Grid, type GridCell } from "../grid";
import { KEY_HEADER } from "./planScorecard";
import { schemeFields } from "../reader/schemeFields";

export interface ScorecardHeader {
  /** 0-based row within the grid. */
  row: number;
  level1?: number;
  level2?: number;
  name: number;
  input: number;
  key?: number;
}

const text = (c: GridCell | undefined): string =>
  c && c.value !== null && c.value !== undefined ? String(c.value) : "";

/** The heading row of a 计分表 (三级指标 … 自评输入), or undefined when the grid is not one. */
export function findScorecardHeader(grid: Grid): ScorecardHeader | undefined {
  const limit = Math.min(grid.rowCount, 30);
  for (let r = 0; r < limit; r++) {
    const row = grid.cells[r] ?? [];
    const find = (test: (s: string) => boolean) => {
      for (let c = 0; c < row.length; c++) if (test(compactText(text(row[c])))) return c;
      return undefined;
    };
    const name = find((s) => s === "三级指标");
    const input = find((s) => s.includes("自评输入"));
    if (name === undefined || input === undefined) continue;
    return {
      row: r,
      name,
      input,
      level1: find((s) => s === "一级指标"),
      level2: find((s) => s === "二级指标"),
      key: find((s) => s === KEY_HEADER),
    };
  }
  return undefined;
}

/** The scheme id a generated 计分表 names in its title rows ("评分方案：…〔浏阳2018〕"). */
export function scorecardSchemeId(grid: Grid): string | undefined {
  const header = findScorecardHeader(grid);
  const rows = header ? header.row : Math.min(grid.rowCount, 5);
  for (let r = 0; r < rows; r++) {
    for (const c of grid.cells[r] ?? []) {
      // The id is the 〔…〕 that ends the 评分方案 part (parts are apart by full-width spaces):
      // a title may hold its own ("财预〔2020〕10号").
      const m = /评分方案：[^\u3000]*〔([^〕]+)〕(?=\u3000|$)/.exec(text(c));
      if (m) return m[1];
    }
  }
  return undefined;
}

const isBlankValue = (v: CellValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Inputs typed into a generated 计分表, keyed by indicator path or base field id; blanks left out. */
export function readScorecardInputs(grid: Grid, scheme: Scheme): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const x of scanInputs(grid, scheme)) if (!isBlankValue(x.value)) out[x.key] = x.value;
  return out;
}

/**
 * The input cells of a generated 计分表 (blank or not), keyed as readScorecardInputs keys them:
 * where `score` tells the user to type what is missing.
 */
export function scorecardInputCells(grid: Grid, scheme: Scheme): Record<string, string> {
  const out: Record<string, string> = {};
  for (const x of scanInputs(grid, scheme)) out[x.key] ??= x.address;
  return out;
}

/** Each input row: its key, its input cell and what the cell holds. */
function* scanInputs(
  grid: Grid,
  scheme: Scheme
): Generator<{ key: string; address: string; value: CellValue }> {
  const header = findScorecardHeader(grid);
  if (!header) return;
  const refs = indicatorsOf(scheme);
  const byPath = new Map(refs.map((r) => [r.path, r]));
  // 补充数据 keys: catalogue fields, and labels of the scheme's own figures ("调查人数").
  const figures = new Set(schemeFields(scheme));
  let level1 = "";
  let level2 = "";
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    const row = grid.cells[r] ?? [];
    const cellText = (c: number | undefined) => (c === undefined ? "" : text(row[c]).trim());
    if (header.level1 !== undefined && cellText(header.level1)) level1 = cellText(header.level1);
    if (header.level2 !== undefined && cellText(header.level2)) level2 = cellText(header.level2);
    const value = row[header.input]?.value ?? null;
    const address = a1(grid.origin.row + r, grid.origin.column + header.input);

    const key = cellText(header.key);
    const ref =
      byPath.get(key) ??
      (key ? undefined : matchByName(refs, level1, level2, cellText(header.name)));
    if (ref) {
      if (!ref.indicator.value) yield { key: ref.path, address, value };
      continue;
    }
    const field =
      isField(key) || figures.has(key)
        ? key
        : key
          ? undefined
          : figureLabel(cellText(header.level1 ?? 0));
    if (field) yield { key: field, address, value };
  }
}

function matchByName(
  refs: IndicatorRef[],
  level1: string,
  level2: string,
  name: string
): IndicatorRef | undefined {
  if (!name) return undefined;
  const k = nameKey(name);
  const hits = refs.filter((r) => nameKey(r.indicator.name) === k);
  if (hits.length <= 1) return hits[0];
  const narrowed = hits.filter(
    (r) =>
      nameKey(r.level2.name) === nameKey(level2) &&
      (!level1 || nameKey(r.level1.name) === nameKey(level1))
  );
  return narrowed.length === 1
    ? narrowed[0]
    : hits.find((r) => nameKey(r.level2.name) === nameKey(level2));
}

/** "上年三公经费预算数（万元）" -> the field id, when it is one. */
function figureLabel(label: string): string | undefined {
  const id = label.replace(/[（(][^（()）]*[)）]$/, "").trim();
  return id && isField(id) ? id : undefined;
}
