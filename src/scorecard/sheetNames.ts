/**
 * Sheet names as Excel allows them, and as formulas must write them.
 * Excel: 1–31 characters, none of []:*?/\, not starting or ending with an apostrophe,
 * compared case-insensitively.
 */

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
/** Excel keeps "History" (any case) for its change-tracking sheet. */
const RESERVED = "history";

/** Why Excel would refuse `name` for a sheet: "reserved" (History), "invalid", or undefined. */
export function sheetNameProblem(name: string): "reserved" | "invalid" | undefined {
  if (name.toLowerCase() === RESERVED) return "reserved";
  if (
    new RegExp(FORBIDDEN.source).test(name) ||
    /^'|'$/.test(name) ||
    name.trim() === "" ||
    Array.from(name).length > MAX_SHEET_NAME
  )
    return "invalid";
  return undefined;
}

/** A name Excel accepts: forbidden characters replaced, apostrophes trimmed, cut to 31. */
export function sanitizeSheetName(name: string): string {
  let s = name
    .replace(FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (s === "") s = "Sheet";
  if (s.toLowerCase() === RESERVED) s += "_";
  return Array.from(s).slice(0, MAX_SHEET_NAME).join("");
}

const key = (s: string) => s.toLocaleLowerCase("en-US");

/**
 * `desired` if no existing sheet has that name (case-insensitively), else "计分表 (2)", "计分表 (3)", …;
 * the base is shortened when the suffix would pass 31 characters.
 */
export function uniqueSheetName(existing: readonly string[], desired: string): string {
  const taken = new Set(existing.map(key));
  const base = sanitizeSheetName(desired);
  if (!taken.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const room = MAX_SHEET_NAME - suffix.length;
    const candidate = Array.from(base).slice(0, room).join("").trimEnd() + suffix;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** Letters followed by digits (A1, XFD1048576) or R1C1-like: such names need quotes in formulas. */
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc]|TRUE|FALSE)$/i;

/**
 * The sheet name as it appears before "!" in a formula, for every formula the planner writes
 * (both dialects): bare only when it is a plain name (letters, digits, underscores; not starting
 * with a digit; not like a reference or a boolean), otherwise in single quotes with inner quotes
 * doubled: '基础 数据', 'O''Brien', '基础数据.2021' (LibreOffice reads a bare dot as the end of
 * the name: #NAME?). Quoting is always valid, so any doubt quotes.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !/[\uFF00-\uFFEF\u3000-\u303F]/.test(name);
  if (plain && !LOOKS_LIKE_REFERENCE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to a cell on another sheet: 基础数据!C7, '基础 数据'!C7. */
export function sheetRef(sheetName: string, address: string): string {
  return `${quoteSheetName(sheetName)}!${address}`;
}
