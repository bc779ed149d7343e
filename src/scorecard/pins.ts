/**
 * Pinning a figure to a cell: the workbook keeps each pin as a defined name, "PS_" + the figure's
 * label ("PS_编制数" → 基础数据!$B$4), which Excel's 名称管理器 lists and lets the officer edit
 * without the add-in. The reader takes a pinned figure from its cell before any label search.
 *
 * Why "PS_" (PerfScore): the underscore makes every pin name impossible to read as a cell
 * reference (A1, XFD1048576 and R1C1 references hold no "_"), as TRUE/FALSE or as a function
 * (no Excel function starts with "PS_"; ours are "PERF."); an ASCII prefix is typed in the Name
 * Box without switching the input method, sorts the pins together, and no user names a range of
 * their own that way by chance.
 *
 * A label may hold characters a name may not (spaces, “”, （）, %, /): each is written as
 * ".HEX." (its code point), and "." itself as ".2E.", so every label has exactly one name and the
 * name gives the label back. Letters (CJK included), digits and "_" stay as they are.
 * Excel compares names without case: labels that differ only in case share a name.
 * Pure: no Office, no exceljs.
 */
import { columnLetters, parseA1, type Grid, type GridCell } from "./grid";
import { quoteSheetName } from "./sheetNames";

export const PIN_PREFIX = "PS_";
/** Excel's limit on a defined name's length. */
export const MAX_NAME_LENGTH = 255;

/** Characters kept as they are: ASCII letters, digits, "_", and non-ASCII letters and digits. */
function kept(ch: string): boolean {
  return /^[A-Za-z0-9_]$/.test(ch) || (ch.codePointAt(0)! > 0x7f && /^[\p{L}\p{Nd}]$/u.test(ch));
}

/** The defined name that pins `figure`, or undefined when the label is empty or too long for one. */
export function pinName(figure: string): string | undefined {
  if (figure === "") return undefined;
  let out = PIN_PREFIX;
  for (const ch of figure)
    out += kept(ch) ? ch : `.${ch.codePointAt(0)!.toString(16).toUpperCase()}.`;
  return out.length <= MAX_NAME_LENGTH ? out : undefined;
}

/** The figure a defined name pins, or undefined when the name is no pin ("PS_" is matched in any case). */
export function figureOfPinName(name: string): string | undefined {
  if (name.slice(0, PIN_PREFIX.length).toUpperCase() !== PIN_PREFIX) return undefined;
  const body = name.slice(PIN_PREFIX.length);
  let out = "";
  for (let i = 0; i < body.length;) {
    if (body[i] !== ".") {
      const ch = String.fromCodePoint(body.codePointAt(i)!);
      if (!kept(ch)) return undefined;
      out += ch;
      i += ch.length;
      continue;
    }
    const end = body.indexOf(".", i + 1);
    const hex = end < 0 ? "" : body.slice(i + 1, end);
    if (!/^[0-9A-Fa-f]{1,6}$/.test(hex) || parseInt(hex, 16) > 0x10ffff) return undefined;
    out += String.fromCodePoint(parseInt(hex, 16));
    i = end + 1;
  }
  return out === "" ? undefined : out;
}

/** A1 reference (A1 … XFD1048576, with or without $) or R1C1 reference, as Excel reads a name. */
export function isCellReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(name);
  if (a1) {
    const { row, column } = parseA1(`${a1[1]}${a1[2]}`);
    return row >= 0 && row < 1048576 && column < 16384;
  }
  return /^[Rr](\[?-?\d*\]?)?([Cc](\[?-?\d*\]?)?)?$|^[Cc](\[?-?\d*\]?)?$/.test(name);
}

/** Where a pin points: one cell on a sheet, or a reference Excel can no longer resolve. */
export type PinTarget =
  | { sheet: string; address: string }
  /** "ref": #REF! (the cell's row, column or sheet was deleted); "notCell": a range, a constant or a formula. */
  | { broken: "ref" | "notCell"; text: string };

export interface Pin {
  figure: string;
  /** The defined name, as the workbook spells it. */
  name: string;
  target: PinTarget;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * A name's reference as Office.js ("=基础数据!$B$4") or an .xlsx file ("'my sheet'!$B$4") states
 * it; `defaultSheet` for a bare cell ("B4", as --map allows).
 */
export function parseReference(text: string, defaultSheet?: string): PinTarget {
  const s = text.trim().replace(/^=/, "").replace(/！/g, "!");
  if (/#REF!/i.test(s)) return { broken: "ref", text: s };
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(s);
  const sheet = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : defaultSheet;
  const cell = CELL.exec(m ? m[3] : s);
  if (sheet === undefined || !cell || !isCellReference(`${cell[1]}${cell[2]}`))
    return { broken: "notCell", text: s };
  return { sheet, address: `${cell[1].toUpperCase()}${cell[2]}` };
}

/** The reference a pin's name holds: 基础数据!$B$4, '基础 数据'!$B$4 (no "="; Office.js wants one). */
export function pinReference(sheet: string, address: string): string {
  const { row, column } = parseA1(address);
  return `${quoteSheetName(sheet)}!$${columnLetters(column)}$${row + 1}`;
}

/** The pins among a workbook's defined names (others are the user's own, and ignored). */
export function pinsOf(names: ReadonlyArray<{ name: string; reference: string }>): Pin[] {
  const out: Pin[] = [];
  for (const n of names) {
    const figure = figureOfPinName(n.name);
    if (figure !== undefined)
      out.push({ figure, name: n.name, target: parseReference(n.reference) });
  }
  return out;
}

/** A pin with what its cell holds: the reader's input. */
export type PinnedCell = Pin & {
  /** The cell, when the target is a cell on a sheet that exists (undefined: an empty cell). */
  cell?: GridCell;
  /** The target's sheet is not in the workbook (renamed or deleted). */
  sheetMissing?: boolean;
};

/**
 * The pins with their cells, through `sheetCells(sheet)`: a lookup of that sheet's cells by A1
 * address, or undefined when the workbook has no such sheet.
 */
export function resolvePins(
  pins: readonly Pin[],
  sheetCells: (sheet: string) => ((address: string) => GridCell | undefined) | undefined
): PinnedCell[] {
  return pins.map((p) => {
    if ("broken" in p.target) return p;
    const cells = sheetCells(p.target.sheet);
    if (!cells) return { ...p, sheetMissing: true };
    const cell = cells(p.target.address);
    return cell ? { ...p, cell } : p;
  });
}

/** Why a --map value cannot be used, in Chinese and English. */
export class PinSyntaxError extends Error {
  constructor(
    message: string,
    readonly messageEn: string
  ) {
    super(message);
    this.name = "PinSyntaxError";
  }
}

/**
 * `编制数=基础数据!B4`, `编制数='my sheet'!B4` or `编制数=B4` (the base sheet): one --map value.
 * Full-width ＝ and ！ are read as = and !, as an input method may type them.
 */
export function parseMapping(text: string, baseSheet: string): Pin {
  const s = text.replace(/＝/g, "=");
  const eq = s.indexOf("=");
  const figure = eq < 0 ? "" : s.slice(0, eq).trim();
  const ref = eq < 0 ? "" : s.slice(eq + 1).trim();
  if (!figure || !ref)
    throw new PinSyntaxError(
      `--map 的格式应为“数据名=工作表!单元格”，如 --map 编制数=基础数据!B4，而不是“${text}”`,
      `--map should be figure=sheet!cell, e.g. --map 编制数=基础数据!B4, not "${text}"`
    );
  const name = pinName(figure);
  if (!name)
    throw new PinSyntaxError(
      `--map ${text}：数据名“${figure}”太长，无法保存为 Excel 名称（最多 ${MAX_NAME_LENGTH} 个字符）`,
      `--map ${text}: the figure "${figure}" is too long for an Excel name (at most ${MAX_NAME_LENGTH} characters)`
    );
  const target = parseReference(ref, baseSheet);
  if ("broken" in target)
    throw new PinSyntaxError(
      `--map ${text}：“${ref}”不是一个单元格；应写成 工作表!单元格，如 基础数据!B4 或 'my sheet'!B4`,
      `--map ${text}: "${ref}" is not one cell; write sheet!cell, e.g. 基础数据!B4 or 'my sheet'!B4`
    );
  return { figure, name, target };
}

/** The cell of `grid` at an A1 address (undefined: empty, or outside what the grid holds). */
export function gridCell(grid: Grid, address: string): GridCell | undefined {
  const { row, column } = parseA1(address);
  return grid.cells[row - grid.origin.row]?.[column - grid.origin.column];
}
