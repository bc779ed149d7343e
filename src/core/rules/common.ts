/** Helpers shared by the rule kinds: input checks, cell text as Excel sees it, the words of 扣分说明. */
import { constant, D, fmt, fmtPct, ZERO } from "../decimal";
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
