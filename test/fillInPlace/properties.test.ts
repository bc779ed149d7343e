/**
 * Over random officer's sheets (either built-in table, columns dropped, the table moved, cells already
 * typed, merged, junk around it, figures missing from 基础数据), the fill never plans a non-empty
 * cell, and writing the plan (exceljs, as `perfscore fill` does) changes exactly the announced cells.
 */
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { writeFill } from "../../src/cli/xlsx";
import { MAX_FORMULA, planFill } from "../../src/scorecard/fillInPlace";
import { a1, parseA1, type Grid } from "../../src/scorecard/grid";
import { readSchemeSheet } from "../../src/scorecard/schemeSheet";
import { handMadeBase } from "../planner/support/scorecard";
import { buildGrid, isCovered, sheetArb } from "./randomSheets";
import { FULL_FIGURES, SHEET } from "./support";

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

