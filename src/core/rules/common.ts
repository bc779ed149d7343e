/** Helpers shared by the rule kinds: input coercion and Excel expression pieces. */
import { D, guard, guardNumber, ZERO } from "../decimal";
import { valueError } from "../errors";
import { COUNT_UNITS, MONEY_UNITS, parseNumber, quoteInput } from "../parse";
import type { Direction } from "./types";

/** A rate input (fraction), guarded to 9 places. */
export function rateInput(input: unknown, subject: string): D {
  if (typeof input === "number" && Number.isFinite(input)) return guardNumber(input);
  return guard(parseNumber(input, subject));
}

/** A whole, non-negative count. */
export function countInput(input: unknown, subject: string, max?: number): D {
  const n = parseNumber(input, subject);
  if (!n.isInteger() || n.isNegative())
    throw valueError(`${subject}应为不小于0的整数，而不是“${quoteInput(input)}”`);
  if (max !== undefined && n.greaterThan(max))
    throw valueError(`${subject}应在0至${max}之间，而不是“${quoteInput(input)}”（填写个数，如3）`);
  return n;
}

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

// --- A base figure as a number, read in native Excel the way parseNumericText reads text ---

/**
 * parse.ts's unit words, longest first (so that of 万元 and 元 the longer is cut, as its regular
 * expression does), with ㎡, which is m2 there after NFKC.
 */
export const X_UNITS: readonly string[] = [...MONEY_UNITS, ...COUNT_UNITS, "㎡"].sort(
  (a, b) => b.length - a.length
);

/** Marks an accounting negative's closing parenthesis: full-width, so never left in the text by ASC. */
const CLOSE = "）";

type Steps = ReadonlyArray<readonly [string, string]>;

/** Before ASC: the full-width yen sign, which ASC may make a backslash (LibreOffice does). */
const X_YEN: Steps = [["\uFFE5", "¥"]];

/** After ASC: drop the spaces ASC leaves (ideographic, no-break); the minus signs normalizeText unifies. */
const X_CLEAN: Steps = [
  [" ", ""],
  ["\u3000", ""],
  ["\u00A0", ""],
  ["\u2212", "-"],
  ["\u2013", "-"],
];

/**
 * Then, on " " & text & " " (the only spaces left: sentinels for its start and its end): move the
 * end sentinel inside a closing ")" at the end, where it sits after the unit of an accounting
 * negative ("(45人)") or a unit in brackets ("29.66(万元)"); cut one unit word before it (one at
 * most: cutting it takes the sentinel); drop the brackets a unit leaves empty; cut ¥ or $ after
 * the start sentinel; drop the end sentinel; put a "%" inside the parentheses outside them (VALUE
 * reads "(3.5)%", not "(3.5%)"); spoil a stray ")".
 */
const X_READ: Steps = [
  [") ", " " + CLOSE],
  ...X_UNITS.map((u) => [u + " ", ""] as const),
  ["(" + CLOSE, ""],
  [" ¥", " "],
  [" $", " "],
  [" " + CLOSE, CLOSE],
  ["%" + CLOSE, CLOSE + "%"],
  [")", "X"],
  [CLOSE, ")"],
];

/**
 * Excel expression: the number in a base figure's cell, as parseNumericText reads it (portable
 * value formulas read every figure through it). A number passes through unchanged; a blank cell
 * (or only spaces) is 0, callers testing blanks on the cell itself; text goes through ASC
 * (full-width to half-width) and the steps above to VALUE, which reads "2,886.58", "87.98%" and
 * "(3.5)" itself. A boolean or text the engine rejects ("约45", "45人人") is #VALUE!; so is text
 * with what the steps leave out ("①", "(−3.5)", other spaces): portableNumber, its twin, finds those.
 */
export function xNumber(ref: string): string {
  const fold = (x: string, steps: Steps) =>
    steps.reduce((acc, [from, to]) => `SUBSTITUTE(${acc},${xstr(from)},${xstr(to)})`, x);
  const text = fold(`" "&${fold(`ASC(${fold(`T(${ref})`, X_YEN)})`, X_CLEAN)}&" "`, X_READ);
  return `IF(ISNUMBER(${ref}),${ref},IF(${xBlankCell(ref)},0,VALUE(${text})))`;
}

const X_DIGITS = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+\.?\d*|\.\d+)`;
/** The texts VALUE reads alike in Excel and LibreOffice: signed or in parentheses, maybe a percentage. */
const X_VALUE = new RegExp(String.raw`^ ?(?:([+-]?)${X_DIGITS}|\(${X_DIGITS}\))(%?) ?$`);

/**
 * What xNumber gives for a cell's content, as excelTrim is TRIM's twin: the number, or undefined
 * where the formula shows an error. The planner compares it with the reader's number to find the
 * texts the formula cannot read the engine's way.
 */
export function portableNumber(input: unknown): D | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? new D(input) : undefined;
  if (isBlankCell(input)) return ZERO;
  if (typeof input !== "string") return undefined;
  const fold = (x: string, steps: Steps) =>
    steps.reduce((acc, [from, to]) => acc.split(from).join(to), x);
  const asc = fold(input, X_YEN).replace(/[\uFF01-\uFF5E]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0)
  );
  const m = X_VALUE.exec(fold(` ${fold(asc, X_CLEAN)} `, X_READ));
  if (!m) return undefined;
  const d = new D((m[2] ?? m[3]).replace(/,/g, ""));
  const signed = m[1] === "-" || m[3] !== undefined ? d.negated() : d;
  return m[4] ? signed.dividedBy(100) : signed;
}

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
