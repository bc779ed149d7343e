/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the values are read in the
   returned functions, after the caller's context.sync(); the tests' fake workbook enforces that at run time. */
/**
 * The sheets a 复核 reads besides the base sheet: every filled 计分表, PerfScore's own or one made
 * by hand in the official layout (三级指标 and 得分 columns, found by header as the command line's
 * `review` finds them). Two round trips: the top rows of every other sheet, then the whole of the
 * sheets whose headers name both columns. Light on purpose (no reader, no planner): the pane runs
 * it after each read of the workbook to know whether to offer 复核 at all.
 */
import { compactText } from "../core";
import { inputNumber } from "../core/numericText";
import type { Grid, GridCell } from "../scorecard/grid";
import { findScoreColumns } from "../scorecard/review/selfScores";
import type { XlRequestContext } from "./api";
import { translateError } from "./errors";
import type { ExcelHost } from "./host";
import { isEmpty, queueSheetRead, type SheetSnapshot } from "./read";

/** The rows findScoreColumns looks at (30), with room for a used range that starts a few rows down. */
const HEADER_WINDOW = "A1:AZ40";

export interface ScoreSheets {
  /** The sheets with 三级指标 and 得分 columns, read whole (A1:AZ1000), in workbook order. */
  grids: Grid[];
  /**
   * Those of them with self-scores typed in (a number in 得分 that is no formula), most first: a
   * 计分表 whose 得分 are all formulas (as PerfScore writes it) is no department's own scoring.
   */
  selfScored: string[];
  /** Round trips taken. */
  syncs: number;
}

/** Queues the top rows of a sheet; after the sync, whether they hold 三级指标 and 得分 headers. */
function queueHeaders(context: XlRequestContext, sheetName: string): () => boolean {
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRange(true);
  const top = used.getIntersectionOrNullObject(HEADER_WINDOW);
  top.load("values,rowCount,columnCount");
  return () => {
    if (top.isNullObject) return false;
    const cells = (top.values as unknown[][]).map((row) =>
      row.map((v): GridCell | undefined =>
        isEmpty(v) ? undefined : { value: v as GridCell["value"] }
      )
    );
    const grid: Grid = {
      sheetName,
      rowCount: top.rowCount,
      columnCount: top.columnCount,
      origin: { row: 0, column: 0 },
      cells,
      merges: [],
    };
    return findScoreColumns(grid) !== undefined;
  };
}

/** How many 得分 cells of indicator rows hold a number typed in (not a formula's result). */
export function typedScores(grid: Grid): number {
  const cols = findScoreColumns(grid);
  if (!cols) return 0;
  let n = 0;
  for (let r = cols.headerRow + 1; r < grid.rowCount; r++) {
    const name = compactText(String(grid.cells[r]?.[cols.name]?.value ?? ""));
    const score = grid.cells[r]?.[cols.score];
    if (name && score && score.formula === undefined && inputNumber(score.value)) n++;
  }
  return n;
}

/**
 * Reads the filled 计分表 among `sheets` (the pane's sheet list, without the base sheet): one
 * round trip for their top rows, one more for the sheets that have the columns (none when no
 * sheet has them). `queueMore` adds reads of the caller's to the first round trip.
 */
export async function readScoreSheets<T = undefined>(
  host: ExcelHost,
  sheets: readonly string[],
  queueMore?: (context: XlRequestContext) => T
): Promise<ScoreSheets & { more: T }> {
  try {
    return await host.run(async (context) => {
      const headers = sheets.map((name) => ({ name, has: queueHeaders(context, name) }));
      const more = queueMore?.(context) as T;
      await context.sync();
      const found = headers.filter((h) => h.has()).map((h) => h.name);
      if (found.length === 0) return { grids: [], selfScored: [], syncs: 1, more };
      const merges = host.supports("1.13");
      const reads = found.map((sheetName) =>
        queueSheetRead(context.workbook.worksheets.getItem(sheetName), { merges, sheetName })
      );
      await context.sync();
      const grids = reads.map((read) => (read() as SheetSnapshot).grid);
      const selfScored = grids
        .map((g) => ({ name: g.sheetName, n: typedScores(g) }))
        .filter((x) => x.n > 0)
        .sort((a, b) => b.n - a.n)
        .map((x) => x.name);
      return { grids, selfScored, syncs: 2, more };
    });
  } catch (e) {
    throw translateError(e);
  }
}
