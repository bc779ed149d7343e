/** Binds every registry function to Excel's custom-functions runtime (no Office types needed to test it). */
import { FUNCTIONS } from "./registry/definitions";
import { callFunction } from "./registry/run";
import { provideRuleReader, ruleReaderReady } from "./registry/ruleReader";
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

/** The rule-text reader as its own chunk, fetched once, at the first function that reads a text. */
let loading: Promise<void> | undefined;
function loadRuleReader(): Promise<void> {
  loading ??= import(/* webpackChunkName: "ruletext" */ "../core/ruleText").then((m) =>
    provideRuleReader(m.ruleOfText)
  );
  return loading;
}

export function bindFunctions(cf: CustomFunctionsApi): string[] {
  const ids: string[] = [];
  for (const spec of FUNCTIONS) {
    const call = (args: unknown[]) => {
      const r = callFunction(spec.id, args);
      if (r.ok) return r.value;
      const code = cf.ErrorCode[CODE_NAMES[r.error.code]];
      return TAKES_MESSAGE.has(r.error.code)
        ? new cf.Error(code, r.error.message)
        : new cf.Error(code);
    };
    cf.associate(spec.id, (...args: unknown[]) =>
      spec.needsRuleReader && !ruleReaderReady()
        ? loadRuleReader().then(
            () => call(args),
            () =>
              new cf.Error(
                cf.ErrorCode.notAvailable,
                "评价标准读取器加载失败，请检查网络后重新计算（F9）"
              )
          )
        : call(args)
    );
    ids.push(spec.id);
  }
  return ids;
}
