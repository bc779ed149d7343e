/**
 * Label text as the reader compares it: "   3、“三公”经费（万元）：" and "三公经费" are the same label.
 * Every word list in vocabulary.ts goes through the same function, so lists may be written naturally.
 */

/** Circled and parenthesised numerals used as item numbers: ①, ⑴, ⒈, ❶ ... (NFKC would turn them into digits). */
const ITEM_NUMERALS = /[\u2460-\u249B\u24EA-\u24FF\u2776-\u2793]/g;
const QUOTES = /["'“”‘’「」『』〝〞`]/g;
const UNIT_WORDS = "万元|千元|亿元|元|人|名|个|项|件|次|平方米|m2|%|百分比|百分率";
/** "(万元)", "(单位:万元)", "(金额单位:万元)" anywhere in a label. */
const UNIT_NOTE = new RegExp(`\\((?:(?:金额|计量)?单位:?)?(?:${UNIT_WORDS})\\)`, "g");
/** "单位:万元" or "/万元" at the end of a label. */
const UNIT_TAIL = new RegExp(`(?:(?:金额|计量)?单位:?|/)(?:${UNIT_WORDS})$`);
/** A cell that holds nothing but a unit note: "万元", "(人)", "单位：万元". */
const UNIT_ONLY = new RegExp(`^(?:\\(?(?:(?:金额|计量)?单位:?)?(?:${UNIT_WORDS})\\)?)$`);
/** Item numbers and "of which" prefixes: "1、", "(2)", "三、", "1.", "其中：", "含：", "-". */
const PREFIX =
  /^(?:\(\d{1,2}\)|\d{1,2}[、.,)](?!\d)|\(?[一二三四五六七八九十]{1,3}[)、.,]|其中:?|含:?|[-—–·•*#>])/;
const TRAILING = /[:;,.。、…]+$/;

/** NFKC, no spaces, no quotes, ASCII brackets and colon. Keeps everything else. */
export function compact(text: string): string {
  return text
    .replace(ITEM_NUMERALS, "")
    .normalize("NFKC")
    .replace(/[\s\u200b\ufeff]+/g, "")
    .replace(QUOTES, "")
    .replace(/[【〔［]/g, "(")
    .replace(/[】〕］]/g, ")");
}

/** The comparable form of a label. */
export function labelKey(text: string): string {
  let s = compact(text);
  s = s.replace(UNIT_NOTE, "").replace(TRAILING, "");
  for (let i = 0; i < 4; i++) {
    const next = s.replace(PREFIX, "");
    if (next === s) break;
    s = next;
  }
  s = s.replace(UNIT_TAIL, "").replace(TRAILING, "");
  return s;
}

/** True for a cell that only states a unit ("万元", "（人）", "单位：万元"). */
export function isUnitOnly(text: string): boolean {
  const s = compact(text).replace(TRAILING, "");
  return s !== "" && UNIT_ONLY.test(s);
}
