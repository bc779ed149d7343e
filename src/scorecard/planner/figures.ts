/** A figure typed into a 计分表's 补充数据 cell, read the way the reader reads the base sheet. */
import type { D } from "../../core";
import type { CellValue } from "../grid";
import { parseFigure } from "../reader/figures";

/**
 * The number in a 补充数据 cell, or undefined when blank or unusable (the 计分表's formula shows an
 * error for an unusable one, as the reader reports it on the base sheet).
 */
export function suppliedFigure(field: string, raw: unknown): D | undefined {
  const parsed = parseFigure(field, (raw ?? null) as CellValue);
  return parsed.state === "number" ? parsed.value : undefined;
}
