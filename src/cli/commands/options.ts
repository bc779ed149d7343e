/** Checks on command-line values that the commands share: output paths, the unit name. */
import * as path from "path";
import { t } from "../i18n";
import { CliError } from "./common";

/** Excel's limit on the text in one cell. */
export const MAX_CELL_TEXT = 32767;

/**
 * An output must end in .xlsx: exceljs writes .xlsx, and Excel refuses to open one named .xls or
 * .xlsm. Refused rather than corrected, so that no other file than the one named is written.
 */
export function checkOutputPath(file: string): string {
  if (path.extname(file).toLowerCase() !== ".xlsx")
    throw new CliError(
      t(
        `输出文件名应以 .xlsx 结尾：${file}（例如 ${path.basename(file, path.extname(file)) || "计分表"}.xlsx）`,
        `The output file name must end in .xlsx: ${file}`
      )
    );
  return file;
}

/** --unit: it goes into one cell, so at most 32,767 characters. */
export function checkUnit(unit: string | undefined): string | undefined {
  if (unit !== undefined && unit.length > MAX_CELL_TEXT)
    throw new CliError(
      t(
        `--unit 太长（${unit.length} 个字符）：Excel 单元格最多 ${MAX_CELL_TEXT} 个字符`,
        `--unit is too long (${unit.length} characters): an Excel cell holds at most ${MAX_CELL_TEXT}`
      )
    );
  return unit;
}
