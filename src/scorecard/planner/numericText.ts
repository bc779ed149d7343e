/**
 * A base figure as a number, read by native Excel the way parseNumericText reads text: what
 * portable value formulas wrap around every figure reference, and its twin for the planner.
 */
import { D, ZERO } from "../../core/decimal";
import { COUNT_UNITS, MONEY_UNITS } from "../../core/parse";
import { isBlankCell, xBlankCell, xstr } from "../../core/rules/common";

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
