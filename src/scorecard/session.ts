/**
 * One scorecard session, the same for every face: base data (a grid) → plan → evaluation →
 * pending list → summary. The task pane (src/excel/scorecard.ts), the command line
 * (src/cli/commands) and the tests' expectations all go through it, so a figure typed into
 * 补充数据 is read one way everywhere: as the reader reads the base sheet (parseFigure), which is
 * also what the 计分表's formulas do (a rate above 100% without a "%" is refused, never 9500%).
 * Pure: no Office, no exceljs, no fs.
 */
import {
  constant,
  D,
  evaluateScheme,
  inputSpec,
  PerfError,
  type IndicatorResult,
  type IndicatorStatus,
  type Scheme,
  type SchemeResult,
} from "../core";
import { isBlank } from "../core/text";
import type { BaseData, Problem } from "./baseData";
import type { CellValue } from "./grid";
import type { Plan } from "./plan";
import { sheetRef } from "./sheetNames";
import { planScorecard, type ScorecardOptions } from "./planner/planScorecard";
import { suppliedFigure } from "./planner/figures";
import {
  type FigureEntry,
  impossibleFigures,
  missingFigureProblem,
  parseFigure,
  schemeFields,
  typedFigureProblem,
} from "./reader";

/** Step one, base data: the 基础数据 sheet read for a scheme (its fields are the required ones). */
export { readSchemeBase } from "./reader";

/** What a user typed into a 计分表: by indicator path (inputs) or base field id (补充数据). */
export type TypedInputs = Record<string, CellValue>;

/** Typed inputs as the planner's initial values (booleans as text, as a cell shows them). */
export function planInputs(values: TypedInputs): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "number" || typeof v === "string") out[k] = v;
    else if (typeof v === "boolean") out[k] = v ? "TRUE" : "FALSE";
  }
  return out;
}

/**
 * A figure no score can come from (text, a date, negative, above its maximum or above the figure
 * it is part of): its indicators need the user (需处理, #N/A as the 计分表's formula shows).
 */
export class FigureError extends PerfError {
  constructor(
    readonly field: string,
    readonly problem: Problem
  ) {
    super("#N/A", problem.message);
  }
}

/**
 * The engine's result: a figure found on the base sheet is its value there (even when blank or
 * unusable: the 计分表 links to that cell), any other is what 补充数据 holds, read the same way.
 * An indicator over an impossible figure is an error explained by the reader's words.
 */
export function evaluateSession(
  scheme: Scheme,
  base: BaseData,
  inputs: TypedInputs,
  sheet?: InputSheet
): SchemeResult {
  const impossible = impossibleFigures(figureEntries(scheme, base, inputs, sheet));
  const result = evaluateScheme(
    scheme,
    (field) => {
      const problem = impossible.get(field);
      if (problem) throw new FigureError(field, problem);
      return base.figures[field] ? base.figures[field].value : suppliedFigure(field, inputs[field]);
    },
    (ref) => inputs[ref.path] ?? undefined
  );
  const indicators = result.indicators.map((r) =>
    r.error instanceof FigureError ? { ...r, explanation: r.error.problem.message } : r
  );
  return { ...result, indicators };
}

/** The scheme's figures that hold something: on the base sheet, else typed into 补充数据. */
function figureEntries(
  scheme: Scheme,
  base: BaseData,
  inputs: TypedInputs,
  sheet?: InputSheet
): Map<string, FigureEntry> {
  const out = new Map<string, FigureEntry>();
  for (const field of schemeFields(scheme)) {
    const found = base.figures[field];
    const raw = found ? found.raw : inputs[field];
    if (raw === undefined || raw === null) continue;
    const typedCell = sheet?.cells[field];
    const address = found
      ? found.sheet
        ? sheetRef(found.sheet, found.address)
        : found.address
      : typedCell && sheet
        ? `${sheet.name}!${typedCell}`
        : field;
    out.set(field, { address, raw, parsed: parseFigure(field, raw, false, found?.numberFormat) });
  }
  return out;
}

/** The 计分表 the inputs are typed into, and its cells by key (indicator path or field id). */
export interface InputSheet {
  name: string;
  /** Value or input cell by indicator path, 补充数据 cell by field id. */
  cells: Record<string, string>;
  /** 得分 cell by indicator path (where an error shows), when known. */
  scoreCells?: Record<string, string>;
  totalCell?: string;
  gradeCell?: string;
}

/** The planned 计分表 as an InputSheet. */
export function plannedSheet(plan: Plan, name: string): InputSheet {
  const layout = plan.scorecard;
  const cells: Record<string, string> = {};
  const scoreCells: Record<string, string> = {};
  for (const r of layout?.rows ?? []) {
    cells[r.key] = r.valueCell;
    scoreCells[r.key] = r.scoreCell;
  }
  for (const f of layout?.figures ?? []) cells[f.field] = f.cell;
  return {
    name,
    cells,
    scoreCells,
    totalCell: layout?.totalCell ?? plan.summary?.totalCell,
    gradeCell: layout?.gradeCell ?? plan.summary?.gradeCell,
  };
}

/** Something the user still has to do, with the cell to go to. */
export interface PendingItem {
  /** Indicator path or base field id. */
  key: string;
  label: string;
  status: Exclude<IndicatorStatus, "ok">;
  /** Chinese explanation: the reader's words for a figure, the 扣分说明 for an indicator. */
  message: string;
  /** The same for English output; an indicator's 扣分说明 is domain text and stays Chinese. */
  messageEn: string;
  /** The cell to go to: on the 计分表, or on `sheet` when given. */
  cell?: string;
  /** Set when the cell is on another sheet (a figure on the base sheet). */
  sheet?: string;
}

/** A problem with the sheet it is on (the base sheet, or the 计分表 for 补充数据). */
export interface SheetProblem extends Problem {
  sheet: string;
}

export interface IndicatorSummary {
  path: string;
  level1: string;
  level2: string;
  name: string;
  max: number;
  status: IndicatorStatus;
  value: D | string | number | null;
  /** The value is a rate (computed, or a typed rate input): shown as a percentage. */
  rate: boolean;
  score: D | null;
  /** 扣分说明 */
  explanation: string;
}

export interface SessionSummary {
  schemeId: string;
  year?: number;
  baseSheet: string;
  /** The 计分表 the inputs come from (or are written to); undefined when there is none. */
  sheetName?: string;
  total: D;
  /** The scheme's full marks (分值 of the whole table). */
  points: number;
  /** The grade, only when every indicator has a score. */
  grade: string | null;
  /** Indicators without a score. */
  pendingCount: number;
  indicators: IndicatorSummary[];
  pending: PendingItem[];
  /** The reader's problems on the base sheet, then unusable 补充数据 entries. */
  problems: SheetProblem[];
  totalCell?: string;
  gradeCell?: string;
  /** Every figure the scheme reads, with the cell it came from: the mapping checked in one look. */
  figures: FigureSource[];
}

/**
 * Where a figure of the scheme came from: a base-sheet cell (through a label), a cell it is pinned
 * to (a defined name, on any sheet), 补充数据, or nowhere.
 */
export interface FigureSource {
  field: string;
  /** How the cell was chosen: "pin" (the defined name `pin`), "label", "supplement" (补充数据), "none". */
  source: "pin" | "label" | "supplement" | "none";
  /** The defined name the figure is pinned by ("PS_编制数"). */
  pin?: string;
  /** The value cell, on `sheet`; undefined when the figure is neither on the base sheet nor in 补充数据. */
  cell?: string;
  sheet?: string;
  /** The label it was read through and its cell (base sheet only). */
  label?: string;
  labelCell?: string;
  value: CellValue;
}

/** The scheme's figures in the order the scheme reads them, each with its source. */
function figureSources(s: SessionInput): FigureSource[] {
  return schemeFields(s.scheme).map((field) => {
    const found = s.base.figures[field];
    if (found?.pin)
      return {
        field,
        source: "pin",
        pin: found.pin,
        cell: found.address,
        sheet: found.sheet ?? s.base.sheetName,
        value: found.raw,
      };
    if (found)
      return {
        field,
        source: "label",
        cell: found.address,
        sheet: s.base.sheetName,
        label: found.label,
        labelCell: found.labelAddress,
        value: found.raw,
      };
    const typed = s.sheet?.cells[field];
    return typed
      ? {
          field,
          source: "supplement",
          cell: typed,
          sheet: s.sheet!.name,
          value: s.inputs[field] ?? null,
        }
      : { field, source: "none", value: null };
  });
}

export interface SessionInput {
  scheme: Scheme;
  base: BaseData;
  inputs: TypedInputs;
  /** Where the inputs are (absent: `score` on a workbook without a 计分表). */
  sheet?: InputSheet;
  /** The evaluation year when given; otherwise the base sheet's. */
  year?: number;
}

/** The engine's result and the summary every face shows. */
export function summarize(s: SessionInput): { evaluation: SchemeResult; summary: SessionSummary } {
  const evaluation = evaluateSession(s.scheme, s.base, s.inputs, s.sheet);
  const supplementProblems = typedProblems(s);
  const summary: SessionSummary = {
    schemeId: s.scheme.id,
    year: s.year ?? s.base.year,
    baseSheet: s.base.sheetName,
    sheetName: s.sheet?.name,
    total: evaluation.total,
    points: s.scheme.total,
    grade: evaluation.grade,
    pendingCount: evaluation.pendingCount,
    indicators: evaluation.indicators.map(indicatorSummary),
    pending: pendingItems(s, evaluation, supplementProblems),
    problems: [
      ...s.base.problems.map((p) => ({ ...p, sheet: p.sheet ?? s.base.sheetName })),
      ...supplementProblems.values(),
    ],
    totalCell: s.sheet?.totalCell,
    gradeCell: s.sheet?.gradeCell,
    figures: figureSources(s),
  };
  return { evaluation, summary };
}

/** Options for planning a 计分表 in a session (its inputs are the session's). */
export type SessionPlanOptions = Omit<ScorecardOptions, "inputs">;

export interface Session {
  base: BaseData;
  inputs: TypedInputs;
  plan: Plan;
  evaluation: SchemeResult;
  summary: SessionSummary;
}

/** Plans a 计分表 over `base` with `inputs` typed in, and summarises it as it will compute. */
export function planSession(
  scheme: Scheme,
  base: BaseData,
  inputs: TypedInputs,
  options: SessionPlanOptions
): Session {
  const plan = planScorecard(base, scheme, { ...options, inputs: planInputs(inputs) });
  const sheet = plannedSheet(plan, options.sheetName);
  return { base, inputs, plan, ...summarize({ scheme, base, inputs, sheet, year: options.year }) };
}

function indicatorSummary(r: IndicatorResult): IndicatorSummary {
  const ind = r.ref.indicator;
  const rate =
    D.isDecimal(r.value) ||
    (typeof r.value === "number" &&
      inputSpec(ind.rule, constant(ind.points), ind.name).kind === "rate");
  return {
    path: r.ref.path,
    level1: r.ref.level1.name,
    level2: r.ref.level2.name,
    name: ind.name,
    max: ind.points,
    status: r.status,
    value: r.value,
    rate,
    score: r.score,
    explanation: r.explanation,
  };
}

/** 补充数据 entries the reader would refuse on the base sheet, by field, naming their cells. */
function typedProblems(s: SessionInput): Map<string, SheetProblem> {
  const out = new Map<string, SheetProblem>();
  if (!s.sheet) return out;
  for (const field of schemeFields(s.scheme)) {
    const raw = s.inputs[field];
    const cell = s.sheet.cells[field];
    if (s.base.figures[field] || raw === undefined || isBlank(raw) || !cell) continue;
    const problem = typedFigureProblem(field, `${s.sheet.name}!${cell}`, raw);
    if (problem) out.set(field, { ...problem, cell, sheet: s.sheet.name });
  }
  return out;
}

/** Per indicator without a score, in order: its figures (each once), or itself. */
function pendingItems(
  s: SessionInput,
  evaluation: SchemeResult,
  typed: Map<string, SheetProblem>
): PendingItem[] {
  const pending: PendingItem[] = [];
  for (const r of evaluation.indicators) {
    if (r.status === "ok") continue;
    if (r.status === "missing") {
      for (const field of r.missing)
        if (!pending.some((p) => p.key === field)) pending.push(figureItem(s, field, r, typed));
      continue;
    }
    if (r.error instanceof FigureError) {
      const item = impossibleItem(s, r.error);
      if (!pending.some((p) => p.key === item.key)) pending.push(item);
      continue;
    }
    const valueCell = s.sheet?.cells[r.ref.path];
    pending.push({
      key: r.ref.path,
      label: r.ref.indicator.name,
      status: r.status,
      message: r.explanation,
      messageEn: r.explanation,
      cell: r.status === "error" ? (s.sheet?.scoreCells?.[r.ref.path] ?? valueCell) : valueCell,
    });
  }
  return pending;
}

/** A figure to correct (需处理), where it is: on the base sheet, else in 补充数据. */
function impossibleItem(s: SessionInput, e: FigureError): PendingItem {
  const key = e.problem.field ?? e.field;
  const found = s.base.figures[key];
  return {
    key,
    label: key,
    status: "error",
    message: e.problem.message,
    messageEn: e.problem.messageEn,
    ...(found
      ? { cell: found.address, sheet: found.sheet ?? s.base.sheetName }
      : { cell: s.sheet?.cells[key] }),
  };
}

/**
 * A figure still to give, in the reader's words: on the base sheet where its label stands (blank
 * or unusable there), else in 补充数据 (missing, or typed in a form the reader refuses).
 */
function figureItem(
  s: SessionInput,
  field: string,
  r: IndicatorResult,
  typed: Map<string, SheetProblem>
): PendingItem {
  const found = s.base.figures[field];
  // A pin whose cell is gone says so instead of "基础数据缺少".
  const problem = found
    ? (s.base.problems.find((p) => p.field === field && p.cell === found.address) ??
      typedFigureProblem(field, found.address, found.raw))
    : (typed.get(field) ?? s.base.problems.find((p) => p.field === field && p.pin));
  const { message, messageEn } = problem ?? missingFigureProblem(field);
  return {
    key: field,
    label: field,
    status: "missing",
    message,
    messageEn,
    ...(found
      ? { cell: found.address, sheet: found.sheet ?? s.base.sheetName }
      : { cell: s.sheet?.cells[field] ?? s.sheet?.cells[r.ref.path] }),
  };
}
