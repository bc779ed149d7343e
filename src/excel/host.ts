/** Where the adapter runs its batches: Excel itself (officeHost.ts) or a fake workbook in tests. */
import type { XlRequestContext } from "./api";

export interface ExcelHost {
  /** Runs a batch with a fresh request context (Excel.run). */
  run<T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T>;
  /** Whether the host supports ExcelApi `version`, e.g. "1.13". */
  supports(version: string): boolean;
}
