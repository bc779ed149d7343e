/* global console */
/**
 * 在此表中计分 in the workbook: the officer's own blank 计分表 (the scheme sheet) filled in place.
 * Two calls, so that the pane can show the count first:
 * - planFillInPlace: one round trip reads the sheet and the base sheet and returns the plan (how
 *   many cells, which, and what is left alone), or the sheet's problems with their cells;
 * - fillInPlace: one round trip checks the planned cells are still empty (and the sheet not
 *   protected), one writes every formula in a single batch. Should the write fail, the cells it
 *   may have written are emptied again and their number formats put back (one more round trip),
 *   so the sheet is as it was: every planned cell was empty, so emptying it is its old state.
 */
import { planFillFromGrids, type FillPlan } from "../scorecard/fillInPlace";
import { translateError, WorkbookError } from "./errors";
import type { ExcelHost } from "./host";
import { queueSheetRead } from "./read";

export interface FillInPlaceOptions {
  /** The blank 计分表 (scheme sheet) to fill. */
  sheetName: string;
  baseSheet: string;
  year?: number;
}

export type FillPreview =
  | { ok: true; plan: FillPlan; count: number }
  | { ok: false; problems: Array<{ cell: string; message: string }> };

export interface FillInPlaceResult {
  sheetName: string;
  /** Cells written (plan.cells.length). */
  written: number;
  /** context.sync() calls made. */
  syncs: number;
}

/** Rates show as percentages, as in a generated 计分表. */
const VALUE_FORMAT = "0.00%";

/** Reads both sheets (one round trip) and plans the fill; nothing is written. */
export async function planFillInPlace(
  host: ExcelHost,
  o: FillInPlaceOptions
): Promise<FillPreview> {
  const read = await host
    .run(async (context) => {
      const sheets = context.workbook.worksheets;
      const merges = host.supports("1.13");
      const table = queueSheetRead(sheets.getItem(o.sheetName), {
        merges,
        sheetName: o.sheetName,
      });
      const base = queueSheetRead(sheets.getItem(o.baseSheet), {
        merges,
        sheetName: o.baseSheet,
      });
      await context.sync();
      return { table: table(), base: base() };
    })
    .catch((e: unknown) => {
      throw translateError(e, { sheet: o.sheetName });
    });
  const { planning } = planFillFromGrids(read.table.grid, read.base.grid, o.year);
  return planning.ok
    ? { ok: true, plan: planning.plan, count: planning.plan.cells.length }
    : { ok: false, problems: planning.problems };
}

export const fillErrors = {
  cellsNotEmpty: (sheet: string, cells: string[]) =>
    new WorkbookError(
      "cellsNotEmpty",
      `工作表“${sheet}”中 ${cells.slice(0, 5).join("、")}${cells.length > 5 ? " 等" : ""}已有内容（在计分前被改动），未写入任何单元格。请重新点击“在此表中计分”。`,
      `In "${sheet}", ${cells.slice(0, 5).join(", ")} now hold something (changed since the plan); nothing was written. Fill again.`
    ),
  fillFailed: (detail: string, rolledBack: boolean) =>
    new WorkbookError(
      "writeFailed",
      rolledBack
        ? `在此表中计分时出错，已清除写入的单元格，工作表保持原样。（${detail}）`
        : `在此表中计分时出错，且未能清除已写入的单元格，请用“撤销”或手动删除本次写入的公式。（${detail}）`,
      rolledBack
        ? `Filling the sheet failed; the cells written were emptied and the sheet is as before. (${detail})`
        : `Filling the sheet failed and the cells written could not be emptied; undo or delete them. (${detail})`,
      detail
    ),
};

/**
 * Writes `plan` (from planFillInPlace) into its sheet: a check round trip, then one write batch.
 * Throws a WorkbookError when a planned cell is no longer empty or the sheet is protected (nothing
 * written), or when the write fails (rolled back: the written cells emptied again).
 */
export async function fillInPlace(host: ExcelHost, plan: FillPlan): Promise<FillInPlaceResult> {
  return host.run(async (context) => {
    let syncs = 0;
    const ws = context.workbook.worksheets.getItem(plan.sheetName);
    ws.protection.load("protected");
    const targets = plan.cells.map((c) => {
      const target = ws.getRange(c.address);
      target.load("formulas,numberFormat");
      return target;
    });
    try {
      syncs++;
      await context.sync();
    } catch (e) {
      throw translateError(e, { sheet: plan.sheetName });
    }
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded above, before the sync
    if (ws.protection.protected) throw fillErrorsProtected(plan.sheetName);
    const taken = plan.cells
      .filter((_, i) => String(targets[i].formulas[0][0] ?? "") !== "")
      .map((c) => c.address);
    if (taken.length) throw fillErrors.cellsNotEmpty(plan.sheetName, taken);
    const formats = targets.map((t) => t.numberFormat[0][0] as string);
    try {
      context.application.suspendApiCalculationUntilNextSync();
      for (const c of plan.cells) {
        const cell = ws.getRange(c.address);
        cell.formulas = [[c.formula]];
        if (c.role === "value") cell.numberFormat = [[VALUE_FORMAT]];
      }
      syncs++;
      await context.sync();
    } catch (e) {
      const rolledBack = await emptyAgain(host, plan, formats);
      if (typeof console !== "undefined") console.error("PerfScore: fill failed", e);
      throw fillErrors.fillFailed(translateError(e).detail ?? String(e), rolledBack);
    }
    return { sheetName: plan.sheetName, written: plan.cells.length, syncs };
  });
}

function fillErrorsProtected(sheet: string): WorkbookError {
  return new WorkbookError(
    "protectedSheet",
    `工作表“${sheet}”受保护，无法写入。请在“审阅”选项卡点击“撤销工作表保护”后重试。工作簿未作改动。`,
    `The sheet "${sheet}" is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`
  );
}

/**
 * The planned cells emptied and their number formats put back, in a fresh batch (the failed one's
 * context may be unusable). Each planned cell was empty before, so this is the sheet as it was.
 */
async function emptyAgain(host: ExcelHost, plan: FillPlan, formats: string[]): Promise<boolean> {
  try {
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(plan.sheetName);
      plan.cells.forEach((c, i) => {
        const cell = ws.getRange(c.address);
        cell.clear("Contents");
        if (c.role === "value") cell.numberFormat = [[formats[i]]];
      });
      await context.sync();
    });
    return true;
  } catch (e) {
    if (typeof console !== "undefined") console.error("PerfScore: rollback of the fill failed", e);
    return false;
  }
}
