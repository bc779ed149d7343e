/* global console */
/**
 * What the task pane asks of the workbook, each in as few round trips as it can:
 * - inspectWorkbook / readSheet: one sync each;
 * - writeScorecard: one sync to read (base sheet, the sheet to update, protection, names), one to
 *   write the whole plan (more only when the plan exceeds one request's size limit);
 * - insertSheet (the 基础数据 template): one to read names, one to write;
 * - selectCell: one.
 * A new sheet is written under a temporary name that becomes its real name in the last step.
 * 更新 (update) rewrites the existing sheet in place, so formulas in other sheets that refer to it
 * (a 自评报告 citing ='计分表'!J30) keep working, and so do its tab colour, protection settings,
 * margins and the comments users added: the write batch first copies the sheet to a hidden backup,
 * empties and rewrites the original, and deletes the backup last. Either way a failure at any
 * point is rolled back to the workbook as it was (for 更新, from the backup; see rollbackInPlace).
 */
import type { Plan } from "../scorecard/plan";
import type { XlRequestContext, XlWorksheet } from "./api";
import { officeErrorCode, translateError, workbookErrors } from "./errors";
import type { ExcelHost } from "./host";
import { queueSheetRead, queueWorkbookInfo, type SheetSnapshot, type WorkbookInfo } from "./read";
import {
  DEFAULT_PAYLOAD_BUDGET,
  packSteps,
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

/** Excel compares sheet names case-insensitively. */
export const sameName = (a: string, b: string) =>
  a.toLocaleLowerCase("en-US") === b.toLocaleLowerCase("en-US");

/** Counts round trips. */
class Syncer {
  count = 0;
  constructor(private readonly context: XlRequestContext) {}
  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}

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

export interface ScorecardRequest {
  baseSheet: string;
  /** The scorecard's sheet name: a new sheet ("new") or the sheet to rewrite in place ("update"). */
  sheetName: string;
  mode: "new" | "update";
  /** Builds the plan from what the first round trip read. */
  build(input: { base: SheetSnapshot; existing?: SheetSnapshot; workbook: WorkbookInfo }): Plan;
  /** Request budget in bytes (default 4 MB, under Excel on the web's 5 MB). */
  budget?: number;
}

export interface ScorecardResult extends WriteStats {
  sheetName: string;
  plan: Plan;
  base: SheetSnapshot;
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
    let existing: (() => SheetSnapshot) | undefined;
    let existingWs: XlWorksheet | undefined;
    // 更新 in place needs Worksheet.copy (ExcelApi 1.7) and DataValidation.clear (1.8); the
    // manifest requires 1.9, so every host that loads the add-in has them.
    // Notes on the old sheet are the hints an earlier run wrote; 更新 deletes them (ExcelApi 1.18).
    const oldNotes = req.mode === "update" && host.supports("1.18");
    if (req.mode === "update") {
      existingWs = sheets.getItem(req.sheetName);
      existingWs.load("position,visibility");
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

    // Loaded in the read round trip (s.sync() above).
    const old = existingWs && {
      sheet: existingWs,
      position: existingWs.position,
      visibility: existingWs.visibility,
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded via existingWs.notes.load above
      notes: oldNotes ? existingWs.notes.items : [],
    };

    const baseSnapshot = base();
    const plan = req.build({
      base: baseSnapshot,
      existing: existing?.(),
      workbook,
    });
    const budget = req.budget ?? DEFAULT_PAYLOAD_BUDGET;
    const stats = old
      ? await updateInPlace(context, s, host, plan, { ...old, name: req.sheetName, names, budget })
      : await writeTransaction(context, s, host, plan, { finalName: req.sheetName, names, budget });
    return { ...stats, sheetName: req.sheetName, plan, base: baseSnapshot };
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
  if (officeErrorCode(e) === "ItemNotFound") {
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
    const rolledBack = await rollback(context, temp);
    if (typeof console !== "undefined") console.error("PerfScore: write failed", e);
    throw translateError(e, { writing: { rolledBack } });
  }
  return { syncs: s.count, batches: s.count - before, bytes };
}

/** Puts the workbook back as it was before writeTransaction. Returns whether that worked. */
async function rollback(context: XlRequestContext, temp: string): Promise<boolean> {
  try {
    const tempWs = context.workbook.worksheets.getItemOrNullObject(temp);
    tempWs.load("name");
    await context.sync();
    if (!tempWs.isNullObject) tempWs.delete();
    await context.sync();
    return true;
  } catch (e) {
    if (typeof console !== "undefined") console.error("PerfScore: rollback failed", e);
    return false;
  }
}

interface InPlaceOptions {
  /** The sheet to rewrite (its proxy from the read round trip). */
  sheet: XlWorksheet;
  /** Its notes, loaded in the read round trip, to delete. */
  notes: ReadonlyArray<{ delete(): void }>;
  name: string;
  /** Where it stands and whether it shows, to restore both from the backup. */
  position: number;
  visibility: string;
  /** Every sheet's name before the write. */
  names: string[];
  budget: number;
}

/**
 * 更新 in place, in one batch (several only for a plan over the request budget) that
 * 1. copies the sheet to a hidden backup right after it,
 * 2. empties the original (its notes, then planClearSteps) and writes the plan into it
 *    (planWriteSteps, exactly as into a new sheet),
 * 3. activates it and, as the batch's very last call, deletes the backup.
 * Excel runs a batch's calls in order and stops at the first one that fails, so the original is
 * untouched until the backup exists, and from then on the backup holds it as it was;
 * rollbackInPlace uses that.
 */
async function updateInPlace(
  context: XlRequestContext,
  s: Syncer,
  host: ExcelHost,
  plan: Plan,
  opts: InPlaceOptions
): Promise<WriteStats> {
  const backup = freshName(opts.names, "PerfScore-old");
  const backupStep: WriteStep = {
    label: "backup",
    bytes: 600,
    apply: (_context, ws) => {
      const copy = ws.copy("After", ws);
      copy.name = backup;
      copy.visibility = "Hidden";
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
    ...planClearSteps(plan, host),
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
        opts.sheet.activate();
        context.workbook.worksheets.getItem(backup).delete();
      }
      await s.sync();
    }
  } catch (e) {
    const outcome = await rollbackInPlace(context, backup, opts);
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
 * Puts the workbook back after a failed in-place update, in two more round trips:
 * - no backup: the batch stopped at the copy or before, so the original was never touched (a copy
 *   Excel made but could not rename, "计分表 (2)", is removed);
 * - a backup still visible: the batch stopped before hiding it, so before emptying the original;
 *   the backup is removed;
 * - otherwise the original may be half rewritten: it is deleted and the backup takes its name,
 *   position and visibility. Only in this case do formulas in other sheets that referred to the
 *   sheet become #REF!: they pointed at the deleted original, and Excel does not re-point them.
 */
async function rollbackInPlace(
  context: XlRequestContext,
  backup: string,
  opts: InPlaceOptions
): Promise<"untouched" | "restored" | "failed"> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    const find = (name: string) => sheets.items.find((w) => sameName(w.name, name));
    const backupWs = find(backup);
    if (!backupWs) {
      for (const w of sheets.items)
        if (isCopyName(w.name, opts.name) && !opts.names.some((n) => sameName(n, w.name)))
          w.delete();
      await context.sync();
      return "untouched";
    }
    if (opts.visibility === "Visible" && backupWs.visibility === "Visible") {
      backupWs.delete();
      await context.sync();
      return "untouched";
    }
    // A workbook needs a visible sheet: show the backup before deleting the original.
    backupWs.visibility = opts.visibility;
    find(opts.name)?.delete();
    backupWs.name = opts.name;
    backupWs.position = opts.position;
    await context.sync();
    return "restored";
  } catch (e) {
    if (typeof console !== "undefined") console.error("PerfScore: rollback failed", e);
    return "failed";
  }
}
