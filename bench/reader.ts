/**
 * 6. Reader at scale: a 基础数据 sheet (the canonical template, filled) with a ledger of up to
 * 50,000 rows pasted below it. Time and memory of readBaseData on a Grid, of the whole .xlsx path
 * (exceljs load + gridFromWorksheet + readBaseData, in a fresh process), and what the Office.js
 * adapter does with such a sheet (it reads at most A1:AZ1000).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readSheet } from "../src/excel/readActions";
import { READ_WINDOW } from "../src/excel/read";
import { a1, type Grid } from "../src/scorecard/grid";
import { readBaseData } from "../src/scorecard/reader";
import { saveWorkbook, writePlan } from "../src/cli/xlsx";
import { FakeWorkbook, type FakeValue } from "../test/support/fakeExcel";
import { baseGrid, departmentTemplate, ledgerRows } from "./support/departments";
import type { BenchOptions, BenchResult, Row } from "./support/result";
import { nodeArgs } from "./support/script";
import { mb, median, rng, round } from "./support/stats";

/** The floor for any reader: visit every cell once and look at its value. */
function scanCells(grid: Grid): number {
  let n = 0;
  for (const row of grid.cells) {
    if (!row) continue;
    for (const cell of row) {
      const v = cell?.value;
      if (typeof v === "string") n += v.length;
      else if (typeof v === "number") n++;
    }
  }
  return n;
}

function timeIt(fn: () => unknown, runs: number): number[] {
  fn(); // warm up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

const figuresOf = (grid: Grid) =>
  JSON.stringify(Object.entries(readBaseData(grid).figures).map(([k, f]) => [k, f.value?.toString() ?? null, f.address]));

async function writeXlsx(file: string, grid: Grid, plan: ReturnType<typeof departmentTemplate>, ledger: Array<Array<string | number>>) {
  const wb = new ExcelJS.Workbook();
  const ws = writePlan(wb, plan);
  const start = grid.rowCount - ledger.length; // 0-based first ledger row
  ledger.forEach((line, i) => {
    const row = ws.getRow(start + i + 1);
    line.forEach((v, j) => {
      if (v !== "") row.getCell(j + 1).value = v;
    });
  });
  await saveWorkbook(wb, file);
}

/** Runs bench/reader/child.ts in a fresh process; it prints one JSON line. */
function child(args: string[]): Record<string, number> {
  const out = execFileSync(process.execPath, ["--expose-gc", ...nodeArgs(path.join(__dirname, "reader", "child")), ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop()!);
}

export async function run(o: BenchOptions): Promise<BenchResult> {
  const runs = o.quick ? 1 : (o.runs ?? 7);
  const sizes = o.quick ? [0, 500] : [0, 5_000, 50_000];
  const big = sizes[sizes.length - 1];
  const r = rng(7);
  const plan = departmentTemplate(r, 0);
  const ledger = ledgerRows(r, big);
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const reference = figuresOf(baseGrid(plan));

  for (const n of sizes) {
    const grid = baseGrid(plan, ledger.slice(0, n ? n + 1 : 0));
    const same = figuresOf(grid) === reference;
    const read = timeIt(() => readBaseData(grid), runs);
    const scan = timeIt(() => scanCells(grid), runs);
    const ratio = median(read.map((t, i) => t / scan[i]));
    rows.push({
      measure: `readBaseData on a Grid, ${grid.rowCount.toLocaleString("en-US")} used rows (template + ${n.toLocaleString("en-US")} ledger rows)`,
      median: round(median(read), 1),
      unit: "ms",
      baseline: round(median(scan), 2),
      ratio: round(ratio, 0),
      ratioNote: "reader time / one pass over every cell",
      target: n === big ? "linear in the cells; same figures as without the ledger" : undefined,
      verdict: n === big ? (same ? "met" : "missed") : undefined,
      samples: read.map((t) => round(t, 1)),
    });
    details[`figures found with ${n} ledger rows identical to the template alone`] = same;
  }

  // Memory: peak RSS of a process that builds the grid, with and without reading it.
  const mem = (mode: string) => child([mode, String(big)]);
  const onlyGrid = mem("grid");
  const withRead = mem("grid+read");
  rows.push({
    measure: `memory: peak RSS building the ${big.toLocaleString("en-US")}-row grid and reading it`,
    median: mb(withRead.maxRSS),
    unit: "MB",
    baseline: mb(onlyGrid.maxRSS),
    ratio: round(withRead.maxRSS / onlyGrid.maxRSS, 2),
    ratioNote: "with the read / building the grid alone",
  });
  details["reader's own peak (RSS difference)"] = `${mb(withRead.maxRSS - onlyGrid.maxRSS)} MB; grid retained on the heap ${mb(onlyGrid.gridHeap)} MB`;

  // The .xlsx path, each run in a fresh process.
  const file = path.join(o.outDir, `base-${big}.xlsx`);
  await writeXlsx(file, baseGrid(plan, ledger.slice(0, big + 1)), plan, ledger.slice(0, big + 1));
  const xlsxRuns = o.quick ? 1 : Math.max(3, Math.min(runs, 5));
  const samples: Array<Record<string, number>> = [];
  const bare: Array<Record<string, number>> = [];
  for (let i = 0; i < xlsxRuns; i++) {
    bare.push(child(["xlsx-open", file]));
    samples.push(child(["xlsx-read", file]));
  }
  const m = (xs: Array<Record<string, number>>, k: string) => median(xs.map((x) => x[k]));
  rows.push({
    measure: `.xlsx (${mb(fs.statSync(file).size)} MB, ${big.toLocaleString("en-US")} ledger rows): exceljs load + gridFromWorksheet + readBaseData`,
    median: round(m(samples, "totalMs"), 0),
    unit: "ms",
    baseline: round(m(bare, "loadMs"), 0),
    ratio: round(median(samples.map((s, i) => s.totalMs / bare[i].loadMs)), 2),
    ratioNote: "whole read / exceljs load alone",
    samples: samples.map((s) => round(s.totalMs, 0)),
  });
  rows.push({
    measure: "  of which exceljs load / gridFromWorksheet / readBaseData",
    median: `${round(m(samples, "loadMs"), 0)} / ${round(m(samples, "gridMs"), 0)} / ${round(m(samples, "readMs"), 0)} ms`,
  });
  rows.push({
    measure: "  peak RSS of that process",
    median: mb(m(samples, "maxRSS")),
    unit: "MB",
    baseline: mb(m(bare, "maxRSS")),
    ratio: round(m(samples, "maxRSS") / m(bare, "maxRSS"), 2),
    ratioNote: "with grid + reader / exceljs load alone",
  });

  // The Office.js adapter on the same sheet (fake host).
  const bigGrid = baseGrid(plan, ledger.slice(0, big + 1));
  const wb = new FakeWorkbook();
  const cells: Record<string, FakeValue | { formula: string }> = {};
  bigGrid.cells.forEach((row, ri) =>
    row?.forEach((c, ci) => {
      if (c) cells[a1(ri, ci)] = c.formula ? { formula: c.formula } : (c.value as FakeValue);
    }),
  );
  wb.addSheet("基础数据", cells).merges.push(...plan.merges);
  const t0 = process.hrtime.bigint();
  const snapshot = await readSheet(wb.host(), "基础数据");
  const adapterMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const sameViaAdapter = figuresOf(snapshot.grid) === reference;
  const windowJson = JSON.stringify(snapshot.grid.cells.map((row) => row.map((c) => c?.value ?? ""))).length;
  const fullJson = JSON.stringify(bigGrid.cells.map((row) => row.map((c) => c?.value ?? ""))).length;
  rows.push({
    measure: `Office.js adapter (fake host) on the ${bigGrid.rowCount.toLocaleString("en-US")}-row sheet: round trips`,
    median: wb.syncCount,
  });
  rows.push({
    measure: "  rows × columns read (window A1:AZ1000 ∩ used range), truncated flag",
    median: `${snapshot.grid.rowCount} × ${snapshot.grid.columnCount} of ${snapshot.used.rowCount.toLocaleString("en-US")} × ${snapshot.used.columnCount}, truncated = ${snapshot.truncated}`,
  });
  rows.push({
    measure: "  values payload of the read (JSON, one of values/formulas/numberFormat)",
    median: round(windowJson / 1024, 0),
    unit: "KB",
    baseline: round(fullJson / 1024, 0),
    ratio: round(fullJson / windowJson, 0),
    ratioNote: "the whole used range would be this many times larger (×3 with formulas and formats; Excel on the web refuses responses over 5 MB)",
  });
  details["adapter read: figures identical to the template alone"] = sameViaAdapter;
  details["adapter read time with the fake host (ms)"] = round(adapterMs, 0);
  details["READ_WINDOW"] = READ_WINDOW;

  return {
    id: "reader",
    title: "Reader at scale (基础数据 sheet with a 50,000-row ledger below the table)",
    rows,
    details,
  };
}
