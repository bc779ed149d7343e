/* global console */
/**
 * What the task pane writes to the workbook, each in as few round trips as it can (the reads are
 * readActions.ts):
 * - writeScorecard: one sync to read (base sheet, the sheet to update, protection, names, pins),
 *   one to write the whole plan (more only when the plan exceeds one request's size limit, and
 *   one more before the write when a pin points outside the base sheet's read window);
 * - insertSheet (the 基础数据 template): one to read names, one to write.
 * A new sheet is written under a temporary name that becomes its real name in the last step.
 * 更新 (update) rewrites the existing sheet in place, so formulas in other sheets that refer to it
 * (a 自评报告 citing ='计分表'!J30) keep working, and so do its tab colour, protection settings,
 * margins and the comments users added: the write batch first copies the sheet to a hidden backup,
 * empties and rewrites the original, and deletes the backup last. Either way a failure at any
 * point is rolled back to the workbook as it was (for 更新, the original is refilled from the
 * backup, never replaced by it; see rollbackInPlace).
 */
import { columnIndex, columnLetters } from "../scorecard/grid";
import type { Plan } from "../scorecard/plan";
import type { PinnedCell } from "../scorecard/pins";
import type { XlRequestContext, XlWorksheet } from "./api";
import {
  officeErrorCode,
  translateError,
  workbookErrors,
  workbookNotices,
  type WorkbookNotice,
} from "./errors";
import type { ExcelHost } from "./host";
import { queuePinsRead, resolveWorkbookPins } from "./pins";
import { inspectWorkbook, sameName } from "./readActions";
import {
  localAddress,
  queueSheetRead,
  queueWorkbookInfo,
  READ_WINDOW,
  type SheetSnapshot,
  type WorkbookInfo,
} from "./read";
import {
  DEFAULT_PAYLOAD_BUDGET,
  packSteps,
  type LayoutExtent,
  planClearSteps,
  planWriteSteps,
  type WriteStep,
} from "./write";

export interface WriteStats {
  /** context.sync() calls made by the operation (its round trips). */
  syncs: number;
  /** Write batches the plan was split into (1 unless it exceeded the request budget). */
  batches: number;
  /** Estimated request bytes of the write (the plan, plus emptying the sheet when updating). */
  bytes: number;
}

/** Counts round trips. */
class Syncer {
  count = 0;
  constructor(private readonly context: XlRequestContext) {}
  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}

/** What the first round trip read, for the request's checks and its plan. */
export interface ReadInput {
  base: SheetSnapshot;
  /** The sheet to update (mode "update"). */
  existing?: SheetSnapshot;
  workbook: WorkbookInfo;
  /** The workbook's pins (defined names PS_…) with their cells, for the reader. */
  pins: PinnedCell[];
}

export interface ScorecardRequest {
  baseSheet: string;
  /** The scorecard's sheet name: a new sheet ("new") or the sheet to rewrite in place ("update"). */
  sheetName: string;
  mode: "new" | "update";
  /**
   * Refuses what was read by throwing (a WorkbookError), after the read and before anything is
   * written: an empty base sheet, or a sheet to update that is not the right kind of 计分表.
   */
  verify?(input: ReadInput): void;
  /** Builds the plan from what the first round trip read. */
  build(input: ReadInput): Plan;
  /** Request budget in bytes (default 4 MB, under Excel on the web's 5 MB). */
  budget?: number;
}

export interface ScorecardResult extends WriteStats {
  sheetName: string;
  plan: Plan;
  base: SheetSnapshot;
  /** Set when the write succeeded with something left to tell (a backup it could not delete). */
  notice?: WorkbookNotice;
}

/**
 * Reads the base sheet (and, to update, the existing scorecard) and writes the plan built from
 * them. "new" never overwrites: an existing sheet of that name is an error (sheetExists), which
 * the pane turns into a choice between "计分表 (2)" and 更新. "update" rewrites that sheet in place
 * (same worksheet, name and position; references from other sheets stay valid), in two round
 * trips like "new". A protected workbook or sheet is refused after the read, before any write.
 */
export async function writeScorecard(
  host: ExcelHost,
  req: ScorecardRequest
): Promise<ScorecardResult> {
  // Rewriting the base sheet would wipe the figures its own formulas are to read.
  if (req.mode === "update" && sameName(req.sheetName, req.baseSheet))
    throw workbookErrors.isBaseSheet(req.sheetName);
  return host.run(async (context) => {
    const s = new Syncer(context);
    const sheets = context.workbook.worksheets;
    const info = queueWorkbookInfo(context);
    const merges = host.supports("1.13");
    const base = queueSheetRead(sheets.getItem(req.baseSheet), {
      merges,
      sheetName: req.baseSheet,
    });
    const pins = queuePinsRead(context);
    let existing: (() => SheetSnapshot) | undefined;
    let existingWs: XlWorksheet | undefined;
    // 更新 in place needs Worksheet.copy (ExcelApi 1.7) and DataValidation.clear (1.8); the
    // manifest requires 1.9, so every host that loads the add-in has them.
    // Notes on the old sheet are the hints an earlier run wrote; 更新 deletes them (ExcelApi 1.18).
    const oldNotes = req.mode === "update" && host.supports("1.18");
    if (req.mode === "update") {
      existingWs = sheets.getItem(req.sheetName);
      existingWs.protection.load("protected");
      if (oldNotes) existingWs.notes.load("items/content");
      existing = queueSheetRead(existingWs, {
        merges,
        sheetName: req.sheetName,
      });
    }
    try {
      await s.sync();
    } catch (e) {
      throw await explainReadFailure(host, e, [
        req.baseSheet,
        ...(req.mode === "update" ? [req.sheetName] : []),
      ]);
    }
    const workbook = info();
    if (workbook.protected) throw workbookErrors.protectedWorkbook();
    const names = workbook.sheets.map((x) => x.name);
    if (req.mode === "new" && names.some((n) => sameName(n, req.sheetName)))
      throw workbookErrors.sheetExists(req.sheetName);
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded via existingWs.protection.load above
    if (existingWs && existingWs.protection.protected)
      throw workbookErrors.protectedSheet(req.sheetName);

    const snapshot = base();
    // Pins outside the base sheet's read window take one more round trip (none otherwise).
    const pinned = await resolveWorkbookPins(context, () => s.sync(), pins(), snapshot, names);
    const input: ReadInput = {
      base: snapshot,
      existing: existing?.(),
      workbook,
      pins: pinned.pins,
    };
    req.verify?.(input);
    const plan = req.build(input);
    // Loaded in the read round trip (s.sync() above).
    const old = existingWs && {
      sheet: existingWs,
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded via existingWs.notes.load above
      notes: oldNotes ? existingWs.notes.items : [],
      extent: layoutExtent(input.existing),
      before: input.existing,
    };

    const budget = req.budget ?? DEFAULT_PAYLOAD_BUDGET;
    const stats = old
      ? await updateInPlace(context, s, host, plan, { ...old, name: req.sheetName, names, budget })
      : await writeTransaction(context, s, host, plan, { finalName: req.sheetName, names, budget });
    return { ...stats, sheetName: req.sheetName, plan, base: input.base };
  });
}

/** Adds a sheet from a plan (the 基础数据 template); `build` picks the name from the existing ones. */
export async function insertSheet(
  host: ExcelHost,
  build: (workbook: WorkbookInfo) => Plan,
  opts: { budget?: number } = {}
): Promise<WriteStats & { sheetName: string; plan: Plan }> {
  return host.run(async (context) => {
    const s = new Syncer(context);
    const info = queueWorkbookInfo(context);
    try {
      await s.sync();
    } catch (e) {
      throw translateError(e);
    }
    const workbook = info();
    if (workbook.protected) throw workbookErrors.protectedWorkbook();
    const plan = build(workbook);
    const names = workbook.sheets.map((x) => x.name);
    if (names.some((n) => sameName(n, plan.sheetName)))
      throw workbookErrors.sheetExists(plan.sheetName);
    const stats = await writeTransaction(context, s, host, plan, {
      finalName: plan.sheetName,
      names,
      budget: opts.budget ?? DEFAULT_PAYLOAD_BUDGET,
    });
    return { ...stats, sheetName: plan.sheetName, plan };
  });
}

/** After a failed read: which of the sheets is missing, if that was the cause. */
async function explainReadFailure(
  host: ExcelHost,
  e: unknown,
  sheetNames: string[]
): Promise<Error> {
  const code = officeErrorCode(e);
  // Too much to read from two sheets at once: which one is unknown.
  if (sheetNames.length > 1 && code?.endsWith("PayloadSizeLimitExceeded"))
    return workbookErrors.readTooLarge();
  if (code === "ItemNotFound") {
    try {
      const info = await inspectWorkbook(host);
      const missing = sheetNames.find((n) => !info.sheets.some((x) => sameName(x.name, n)));
      if (missing) return workbookErrors.sheetNotFound(missing);
    } catch {
      // fall through to the original error
    }
  }
  return translateError(e, { sheet: sheetNames[0] });
}

function freshName(taken: readonly string[], prefix: string): string {
  for (;;) {
    const name = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.some((t) => sameName(t, name))) return name;
  }
}

interface TransactionOptions {
  finalName: string;
  names: string[];
  budget: number;
}

/**
 * Writes `plan` into a new sheet with a temporary name; the last batch activates it and gives it
 * its real name. Any failure is undone by `rollback`.
 */
async function writeTransaction(
  context: XlRequestContext,
  s: Syncer,
  host: ExcelHost,
  plan: Plan,
  opts: TransactionOptions
): Promise<WriteStats> {
  const temp = freshName(opts.names, "PerfScore");
  const steps = planWriteSteps(plan, host, opts.budget);
  const batches = packSteps(steps, opts.budget);
  const bytes = steps.reduce((sum, x) => sum + x.bytes, 0);
  const before = s.count;
  try {
    let ws: XlWorksheet | undefined;
    for (let i = 0; i < batches.length; i++) {
      context.application.suspendApiCalculationUntilNextSync();
      if (!ws) ws = context.workbook.worksheets.add(temp);
      for (const step of batches[i]) step.apply(context, ws, temp);
      if (i === batches.length - 1) {
        ws.activate();
        ws.name = opts.finalName;
      }
      await s.sync();
    }
  } catch (e) {
    const outcome = await rollback(context, temp, opts);
    if (typeof console !== "undefined") console.error("PerfScore: write failed", e);
    throw translateError(e, { writing: outcome });
  }
  return { syncs: s.count, batches: s.count - before, bytes };
}

/**
 * Puts the workbook back as it was before writeTransaction, from what exists after the failure
 * (one round trip to look, one to delete): the new sheet under its temporary name, or under its
 * real name when the final rename took effect although the sync rejected (a lost response). Such
 * a sheet is complete, but the caller was told the write failed: it is deleted all the same, so
 * that "已撤销" is true. `leftover` names a sheet that could not be deleted.
 */
async function rollback(
  context: XlRequestContext,
  temp: string,
  opts: TransactionOptions
): Promise<{ rolledBack: boolean; leftover?: string }> {
  // writeScorecard and insertSheet refuse a final name already taken, so a sheet with it now is ours.
  const isNew = (name: string) =>
    sameName(name, temp) ||
    (sameName(name, opts.finalName) && !opts.names.some((n) => sameName(n, opts.finalName)));
  let created: XlWorksheet[];
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    created = sheets.items.filter((w) => isNew(w.name));
  } catch (e) {
    if (typeof console !== "undefined") console.error("PerfScore: rollback failed", e);
    return { rolledBack: false };
  }
  try {
    for (const w of created) w.delete();
    if (created.length) await context.sync();
    return { rolledBack: true };
  } catch (e) {
    if (typeof console !== "undefined") console.error("PerfScore: rollback failed", e);
    return { rolledBack: false, leftover: created[0].name };
  }
}

/**
 * The part of the sheet to update whose layout (widths, heights, hidden rows and columns) 更新
 * resets and a failed 更新 restores: its used range, and at least the first 200 rows and AZ
 * columns (a blank spacer row or a narrow margin column with no value still counts), at most the
 * read window's 1000 rows and 200 columns (the restore reads each row and column: bounded, it
 * fits one request). Layout beyond it is neither cleared nor saved, so it stays as it was; the
 * plan still sets the widths and heights it names there.
 */
function layoutExtent(existing: SheetSnapshot | undefined): LayoutExtent {
  const end = existing ? /([A-Z]+)(\d+)$/.exec(existing.used.address) : null;
  return {
    rows: Math.min(Math.max(Number(end?.[2] ?? 0), 200), READ_WINDOW.rows),
    columns: Math.min(Math.max(end ? columnIndex(end[1]) + 1 : 0, READ_WINDOW.columns), 200),
  };
}

interface InPlaceOptions {
  /** The sheet to rewrite (its proxy from the read round trip). */
  sheet: XlWorksheet;
  /** Its notes, loaded in the read round trip, to delete. */
  notes: ReadonlyArray<{ delete(): void }>;
  name: string;
  /** Every sheet's name before the write. */
  names: string[];
  budget: number;
  /** Where 更新 resets, and a restore brings back, column widths, row heights and hidden rows and columns. */
  extent: LayoutExtent;
  /** The sheet as the first round trip read it. */
  before?: SheetSnapshot;
}

/**
 * 更新 in place, in one batch (several only for a plan over the request budget) that
 * 1. copies the sheet to a hidden backup right after it (the copy is hidden, then named: a sheet
 *    with the backup's name is always hidden, and only then is the original touched) and
 *    activates the original,
 * 2. empties the original (its notes, then planClearSteps) and writes the plan into it
 *    (planWriteSteps, exactly as into a new sheet),
 * 3. renames the backup to a second name that marks the write as complete and, as the batch's
 *    very last call, deletes it.
 * Excel runs a batch's calls in order and stops at the first one that fails, so the original is
 * untouched until the backup exists, and from then on the backup holds it as it was;
 * rollbackInPlace uses that. When only the final deletion fails, the update is complete: the
 * deletion is tried once more, and a backup that still stays is reported as a notice.
 */
async function updateInPlace(
  context: XlRequestContext,
  s: Syncer,
  host: ExcelHost,
  plan: Plan,
  opts: InPlaceOptions
): Promise<WriteStats & { notice?: WorkbookNotice }> {
  const backup = freshName(opts.names, "PerfScore-old");
  const done = freshName([...opts.names, backup], "PerfScore-done");
  const backupStep: WriteStep = {
    label: "backup",
    bytes: 600,
    apply: (_context, ws) => {
      const copy = ws.copy("After", ws);
      copy.visibility = "Hidden";
      copy.name = backup;
      // Shown while it is rewritten; done first so that after the write's last step (page
      // setup) only the marker rename and the deletion of the backup remain.
      ws.activate();
    },
  };
  const notesStep: WriteStep = {
    label: "delete notes",
    bytes: 200 * opts.notes.length,
    apply: () => opts.notes.forEach((note) => note.delete()),
  };
  const steps = [
    backupStep,
    ...(opts.notes.length ? [notesStep] : []),
    ...planClearSteps(plan, host, opts.extent),
    ...planWriteSteps(plan, host, opts.budget),
  ];
  const batches = packSteps(steps, opts.budget);
  const bytes = steps.reduce((sum, x) => sum + x.bytes, 0);
  const before = s.count;
  try {
    for (let i = 0; i < batches.length; i++) {
      context.application.suspendApiCalculationUntilNextSync();
      for (const step of batches[i]) step.apply(context, opts.sheet, opts.name);
      if (i === batches.length - 1) {
        const backupWs = context.workbook.worksheets.getItem(backup);
        backupWs.name = done;
        backupWs.delete();
      }
      await s.sync();
    }
  } catch (e) {
    const outcome = await rollbackInPlace(context, s, host, plan, { ...opts, backup, done });
    if (typeof outcome === "object") {
      if (outcome.leftover && typeof console !== "undefined")
        console.error("PerfScore: could not delete the backup", e);
      return {
        syncs: s.count,
        batches: batches.length,
        bytes,
        notice: outcome.leftover ? workbookNotices.backupLeft(outcome.leftover) : undefined,
      };
    }
    if (typeof console !== "undefined") console.error("PerfScore: update failed", e);
    throw translateError(e, {
      writing: {
        rolledBack: outcome !== "failed",
        restored: outcome === "restored",
        backup: outcome === "failed" ? backup : undefined,
      },
    });
  }
  return { syncs: s.count, batches: s.count - before, bytes };
}

/** Whether a sheet's formulas and constants (within the read window) differ between two reads. */
function contentsDiffer(a: SheetSnapshot, b: SheetSnapshot): boolean {
  const signature = (x: SheetSnapshot) =>
    JSON.stringify([
      x.grid.origin,
      x.grid.cells.map((row) => Array.from(row, (c) => (c ? (c.formula ?? c.value) : null))),
    ]);
  return signature(a) !== signature(b);
}

/** Whether `name` is what Excel calls a copy of `original`: "计分表 (2)" (the base cut to fit 31 characters). */
function isCopyName(name: string, original: string): boolean {
  const m = /^(.*) \(\d+\)$/.exec(name);
  return (
    m !== null &&
    m[1].length > 0 &&
    original.toLocaleLowerCase("en-US").startsWith(m[1].toLocaleLowerCase("en-US"))
  );
}

/**
 * After a failed in-place update, from what the sheets are called (one round trip):
 * - the backup under its second name: the write was complete and only deleting the backup
 *   failed; it is deleted once more, and the update stands ({ leftover } names a backup that
 *   still could not be deleted);
 * - no backup: either the batch stopped at the copy, at hiding it or at naming it, so the original
 *   was never touched (a copy Excel made but could not rename, "计分表 (2)", is removed):
 *   "untouched"; or the whole batch ran, its last call deleting the backup, and only the sync
 *   rejected (a lost response). The sheet's contents tell which: changed since the first read,
 *   the update stands ({}); as they were, "untouched" is true of them either way;
 * - the backup: the original may be half rewritten. It is refilled from the backup in place, two
 *   more round trips: read the backup's layout, then empty the original as 更新 does, paste the
 *   backup over it (Range.copyFrom "All": contents, formats, merged areas, validation, conditional
 *   formats, notes), put back its column widths, row heights, hidden rows and columns, frozen
 *   panes and the page setup the write's print step changes (orientation, paper size, zoom,
 *   print area and title rows; Paste All brings none of these), and delete the backup:
 *   "restored". The original is never deleted or renamed, so formulas in other sheets that refer
 *   to it keep pointing at it.
 */
async function rollbackInPlace(
  context: XlRequestContext,
  s: Syncer,
  host: ExcelHost,
  plan: Plan,
  opts: InPlaceOptions & { backup: string; done: string }
): Promise<"untouched" | "restored" | "failed" | { leftover?: string }> {
  const sheets = context.workbook.worksheets;
  let find: (name: string) => XlWorksheet | undefined;
  try {
    sheets.load("items/name");
    await s.sync();
    find = (name) => sheets.items.find((w) => sameName(w.name, name));
  } catch (e) {
    if (typeof console !== "undefined") console.error("PerfScore: rollback failed", e);
    return "failed";
  }
  const finished = find(opts.done);
  if (finished) {
    try {
      finished.delete();
      await s.sync();
      return {};
    } catch {
      return { leftover: opts.done };
    }
  }
  try {
    const backupWs = find(opts.backup);
    const original = find(opts.name);
    if (!backupWs) {
      const now =
        opts.before && queueSheetRead(opts.sheet, { merges: false, sheetName: opts.name });
      for (const w of sheets.items)
        if (isCopyName(w.name, opts.name) && !opts.names.some((n) => sameName(n, w.name)))
          w.delete();
      await s.sync();
      return opts.before && now && contentsDiffer(opts.before, now()) ? {} : "untouched";
    }
    if (!original) return "failed";
    const layout = queueLayoutRead(backupWs, opts.extent);
    // Page setup is ExcelApi 1.9, as the write's print step.
    const pages = host.supports("1.9") && {
      saved: queuePageRead(backupWs),
      now: queuePageRead(original),
    };
    await s.sync();
    for (const step of planClearSteps(plan, host, opts.extent))
      step.apply(context, original, opts.name);
    original.getRange().copyFrom(backupWs.getRange(), "All");
    applyLayout(original, layout());
    if (pages) applyPage(original, pages.saved(), pages.now());
    backupWs.delete();
    await s.sync();
    return "restored";
  } catch (e) {
    if (typeof console !== "undefined") console.error("PerfScore: rollback failed", e);
    return "failed";
  }
}

interface SheetLayout {
  /** Custom widths in points, by 0-based column (standard-width columns left out). */
  widths: Array<[number, number]>;
  heights: Array<[number, number]>;
  hiddenColumns: number[];
  hiddenRows: number[];
  /** The frozen cells (no sheet name), if any. */
  frozen?: string;
}

/** Queues the read of a sheet's column widths, row heights, hidden rows and columns and frozen panes. */
function queueLayoutRead(ws: XlWorksheet, extent: LayoutExtent): () => SheetLayout {
  const cols = Array.from({ length: extent.columns }, (_, c) => {
    const letters = columnLetters(c);
    const range = ws.getRange(`${letters}:${letters}`);
    range.load("columnHidden,format/columnWidth,format/useStandardWidth");
    return range;
  });
  const rows = Array.from({ length: extent.rows }, (_, r) => {
    const range = ws.getRange(`${r + 1}:${r + 1}`);
    range.load("rowHidden,format/rowHeight,format/useStandardHeight");
    return range;
  });
  const frozen = ws.freezePanes.getLocationOrNullObject();
  frozen.load("address");
  return () => {
    const layout: SheetLayout = { widths: [], heights: [], hiddenColumns: [], hiddenRows: [] };
    cols.forEach((range, c) => {
      if (range.columnHidden) layout.hiddenColumns.push(c);
      else if (range.format.useStandardWidth === false)
        layout.widths.push([c, range.format.columnWidth]);
    });
    rows.forEach((range, r) => {
      if (range.rowHidden) layout.hiddenRows.push(r);
      else if (range.format.useStandardHeight === false)
        layout.heights.push([r, range.format.rowHeight]);
    });
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read after the caller's sync
    if (!frozen.isNullObject) layout.frozen = localAddress(frozen.address);
    return layout;
  };
}

/** What the write's print step sets: the page setup a restore compares and brings back. */
interface PageSetup {
  orientation: string;
  paperSize: string;
  zoom: XlWorksheet["pageLayout"]["zoom"];
  /** Without the sheet name or $ signs; absent when the sheet has none. */
  area?: string;
  titleRows?: string;
}

/** Queues the read of a sheet's page setup (ExcelApi 1.9). */
function queuePageRead(ws: XlWorksheet): () => PageSetup {
  const page = ws.pageLayout;
  page.load("orientation,paperSize,zoom");
  const area = page.getPrintAreaOrNullObject();
  area.load("address");
  const titles = page.getPrintTitleRowsOrNullObject();
  titles.load("address");
  return () => ({
    orientation: page.orientation,
    paperSize: page.paperSize,
    zoom: page.zoom,
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read after the caller's sync
    area: area.isNullObject ? undefined : localAreas(area.address),
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read after the caller's sync
    titleRows: titles.isNullObject ? undefined : localAddress(titles.address),
  });
}

/** "'计分表,2020'!$A$1:$D$6, '计分表,2020'!$F$1:$G$2" -> "A1:D6,F1:G2" (a quoted sheet name may hold commas). */
export function localAreas(address: string): string {
  return address.replace(/(?:'(?:[^']|'')*'|[^,'!\s]+)!/g, "").replace(/[\s$]/g, "");
}

/**
 * Sets back on `ws` each part of the page setup `saved` that differs from the sheet's `now`.
 * Office.js can set a print area or title rows but not remove them: if the original had none
 * and the failed write set them, they stay (a sheet 更新 accepts is a scorecard PerfScore made,
 * which has both).
 */
function applyPage(ws: XlWorksheet, saved: PageSetup, now: PageSetup): void {
  const page = ws.pageLayout;
  if (saved.orientation !== now.orientation) page.orientation = saved.orientation;
  if (saved.paperSize !== now.paperSize) page.paperSize = saved.paperSize;
  if (JSON.stringify(saved.zoom) !== JSON.stringify(now.zoom))
    // Excel reads back the unused option as null (scale under fit-to-pages); set only the others.
    page.zoom = Object.fromEntries(
      Object.entries(saved.zoom ?? {}).filter(([, v]) => v !== null && v !== undefined)
    );
  if (saved.area && saved.area !== now.area) page.setPrintArea(saved.area);
  if (saved.titleRows && saved.titleRows !== now.titleRows)
    // "2:3" -> "$2:$3", as the print step writes them.
    page.setPrintTitleRows(saved.titleRows.replace(/(^|:)/g, "$1$$"));
}

/** Puts a layout read by queueLayoutRead onto a sheet that has standard widths and heights, nothing hidden or frozen. */
function applyLayout(ws: XlWorksheet, layout: SheetLayout): void {
  const column = (c: number) => `${columnLetters(c)}:${columnLetters(c)}`;
  const row = (r: number) => `${r + 1}:${r + 1}`;
  for (const [c, width] of layout.widths) ws.getRange(column(c)).format.columnWidth = width;
  for (const [r, height] of layout.heights) ws.getRange(row(r)).format.rowHeight = height;
  for (const c of layout.hiddenColumns) ws.getRange(column(c)).columnHidden = true;
  for (const r of layout.hiddenRows) ws.getRange(row(r)).rowHidden = true;
  if (layout.frozen) {
    // Frozen rows read as "1:4" (or A1:XFD4), frozen columns as "A:B" (or A1:B1048576).
    const f = layout.frozen.toUpperCase();
    const rows = /^1:(\d+)$/.exec(f)?.[1] ?? /^A1:XFD(\d+)$/.exec(f)?.[1];
    const columns = /^A:([A-Z]+)$/.exec(f)?.[1] ?? /^A1:([A-Z]+)1048576$/.exec(f)?.[1];
    if (rows) ws.freezePanes.freezeRows(Number(rows));
    else if (columns) ws.freezePanes.freezeColumns(columnIndex(columns) + 1);
    else ws.freezePanes.freezeAt(layout.frozen);
  }
}
