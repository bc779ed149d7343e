/**
 * Pins in the workbook (src/scorecard/pins.ts): each a defined name "PS_<figure>" in
 * workbook.names, which Excel's 名称管理器 shows and the command line reads from the saved file.
 * - readPins: the workbook's pins (1 round trip);
 * - readBaseWithPins: the base sheet read with its pins honoured (1 round trip; 2 when a pin
 *   points outside the base sheet's read window, e.g. to another sheet);
 * - pinSelectedCell: pins the selected cell to a figure, replacing that figure's pin (2);
 * - removePin: deletes a figure's pin (1).
 * Every result says how many context.sync() calls it took (`syncs`).
 */
import type { Scheme } from "../core";
import type { BaseData } from "../scorecard/baseData";
import { parseA1, type GridCell } from "../scorecard/grid";
import {
  gridCell,
  pinName,
  pinReference,
  pinsOf,
  resolvePins,
  type Pin,
  type PinnedCell,
} from "../scorecard/pins";
import type { XlRange, XlRequestContext } from "./api";
import { officeErrorCode, translateError, WorkbookError } from "./errors";
import type { ExcelHost } from "./host";
import {
  localAddress,
  queueSheetRead,
  queueWorkbookInfo,
  READ_WINDOW,
  type SheetSnapshot,
  type WorkbookInfo,
} from "./read";
import { baseDataOf, sameName } from "./readActions";

export type { Pin, PinnedCell } from "../scorecard/pins";

/** Queues the read of the workbook's defined names; after the sync, the pins among them. */
export function queuePinsRead(context: XlRequestContext): () => Pin[] {
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  return () =>
    pinsOf(names.items.map((n) => ({ name: n.name, reference: String(n.formula ?? "") })));
}

/** The workbook's pins, in one round trip. */
export async function readPins(host: ExcelHost): Promise<{ pins: Pin[]; syncs: number }> {
  try {
    return await host.run(async (context) => {
      const pins = queuePinsRead(context);
      await context.sync();
      return { pins: pins(), syncs: 1 };
    });
  } catch (e) {
    throw translateError(e);
  }
}

/** Whether an A1 address lies in the window queueSheetRead reads (A1:AZ1000). */
function inReadWindow(address: string): boolean {
  const { row, column } = parseA1(address);
  return row < READ_WINDOW.rows && column < READ_WINDOW.columns;
}

/**
 * The pins with their cells. A pin on the base sheet inside its read window is read from
 * `snapshot` (a cell outside the used range is empty); the others are loaded in one more round
 * trip (`sync`), unless their sheet is not among `sheets`. Returns the syncs it made (0 or 1).
 */
export async function resolveWorkbookPins(
  context: XlRequestContext,
  sync: () => Promise<unknown>,
  pins: readonly Pin[],
  snapshot: SheetSnapshot,
  sheets: readonly string[]
): Promise<{ pins: PinnedCell[]; syncs: number }> {
  const base = snapshot.grid.sheetName;
  const far = new Map<string, XlRange>();
  for (const p of pins) {
    if (!("sheet" in p.target)) continue;
    const { sheet, address } = p.target;
    const onBase = sameName(sheet, base) && inReadWindow(address) && !snapshot.truncated;
    const actual = sheets.find((n) => sameName(n, sheet));
    if (onBase || actual === undefined) continue;
    const range = context.workbook.worksheets.getItem(actual).getRange(address);
    range.load("values,formulas,numberFormat");
    far.set(`${actual}!${address}`, range);
  }
  if (far.size) await sync();
  const resolved = resolvePins(pins, (sheet) => {
    const actual = sheets.find((n) => sameName(n, sheet));
    if (actual === undefined) return undefined;
    return (address) => {
      const range = far.get(`${actual}!${address}`);
      return range ? rangeCell(range) : gridCell(snapshot.grid, address);
    };
  });
  return { pins: resolved, syncs: far.size ? 1 : 0 };
}

/** A one-cell range's content as the reader sees a cell (undefined: empty). */
function rangeCell(range: XlRange): GridCell | undefined {
  const value: unknown = range.values[0][0];
  const formula: unknown = range.formulas[0][0];
  const format: unknown = range.numberFormat[0][0];
  const hasFormula = typeof formula === "string" && formula.startsWith("=");
  const empty = value === "" || value === null || value === undefined;
  if (empty && !hasFormula) return undefined;
  const cell: GridCell = { value: empty ? null : (value as GridCell["value"]) };
  if (hasFormula) cell.formula = formula;
  if (typeof format === "string" && format !== "General") cell.numberFormat = format;
  return cell;
}

/** The workbook's sheets and its pins, in one round trip (the pane's first read). */
export async function inspectWorkbookPins(
  host: ExcelHost
): Promise<{ workbook: WorkbookInfo; pins: Pin[]; syncs: number }> {
  try {
    return await host.run(async (context) => {
      const info = queueWorkbookInfo(context);
      const pins = queuePinsRead(context);
      await context.sync();
      return { workbook: info(), pins: pins(), syncs: 1 };
    });
  } catch (e) {
    throw translateError(e);
  }
}

/**
 * `pins` (read already) with their cells, for a base sheet read already (`snapshot`): no round
 * trip, unless a pin lies outside the sheet's read window (one more).
 */
export async function pinnedCells(
  host: ExcelHost,
  pins: readonly Pin[],
  snapshot: SheetSnapshot,
  sheets: readonly string[]
): Promise<{ pins: PinnedCell[]; syncs: number }> {
  if (pins.length === 0) return { pins: [], syncs: 0 };
  try {
    return await host.run((context) =>
      resolveWorkbookPins(context, () => context.sync(), pins, snapshot, sheets)
    );
  } catch (e) {
    throw translateError(e);
  }
}

/**
 * 基础数据 read for a scheme with the workbook's pins honoured: one round trip for the sheet, the
 * sheet list and the names, one more only for pins outside the sheet's read window.
 */
export async function readBaseWithPins(
  host: ExcelHost,
  sheetName: string,
  scheme: Scheme,
  year?: number
): Promise<{ base: BaseData; snapshot: SheetSnapshot; pins: PinnedCell[]; syncs: number }> {
  try {
    return await host.run(async (context) => {
      const info = queueWorkbookInfo(context);
      const snapshot = queueSheetRead(context.workbook.worksheets.getItem(sheetName), {
        merges: host.supports("1.13"),
        sheetName,
      });
      const pinsRead = queuePinsRead(context);
      await context.sync();
      const snap = snapshot();
      const sheets = info().sheets.map((s) => s.name);
      const r = await resolveWorkbookPins(context, () => context.sync(), pinsRead(), snap, sheets);
      return {
        base: baseDataOf(snap, scheme, year, r.pins),
        snapshot: snap,
        pins: r.pins,
        syncs: 1 + r.syncs,
      };
    });
  } catch (e) {
    throw translateError(e, { sheet: sheetName });
  }
}

export interface PinResult {
  figure: string;
  /** The defined name, "PS_编制数". */
  name: string;
  sheet: string;
  /** The pinned cell, "B4" (the top-left cell when several were selected). */
  address: string;
  /** The reference the figure's pin held before, when it was replaced ("=基础数据!$C$7"). */
  replaced?: string;
  syncs: number;
}

/** The label cannot be a name (longer than Excel allows), in both languages. */
function unpinnable(figure: string): WorkbookError {
  return new WorkbookError(
    "writeFailed",
    `“${figure}”太长，无法保存为 Excel 名称（最多 255 个字符），请改用较短的数据名`,
    `"${figure}" is too long for an Excel name (255 characters at most); use a shorter figure name`
  );
}

/**
 * Pins the selected cell to `figure` as the name PS_<figure> (the 使用所选单元格 button), replacing
 * the figure's earlier pin: one round trip to read the selection and the old name, one to write.
 */
export async function pinSelectedCell(host: ExcelHost, figure: string): Promise<PinResult> {
  const name = pinName(figure);
  if (!name) throw unpinnable(figure);
  try {
    return await host.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      const old = context.workbook.names.getItemOrNullObject(name);
      old.load("formula");
      await context.sync();
      const full = selected.address;
      const bang = full.lastIndexOf("!");
      const sheet = full
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const address = localAddress(full).split(":")[0].split(",")[0];
      const replaced = old.isNullObject ? undefined : String(old.formula);
      if (!old.isNullObject) old.delete();
      context.workbook.names.add(
        name,
        `=${pinReference(sheet, address)}`,
        `PerfScore：${figure}取自此单元格`
      );
      await context.sync();
      return { figure, name, sheet, address, ...(replaced ? { replaced } : {}), syncs: 2 };
    });
  } catch (e) {
    throw translateError(e);
  }
}

/** Deletes `figure`'s pin; false when it had none. One round trip. */
export async function removePin(
  host: ExcelHost,
  figure: string
): Promise<{ removed: boolean; syncs: number }> {
  const name = pinName(figure);
  if (!name) return { removed: false, syncs: 0 };
  try {
    return await host.run(async (context) => {
      context.workbook.names.getItem(name).delete();
      try {
        await context.sync();
      } catch (e) {
        if (officeErrorCode(e) === "ItemNotFound") return { removed: false, syncs: 1 };
        throw e;
      }
      return { removed: true, syncs: 1 };
    });
  } catch (e) {
    throw translateError(e);
  }
}
