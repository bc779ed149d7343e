/**
 * The task pane's two workbook actions, wired to the pure reader and planner:
 * generateScorecard (2 round trips, new or update) and insertBaseTemplate. The summary comes from
 * the engine (evaluateScheme) over the same figures and inputs the formulas use, so the pane
 * needs no third round trip to read results back.
 */
import {
  evaluateScheme,
  parseNumberOrBlank,
  type D,
  type IndicatorStatus,
  type Scheme,
} from "../core";
import type { BaseData } from "../scorecard/baseData";
import type { CellValue, Grid } from "../scorecard/grid";
import type { Plan } from "../scorecard/plan";
import {
  findScorecardHeader,
  planScorecard,
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

/** Something the user still has to do, with the cell to go to. */
export interface PendingItem {
  /** Indicator path or base field id. */
  key: string;
  label: string;
  status: Exclude<IndicatorStatus, "ok">;
  /** Chinese explanation (待填：… / 基础数据缺少：… / #DIV/0! …). */
  message: string;
  /**
   * The same for an English pane. A missing figure's is English; an indicator's is its 扣分说明,
   * domain text that stays Chinese.
   */
  messageEn: string;
  /** The cell to go to: on the scorecard sheet, or on `sheet` when given. */
  cell?: string;
  /** Set when the cell is on another sheet (a blank figure on the base sheet). */
  sheet?: string;
}

export interface ScorecardSummary {
  sheetName: string;
  total: D;
  grade: string | null;
  pending: PendingItem[];
  totalCell?: string;
  gradeCell?: string;
}

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

function planInputs(kept: Record<string, CellValue>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(kept)) {
    if (typeof v === "number" || typeof v === "string") out[k] = v;
    else if (typeof v === "boolean") out[k] = v ? "TRUE" : "FALSE";
  }
  return out;
}

export async function generateScorecard(
  host: ExcelHost,
  o: GenerateOptions
): Promise<GenerateOutcome> {
  let baseData: BaseData | undefined;
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
    build: ({ base, existing }) => {
      baseData = baseDataOf(base, o.scheme, o.year);
      kept = existing ? readScorecardInputs(existing.grid, o.scheme) : {};
      return planScorecard(baseData, o.scheme, {
        dialect: o.dialect,
        sheetName: o.sheetName,
        baseSheetName: o.baseSheet,
        unitName: baseData.unitName,
        year: o.year ?? baseData.year,
        ruleTexts: o.ruleTexts,
        explanations: o.explanations,
        inputs: planInputs(kept),
      });
    },
  });
  const data = baseData as BaseData;
  return {
    result,
    kept,
    summary: summarize(result.plan, o.scheme, data, kept, result.sheetName),
  };
}

/** The scorecard's result as the engine computes it from the same figures and inputs. */
export function summarize(
  plan: Plan,
  scheme: Scheme,
  base: BaseData,
  inputs: Record<string, CellValue>,
  sheetName: string
): ScorecardSummary {
  const typed = (key: string): D | undefined => {
    try {
      return parseNumberOrBlank(inputs[key], key);
    } catch {
      return undefined;
    }
  };
  const evaluation = evaluateScheme(
    scheme,
    (field) => base.figures[field]?.value ?? typed(field),
    (ref) => inputs[ref.path] ?? undefined
  );
  const layout = plan.scorecard;
  const rowOf = new Map(layout?.rows.map((r) => [r.key, r]) ?? []);
  const figureCell = new Map(layout?.figures.map((f) => [f.field, f.cell]) ?? []);
  const pending: PendingItem[] = [];
  for (const r of evaluation.indicators) {
    if (r.status === "ok") continue;
    const row = rowOf.get(r.ref.path);
    if (r.status === "missing") {
      for (const field of r.missing) {
        if (pending.some((p) => p.key === field)) continue;
        // A label found with a blank value is filled where it stands, on the base sheet.
        const found = base.figures[field];
        pending.push(
          found
            ? {
                key: field,
                label: field,
                status: "missing",
                message: `基础数据中${field}（${found.address}）为空，请填写`,
                messageEn: `${field} (${found.address}) on the base-data sheet is blank; please fill it in`,
                cell: found.address,
                sheet: base.sheetName,
              }
            : {
                key: field,
                label: field,
                status: "missing",
                message: `基础数据缺少：${field}`,
                messageEn: `Missing from the base data: ${field}`,
                cell: figureCell.get(field) ?? row?.valueCell,
              }
        );
      }
      continue;
    }
    pending.push({
      key: r.ref.path,
      label: r.ref.indicator.name,
      status: r.status,
      message: r.explanation,
      messageEn: r.explanation,
      cell: r.status === "error" ? (row?.scoreCell ?? row?.valueCell) : row?.valueCell,
    });
  }
  return {
    sheetName,
    total: evaluation.total,
    grade: evaluation.grade,
    pending,
    totalCell: layout?.totalCell ?? plan.summary?.totalCell,
    gradeCell: layout?.gradeCell ?? plan.summary?.gradeCell,
  };
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
