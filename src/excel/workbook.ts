/* global console */
/**
 * What the task pane asks of the workbook, each in as few round trips as it can:
 * - inspectWorkbook / readSheet: one sync each;
 * - writeScorecard: one sync to read (base sheet, the sheet to update, protection, names), one to
 *   write the whole plan (more only when the plan exceeds one request's size limit);
 * - insertSheet (the 基础数据 template): one to read names, one to write;
 * - selectCell: one.
 * Writes go into a sheet with a temporary name that takes its real name in the last step, so a
 * failure at any point is rolled back to the workbook as it was.
 */
import type { Plan } from "../scorecard/plan";
import type { XlRequestContext, XlWorksheet } from "./api";
import { officeErrorCode, translateError, workbookErrors } from "./errors";
import type { ExcelHost } from "./host";
import {
  queueSheetRead,
  queueWorkbookInfo,
  type SheetSnapshot,
  type WorkbookInfo,
} from "./read";
import { DEFAULT_PAYLOAD_BUDGET, packSteps, planWriteSteps } from "./write";

export interface WriteStats {
  /** context.sync() calls made by the operation (its round trips). */
  syncs: number;
  /** Write batches the plan was split into (1 unless it exceeded the request budget). */
  batches: number;
  /** Estimated request bytes of the plan. */
  bytes: number;
}

const sameName = (a: string, b: string) =>
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

export async function readSheet(
  host: ExcelHost,
  sheetName: string,
): Promise<SheetSnapshot> {
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
  address: string,
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
  /** The scorecard's sheet name: a new sheet ("new") or the sheet to replace ("update"). */
  sheetName: string;
  mode: "new" | "update";
  /** Builds the plan from what the first round trip read. */
  build(input: {
    base: SheetSnapshot;
    existing?: SheetSnapshot;
    workbook: WorkbookInfo;
  }): Plan;
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
 * the pane turns into a choice between "计分表 (2)" and 更新.
 */
export async function writeScorecard(
  host: ExcelHost,
  req: ScorecardRequest,
): Promise<ScorecardResult> {
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
    if (req.mode === "update") {
      existingWs = sheets.getItem(req.sheetName);
      existingWs.load("position");
      existingWs.protection.load("protected");
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

    const baseSnapshot = base();
    const plan = req.build({
      base: baseSnapshot,
      existing: existing?.(),
      workbook,
    });
    const replace = existingWs
      ? { name: req.sheetName, position: existingWs.position }
      : undefined;
    const stats = await writeTransaction(context, s, host, plan, {
      finalName: req.sheetName,
      replace,
      names,
      budget: req.budget ?? DEFAULT_PAYLOAD_BUDGET,
    });
    return { ...stats, sheetName: req.sheetName, plan, base: baseSnapshot };
  });
}

/** Adds a sheet from a plan (the 基础数据 template); `build` picks the name from the existing ones. */
export async function insertSheet(
  host: ExcelHost,
  build: (workbook: WorkbookInfo) => Plan,
  opts: { budget?: number } = {},
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
  sheetNames: string[],
): Promise<Error> {
  if (officeErrorCode(e) === "ItemNotFound") {
    try {
      const info = await inspectWorkbook(host);
      const missing = sheetNames.find(
        (n) => !info.sheets.some((x) => sameName(x.name, n)),
      );
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
  /** Update: the sheet the new one replaces, and where it stood. */
  replace?: { name: string; position: number };
  names: string[];
  budget: number;
}

/**
 * Writes `plan` into a new sheet with a temporary name; the last batch activates it, then (update)
 * renames the old sheet out of the way, gives the new one its name and place, and deletes the old
 * one. Any failure is undone by `rollback`.
 */
async function writeTransaction(
  context: XlRequestContext,
  s: Syncer,
  host: ExcelHost,
  plan: Plan,
  opts: TransactionOptions,
): Promise<WriteStats> {
  const temp = freshName(opts.names, "PerfScore");
  const backup = opts.replace
    ? freshName([...opts.names, temp], "PerfScore-old")
    : undefined;
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
        if (opts.replace && backup) {
          const old = context.workbook.worksheets.getItem(opts.replace.name);
          old.name = backup;
          ws.name = opts.replace.name;
          ws.position = opts.replace.position;
          old.delete();
        } else {
          ws.name = opts.finalName;
        }
      }
      await s.sync();
    }
  } catch (e) {
    const rolledBack = await rollback(
      context,
      temp,
      opts.replace && backup
        ? { backup, original: opts.replace.name }
        : undefined,
    );
    if (typeof console !== "undefined")
      console.error("PerfScore: write failed", e);
    throw translateError(e, { writing: { rolledBack } });
  }
  return { syncs: s.count, batches: s.count - before, bytes };
}

/** Puts the workbook back as it was before writeTransaction. Returns whether that worked. */
async function rollback(
  context: XlRequestContext,
  temp: string,
  replaced?: { backup: string; original: string },
): Promise<boolean> {
  try {
    const sheets = context.workbook.worksheets;
    const tempWs = sheets.getItemOrNullObject(temp);
    tempWs.load("name");
    const backupWs = replaced
      ? sheets.getItemOrNullObject(replaced.backup)
      : undefined;
    backupWs?.load("name");
    const originalWs = replaced
      ? sheets.getItemOrNullObject(replaced.original)
      : undefined;
    originalWs?.load("name");
    await context.sync();
    if (!tempWs.isNullObject) tempWs.delete();
    if (replaced && backupWs && !backupWs.isNullObject) {
      // The old sheet was renamed: whatever now bears its name is the new, unfinished one.
      if (originalWs && !originalWs.isNullObject) originalWs.delete();
      backupWs.name = replaced.original;
    }
    await context.sync();
    return true;
  } catch (e) {
    if (typeof console !== "undefined")
      console.error("PerfScore: rollback failed", e);
    return false;
  }
}
