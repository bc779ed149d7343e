/** Reading and writing .xlsx files with exceljs. */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { uniqueSheetName } from "../../scorecard/sheetNames";
import { recordDefinedNames } from "./definedNames";
import { claimTempFile, releaseTempFile, removeStaleTempFiles } from "./tempFiles";

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return withSavableSheetNames(wb);
}

/**
 * exceljs writes a tab or line break in a sheet name as is, and every reader (Excel, LibreOffice,
 * exceljs) reads that XML attribute back with a space there. The sheets are renamed to what the
 * saved copy will hold, before any formula names them.
 */
function withSavableSheetNames(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  for (const ws of wb.worksheets) {
    if (!/[\t\n\r]/.test(ws.name)) continue;
    const others = wb.worksheets.filter((w) => w !== ws).map((w) => w.name);
    ws.name = uniqueSheetName(others, ws.name.replace(/\r\n|[\t\n\r]/g, " "));
  }
  return wb;
}

export interface SaveOptions {
  /**
   * Fail with EEXIST if `file` exists, atomically: of two runs saving to one path, one wins.
   * Otherwise an existing file is replaced.
   */
  exclusive?: boolean;
}

/**
 * Writes to a temporary file next to `file` first, so an interrupted save never leaves a broken
 * workbook behind, then links (exclusive) or renames it into place.
 */
export async function saveWorkbook(
  wb: ExcelJS.Workbook,
  file: string,
  options: SaveOptions = {}
): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.promises.mkdir(dir, { recursive: true }).catch((e: { code?: string }) => {
    // mkdir of a path that is a file says EEXIST: what is meant is "not a folder".
    throw e.code === "EEXIST"
      ? Object.assign(new Error(`not a directory: ${dir}`), { code: "ENOTDIR" })
      : e;
  });
  await removeStaleTempFiles(dir);
  const tmp = claimTempFile(dir);
  try {
    await wb.xlsx.writeFile(tmp);
    if (options.exclusive) await linkExclusive(tmp, file);
    else await fs.promises.rename(tmp, file);
  } finally {
    await releaseTempFile(tmp);
  }
}

/** link() fails if the target exists; where hard links are not supported, an O_EXCL copy does. */
export async function linkExclusive(tmp: string, file: string): Promise<void> {
  try {
    await fs.promises.link(tmp, file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
    await fs.promises.copyFile(tmp, file, fs.constants.COPYFILE_EXCL);
  }
}

/** A workbook as bytes (tests, piping). */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function workbookFromBuffer(
  data: Buffer | ArrayBuffer | Uint8Array
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  recordDefinedNames(wb, Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer));
  return withSavableSheetNames(wb);
}
