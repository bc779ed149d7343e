/** Pieces of formula text: string literals that cannot break out, and a cap Excel imposes on them. */

/** Excel rejects a string constant longer than 255 characters inside a formula. */
export const MAX_LITERAL = 255;

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * A formula string expression for `s`: a literal with quotes doubled (so no label can end it
 * early); text longer than Excel's 255-character literal limit is joined from pieces with &.
 */
export function lit(s: string): string {
  const chars = Array.from(s);
  if (chars.length <= MAX_LITERAL) return quote(s);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += MAX_LITERAL)
    pieces.push(quote(chars.slice(i, i + MAX_LITERAL).join("")));
  return `(${pieces.join("&")})`;
}

/**
 * A formula text expression for any `s`, control characters (a line break typed in a cell)
 * included: literals (see lit) joined with CHAR(n).
 */
export function textExpr(s: string): string {
  const pieces: string[] = [];
  let text = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code > 0 && code < 32) {
      if (text) pieces.push(lit(text));
      pieces.push(`CHAR(${code})`);
      text = "";
    } else text += ch;
  }
  if (text || pieces.length === 0) pieces.push(lit(text));
  return pieces.length === 1 ? pieces[0] : `(${pieces.join("&")})`;
}

/** Display width in Excel character units: CJK and full-width characters count double. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2018-\u201D\u2460-\u24FF]/.test(
        ch
      )
        ? 2
        : 1.1;
  return w;
}

/** Lines a wrapped text needs in a column `width` characters wide. */
export function wrappedLines(s: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return s.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(textWidth(para) / usable)), 0);
}
