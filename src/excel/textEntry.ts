/**
 * A constant string as typed into a cell, kept as text: Excel would turn "2020年1月" into a date,
 * "-" or "=..." into a formula, "1,234" into a number. A leading apostrophe keeps it text and is
 * not part of the value.
 */
export function textEntry(s: string): string {
  return /^[\s]*[-+=@0-9.,%(（$¥￥]/.test(s) || /^(true|false)$/i.test(s.trim()) ? `'${s}` : s;
}
