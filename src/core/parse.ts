/** Reading numbers out of what real cells hold. */
import { D } from "./decimal";
import { valueError } from "./errors";
import { isBlank, normalizeText } from "./text";

/**
 * Unit words a number may carry, longest first. Money units are not converted (the sheet's amounts
 * are in one unit, usually 万元); the functions refuse to mix them in one call.
 */
export const MONEY_UNITS = ["万元", "千元", "亿元", "元", "万"] as const;
export const COUNT_UNITS = [
  "平方米",
  "m2",
  "m²",
  "人",
  "名",
  "项",
  "个",
  "件",
  "次",
  "例",
  "分",
] as const;
const UNIT_WORDS = [...MONEY_UNITS, ...COUNT_UNITS].join("|");
/** "18万元" or "29.66（万元）" (brackets are half-width after normalizeText). */
const UNIT_SUFFIX = new RegExp(`(?:\\((${UNIT_WORDS})\\)|(${UNIT_WORDS}))$`);
const CURRENCY_PREFIX = /^[¥$]/;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Shown in messages: the input as the user wrote it, shortened. */
export function quoteInput(x: unknown): string {
  const s = typeof x === "string" ? x : String(x);
  return s.length > 30 ? s.slice(0, 30) + "…" : s;
}

/**
 * A number from a cell value: numbers, "2,886.58", "87.98%", full-width digits and signs,
 * surrounding spaces, unit suffixes ("43人", "18万元"), accounting negatives "(3.5)".
 * Returns undefined for a blank; throws #VALUE! naming `what` for anything else.
 */
export function parseNumberOrBlank(x: unknown, what: string): D | undefined {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw valueError(`${what}不是有效数字`);
    return new D(x);
  }
  if (isBlank(x)) return undefined;
  if (D.isDecimal(x)) return x as D;
  if (typeof x === "string") {
    const parsed = parseNumericText(x);
    if (parsed) return parsed;
    throw valueError(`${what}“${quoteInput(x)}”不是数字`);
  }
  if (typeof x === "boolean")
    throw valueError(`${what}应为数字，不能是逻辑值${x ? "TRUE" : "FALSE"}`);
  throw valueError(`${what}应为数字`);
}

/** Like parseNumberOrBlank, but a blank is an error too. */
export function parseNumber(x: unknown, what: string): D {
  const d = parseNumberOrBlank(x, what);
  if (d === undefined) throw valueError(`${what}为空，请填写`);
  return d;
}

/** Numeric text -> Decimal, or undefined when the text is not a number. */
export function parseNumericText(text: string): D | undefined {
  let s = normalizeText(text).replace(/\s/g, "");
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(UNIT_SUFFIX, "").replace(CURRENCY_PREFIX, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (GROUPED.test(s)) s = s.replace(/,/g, "");
  if (!PLAIN.test(s)) return undefined;
  let d = new D(s);
  if (percent) d = d.dividedBy(100);
  return negative ? d.negated() : d;
}

/** The money unit a text amount carries ("50000元" → "元"), if any; "万" counts as 万元. */
export function moneyUnitOf(x: unknown): string | undefined {
  if (typeof x !== "string") return undefined;
  const m = UNIT_SUFFIX.exec(normalizeText(x).replace(/\s/g, ""));
  const unit = m ? (m[1] ?? m[2]) : undefined;
  if (!unit || !(MONEY_UNITS as readonly string[]).includes(unit)) return undefined;
  return unit === "万" ? "万元" : unit;
}
