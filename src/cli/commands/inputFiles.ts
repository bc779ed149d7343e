/**
 * `score`'s file arguments: a folder stands for the workbooks in it, a pattern the shell left
 * unexpanded (Windows' cmd does not expand `*.xlsx`) is expanded here, and Excel's lock files
 * (`~$预算.xlsx`, present while a workbook is open) and PerfScore's own temporary files are skipped.
 */
import * as fs from "fs";
import * as path from "path";
import { isTempFileName } from "../xlsx/tempFiles";

export interface InputFiles {
  files: string[];
  /** Lock and temporary files named (or matched) and left out. */
  skipped: string[];
  /** A folder or a pattern was given: the files were not all named one by one. */
  expanded: boolean;
}

const WORKBOOK = /\.xlsx$/i;
const isLockFile = (name: string) => name.startsWith("~$");
const skippable = (name: string) => isLockFile(name) || isTempFileName(name);

/** `*` and `?` in the last path segment, as a regular expression (case-insensitive, like Windows). */
function patternOf(name: string): RegExp {
  const body = name
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "i");
}

function listed(dir: string, keep: (name: string) => boolean): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter(keep)
      .sort((a, b) => a.localeCompare(b, "zh-CN"))
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

export function expandInputFiles(args: readonly string[]): InputFiles {
  const out: InputFiles = { files: [], skipped: [], expanded: false };
  const take = (file: string) =>
    skippable(path.basename(file)) ? out.skipped.push(file) : out.files.push(file);
  for (const arg of args) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(arg);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      out.expanded = true;
      listed(arg, (n) => WORKBOOK.test(n)).forEach(take);
    } else if (!stat && /[*?]/.test(path.basename(arg))) {
      out.expanded = true;
      const re = patternOf(path.basename(arg));
      const matches = listed(path.dirname(arg), (n) => re.test(n));
      // No match: kept as named, so that it is reported as not found.
      if (matches.length) matches.forEach(take);
      else out.files.push(arg);
    } else take(arg);
  }
  return out;
}
