/**
 * Reading an input cell, as a pair: the engine's reader here and the native formula's twin in
 * ./native/readers.ts (looked up by the reader's id, so a kind cannot pair them wrongly), which
 * agree on every cell (a number, text, a boolean). A rule kind reads its input with one of these
 * before its rule applies, in evaluate and, through the planner's reading cell, in its formula.
 */
import { D, fmtPct, guard, guardNumber } from "../decimal";
import { divZero, valueError } from "../errors";
import { asc, inputNumber } from "../numericText";
import { quoteInput } from "../parse";
import { cellText, excelTrim } from "./common";

export type ReaderId = "number" | "text" | "fraction" | "rate";

export interface Reader<V> {
  /** Names the native twin (NATIVE_READERS in ./native/readers.ts). */
  id: ReaderId;
  /** The engine's reading of a non-blank input; throws PerfError for input it cannot take. */
  read(input: unknown, subject: string): V;
}

/** A number: "3", "３", "3例", "5分", "103%", "１０３％", "1.03" (see inputNumber). */
export const numberReader: Reader<D> = {
  id: "number",
  read(input, subject) {
    const n = inputNumber(input);
    if (n !== undefined) return n;
    if (typeof input === "boolean")
      throw valueError(`${subject}应为数字，不能是逻辑值${input ? "TRUE" : "FALSE"}`);
    throw valueError(`${subject}“${quoteInput(input)}”不是数字`);
  },
};

/** Text as typed, trimmed as TRIM trims (a number as Excel writes it: 124 → "124"). */
export const textReader: Reader<string> = {
  id: "text",
  read: (input) => excelTrim(cellText(input)),
};

/** A result of score/max ("92/100") or a ratio ("92%", "0.92"). */
export interface Fraction {
  ratio: D;
  /** For 扣分说明 only (built when explained). */
  text(): string;
}

/** One side of "92/100": plain digits with an optional decimal part, after ASC and spaces (twin: PART_SHAPES in ./native/readers.ts). */
const PART = /^(\d{1,32}(?:\.\d{1,32})?|\.\d{1,32})$/;
/** ASC's and TRIM's twins on a fraction's text, spaces (ideographic, no-break) taken out. */
const squeeze = (s: string) => asc(s).replace(/[ \u3000\u00A0]/g, "");

/**
 * "考核得分/考核分值" such as "92/100" or "９２／１００" (score ≤ max is not required: 分值 caps the
 * score), or the ratio itself, at most 100% ("92%", "0.92").
 */
export const fractionReader: Reader<Fraction> = {
  id: "fraction",
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
};

/** A rate (fraction: 103% is 1.03), guarded to 9 places as every rate is. */
export const rateReader: Reader<D> = {
  id: "rate",
  read(input, subject) {
    if (typeof input === "number" && Number.isFinite(input)) return guardNumber(input);
    return guard(numberReader.read(input, subject));
  },
};
