/**
 * Reading an input cell, as a pair: the engine's reader and the native formula's twin, which agree
 * on every cell (a number, text, a boolean). A rule kind reads its input with one of these before
 * its rule applies, in evaluate and, through the planner's reading cell, in its Excel formula.
 */
import { D, fmtPct, guard, guardNumber } from "../decimal";
import { divZero, valueError } from "../errors";
import { asc, inputNumber, xInputNumber, xShapeOfNumber } from "../numericText";
import { quoteInput } from "../parse";
import { cellText, excelTrim, xstr } from "./common";

export interface Reader<V> {
  /** The engine's reading of a non-blank input; throws PerfError for input it cannot take. */
  read(input: unknown, subject: string): V;
  /**
   * The native twin: an expression reading the non-blank cell `ref` to a number or text (what the
   * kind's excel takes), or an error exactly where `read` throws.
   */
  excel(ref: string): string;
}

/** A number: "3", "３", "3例", "5分", "103%", "１０３％", "1.03" (see inputNumber). */
export const numberReader: Reader<D> = {
  read(input, subject) {
    const n = inputNumber(input);
    if (n !== undefined) return n;
    if (typeof input === "boolean")
      throw valueError(`${subject}应为数字，不能是逻辑值${input ? "TRUE" : "FALSE"}`);
    throw valueError(`${subject}“${quoteInput(input)}”不是数字`);
  },
  excel: xInputNumber,
};

/** Text as typed, trimmed as TRIM trims (a number as Excel writes it: 124 → "124"). */
export const textReader: Reader<string> = {
  read: (input) => excelTrim(cellText(input)),
  excel: (ref) => `TRIM(${ref}&"")`,
};

/** A result of score/max ("92/100") or a ratio ("92%", "0.92"). */
export interface Fraction {
  ratio: D;
  /** For 扣分说明 only (built when explained). */
  text(): string;
}

/** One side of "92/100": plain digits with an optional decimal part, after ASC and spaces. */
const PART = /^(\d{1,32}(?:\.\d{1,32})?|\.\d{1,32})$/;
const PART_SHAPES = "）0）0.0）.0）";
/** ASC's and TRIM's twins on a fraction's text, spaces (ideographic, no-break) taken out. */
const squeeze = (s: string) => asc(s).replace(/[ \u3000\u00A0]/g, "");

/** Excel pieces of a "92/100" in cell `ref`: its squeezed text, where the slash is, both sides. */
export function xFractionParts(ref: string) {
  const t = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(ASC(T(${ref})),${xstr(" ")},""),${xstr("\u3000")},""),${xstr("\u00A0")},"")`;
  const slash = `FIND("/",${t})`;
  return { t, slash, num: `LEFT(${t},${slash}-1)`, den: `MID(${t},${slash}+1,99)` };
}

/**
 * "考核得分/考核分值" such as "92/100" or "９２／１００" (score ≤ max is not required: 分值 caps the
 * score), or the ratio itself, at most 100% ("92%", "0.92").
 */
export const fractionReader: Reader<Fraction> = {
  read(input, subject) {
    const text = typeof input === "string" ? squeeze(input) : undefined;
    if (text !== undefined && text.includes("/")) {
      const [a, b, ...rest] = text.split("/");
      if (rest.length || !PART.test(a) || !PART.test(b))
        throw valueError(`${subject}“${quoteInput(input)}”应写作“考核得分/考核分值”，如“92/100”`);
      const num = new D(a);
      const den = new D(b);
      if (den.isZero()) throw divZero(`${subject}的考核分值为0，无法计算`);
      return {
        ratio: num.dividedBy(den),
        text: () => `考核得分${num.toString()}/${den.toString()}`,
      };
    }
    const ratio = numberReader.read(input, subject);
    if (ratio.lessThan(0) || ratio.greaterThan(1))
      throw valueError(
        `${subject}“${quoteInput(input)}”应写作“考核得分/考核分值”（如“92/100”）或不超过100%的得分率`
      );
    return { ratio, text: () => `考核得分率${fmtPct(ratio)}` };
  },

  excel(ref) {
    const { t, slash, num, den } = xFractionParts(ref);
    const n = xInputNumber(ref);
    const plain = `IF(OR(${n}<0,${n}>1),NA(),${n})`;
    const wellFormed = `AND(ISERROR(FIND("/",${t},${slash}+1)),${xShapeOfNumber(num, PART_SHAPES)},${xShapeOfNumber(den, PART_SHAPES)})`;
    return `IF(ISNUMBER(${slash}),IF(${wellFormed},VALUE(${num})/VALUE(${den}),NA()),${plain})`;
  },
};

/** A rate (fraction: 103% is 1.03), guarded to 9 places as every rate is. */
export const rateReader: Reader<D> = {
  read(input, subject) {
    if (typeof input === "number" && Number.isFinite(input)) return guardNumber(input);
    return guard(numberReader.read(input, subject));
  },
  excel: xInputNumber,
};
