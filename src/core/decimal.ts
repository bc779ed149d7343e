/** The engine's number type: decimal.js, configured once. Excel-like rounding (half away from zero). */
import Decimal from "decimal.js";

export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type D = Decimal;

/**
 * Rates and intermediate results are compared at 9 decimal places, in the engine and in
 * generated Excel formulas alike (ROUND(x,9)): this erases binary noise such as
 * (1.15-1)/0.05 = 2.9999999999999982 while keeping 0.0000001 percentage points of resolution.
 */
export const GUARD_PLACES = 9;

export const ZERO = new D(0);
export const ONE = new D(1);
export const HUNDRED = new D(100);

export function dec(x: Decimal.Value): D {
  return new D(x);
}

export function guard(x: D): D {
  return x.decimalPlaces() > GUARD_PLACES ? x.toDecimalPlaces(GUARD_PLACES, D.ROUND_HALF_UP) : x;
}

/** Scores: guard against noise, then 2 places half away from zero, like Excel's ROUND(x,2). */
export function roundScore(x: D): D {
  const g = guard(x);
  return g.decimalPlaces() > 2 ? g.toDecimalPlaces(2, D.ROUND_HALF_UP) : g;
}

export function clamp(x: D, lo: D, hi: D): D {
  return x.lessThan(lo) ? lo : x.greaterThan(hi) ? hi : x;
}

const constants = new Map<number, D>();

/**
 * A rule parameter (a JS number from scheme data) as a Decimal, memoised: schemes reuse a few
 * dozen constants and converting a number costs more than the arithmetic that follows.
 */
export function constant(x: number): D {
  let d = constants.get(x);
  if (d === undefined) {
    if (constants.size > 10000) constants.clear();
    d = new D(x);
    constants.set(x, d);
  }
  return d;
}

/** "4.81", "5", "0.5": at most `places` decimals, no trailing zeros. */
export function fmt(x: D, places = 2): string {
  return x.toDecimalPlaces(places, D.ROUND_HALF_UP).toString();
}

/** A rate (fraction) as a percentage: 0.8798 -> "87.98%". */
export function fmtPct(rate: D, places = 2): string {
  return fmt(rate.times(HUNDRED), places) + "%";
}

/** Percentage points of a rate difference: 0.1202 -> "12.02". */
export function fmtPoints(diff: D, places = 2): string {
  return fmt(diff.times(HUNDRED), places);
}

/** A number literal for an Excel formula: plain notation, negatives parenthesised. */
export function xl(x: D | number): string {
  const d = typeof x === "number" ? new D(x) : x;
  const s = d.toFixed();
  return d.isNegative() && !d.isZero() ? `(${s})` : s;
}
