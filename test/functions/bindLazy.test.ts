/**
 * In Excel the rule-text reader is its own chunk: the first PERF.RULESCORE returns a promise that loads
 * it, later calls are synchronous. (Only bind.ts is imported here, as in functions.ts, not the registry
 * barrel that the command line uses, which provides the reader at once.)
 */
import { bindFunctions, type CustomFunctionsApi } from "../../src/functions/bind";

class CfError {
  constructor(
    readonly code: unknown,
    readonly message?: string
  ) {}
}

function bound(): Record<string, (...args: unknown[]) => unknown> {
  const fns: Record<string, (...args: unknown[]) => unknown> = {};
  const cf: CustomFunctionsApi = {
    associate: (id, fn) => void (fns[id] = fn),
    Error: CfError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
    },
  };
  bindFunctions(cf);
  return fns;
}

test("the first RULESCORE loads the reader and resolves to the score; later calls are synchronous", async () => {
  const fns = bound();
  const text = "≤100%计5分，每超过一个百分点扣0.5分，扣完为止";
  // Other functions never wait for it.
  expect(fns.CONTROLRATE(55, 50)).toBe(1.1);
  const first = fns.RULESCORE(text, 5, 1.03);
  expect(first).toBeInstanceOf(Promise);
  await expect(first).resolves.toBe(3.5); // 3 points over × 0.5
  expect(fns.RULESCORE(text, 5, 1.1)).toBe(0);
  const refused = fns.RULESCORE("二者择其一", 5, 1) as CfError;
  expect(refused).toBeInstanceOf(CfError);
  expect(refused.code).toBe("#N/A");
  expect(refused.message).toContain("择其一");
});
