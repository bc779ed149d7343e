/**
 * What the reader finds on a 基础数据 sheet: each figure with the cell it lives in (the scorecard
 * links to addresses, never copies values), plus the problems a reviewer should see.
 */
import type { D } from "../core";
import type { CellValue } from "./grid";

export interface Figure {
  /** Field id from the catalogue (src/core/fields.ts), e.g. "上年三公经费预算数". */
  field: string;
  /** The value cell on the base sheet, e.g. "C7". Present whenever the label was found. */
  address: string;
  /** The parsed value; undefined when the cell is blank (or not a number: see problems). */
  value?: D;
  /** What the cell held, for messages. */
  raw: CellValue;
  /** The cell's number format, when not General (a date format makes a number no figure). */
  numberFormat?: string;
  /** The label as written on the sheet and where, for the task pane's table (a pin: its name and cell). */
  label: string;
  labelAddress: string;
  /** The sheet `address` is on, when a pin points outside the base sheet. */
  sheet?: string;
  /** The defined name the figure was pinned by ("PS_编制数"; src/scorecard/pins.ts): no label was searched. */
  pin?: string;
}

export type ProblemKind =
  | "missing"
  | "blank"
  | "duplicate"
  | "invalid"
  | "negative"
  /** above the figure's maximum (满意率 over 100%) */
  | "range"
  /** above a figure it is part of (在用固定资产 over 固定资产总额) */
  | "relation"
  | "sum"
  | "year"
  | "sheet"
  /** A label that looks like a wanted figure but was not read as it (see README 基础数据表怎样被读取). */
  | "nearMiss";

export interface Problem {
  kind: ProblemKind;
  /** Cell the problem is about, e.g. "C7" on the base sheet (absent for a missing figure). */
  cell?: string;
  field?: string;
  /** The sheet `cell` is on, when not the base sheet (a pin to another sheet). */
  sheet?: string;
  /** A problem with a pinned figure: the defined name that pins it. */
  pin?: string;
  /** For a relation: the other figure (the total the field exceeds). */
  related?: string;
  /** Chinese, complete, e.g. "基础数据缺少：上年三公经费预算数". */
  message: string;
  /**
   * The same in English, for an English pane and `--lang en`; field ids, sheet names, cells and
   * values stay as they are, e.g. "Missing from the base data: 上年三公经费预算数".
   */
  messageEn: string;
}

export interface BaseData {
  sheetName: string;
  /** The evaluation year (本年), when known. */
  year?: number;
  /** 填报单位, when the sheet names it. */
  unitName?: string;
  /** Every catalogue field that was found (by label), keyed by field id. */
  figures: Record<string, Figure>;
  problems: Problem[];
  /**
   * Every text cell with a value right of it or below it, catalogue label or not: how a custom
   * scheme finds "调查人数" (findFigure in src/scorecard/reader/findFigure.ts).
   */
  labels?: LabelledValue[];
}

export interface LabelledValue {
  label: string;
  labelAddress: string;
  /** The value cell. */
  address: string;
  raw: CellValue;
}
