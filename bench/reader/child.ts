/**
 * One measurement in a fresh process (peak RSS is per process), printed as a JSON line:
 *   grid N | grid+read N   build the N-row grid (and read it)
 *   xlsx-open FILE         exceljs load only (the baseline)
 *   xlsx-read FILE         exceljs load + gridFromWorksheet + readBaseData
 */
import * as ExcelJS from "exceljs";
import { gridFromWorksheet } from "../../src/cli/xlsx";
import { readBaseData } from "../../src/scorecard/reader";
import { baseGrid, departmentTemplate, ledgerRows } from "../support/departments";
import { rng } from "../support/stats";

const gc = (global as { gc?: () => void }).gc ?? (() => undefined);
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const maxRSS = () => process.resourceUsage().maxRSS * 1024;

async function main(): Promise<Record<string, number>> {
  const [mode, arg] = process.argv.slice(2);
  if (mode === "grid" || mode === "grid+read") {
    const r = rng(7);
    const plan = departmentTemplate(r, 0);
    gc();
    const h0 = process.memoryUsage().heapUsed;
    const grid = baseGrid(plan, ledgerRows(r, Number(arg)));
    gc();
    const gridHeap = process.memoryUsage().heapUsed - h0;
    let figures = 0;
    if (mode === "grid+read") figures = Object.keys(readBaseData(grid).figures).length;
    return { maxRSS: maxRSS(), gridHeap, figures, rows: grid.rowCount };
  }
  const t0 = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(arg);
  const loadMs = ms(t0);
  if (mode === "xlsx-open") return { loadMs, maxRSS: maxRSS() };
  const t1 = process.hrtime.bigint();
  const grid = gridFromWorksheet(wb.worksheets[0]);
  const gridMs = ms(t1);
  const t2 = process.hrtime.bigint();
  const figures = Object.keys(readBaseData(grid).figures).length;
  const readMs = ms(t2);
  return { loadMs, gridMs, readMs, totalMs: ms(t0), figures, maxRSS: maxRSS() };
}

main().then(
  (x) => console.log(JSON.stringify(x)),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
