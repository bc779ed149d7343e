/**
 * Over random officer's sheets (either built-in table, columns dropped, the table moved, cells already
 * typed, merged, junk around it, figures missing from 基础数据), the fill never plans a non-empty
 * cell, and writing the plan (exceljs, as `perfscore fill` does) changes exactly the announced cells.
 */
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { getScheme } from "../../src/core";
import { writeFill } from "../../src/cli/xlsx";
import { blankScorecardTable, MAX_FORMULA, planFill } from "../../src/scorecard/fillInPlace";
import { a1, parseA1, type Grid } from "../../src/scorecard/grid";
import { readSchemeSheet, tableGrid } from "../../src/scorecard/schemeSheet";
import { handMadeBase } from "../planner/support/scorecard";
import { FULL_FIGURES, SHEET } from "./support";

type Row = Array<string | number | null>;

const junk = fc.oneof(fc.constant("已填"), fc.integer({ min: 0, max: 9 }), fc.constant(" "), fc.constant(0));

const sheetArb = fc.record({
  scheme: fc.constantFrom("浏阳2018", "湘潭县2020"),
  dropExplain: fc.boolean(),
  /** 0: the 指标值 column is dropped (one sheet in ten). */
  dropValue: fc.nat(9),
  /** Per row and column (指标值, 得分, 扣分说明): a value already typed. */
  typed: fc.array(fc.tuple(fc.nat(40), fc.constantFrom(-2, -1), junk), { maxLength: 12 }),
  totalRow: fc.constantFrom("keep", "drop", "typed"),
  gradeRow: fc.constantFrom("keep", "drop", "typed", "unmerged"),
  mergeScore: fc.option(fc.nat(40)),
  shift: fc.record({ rows: fc.nat(3), columns: fc.nat(2) }),
  /** Notes beside or under the table: [below?, offset along, offset away, value]. */
  notes: fc.array(fc.tuple(fc.boolean(), fc.nat(30), fc.nat(3), junk), { maxLength: 6 }),
  missing: fc.subarray(Object.keys(FULL_FIGURES), { maxLength: 4 }),
});

type SheetCase = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

const shiftAddress = (a: string, dr: number, dc: number) => {
  const p = parseA1(a);
  return a1(p.row + dr, p.column + dc);
};

function buildGrid(c: SheetCase): Grid {
  const table = blankScorecardTable(getScheme(c.scheme));
  let rows: Row[] = table.rows.map((r) => [...r]);
  let merges = [...table.merges];
  const width = rows[1].length;
  const body = rows.length - 4;
  // Columns counted from the right: 扣分说明 -1, 得分 -2, then 计分方式 or 指标值.
  for (const [r, col, v] of c.typed) rows[2 + (r % body)][width + col] = v;
  if (c.totalRow === "drop") rows[rows.length - 2] = new Array(width).fill(null);
  if (c.totalRow === "typed") rows[rows.length - 2][width - 2] = 88;
  const last = rows.length - 1;
  if (c.gradeRow === "drop") rows[last] = new Array(width).fill(null);
  if (c.gradeRow === "typed") rows[last][width - 2] = "良";
  if (c.gradeRow !== "keep") merges = merges.filter((m) => !m.startsWith(`A${last + 1}:`));
  if (c.mergeScore !== null) {
    const r = 3 + (c.mergeScore % body);
    merges.push(`${a1(r - 1, width - 2)}:${a1(r - 1, width - 1)}`);
  }
  if (c.dropExplain) {
    rows = rows.map((r) => r.slice(0, width - 1));
  }
  if (c.dropValue === 0) rows = rows.map((r) => [...r.slice(0, 8), ...r.slice(9)]);
  const height = rows.length;
  const wide = Math.max(...rows.map((r) => r.length));
  for (const [below, along, away, v] of c.notes) {
    const [r, col] = below ? [height + 1 + away, along % wide] : [along % height, wide + 1 + away];
    (rows[r] ??= [])[col] = v;
  }
  // Merged areas must still lie within the kept columns (dropped columns take theirs along).
  rows = Array.from(rows, (r) => r ?? []);
  const cols = Math.max(...rows.map((r) => r.length));
  merges = merges.filter((m) => m.split(":").every((x) => parseA1(x).column < cols));
  const shifted = [
    ...Array.from({ length: c.shift.rows }, () => [] as Row),
    ...rows.map((r) => [...new Array<null>(c.shift.columns).fill(null), ...r]),
  ];
  const grid = tableGrid(SHEET, {
    rows: shifted.map((r) => Array.from(r, (v) => (v === undefined ? null : v))),
    merges: merges.map((m) => m.split(":").map((x) => shiftAddress(x, c.shift.rows, c.shift.columns)).join(":")),
  });
  return grid;
}

function isCovered(grid: Grid, address: string): boolean {
  const p = parseA1(address);
  return grid.merges.some((m) => {
    const [a, b = a] = m.split(":").map(parseA1);
    const inside = p.row >= a.row && p.row <= b.row && p.column >= a.column && p.column <= b.column;
    return inside && !(p.row === a.row && p.column === a.column);
  });
}

function worksheetOf(grid: Grid): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && cell.value !== null) ws.getCell(a1(grid.origin.row + r, grid.origin.column + c)).value = cell.value;
    })
  );
  for (const m of grid.merges) ws.mergeCells(m);
  return { wb, ws };
}

function snapshot(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge) out.set(cell.address, cell.formula ? `=${cell.formula}` : cell.value);
    })
  );
  return out;
}

test("the fill never plans a non-empty cell, and the writer changes exactly the announced cells", () => {
  let planned = 0;
  fc.assert(
    fc.property(sheetArb, (c) => {
      const grid = buildGrid(c);
      const figures = { ...FULL_FIGURES };
      for (const f of c.missing) delete figures[f];
      const hand = handMadeBase(figures);
      const planning = planFill(grid, readSchemeSheet(grid), hand.base);
      if (!planning.ok) return;
      planned++;
      const plan = planning.plan;
      const addresses = plan.cells.map((x) => x.address);
      expect(new Set(addresses).size).toBe(addresses.length);
      for (const cell of plan.cells) {
        const { row, column } = parseA1(cell.address);
        expect([cell.address, grid.cells[row - grid.origin.row]?.[column - grid.origin.column]]).toEqual([cell.address, undefined]);
        expect([cell.address, isCovered(grid, cell.address)]).toEqual([cell.address, false]);
        expect(cell.formula.length).toBeLessThanOrEqual(MAX_FORMULA);
      }
      for (const input of plan.inputs) expect(addresses).not.toContain(input.address);
      const { ws } = worksheetOf(grid);
      const before = snapshot(ws);
      writeFill(ws, plan);
      const after = snapshot(ws);
      for (const [address, v] of before) expect([address, after.get(address)]).toEqual([address, v]);
      expect([...after.keys()].filter((a) => !before.has(a)).sort()).toEqual([...addresses].sort());
    }),
    { numRuns: 120, seed: 20261203 }
  );
  // Most random sheets still read as a scheme (the property is not vacuous).
  expect(planned).toBeGreaterThan(60);
});

