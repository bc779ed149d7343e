/**
 * The task pane's two workbook actions, wired to the pure scorecard session:
 * generateScorecard (2 round trips, new or update) and insertBaseTemplate. The summary is the
 * session's (the engine over the same figures and inputs the formulas use, as the command line
 * shows it), so the pane needs no third round trip to read results back.
 */
import type { Scheme } from "../core";
import type { CellValue, Grid } from "../scorecard/grid";
import type { Plan } from "../scorecard/plan";
import { planSession, type Session, type SessionSummary } from "../scorecard/session";
import {
  findScorecardHeader,
  readScorecardInputs,
  scorecardSchemeId,
  uniqueSheetName,
  type Dialect,
} from "../scorecard/planner";
import { workbookErrors } from "./errors";
import type { ExcelHost } from "./host";
import { isBlankSheet } from "./read";
import { baseDataOf, readSheet } from "./readActions";
import { insertSheet, writeScorecard, type ScorecardResult, type WriteStats } from "./workbook";

export interface GenerateOptions {
  baseSheet: string;
  sheetName: string;
  mode: "new" | "update";
  scheme: Scheme;
  dialect: Dialect;
  /** Write 指标说明 and 评价标准. */
  ruleTexts: boolean;
  /** Write 扣分说明. */
  explanations: boolean;
  year?: number;
  budget?: number;
}

export type { PendingItem } from "../scorecard/session";

/** The session's summary of the sheet just written (always named). */
export type ScorecardSummary = SessionSummary & { sheetName: string };

export interface GenerateOutcome {
  result: ScorecardResult;
  /** Inputs kept from the sheet that was updated (path or field id -> value). */
  kept: Record<string, CellValue>;
  summary: ScorecardSummary;
}

/**
 * What an existing sheet is to 更新 with `scheme`: a 计分表 PerfScore generated for it (its
 * heading row and its 评分方案 line, read as the command line reads them), one generated for
 * another scheme, or anything else (never rewritten).
 */
export type ExistingSheetKind =
  { kind: "scorecard" } | { kind: "otherScheme"; schemeId: string } | { kind: "other" };

export function existingSheetKind(grid: Grid, scheme: Scheme): ExistingSheetKind {
  if (!findScorecardHeader(grid)) return { kind: "other" };
  const id = scorecardSchemeId(grid);
  if (id === undefined) return { kind: "other" };
  return id === scheme.id ? { kind: "scorecard" } : { kind: "otherScheme", schemeId: id };
}

/** Reads a sheet (one round trip) to tell whether 更新 may rewrite it for `scheme`. */
export async function inspectExistingSheet(
  host: ExcelHost,
  sheetName: string,
  scheme: Scheme
): Promise<ExistingSheetKind> {
  const snapshot = await readSheet(host, sheetName);
  return existingSheetKind(snapshot.grid, scheme);
}

export async function generateScorecard(
  host: ExcelHost,
  o: GenerateOptions
): Promise<GenerateOutcome> {
  let session: Session | undefined;
  let kept: Record<string, CellValue> = {};
  const result = await writeScorecard(host, {
    baseSheet: o.baseSheet,
    sheetName: o.sheetName,
    mode: o.mode,
    budget: o.budget,
    // Refused after the read, before anything is written: an empty base sheet, or 更新 of a
    // sheet that is not this scheme's 计分表 (a user's own sheet of that name stays as it is).
    verify: ({ base, existing, workbook }) => {
      if (isBlankSheet(base)) throw workbookErrors.emptySheet(o.baseSheet);
      if (!existing) return;
      const kind = existingSheetKind(existing.grid, o.scheme);
      if (kind.kind === "scorecard") return;
      const alternative = uniqueSheetName(
        workbook.sheets.map((x) => x.name),
        o.sheetName
      );
      throw kind.kind === "otherScheme"
        ? workbookErrors.otherScheme(o.sheetName, kind.schemeId, o.scheme.id, alternative)
        : workbookErrors.notScorecard(o.sheetName, alternative);
    },
    build: ({ base, existing, pins }) => {
      const baseData = baseDataOf(base, o.scheme, o.year, pins);
      kept = existing ? readScorecardInputs(existing.grid, o.scheme) : {};
      session = planSession(o.scheme, baseData, kept, {
        dialect: o.dialect,
        sheetName: o.sheetName,
        baseSheetName: o.baseSheet,
        unitName: baseData.unitName,
        year: o.year ?? baseData.year,
        ruleTexts: o.ruleTexts,
        explanations: o.explanations,
      });
      return session.plan;
    },
  });
  const { summary } = session as Session;
  return { result, kept, summary: { ...summary, sheetName: result.sheetName } };
}

/** Inserts a 基础数据 template built by `template(sheetName)` under a name no sheet has yet. */
export async function insertBaseTemplate(
  host: ExcelHost,
  template: (sheetName: string) => Plan,
  unique: (existing: readonly string[], desired: string) => string
): Promise<WriteStats & { sheetName: string }> {
  const r = await insertSheet(host, (workbook) =>
    template(
      unique(
        workbook.sheets.map((s) => s.name),
        "基础数据"
      )
    )
  );
  return {
    syncs: r.syncs,
    batches: r.batches,
    bytes: r.bytes,
    sheetName: r.sheetName,
  };
}
