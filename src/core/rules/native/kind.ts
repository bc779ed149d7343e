/** The native Excel twin of a rule kind (../kind.ts): its score and its 扣分说明 as formulas. */
import type { D } from "../../decimal";

/** The cells a native 扣分说明 reads. */
export interface ExplainCells {
  /** The value cell as typed (or computed). */
  input: string;
  /** The value as the kind's reader reads it (what score takes). */
  read: string;
  /** The score cell. */
  score: string;
}

export interface NativeKind<R> {
  /**
   * A native Excel expression (no leading "=") computing evaluate's score from `v`, a cell (or
   * expression) holding what the kind's native reader reads from a non-blank input — for a
   * computed 指标值, the value cell itself. Only functions Excel, WPS and LibreOffice share.
   */
  score(rule: R, max: D, v: string): string;
  /**
   * explain's twin: a text expression writing the same 扣分说明 for the value that `score` scored,
   * from the cells in `at` (the input as typed, the value read as score takes it, the score).
   * It must stay within Excel's limits (8,192 characters, 64 levels of nesting).
   */
  explain(rule: R, max: D, at: ExplainCells, subject: string): string;
  /** The 扣分说明 when `score` gives an error for a computed value (bands: no band holds it). */
  unscorable?(rule: R, read: string, subject: string): string;
}
