/**
 * LibreOffice as the reference spreadsheet engine: recalculate many .xlsx files in one headless
 * run (start-up takes seconds; a directory converts much faster than file by file), then read the
 * computed values back with exceljs.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { XlError, type Scalar } from "../../../planner/support/excelFormula";

export function sofficePath(): string | undefined {
  const r = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p.split("\n")[0] : undefined;
}

/**
 * Whether the LibreOffice tests can run. Under CI=true a missing soffice is a failure (thrown);
 * elsewhere the tests are skipped with a loud message.
 */
export function libreOfficeOrSkip(suite: string): boolean {
  if (sofficePath()) return true;
  const message =
    `LibreOffice (soffice) is not installed: ${suite} cannot run. ` +
    "Install it with: apt-get install -y --no-install-recommends libreoffice-calc";
  if (process.env.CI === "true") throw new Error(message);
  // eslint-disable-next-line no-console
  console.warn(`\n${"!".repeat(78)}\n!! SKIPPED: ${message}\n${"!".repeat(78)}\n`);
  return false;
}

/** A fresh user profile that recalculates every formula on load (never trusts cached values). */
function freshProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" ` +
      `xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n` +
      `${item("OOXMLRecalcMode")}\n${item("ODFRecalcMode")}\n</oor:items>\n`,
  );
  return dir;
}

function convertBatch(soffice: string, files: string[], outDir: string): Promise<void> {
  const profile = freshProfile();
  const args = [
    "--headless",
    "--norestore",
    "--nologo",
    "--nodefault",
    `-env:UserInstallation=file://${profile}`,
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outDir,
    ...files,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.stdout.resume();
    const timer = setTimeout(() => child.kill("SIGKILL"), 20 * 60 * 1000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      fs.rmSync(profile, { recursive: true, force: true });
      const missing = files.filter((f) => !fs.existsSync(path.join(outDir, path.basename(f))));
      if (code !== 0 || missing.length) reject(new Error(`soffice exited ${code}; ${missing.length} of ${files.length} files not converted\n${stderr}`));
      else resolve();
    });
  });
}

/**
 * Open each file in LibreOffice, recalculate, save as .xlsx into `outDir` (same base names).
 * The files are split over `parallel` soffice processes (each with its own profile), each
 * converting its whole share in one run. Returns the converted paths, in order.
 */
export async function recalculate(files: string[], outDir: string, parallel = Math.max(1, Math.min(2, os.cpus().length))): Promise<string[]> {
  const soffice = sofficePath();
  if (!soffice) throw new Error("soffice not found");
  fs.mkdirSync(outDir, { recursive: true });
  const shares: string[][] = Array.from({ length: Math.min(parallel, files.length) }, () => []);
  files.forEach((f, i) => shares[i % shares.length].push(f));
  await Promise.all(shares.map((share) => convertBatch(soffice, share, outDir)));
  return files.map((f) => path.join(outDir, path.basename(f)));
}

/** A sheet's computed values, as the test evaluator represents them. */
export async function computedSheet(file: string, sheetName: string): Promise<(address: string) => Scalar> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`${file} has no sheet ${sheetName}`);
  return (address: string) => {
    const cell = ws.getCell(address);
    if (cell.type === ExcelJS.ValueType.Formula) {
      // exceljs: an empty-string result comes back undefined (a 0 result is kept in cell.result).
      return plain(cell.result, "");
    }
    return plain(cell.value, null);
  };
}

function plain(v: unknown, empty: Scalar): Scalar {
  if (v === undefined || v === null) return empty;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return new XlError(o.error);
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((x) => x.text).join("");
  }
  return String(v);
}
