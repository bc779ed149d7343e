/**
 * Helpers for the boundary and property tests: they call the engine only through the public
 * PERF function registry (callFunction), the way a cell or the command line does.
 */
import { callFunction } from "../../src/functions/registry";

export const ERROR_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"];

/** Contains at least one CJK character: error messages are Chinese. */
export const CHINESE = /[\u4e00-\u9fff]/;

function describeCall(id: string, args: readonly unknown[]): string {
  return `PERF.${id}(${args.map((a) => JSON.stringify(a)).join(", ")})`;
}

/** The value of a call that must succeed; a failure shows the engine's error. */
export function value(id: string, ...args: unknown[]): unknown {
  const r = callFunction(id, args);
  if (!r.ok) throw new Error(`${describeCall(id, args)} → ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** The error of a call that must fail. */
export function failure(id: string, ...args: unknown[]): { code: string; message: string } {
  const r = callFunction(id, args);
  if (r.ok) throw new Error(`${describeCall(id, args)} should fail but gave ${JSON.stringify(r.value)}`);
  return { code: r.error.code, message: r.error.message };
}

export const score = (indicator: string, v: unknown, scheme?: string): unknown =>
  scheme === undefined ? value("SCORE", indicator, v) : value("SCORE", indicator, v, scheme);

export const explain = (indicator: string, v: unknown, scheme?: string): string => {
  const e = scheme === undefined ? value("EXPLAIN", indicator, v) : value("EXPLAIN", indicator, v, scheme);
  if (typeof e !== "string") throw new Error(`EXPLAIN returned ${JSON.stringify(e)}`);
  return e;
};

export const scoreError = (indicator: string, v: unknown, scheme?: string) =>
  scheme === undefined ? failure("SCORE", indicator, v) : failure("SCORE", indicator, v, scheme);

/** An input the rule text does not cover: an error (any Excel error code) with a Chinese message. */
export function expectRejected(err: { code: string; message: string }): void {
  expect(ERROR_CODES).toContain(err.code);
  expect(err.message).toMatch(CHINESE);
}

/** "得4.5分" / "得4.50分": a score as it may be written in an explanation (trailing zeros optional). */
export function scorePattern(s: number): RegExp {
  const [int, frac = ""] = String(s).split(".");
  const fracPart = frac ? `\\.${frac}0*` : `(\\.0+)?`;
  return new RegExp(`(^|[^0-9.])${int}${fracPart}分`);
}

/** "107%" / "107.00%": a percentage as written in an explanation. */
export function percentPattern(p: string): RegExp {
  const [int, frac = ""] = p.split(".");
  const fracPart = frac ? `\\.${frac}0*` : `(\\.0+)?`;
  return new RegExp(`(^|[^0-9.])${int}${fracPart}%`);
}
