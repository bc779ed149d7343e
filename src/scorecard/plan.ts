/**
 * A 计分表 as data: what to write where. Produced by the planner, settled by finalizePlan
 * (finalize.ts), applied by a writer (exceljs in src/cli, Office.js in src/excel). Knows nothing
 * of either.
 * Addresses are A1 strings on the scorecard sheet; formulas start with "=" and use
 * Excel's en-US syntax (comma separators), as both Range.formulas and exceljs expect.
 */

export type StyleId = string;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: "thin" | "none";
  numberFormat?: string;
  /** Cell is meant for user input: writers leave it unlocked. */
  unlocked?: boolean;
}

export interface PlanCell {
  address: string;
  /** A constant; omitted when formula is set. */
  value?: string | number | boolean | null;
  /** A formula with its leading "=". */
  formula?: string;
  style?: StyleId;
  /** A comment/note shown on the cell (e.g. "基础数据缺少：上年三公经费预算数"). */
  note?: string;
}

export interface PlanValidation {
  /** A1 range, usually a single input cell. */
  range: string;
  rule:
    | { type: "list"; values: string[] }
    | { type: "decimal"; min?: number; max?: number }
    | { type: "whole"; min?: number; max?: number }
    | { type: "custom"; formula: string }
    | { type: "any" };
  /**
   * Input message shown when the cell is selected. Texts of any length: finalizePlan
   * (finalize.ts) cuts them to Excel's limits.
   */
  prompt?: { title: string; message: string };
  /** Error message when input is invalid; when absent, invalid input only warns (finalize.ts's DEFAULT_ALERT). */
  error?: { title: string; message: string; strict: boolean };
  /** false: no alert at all, the rule only offers its list as a dropdown. */
  alert?: false;
}

import type { InputKind as RuleInputKind } from "../core/rules/kind";

/** What an input cell takes: a rule's input, or a base figure missing from 基础数据. */
export type InputKind = RuleInputKind | "figure";

export interface PlanInput {
  address: string;
  /** The indicator path ("过程/预算管理/管理制度健全性") or the base field id for a missing figure. */
  key: string;
  kind: InputKind;
  label: string;
  /** Value to write initially (e.g. demo inputs); undefined leaves it empty. */
  initial?: string | number;
}

export interface PlanPrint {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  fitToWidth: number;
  /** 0 = as many pages tall as needed. */
  fitToHeight: number;
  /** Rows repeated at the top of each printed page, e.g. "4:5". */
  titleRows?: string;
  /** The printed area, e.g. "A1:K40". */
  area?: string;
}

export interface Plan {
  sheetName: string;
  /** Used range of the plan, e.g. "A1:K40". */
  range: string;
  cells: PlanCell[];
  styles: Record<StyleId, CellStyle>;
  merges: string[];
  /** Column widths in Excel character units, by 0-based column index. */
  columnWidths: number[];
  /** Row heights in points, by 1-based (Excel) row number. */
  rowHeights?: Array<{ row: number; height: number }>;
  freeze: { rows: number; columns: number };
  validations: PlanValidation[];
  print: PlanPrint;
  inputs: PlanInput[];
  /** Where the results land, for summaries and links (scorecards only). */
  summary?: { totalCell: string; gradeCell: string; pendingCell?: string };
  /** 0-based columns to hide (the scorecard's key column). */
  hiddenColumns?: number[];
  /** What each row of a 计分表 is (scorecards only): lets readers and tests find every cell. */
  scorecard?: ScorecardLayout;
}

/** One indicator row of a 计分表. Addresses are on the plan's sheet. */
export interface ScorecardRow {
  /** The indicator path, "过程/预算管理/管理制度健全性". */
  key: string;
  row: number;
  pointsCell: string;
  /** 指标值 (a formula) or 自评输入 (an input cell). */
  valueCell: string;
  scoreCell: string;
  explainCell: string;
  /** True when valueCell is an input cell (qualitative indicator). */
  input: boolean;
}

/** A 小计 row: for a 一级 (key "投入") or a 二级 (key "投入/预算配置"). */
export interface ScorecardSubtotal {
  key: string;
  level: 1 | 2;
  row: number;
  pointsCell: string;
  scoreCell: string;
  /** Paths of the indicators it sums. */
  indicators: string[];
}

export interface ScorecardLayout {
  schemeId: string;
  dialect: "perf" | "portable";
  baseSheetName: string;
  /** 1-based row of the column headings. */
  headerRow: number;
  rows: ScorecardRow[];
  subtotals: ScorecardSubtotal[];
  /** Input cells for base figures missing from 基础数据 (the 补充数据 block). */
  figures: Array<{ field: string; cell: string }>;
  totalPointsCell: string;
  totalCell: string;
  gradeCell: string;
  pendingCell: string;
}
