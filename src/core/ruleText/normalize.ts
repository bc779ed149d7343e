/**
 * Text as people paste it, brought to one form before any grammar runs: half-width punctuation and
 * digits, one symbol per comparison, Arabic digits for Chinese numerals that count something.
 * Circled numbers (①②) are kept: they number checklist items.
 */

const PAIRS: Array<[RegExp, string]> = [
  [/\r\n?/g, "\n"],
  [/[\u3000\t]/g, " "],
  [/[【〔［]/g, "["],
  [/[】〕］]/g, "]"],
  [/、/g, "、"],
  [/[≦≤]|<=|＜＝|小于或等于|小于等于|不大于|不高于/g, "≤"],
  [/[≧≥]|>=|＞＝|大于或等于|大于等于|不小于/g, "≥"],
  [/[﹪％]/g, "%"],
  [/[×✕╳]/g, "×"],
  [/[—–－~～〜]/g, "-"],
  [/[‘’]/g, "'"],
  [/。+/g, "。"],
];

/** Full-width ASCII (！to ～) to half-width; the ideographic full stop and 、 are left alone. */
function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十 → 10, 十五 → 15, 二十 → 20, 零点五 → 0.5; undefined when not a numeral. */
export function chineseNumeral(s: string): number | undefined {
  const [whole, frac] = s.split("点");
  let n: number;
  if (whole === "半") return frac === undefined ? 0.5 : undefined;
  const ten = whole.indexOf("十");
  if (ten >= 0) {
    const hi = ten === 0 ? 1 : DIGIT[whole.slice(0, ten)];
    const lo = ten === whole.length - 1 ? 0 : DIGIT[whole.slice(ten + 1)];
    if (hi === undefined || lo === undefined || whole.length > 3) return undefined;
    n = hi * 10 + lo;
  } else {
    if (whole.length !== 1 || DIGIT[whole] === undefined) return undefined;
    n = DIGIT[whole];
  }
  if (frac === undefined) return n;
  const digits = [...frac].map((c) => DIGIT[c]);
  if (digits.length === 0 || digits.some((d) => d === undefined)) return undefined;
  return Number(`${n}.${digits.join("")}`);
}

const NUMERAL = "[零〇一壹二两贰三叁四五六七八九十半点]+";
/** Numerals are converted only before a counter, so 一般 or 统一 stay words. */
const COUNTED = new RegExp(
  `(${NUMERAL})(?=个|例|起|次|项|处|件|季度|月|天|日|周|百分点|%|至[零〇一二两三四五六七八九十]+季度)|(?<=[扣计得减各给记赋])(${NUMERAL})(?=分)`,
  "g"
);

export function normalizeRuleText(text: string): string {
  let s = halfWidth(String(text));
  for (const [re, to] of PAIRS) s = s.replace(re, to);
  s = s.replace(COUNTED, (m: string) => {
    const n = chineseNumeral(m);
    return n === undefined ? m : String(n);
  });
  // "1.5 分", "5 %": spaces inside quantities carry nothing.
  // Spaces carry nothing in a Chinese rule sentence ("每超过1个百分点 扣0.2分").
  s = s.replace(/ +/g, "");
  return s
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}
