/**
 * The native twins of ../numericText.ts's readers: Excel expressions reading a number typed as
 * text exactly where the engine reads one. Only the planner loads this (the generate chunk).
 */
import { xBlankCell, xstr } from "../rules/common";
import { MAX_RUN, type Steps, X_CLEAN, X_READ, X_YEN } from "../numericText";

/**
 * Excel expression: the number in a base figure's cell, as parseNumericText reads it (portable
 * value formulas read every figure through it). A number passes through unchanged; a blank cell
 * (or only spaces) is 0, callers testing blanks on the cell itself; text goes through ASC
 * (full-width to half-width) and the steps above to VALUE, which reads "2,886.58", "87.98%" and
 * "(3.5)" itself. A boolean or text the engine rejects ("约45", "45人人") is #VALUE!; so is text
 * with what the steps leave out ("①", "(−3.5)", other spaces): portableNumber, its twin, finds those.
 */
export function xNumber(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},IF(${xBlankCell(ref)},0,VALUE(${xFolded(ref)})))`;
}

const fold = (x: string, steps: Steps) =>
  steps.reduce((acc, [from, to]) => `SUBSTITUTE(${acc},${xstr(from)},${xstr(to)})`, x);

/** The text of cell `ref` folded by the steps above, between sentinel spaces: what xNumber gives VALUE. */
function xFolded(ref: string): string {
  return fold(`" "&${fold(`ASC(${fold(`T(${ref})`, X_YEN)})`, X_CLEAN)}&" "`, X_READ);
}

/** The shapes of an input number: a sign, digits with a decimal part or a leading point, a "%". */
const INPUT_SHAPES = ["", "+", "-"].flatMap((sign) =>
  ["0", "0.0", ".0"].flatMap((digits) => ["", "%"].map((pct) => sign + digits + pct))
);
const SHAPE_LIST = `）${INPUT_SHAPES.join("）")}）`;
/** Excel condition: the text `t` (no spaces in it) has the shape of a plain number, as INPUT_NUMBER says. */
export function xShapeOfNumber(t: string, shapes = SHAPE_LIST): string {
  let skeleton = t;
  for (const d of "123456789") skeleton = `SUBSTITUTE(${skeleton},"${d}","0")`;
  for (let run = MAX_RUN; run > 1; run /= 2) skeleton = `SUBSTITUTE(${skeleton},"00","0")`;
  return `ISNUMBER(FIND("）"&${skeleton}&"）",${xstr(shapes)}))`;
}

/**
 * Excel expression: a self-evaluation input's number, as inputNumber reads it. A number passes
 * unchanged; text is folded as xNumber folds a base figure ("３", "3例", "１０３％", " 5 分"), then
 * read by VALUE only when its shape is a plain number's; anything else is #N/A. The cell is known
 * to be non-blank.
 */
export function xInputNumber(ref: string): string {
  const t = `TRIM(${xFolded(ref)})`;
  return `IF(ISNUMBER(${ref}),${ref},IF(${xShapeOfNumber(t)},VALUE(${t}),NA()))`;
}
