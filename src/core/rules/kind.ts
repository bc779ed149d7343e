/** The contract every rule kind implements: read, evaluate, explain, emit Excel, describe its input. */
import type { D } from "../decimal";
import type { Reader } from "./readers";

export type InputKind = "rate" | "ticks" | "level" | "count" | "fraction" | "score";

/** What an indicator's input cell expects; drives data validation and input messages. */
export interface InputSpec {
  kind: InputKind;
  /** Short Chinese instruction (fits Excel's 255-character input message). */
  hint: string;
  /** Values for a dropdown: the allowed ones, or only suggestions when `open` is set. */
  list?: string[];
  /** Other input than the list is fine too (ticks may also be typed "1,2,4"). */
  open?: boolean;
  min?: number;
  max?: number;
  whole?: boolean;
  /** Lines for the input message under the hint: the items a checklist or a per-case rule names. */
  details?: string[];
}

/** A score, with its 扣分说明 built only when asked for (SCORE is hot, EXPLAIN is not). */
export interface Scored {
  score: D;
  explain(): string;
}

/** The cells a native 扣分说明 reads. */
export interface ExplainCells {
  /** The value cell as typed (or computed). */
  input: string;
  /** The value as the kind's reader reads it (what excel takes). */
  read: string;
  /** The score cell. */
  score: string;
}

export interface RuleKind<R> {
  /**
   * How an input is read before the rule applies: the engine's reader, which evaluate uses, and
   * its native twin, whose result excel takes (the planner puts it in a reading cell).
   */
  reader: Reader<unknown>;
  /** Problems with the parameters, in Chinese; empty when sane. */
  validate(rule: R, max: D): string[];
  /** Score a non-blank input. Throws PerfError for input the rule cannot take. */
  evaluate(rule: R, max: D, input: unknown, subject: string): Scored;
  /**
   * A native Excel expression (no leading "=") computing the same score from `v`, a cell (or
   * expression) holding what `reader.excel` reads from a non-blank input — for a computed 指标值,
   * the value cell itself. Only functions Excel, WPS and LibreOffice share.
   */
  excel(rule: R, max: D, v: string): string;
  input(rule: R, max: D, subject: string): InputSpec;
  /**
   * explain's native twin: a text expression writing the same 扣分说明 for the value that `excel`
   * scored, from the cells in `at` (the input as typed, the value read as excel takes it, the score).
   * It must stay within Excel's limits (8,192 characters, 64 levels of nesting).
   */
  explainExcel(rule: R, max: D, at: ExplainCells, subject: string): string;
  /** The 扣分说明 when `excel` gives an error for a computed value (bands: no band holds it). */
  unscorableExcel?(rule: R, read: string, subject: string): string;
  /** The parameters in plain Chinese (docs/RULES.md, the pane's scheme view); `max` is 分值. */
  describe(rule: R, max: number): string;
  /** A line for the 计分表's 说明 on how the rule counts, when it needs one. */
  note?(rule: R): string | undefined;
}
