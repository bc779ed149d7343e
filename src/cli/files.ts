/**
 * The command line's files as the user sees them: every file-system error, an encrypted or an
 * oversized workbook becomes a message that says what to do (exit 2), never a stack trace.
 */
import * as fs from "fs";
import { CliError } from "./commands/common";
import { t } from "./i18n";
import { inspectContainer, ZIP_LIMITS, type Container } from "./xlsx/container";

export type FileRole = "input" | "output";

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** A Node system error's code (ENOENT, EACCES, …), if `e` is one. */
export function systemErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** What a system error on `file` means to the user, by what the file was for. */
export function systemErrorMessage(code: string, file: string, role: FileRole): string {
  const reading = role === "input";
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return reading
        ? t(`找不到文件：${file}`, `File not found: ${file}`)
        : t(
            `无法写入 ${file}：所在文件夹不存在，或路径中有同名的文件`,
            `Cannot write ${file}: its folder does not exist`
          );
    case "EISDIR":
      return reading
        ? t(`${file} 是文件夹，不是工作簿文件`, `${file} is a folder, not a workbook`)
        : t(
            `输出路径 ${file} 是文件夹，请给出文件名，如 ${file}/计分表.xlsx`,
            `The output ${file} is a folder; give a file name`
          );
    case "EACCES":
    case "EPERM":
      return reading
        ? t(
            `没有权限读取 ${file}：请检查文件权限，或先关闭独占打开它的程序`,
            `No permission to read ${file}`
          )
        : t(
            `没有权限写入 ${file}：请检查文件夹权限，或先在 Excel/WPS 中关闭该文件`,
            `No permission to write ${file}`
          );
    case "EEXIST":
      return t(
        `输出文件已存在：${file}。如需覆盖，请加 --force`,
        `Output exists: ${file}. Use --force to overwrite it`
      );
    case "EBUSY":
      return t(
        `${file} 正被其他程序占用（是否在 Excel/WPS 中打开？），请关闭后再试`,
        `${file} is in use by another program; close it and try again`
      );
    case "ENOSPC":
    case "EDQUOT":
      return t(`磁盘空间不足，无法写入 ${file}`, `No space left on the disk to write ${file}`);
    case "EROFS":
      return t(`${file} 所在的磁盘是只读的，无法写入`, `${file} is on a read-only disk`);
    case "EMFILE":
    case "ENFILE":
      return t(`打开的文件过多，无法打开 ${file}，请稍后再试`, `Too many open files: ${file}`);
    default:
      return reading
        ? t(`无法读取 ${file}（系统错误 ${code}）`, `Cannot read ${file} (system error ${code})`)
        : t(`无法写入 ${file}（系统错误 ${code}）`, `Cannot write ${file} (system error ${code})`);
  }
}

/** `e` as a CliError about `file` when it is a system error; otherwise `e` unchanged. */
export function asFileError(e: unknown, file: string, role: FileRole): unknown {
  const code = systemErrorCode(e);
  return code ? new CliError(systemErrorMessage(code, file, role)) : e;
}

/** Runs `io`, turning a system error into a CliError about `file`. */
export async function onFile<T>(file: string, role: FileRole, io: () => Promise<T>): Promise<T> {
  try {
    return await io();
  } catch (e) {
    throw asFileError(e, file, role);
  }
}

/**
 * An input workbook's bytes, after checking what they hold: encrypted, legacy and oversized
 * files are refused here, before exceljs inflates anything.
 */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  const stat = await onFile(file, "input", () => fs.promises.stat(file));
  if (stat.isDirectory()) throw new CliError(systemErrorMessage("EISDIR", file, "input"));
  if (!stat.isFile()) throw new CliError(t(`不是文件：${file}`, `Not a file: ${file}`));
  // Deflate never shrinks a part to less than itself minus a little: past the total, the parts are too.
  if (stat.size > ZIP_LIMITS.total)
    refuseContainer({ kind: "tooLarge", size: stat.size, limit: ZIP_LIMITS.total }, file);
  const data = await onFile(file, "input", () => fs.promises.readFile(file));
  refuseContainer(await inspectContainer(data), file);
  return data;
}

function refuseContainer(c: Container, file: string): void {
  if (c.kind === "encrypted")
    throw new CliError(
      t(
        `文件已加密（设置了打开密码），无法读取：${file}。请在 Excel 或 WPS 中打开，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后保存，再试。`,
        `The file is encrypted (password-protected): ${file}. Remove the password in Excel or WPS, save, and try again.`
      )
    );
  if (c.kind === "ole")
    throw new CliError(
      t(
        `${file} 是旧版 Excel 格式（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再试。`,
        `${file} is a legacy .xls workbook; save it as .xlsx first.`
      )
    );
  if (c.kind === "tooLarge") {
    const what = c.part
      ? t(
          `其中的 ${c.part} 解压后约 ${mb(c.size)} MB，超过每个部分 ${mb(c.limit)} MB 的上限`,
          `its part ${c.part} inflates to about ${mb(c.size)} MB, over the ${mb(c.limit)} MB limit per part`
        )
      : t(
          `解压后共约 ${mb(c.size)} MB，超过 ${mb(c.limit)} MB 的上限`,
          `it inflates to about ${mb(c.size)} MB in all, over the ${mb(c.limit)} MB limit`
        );
    throw new CliError(
      t(
        `${file} 太大，不予读取：${what}（基础数据表通常只有几 MB）。请删去无关的工作表或数据后再试。`,
        `${file} is too large to read: ${what} (a base sheet is a few MB). Remove unrelated sheets or data and try again.`
      )
    );
  }
}
