/** Helpers shared by the rule kinds: input checks and Excel expression pieces. */
import { constant, D, fmt, fmtPct, xl, ZERO } from "../decimal";
import { valueError } from "../errors";
import { quoteInput } from "../parse";
import type { Direction } from "./types";

/** A whole, non-negative count `n` read from `input` (by numberReader). */
export function checkCount(n: D, input: unknown, subject: string, max?: number): D {
  if (!n.isInteger() || n.lessThan(0))
    // "-0" is 0, as in Excel
    throw valueError(`${subject}应为不小于0的整数，而不是“${quoteInput(input)}”`);
  if (max !== undefined && n.greaterThan(max))
    throw valueError(`${subject}应在0至${max}之间，而不是“${quoteInput(input)}”（填写个数，如3）`);
  return n;
}

/** A rule parameter in words: 0.05 → "5%", 0.5 → "0.5" (for describe). */
export const pct = (x: number) => fmtPct(constant(x));
export const pts = (x: number) => fmt(constant(x));

/** Excel's TRIM: strip and collapse ASCII spaces only, so both dialects agree. */
export function excelTrim(s: string): string {
  if (
    s === "" ||
    (s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !s.includes("  "))
  )
    return s;
  return s.replace(/ +/g, " ").replace(/^ | $/g, "");
}

/** Blank as both dialects see it: empty, or only ASCII spaces (what TRIM removes). */
export function isBlankCell(input: unknown): boolean {
  if (input === null || input === undefined) return true;
  if (typeof input !== "string") return false;
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) !== 32) return false;
  return true;
}

/** Excel condition mirroring isBlankCell. */
export const xBlankCell = (ref: string) => `TRIM(${ref}&"")=""`;

/** Text of a cell as Excel's ref&"" gives it (numbers in plain notation). */
export function cellText(input: unknown): string {
  if (typeof input === "number") return String(input);
  if (typeof input === "boolean") return input ? "TRUE" : "FALSE";
  return String(input ?? "");
}

/** The distance past the threshold in the rule's direction (0 when within it). */
export function excessOf(v: D, threshold: D, direction: Direction): D {
  const diff = direction === "below" ? threshold.minus(v) : v.minus(threshold);
  if (direction === "both") return diff.abs();
  return diff.isNegative() ? ZERO : diff;
}

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

/** A string literal for a formula: quotes doubled, so no label can break out of it. */
export function xstr(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export const directionWord = (direction: Direction, v: D, threshold: D): string =>
  direction === "above"
    ? "超过"
    : direction === "below"
      ? "低于"
      : v.greaterThan(threshold)
        ? "高于"
        : "低于";

export const stepWord = (direction: Direction): string =>
  direction === "above" ? "超过" : direction === "below" ? "低于" : "偏离";

/** A value on the full-marks side of the threshold: "未超过100%". */
export const withinWord: Record<Direction, string> = {
  above: "未超过",
  below: "不低于",
  both: "等于",
};

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
