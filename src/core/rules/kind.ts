/**
 * The contract every rule kind implements: read, evaluate, explain, describe its input. Its native
 * Excel twin (score, 扣分说明) is a NativeKind in ./native, which only the planner loads.
 */
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

export interface RuleKind<R> {
  /**
   * How an input is read before the rule applies: the engine's reader, which evaluate uses. Its
   * native twin (./native/readers.ts, found by the reader's id) is what the native score takes.
   */
  reader: Reader<unknown>;
  /** Problems with the parameters, in Chinese; empty when sane. */
  validate(rule: R, max: D): string[];
  /** Score a non-blank input. Throws PerfError for input the rule cannot take. */
  evaluate(rule: R, max: D, input: unknown, subject: string): Scored;
  input(rule: R, max: D, subject: string): InputSpec;
  /** The parameters in plain Chinese (docs/RULES.md, the pane's scheme view); `max` is 分值. */
  describe(rule: R, max: number): string;
  /** A line for the 计分表's 说明 on how the rule counts, when it needs one. */
  note?(rule: R): string | undefined;
}
