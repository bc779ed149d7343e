/**
 * What the task pane says about a workbook before anything is written, as pure functions: which
 * scheme to suggest, and the 基础数据 check (each problem once, worst first, near misses apart).
 * The pane only renders these; the command line and the tests can ask the same questions.
 */
import type { Scheme } from "../core";
import type { BaseData, Problem, ProblemKind } from "./baseData";
import { a1 } from "./grid";
import type { SchemeSheetReading } from "./schemeSheet/readSchemeSheet";

/** The scheme the check and 生成 use: a built-in by id, or the workbook's own scheme sheet. */
export type SchemeChoice = { kind: "builtin"; id: string } | { kind: "sheet"; sheet: string };

export interface Suggestion {
  choice: SchemeChoice;
  /** Why, in a short clause ("工作簿中有评分方案表“评分方案”"); undefined for the plain default. */
  reason?: { zh: string; en: string };
}

export interface SuggestInput {
  /** Sheets whose names say they are scoring tables, in workbook order. */
  schemeSheets: readonly string[];
  builtIns: readonly Scheme[];
  defaultId: string;
  year?: number;
  unitName?: string;
}

/** A built-in's place name: its id without the year ("湘潭县2020" -> "湘潭县", also matched as "湘潭"). */
function placeOf(id: string): string[] {
  const place = id.replace(/\d{4}$/, "");
  const short = place.replace(/[县市区]$/, "");
  return short.length >= 2 && short !== place ? [place, short] : [place];
}

/**
 * The workbook's own scheme sheet first; else the built-in whose place the 填报单位 names; else
 * the built-in of the evaluation year; else the default.
 */
export function suggestScheme(s: SuggestInput): Suggestion {
  const own = s.schemeSheets[0];
  if (own)
    return {
      choice: { kind: "sheet", sheet: own },
      reason: {
        zh: `工作簿中有评分方案表“${own}”`,
        en: `the workbook has the scheme sheet "${own}"`,
      },
    };
  const unit = s.unitName ?? "";
  const byPlace = unit
    ? s.builtIns.find((x) => placeOf(x.id).some((p) => unit.includes(p)))
    : undefined;
  if (byPlace)
    return {
      choice: { kind: "builtin", id: byPlace.id },
      reason: { zh: `填报单位为“${unit}”`, en: `the reporting unit is "${unit}"` },
    };
  const byYear = s.year ? s.builtIns.find((x) => x.id.endsWith(String(s.year))) : undefined;
  if (byYear)
    return {
      choice: { kind: "builtin", id: byYear.id },
      reason: { zh: `评价年度为${s.year}年`, en: `the evaluation year is ${s.year}` },
    };
  return { choice: { kind: "builtin", id: s.defaultId } };
}

export const sameChoice = (a: SchemeChoice | undefined, b: SchemeChoice | undefined): boolean =>
  !!a &&
  !!b &&
  (a.kind === "builtin"
    ? b.kind === "builtin" && a.id === b.id
    : b.kind === "sheet" && a.sheet === b.sheet);

/** Worst first: what makes an indicator 需处理 or leaves it unscored, then what a reviewer should check. */
const SEVERITY: Record<ProblemKind, number> = {
  sheet: 0,
  invalid: 1,
  negative: 1,
  range: 1,
  relation: 1,
  missing: 2,
  blank: 2,
  duplicate: 3,
  sum: 3,
  year: 4,
  nearMiss: 5,
};

/** The kinds that stop an indicator from being scored (需处理 in the 计分表) rather than only warn. */
export const BAD_FIGURE_KINDS: ReadonlySet<ProblemKind> = new Set([
  "invalid",
  "negative",
  "range",
  "relation",
]);

export interface DataCheck {
  /** Figures read from the base sheet (with a cell). */
  found: number;
  /** Each problem once, worst first; near misses are not here. */
  attention: Problem[];
  /** Labels that look like a wanted figure but were not taken, each once. */
  nearMisses: Problem[];
  /** Bad figures (invalid, negative, above their maximum or their whole): warned before 生成. */
  bad: Problem[];
  /** Nothing to generate from: the sheet is empty or holds none of the scheme's figures. */
  blocking: boolean;
}

const problemKey = (p: Problem) => `${p.kind}|${p.field ?? ""}|${p.cell ?? ""}|${p.message}`;

function once(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = problemKey(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function checkBaseData(base: BaseData): DataCheck {
  const all = once(base.problems);
  const found = Object.values(base.figures).filter((f) => f.address).length;
  const attention = all
    .filter((p) => p.kind !== "nearMiss")
    .sort((a, b) => SEVERITY[a.kind] - SEVERITY[b.kind]);
  return {
    found,
    attention,
    nearMisses: all.filter((p) => p.kind === "nearMiss"),
    bad: attention.filter((p) => BAD_FIGURE_KINDS.has(p.kind)),
    blocking: found === 0,
  };
}

/** "基础数据!D22": a cell with its sheet, as links and messages name it. */
export function sheetCell(sheet: string, cell: string): string {
  return cell.includes("!") ? cell : `${sheet}!${cell}`;
}

/**
 * The cell a scheme-sheet row's reading comes from (its 评价标准), sheet-named. `row` is the
 * sheet's 1-based row; the columns are the grid's, which starts at `originColumn`.
 */
export function readingCell(reading: SchemeSheetReading, row: number, originColumn = 0): string {
  const col = reading.columns?.col.criterion ?? reading.columns?.col.level3 ?? 0;
  return `${reading.sheetName}!${a1(row - 1, originColumn + col)}`;
}

/** Whether the scheme sheet is itself a blank 计分表 that can be scored in place (it has 得分). */
export function canFillInPlace(reading: SchemeSheetReading | undefined): boolean {
  return reading?.columns?.col.score !== undefined;
}
