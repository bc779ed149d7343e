/**
 * 复核 of the open workbook: the self-scores of its filled 计分表 beside the scores computed from
 * its 基础数据 for the chosen scheme, by the same pure code as `perfscore review` (reviewGrids), so
 * the pane and the command line agree on a saved copy. Two round trips from nothing (the base
 * sheet, the names and the top rows of every other sheet; then the 计分表 found); the pane, which
 * has read the base sheet and the pins already, reuses them (reviewOf) and only runs
 * readScoreSheets. A pin outside the base sheet's read window costs one more, as everywhere.
 */
import type { Scheme } from "../core";
import type { PinnedCell } from "../scorecard/pins";
import { findBaseSheet } from "../scorecard/reader";
import { ReviewError, reviewGrids, type WorkbookReview } from "../scorecard/review";
import type { ExcelHost } from "./host";
import { pinnedCells, queuePinsRead } from "./pins";
import { queueSheetRead, type SheetSnapshot } from "./read";
import { sameName } from "./readActions";
import { readScoreSheets, type ScoreSheets } from "./reviewSheets";

export { ReviewError, type WorkbookReview } from "../scorecard/review";
export type { ScoreSheets } from "./reviewSheets";

export interface ReviewRequest {
  scheme: Scheme;
  /** The workbook's sheets, as the pane has listed them (inspectWorkbook). */
  sheets: readonly string[];
  /** The base sheet; found by its name when absent. */
  baseSheet?: string;
}

export interface ReviewOutcome {
  review: WorkbookReview;
  /** The 计分表 with self-scores typed in (empty: nothing to review against). */
  selfScored: string[];
  syncs: number;
}

/** The comparison for what was read: the base sheet, its pins and the 计分表. No round trip. */
export function reviewOf(
  base: SheetSnapshot,
  found: Pick<ScoreSheets, "grids">,
  o: { scheme: Scheme; pins?: readonly PinnedCell[] }
): WorkbookReview {
  return reviewGrids([base.grid, ...found.grids], {
    scheme: o.scheme,
    baseSheet: base.grid.sheetName,
    pins: o.pins,
  });
}

/** Reads the base sheet and the filled 计分表, and compares (throws ReviewError without a base sheet). */
export async function reviewWorkbook(host: ExcelHost, req: ReviewRequest): Promise<ReviewOutcome> {
  const baseSheet = req.baseSheet ?? findBaseSheet(req.sheets);
  if (!baseSheet)
    throw new ReviewError(
      `没有找到基础数据表（工作表名应含“基础数据”）；工作表有：${req.sheets.join("、") || "（无）"}`
    );
  const others = req.sheets.filter((n) => !sameName(n, baseSheet));
  const merges = host.supports("1.13");
  const found = await readScoreSheets(host, others, (context) => ({
    base: queueSheetRead(context.workbook.worksheets.getItem(baseSheet), {
      merges,
      sheetName: baseSheet,
    }),
    pins: queuePinsRead(context),
  }));
  const base = found.more.base();
  const pinned = await pinnedCells(host, found.more.pins(), base, req.sheets);
  return {
    review: reviewOf(base, found, { scheme: req.scheme, pins: pinned.pins }),
    selfScored: found.selfScored,
    syncs: found.syncs + pinned.syncs,
  };
}
