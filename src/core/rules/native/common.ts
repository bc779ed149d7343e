/**
 * Pieces of native Excel expressions shared by the rule kinds' native twins (./<kind>.ts): the
 * guarded value, the clamped score, the excess past a threshold and the 扣分说明 text pieces.
 * Only the planner loads this folder, so the custom functions' bundle carries none of it.
 */
import { D, xl, ZERO } from "../../decimal";
import { directionWord, xstr } from "../common";
import type { Direction } from "../types";

// --- Excel expression pieces; ref is a cell reference, x an expression ---

/** The guarded value: ROUND(ref,9). */
export const xv = (ref: string) => `ROUND(${ref},9)`;

/** A final score: guard, then 2 places, clamped to [0, max]. */
export const xscore = (x: string, max: string) => `ROUND(ROUND(MAX(0,MIN(${max},${x})),9),2)`;

/** Excel expression for the excess, mirroring excessOf. */
export function xexcess(v: string, threshold: string, direction: Direction): string {
  if (direction === "above") return `MAX(0,${v}-${threshold})`;
  if (direction === "below") return `MAX(0,${threshold}-${v})`;
  return `ABS(${v}-${threshold})`;
}

// --- Native 扣分说明: text expressions that write what explain() writes ---

/** Text pieces joined with &: a string is a literal, { x } an expression. */
export function xcat(...parts: Array<string | { x: string }>): string {
  return parts.map((p) => (typeof p === "string" ? xstr(p) : p.x)).join("&");
}

/** fmt's twin: x at `places` decimals, trailing zeros dropped (Excel writes 92.5, not 92.50). */
export const xfmt = (x: string, places = 2): { x: string } => ({
  x: `ROUND(ROUND(${x},9),${places})`,
});

/**
 * fmtApart's twin on x (a number expression): at `places` decimals, or more while that shows x
 * equal to a value in `apart` that it is not. Edges lie further apart than half a unit in the last
 * place shown, so only the edge x rounds to can be the one it must be kept apart from.
 */
function xApart(x: string, apart: readonly D[], places: number): string {
  const g = `ROUND(${x},9)`;
  const at = (p: number) => `ROUND(${g},${p})`;
  if (apart.length === 0) return at(places);
  const shown = at(places);
  let deeper = at(9);
  for (let p = 8; p > places; p--) deeper = `IF(${at(p)}<>${shown},${at(p)},${deeper})`;
  const onEdge = apart.map((a) => `${shown}=${xl(a)}`);
  return `IF(OR(${g}=${shown},NOT(OR(${onEdge.join(",")}))),${shown},${deeper})`;
}

/** fmtPct's twin: a rate as a percentage ("87.98%"), kept apart from the rates in `apartFrom`. */
export function xpct(rate: string, apartFrom: readonly D[] = []): { x: string } {
  const hundred = apartFrom.map((a) => a.times(100));
  return { x: `${xApart(`(${rate})*100`, hundred, 2)}&"%"` };
}

/** fmtPoints's twin: percentage points of a rate difference, never "0" for a difference. */
export const xpoints = (diff: string): { x: string } => ({
  x: xApart(`(${diff})*100`, [ZERO], 2),
});

/** directionWord's twin. */
export const xdirectionWord = (
  direction: Direction,
  v: string,
  threshold: string
): { x: string } =>
  direction === "both"
    ? { x: `IF(${v}>${threshold},"高于","低于")` }
    : { x: xstr(directionWord(direction, ZERO, ZERO)) };

/** The tail of a deduction: "扣2分，得3分", or "应扣7.5分，扣完为止，得0分" when it reaches 分值. */
export function xdeductTail(raw: string, max: D, score: string): { x: string } {
  const m = xl(max);
  return {
    x: `IF(ROUND(${raw},9)>=${m},${xcat("应扣", xfmt(raw), "分，扣完为止，得0分")},${xcat("扣", xfmt(`${m}-${score}`), "分，得", xfmt(score), "分")})`,
  };
}
