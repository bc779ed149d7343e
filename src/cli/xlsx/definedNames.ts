/**
 * A workbook's defined names as the file states them. exceljs keeps only names whose reference it
 * can parse: "基础数据!#REF!" (the row of a pinned cell deleted in Excel) would vanish, and a pin
 * that silently vanishes is a figure silently found by its label again. So the names are read
 * from xl/workbook.xml when the workbook is opened, and exceljs's model is the fallback.
 */
import type * as ExcelJS from "exceljs";
import { zipPart } from "./container";

export interface DefinedNameText {
  name: string;
  /** The reference as written: "'基础数据'!$B$4", "#REF!". */
  reference: string;
}

const fromFile = new WeakMap<ExcelJS.Workbook, DefinedNameText[]>();

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(
          e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))
        )
      : ENTITIES[e.toLowerCase()]
  );
}

/** Workbook-level names in a workbook.xml (sheet-level ones, e.g. print areas, are left out). */
export function parseDefinedNames(xml: string): DefinedNameText[] {
  const out: DefinedNameText[] = [];
  for (const m of xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attrs = m[1];
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (name === undefined || /\blocalSheetId=/.test(attrs)) continue;
    out.push({ name: unescapeXml(name), reference: unescapeXml(m[2]) });
  }
  return out;
}

/** Records the names `data` (the .xlsx bytes `wb` was read from) holds. */
export function recordDefinedNames(wb: ExcelJS.Workbook, data: Buffer): void {
  const xml = zipPart(data, "xl/workbook.xml");
  if (xml) fromFile.set(wb, parseDefinedNames(xml.toString("utf8")));
}

/** The workbook's defined names: as its file stated them, else as exceljs holds them. */
export function definedNamesOf(wb: ExcelJS.Workbook): DefinedNameText[] {
  return (
    fromFile.get(wb) ??
    wb.definedNames.model.map((n) => ({ name: n.name, reference: n.ranges.join(",") }))
  );
}

/** Sets `name` to one cell, replacing what it held (names compare without case, as in Excel). */
export function setDefinedName(wb: ExcelJS.Workbook, name: string, reference: string): void {
  const lower = name.toLowerCase();
  for (const n of wb.definedNames.model)
    if (n.name.toLowerCase() === lower) for (const r of n.ranges) wb.definedNames.remove(r, n.name);
  wb.definedNames.add(reference, name);
  const recorded = fromFile.get(wb);
  if (recorded)
    fromFile.set(wb, [
      ...recorded.filter((n) => n.name.toLowerCase() !== lower),
      { name, reference },
    ]);
}
