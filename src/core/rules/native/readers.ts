/**
 * The native twins of the engine's input readers (../readers.ts): an expression reading the
 * non-blank cell `ref` to a number or text (what the kind's native score takes), or an error
 * exactly where the engine's reader throws. Keyed by the reader's id, so each kind's pair is fixed.
 */
import { xInputNumber, xShapeOfNumber } from "../../native/numericText";
import { xstr } from "../common";
import type { ReaderId } from "../readers";

/** PART's shapes (../readers.ts) for xShapeOfNumber: digits, digits.digits, .digits. */
const PART_SHAPES = "）0）0.0）.0）";

/** Excel pieces of a "92/100" in cell `ref`: its squeezed text, where the slash is, both sides. */
export function xFractionParts(ref: string) {
  const t = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(ASC(T(${ref})),${xstr(" ")},""),${xstr("\u3000")},""),${xstr("\u00A0")},"")`;
  const slash = `FIND("/",${t})`;
  return { t, slash, num: `LEFT(${t},${slash}-1)`, den: `MID(${t},${slash}+1,99)` };
}

function xFraction(ref: string): string {
  const { t, slash, num, den } = xFractionParts(ref);
  const n = xInputNumber(ref);
  const plain = `IF(OR(${n}<0,${n}>1),NA(),${n})`;
  const wellFormed = `AND(ISERROR(FIND("/",${t},${slash}+1)),${xShapeOfNumber(num, PART_SHAPES)},${xShapeOfNumber(den, PART_SHAPES)})`;
  return `IF(ISNUMBER(${slash}),IF(${wellFormed},VALUE(${num})/VALUE(${den}),NA()),${plain})`;
}

export const NATIVE_READERS: Record<ReaderId, (ref: string) => string> = {
  number: xInputNumber,
  text: (ref) => `TRIM(${ref}&"")`,
  fraction: xFraction,
  rate: xInputNumber,
};
