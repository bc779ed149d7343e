/** The contract every rule kind implements: evaluate, explain, emit Excel, describe its input. */
import type { D } from "../decimal";

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
}

/** A score, with its 扣分说明 built only when asked for (SCORE is hot, EXPLAIN is not). */
export interface Scored {
  score: D;
  explain(): string;
}

export interface RuleKind<R> {
  /** Problems with the parameters, in Chinese; empty when sane. */
  validate(rule: R, max: D): string[];
  /** Score a non-blank input. Throws PerfError for input the rule cannot take. */
  evaluate(rule: R, max: D, input: unknown, subject: string): Scored;
  /**
   * A native Excel expression (no leading "=") computing the same score from the input
   * cell `ref`, which is known to be non-blank. Only functions Excel, WPS and LibreOffice share.
   */
  excel(rule: R, max: D, ref: string): string;
  input(rule: R, max: D, subject: string): InputSpec;
}
