/** Binds every registry function to Excel's custom-functions runtime (no Office types needed to test it). */
import { FUNCTIONS, callFunction } from "./registry";
import type { ExcelErrorCode } from "../core";

/** The parts of the CustomFunctions namespace we use. */
export interface CustomFunctionsApi {
  associate(id: string, fn: (...args: any[]) => unknown): void;
  Error: new (code: any, message?: string) => unknown;
  ErrorCode: Record<"invalidValue" | "notAvailable" | "divisionByZero" | "invalidNumber", unknown>;
}

const CODE_NAMES: Record<ExcelErrorCode, keyof CustomFunctionsApi["ErrorCode"]> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
};

/** Excel shows custom messages only for #VALUE! and #N/A; others must be created without one. */
const TAKES_MESSAGE = new Set<ExcelErrorCode>(["#VALUE!", "#N/A"]);

export function bindFunctions(cf: CustomFunctionsApi): string[] {
  const ids: string[] = [];
  for (const spec of FUNCTIONS) {
    cf.associate(spec.id, (...args: unknown[]) => {
      const r = callFunction(spec.id, args);
      if (r.ok) return r.value;
      const code = cf.ErrorCode[CODE_NAMES[r.error.code]];
      return TAKES_MESSAGE.has(r.error.code)
        ? new cf.Error(code, r.error.message)
        : new cf.Error(code);
    });
    ids.push(spec.id);
  }
  return ids;
}
