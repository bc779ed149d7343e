/** What every benchmark returns: tables for the report plus the raw samples. */

export interface Row {
  /** What was measured. */
  measure: string;
  /** Median over the runs (a number in `unit`, or text). */
  median: number | string;
  unit?: string;
  /** The baseline measured in the same run, and what it is. */
  baseline?: number | string;
  /** median / baseline or baseline / median, whichever the row explains in `ratioNote`. */
  ratio?: number;
  ratioNote?: string;
  target?: string;
  /** "met", "missed" or "" when the row has no target. */
  verdict?: "met" | "missed" | "";
  /** Individual runs (for the spread). */
  samples?: number[];
}

export interface BenchResult {
  id: string;
  title: string;
  rows: Row[];
  /** Anything else worth printing (counts, sizes, agreement checks). */
  details?: Record<string, unknown>;
  /** Further tables (analysis), printed after the main one. */
  tables?: Table[];
  notes?: string[];
}

export interface BenchOptions {
  /** Reduced sizes, for the smoke test: no numbers worth reporting. */
  quick: boolean;
  /** Where generated files go (bench/out/...). */
  outDir: string;
  /** Runs to take the median over. */
  runs?: number;
}

export interface Table {
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}
