/**
 * Numbers typed as text, read alike by the engine and by native Excel: each reader is a pair of a
 * native expression (./native/numericText.ts, loaded only by the planner) and its TypeScript twin
 * here. Base figures: xNumber / portableNumber (what portable value formulas wrap around every
 * figure reference). Self-evaluation inputs: xInputNumber / inputNumber, a stricter reading the
 * native formula can check by itself (the rule kinds use it). Pure: strings in, strings or Decimals out.
 */
import { D, ZERO } from "./decimal";
import { COUNT_UNITS, MONEY_UNITS } from "./parse";
import { isBlankCell } from "./rules/common";

/**
 * parse.ts's unit words, longest first (so that of 万元 and 元 the longer is cut, as its regular
 * expression does), with ㎡, which is m2 there after NFKC.
 */
export const X_UNITS: readonly string[] = [...MONEY_UNITS, ...COUNT_UNITS, "㎡"].sort(
  (a, b) => b.length - a.length
);

/** Marks an accounting negative's closing parenthesis: full-width, so never left in the text by ASC. */
const CLOSE = "）";

export type Steps = ReadonlyArray<readonly [string, string]>;

/** Before ASC: the full-width yen sign, which ASC may make a backslash (LibreOffice does). */
export const X_YEN: Steps = [["\uFFE5", "¥"]];

/** After ASC: drop the spaces ASC leaves (ideographic, no-break); the minus signs normalizeText unifies. */
export const X_CLEAN: Steps = [
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
export const X_READ: Steps = [
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

/** ASC's twin: full-width ASCII (U+FF01–FF5E) to half-width, nothing else (NFKC would also read "①"). */
export function asc(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** xFolded's twin. */
function folded(input: string): string {
  const apply = (x: string, steps: Steps) =>
    steps.reduce((acc, [from, to]) => acc.split(from).join(to), x);
  return apply(` ${apply(asc(apply(input, X_YEN)), X_CLEAN)} `, X_READ);
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
  const m = X_VALUE.exec(folded(input));
  if (!m) return undefined;
  const d = new D((m[2] ?? m[3]).replace(/,/g, ""));
  const signed = m[1] === "-" || m[3] !== undefined ? d.negated() : d;
  return m[4] ? signed.dividedBy(100) : signed;
}

// --- Self-evaluation inputs ---
//
// An input is typed after the 计分表 is made, so the planner cannot match its text as it does a
// base figure's: the native formula must itself refuse what VALUE reads but the engine does not
// ("1:30", "1e3", "3-", "2020-1-1", "1,000"). It checks the shape of the folded text: digits made
// 0, runs of 0 halved five times (so a run of up to 32 digits is one 0), the result looked up in a
// list of the shapes a number may take. "）" delimits the list: the fold leaves none in a text.

export const MAX_RUN = 32;
const INPUT_NUMBER = new RegExp(
  String.raw`^([+-]?)(\d{1,${MAX_RUN}}(?:\.\d{1,${MAX_RUN}})?|\.\d{1,${MAX_RUN}})(%?)$`
);

/**
 * A self-evaluation input as a number, or undefined where xInputNumber shows an error: a number;
 * or text that, folded as a base figure's (full-width to half-width, spaces, one unit word), is a
 * plain number with an optional sign and "%" ("3", "３", "3例", "103%", "１０３％", "+1.03"). No
 * thousands separators or accounting brackets: neither is needed for a count, a score or a rate,
 * and the native formula could not tell them from what VALUE misreads.
 */
export function inputNumber(input: unknown): D | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? new D(input) : undefined;
  if (D.isDecimal(input)) return input as D;
  if (typeof input !== "string") return undefined;
  const m = INPUT_NUMBER.exec(excelTrimSpaces(folded(input)));
  if (!m) return undefined;
  const d = new D(m[2]);
  const signed = m[1] === "-" ? d.negated() : d;
  return m[3] ? signed.dividedBy(100) : signed;
}

/** TRIM's twin on folded text (where only the sentinels are spaces, collapse is moot). */
const excelTrimSpaces = (s: string) => s.replace(/ +/g, " ").replace(/^ | $/g, "");
