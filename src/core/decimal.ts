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

export function guard(x: D): D {
  return x.decimalPlaces() > GUARD_PLACES ? x.toDecimalPlaces(GUARD_PLACES, D.ROUND_HALF_UP) : x;
}

/**
 * guard(new D(x)) for a finite number, cheaper: new D(x) reads the shortest decimal text of x
 * (String(x)), so rounding that text half away from zero at 9 places and converting once gives
 * the same Decimal without building the 17-digit one first (a computed ratio has that many).
 */
export function guardNumber(x: number): D {
  const s = String(x);
  const dot = s.indexOf(".");
  if (dot < 0 || s.length - dot - 1 <= GUARD_PLACES || s.includes("e")) return guard(new D(x));
  const negative = s.charCodeAt(0) === 45; // "-"
  let kept = s.slice(negative ? 1 : 0, dot + GUARD_PLACES + 1);
  if (s.charCodeAt(dot + GUARD_PLACES + 1) >= 53) kept = incrementLast(kept); // next digit >= "5"
  return new D(negative ? "-" + kept : kept);
}

/** "0.129999999" -> "0.130000000", "9.999999999" -> "10.000000000": one unit in the last digit. */
function incrementLast(digits: string): string {
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === ".") continue;
    if (out[i] !== "9") {
      out[i] = String.fromCharCode(out[i].charCodeAt(0) + 1);
      return out.join("");
    }
    out[i] = "0";
  }
  return "1" + out.join("");
}

/** Scores: guard against noise, then 2 places half away from zero, like Excel's ROUND(x,2). */
export function roundScore(x: D): D {
  let places = x.decimalPlaces();
  if (places > GUARD_PLACES) {
    x = x.toDecimalPlaces(GUARD_PLACES, D.ROUND_HALF_UP);
    places = x.decimalPlaces();
  }
  return places > 2 ? x.toDecimalPlaces(2, D.ROUND_HALF_UP) : x;
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

/** Only to prove reciprocals exact: products of two 40-digit numbers fit in 100 digits. */
const Wide = D.clone({ precision: 100 });
const reciprocals = new Map<number, D | null>();

/**
 * x / c for a rule constant c. When 1/c is a finite decimal (steps such as 0.01, 0.05, 0.2) it is
 * x × (1/c): the same exact quotient, rounded the same way, by a multiplication instead of a long
 * division. Otherwise plain division.
 */
export function divideByConstant(x: D, c: number): D {
  let r = reciprocals.get(c);
  if (r === undefined) {
    const d = constant(c);
    const inverse = d.isZero() ? null : ONE.dividedBy(d);
    r = inverse && new Wide(inverse).times(new Wide(d)).equals(1) ? inverse : null;
    if (reciprocals.size > 1000) reciprocals.clear();
    reciprocals.set(c, r);
  }
  return r ? x.times(r) : x.dividedBy(constant(c));
}

/** "4.81", "5", "0.5": at most `places` decimals, no trailing zeros. */
export function fmt(x: D, places = 2): string {
  return x.toDecimalPlaces(places, D.ROUND_HALF_UP).toString();
}

/**
 * x at `places` decimals, or more (up to the guard) when that would show x equal to a value in
 * `apart` that it is not: 99.999% must not read as the 100% it falls short of.
 */
function fmtApart(x: D, apart: readonly D[], places: number): string {
  let p = places;
  while (
    p < GUARD_PLACES &&
    apart.some((a) => !a.equals(x) && x.toDecimalPlaces(p, D.ROUND_HALF_UP).equals(a))
  )
    p++;
  return fmt(x, p);
}

/** A rate (fraction) as a percentage: 0.8798 -> "87.98%"; kept apart from the rule's edges. */
export function fmtPct(rate: D, apartFrom: readonly D[] = [], places = 2): string {
  return (
    fmtApart(
      rate.times(HUNDRED),
      apartFrom.map((a) => a.times(HUNDRED)),
      places
    ) + "%"
  );
}

/** Percentage points of a rate difference: 0.1202 -> "12.02"; never "0" for a difference. */
export function fmtPoints(diff: D, places = 2): string {
  return fmtApart(diff.times(HUNDRED), [ZERO], places);
}

/** A number literal for an Excel formula: plain notation, negatives parenthesised. */
export function xl(x: D | number): string {
  const d = typeof x === "number" ? new D(x) : x;
  const s = d.toFixed();
  return d.isNegative() && !d.isZero() ? `(${s})` : s;
}
