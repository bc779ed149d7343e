/** A figure typed into a 计分表's 补充数据 cell, read the way the reader reads the base sheet. */
import { fieldDef, parseNumberOrBlank, type D } from "../../core";

/**
 * The number in a 补充数据 cell, or undefined when blank or unusable. As on the base sheet, a
 * percentage figure above 1 typed as a number (55 for 55%) is unusable; the 计分表's formula
 * shows an error for it rather than 5500%.
 */
export function suppliedFigure(field: string, raw: unknown): D | undefined {
  let value: D | undefined;
  try {
    value = parseNumberOrBlank(raw, field);
  } catch {
    return undefined;
  }
  if (
    value &&
    fieldDef(field).unit === "%" &&
    value.greaterThan(1) &&
    !(typeof raw === "string" && raw.includes("%"))
  )
    return undefined;
  return value;
}
