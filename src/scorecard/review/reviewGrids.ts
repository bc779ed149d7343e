/**
 * A whole workbook's 复核, from its sheets as grids: the base data scored as `score` scores it (the
 * scheme a generated 计分表 names, its typed inputs), the self-scores of a filled 计分表, and the
 * comparison. What the command line runs per file and the task pane can run on the open workbook.
 */
import { BUILT_IN_SCHEMES, getScheme, type Scheme } from "../../core";
import type { Grid } from "../grid";
import type { PinnedCell } from "../pins";
import {
  findScorecardHeader,
  readScorecardInputs,
  scorecardInputCells,
  scorecardSchemeId,
} from "../planner";
import { findBaseSheet, readSchemeBase } from "../reader";
import { summarize } from "../session";
import { compareScores, type ScoreComparison } from "./compare";
import { findScoreColumns, matchedIndicators, readSelfScores } from "./selfScores";

export interface ReviewOptions {
  /** The scheme to score by (a built-in or the workbook's own scheme sheet, read by the caller). */
  scheme?: Scheme;
  /** The base sheet's name; found by name when absent. */
  baseSheet?: string;
  year?: number;
  /** Figures pinned to cells (the workbook's saved PS_ names), resolved by the caller, as `score` does. */
  pins?: readonly PinnedCell[];
}

export interface WorkbookReview extends ScoreComparison {
  scheme: Scheme;
  unitName?: string;
  /** How the scheme was chosen, in Chinese (“计分表所注方案”, “按计分表的指标名称判断”…). */
  schemeSource: string;
}

/** A workbook that cannot be reviewed (no base sheet): the reason, in Chinese. */
export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReviewError";
  }
}

/**
 * The scheme: the caller's; else the one the last generated 计分表 names; else the built-in whose
 * indicators a hand-made 计分表 names most (ties and no sheet: the default).
 */
function chooseScheme(
  options: ReviewOptions,
  generated: Grid[],
  selfSheets: Grid[]
): { scheme: Scheme; source: string } {
  if (options.scheme) return { scheme: options.scheme, source: "指定的评分方案" };
  const named = generated
    .map(scorecardSchemeId)
    .filter((id): id is string => id !== undefined)
    .pop();
  if (named) {
    try {
      return { scheme: getScheme(named), source: `计分表所注方案` };
    } catch {
      // An unknown id falls through to the names.
    }
  }
  let best: { scheme: Scheme; n: number } | undefined;
  for (const scheme of BUILT_IN_SCHEMES)
    for (const g of selfSheets) {
      const n = matchedIndicators(g, scheme);
      if (n > 0 && (!best || n > best.n)) best = { scheme, n };
    }
  return best
    ? { scheme: best.scheme, source: "按计分表的指标名称判断" }
    : { scheme: getScheme(undefined), source: "默认方案" };
}

/** The 复核 of one workbook. Throws ReviewError when it has no base-data sheet. */
export function reviewGrids(grids: readonly Grid[], options: ReviewOptions = {}): WorkbookReview {
  const names = grids.map((g) => g.sheetName);
  const baseName = options.baseSheet ?? findBaseSheet(names);
  const baseGrid = grids.find((g) => g.sheetName === baseName);
  if (!baseGrid)
    throw new ReviewError(
      baseName
        ? `没有工作表“${baseName}”`
        : `没有找到基础数据表（工作表名应含“基础数据”）；工作表有：${names.join("、") || "（无）"}`
    );
  const others = grids.filter((g) => g !== baseGrid);
  const generated = others.filter((g) => findScorecardHeader(g) !== undefined);
  const selfSheets = others.filter((g) => findScoreColumns(g) !== undefined);
  const { scheme, source } = chooseScheme(options, generated, selfSheets);
  // As `score`: inputs from the last 计分表 made for the scheme (or naming none).
  const card = generated
    .filter((g) => {
      const id = scorecardSchemeId(g);
      return id === undefined || id === scheme.id;
    })
    .pop();
  const base = readSchemeBase(baseGrid, scheme, options.year, options.pins);
  const { summary } = summarize({
    scheme,
    base,
    inputs: card ? readScorecardInputs(card, scheme) : {},
    sheet: card ? { name: card.sheetName, cells: scorecardInputCells(card, scheme) } : undefined,
    year: options.year,
  });
  // Self-scores: that 计分表's 得分 column, else the sheet naming most of the scheme's indicators.
  const candidates = card ? [card, ...selfSheets.filter((g) => g !== card)] : selfSheets;
  let self = card ? readSelfScores(card, scheme) : undefined;
  if (!self || Object.keys(self.scores).length === 0) {
    const ranked = candidates
      .map((g) => ({ g, n: matchedIndicators(g, scheme) }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n);
    self = ranked.length ? readSelfScores(ranked[0].g, scheme) : undefined;
  }
  return {
    ...compareScores(scheme, summary, self),
    scheme,
    unitName: base.unitName,
    schemeSource: source,
  };
}
