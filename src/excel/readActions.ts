/**
 * The pane's read-only workbook actions, one round trip each (inspectWorkbook, readSheet,
 * selectCell), and baseDataOf over what they read. Kept apart from the writer (workbook.ts) and the
 * planner so the pane's first screen loads without them.
 */
import type { Scheme } from "../core";
import type { BaseData } from "../scorecard/baseData";
import type { PinnedCell } from "../scorecard/pins";
import { readSchemeBase } from "../scorecard/reader";
import { translateError, workbookErrors } from "./errors";
import type { ExcelHost } from "./host";
import {
  isBlankSheet,
  queueSheetRead,
  queueWorkbookInfo,
  type SheetSnapshot,
  type WorkbookInfo,
} from "./read";

/** Excel compares sheet names case-insensitively. */
export const sameName = (a: string, b: string) =>
  a.toLocaleLowerCase("en-US") === b.toLocaleLowerCase("en-US");

export async function inspectWorkbook(host: ExcelHost): Promise<WorkbookInfo> {
  try {
    return await host.run(async (context) => {
      const info = queueWorkbookInfo(context);
      await context.sync();
      return info();
    });
  } catch (e) {
    throw translateError(e);
  }
}

export async function readSheet(host: ExcelHost, sheetName: string): Promise<SheetSnapshot> {
  try {
    return await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      const snapshot = queueSheetRead(ws, {
        merges: host.supports("1.13"),
        sheetName,
      });
      await context.sync();
      return snapshot();
    });
  } catch (e) {
    throw translateError(e, { sheet: sheetName });
  }
}

/** Selects a cell (activating its sheet), for the pane's address links. */
export async function selectCell(
  host: ExcelHost,
  sheetName: string,
  address: string
): Promise<void> {
  try {
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  } catch (e) {
    throw translateError(e, { sheet: sheetName });
  }
}

/**
 * Reads 基础数据 from a snapshot, reporting only the fields the scheme needs. An empty sheet is
 * one problem (kind "sheet"), not every field missing.
 */
export function baseDataOf(
  snapshot: SheetSnapshot,
  scheme: Scheme,
  year?: number,
  pins?: readonly PinnedCell[]
): BaseData {
  if (isBlankSheet(snapshot)) {
    const sheetName = snapshot.grid.sheetName;
    const { message, messageEn } = workbookErrors.emptySheet(sheetName);
    return { sheetName, figures: {}, problems: [{ kind: "sheet", message, messageEn }] };
  }
  return readSchemeBase(snapshot.grid, scheme, year, pins);
}
