/**
 * 在此表中计分 through the Office.js adapter, on the fake host: the count first (nothing written), then
 * one write batch into the planned cells only; a failure mid-write, a cell typed since the plan and a
 * protected sheet each leave the sheet exactly as it was.
 */
import fc from "fast-check";
import { getScheme } from "../../src/core";
import { failure } from "./fixtures";
import { fillInPlace, planFillInPlace } from "../../src/excel/fillInPlace";
import { blankScorecardTable, type FillPlan } from "../../src/scorecard/fillInPlace";
import { a1 } from "../../src/scorecard/grid";
import { FakeOfficeError, FakeWorkbook } from "../support/fakeExcel";
import { handMadeBase } from "../planner/support/scorecard";
import { buildGrid, sheetArb } from "../fillInPlace/randomSheets";
import { FULL_FIGURES } from "../fillInPlace/support";

const SHEET = "评分表";

// The adapter logs a failed write and rollback to the console, as 生成 does.
beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const table = blankScorecardTable(getScheme("湘潭县2020"));
  const cells: Record<string, string | number> = {};
  table.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) cells[a1(r, c)] = v;
    })
  );
  wb.addSheet(SHEET, cells).merges.push(...table.merges);
  const base: Record<string, string | number> = {};
  for (const [address, cell] of handMadeBase(FULL_FIGURES).cells)
    if (cell.value !== null && cell.value !== undefined) base[address] = cell.value as string | number;
  wb.addSheet("基础数据", base);
  return wb;
}

/** What a user sees of a sheet: each cell's formula or value and number format ("General" = none). */
function seen(wb: FakeWorkbook, sheet = SHEET): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [address, cell] of wb.sheet(sheet)!.cells) {
    const content = cell.formula ?? cell.value;
    const format = cell.numberFormat && cell.numberFormat !== "General" ? cell.numberFormat : undefined;
    if (content !== null || format) out[address] = [content, format];
  }
  return out;
}

async function planned(wb: FakeWorkbook): Promise<FillPlan> {
  const preview = await planFillInPlace(wb.host(), { sheetName: SHEET, baseSheet: "基础数据" });
  if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
  return preview.plan;
}

test("the first call returns the count and writes nothing; the second writes exactly those cells in one batch", async () => {
  const wb = workbook();
  const before = seen(wb);
  const syncsBefore = wb.syncCount;
  const preview = await planFillInPlace(wb.host(), { sheetName: SHEET, baseSheet: "基础数据" });
  expect(preview.ok).toBe(true);
  if (!preview.ok) return;
  expect(wb.syncCount - syncsBefore).toBe(1);
  expect(seen(wb)).toEqual(before);
  // 湘潭县2020: 27 indicators (投入 5, 过程 7+4+3, 产出 4, 效果 4), each a 得分; and the 合计's 得分 and note and the 评价结果 (its 扣分说明 and 指标值 depend
  // on Excel's formula limit and the 指标说明 texts: counted from the plan's own roles).
  const roles = preview.plan.cells.map((c) => c.role);
  expect(roles.filter((r) => r === "score")).toHaveLength(27);
  expect(roles.filter((r) => r === "total" || r === "totalNote" || r === "grade")).toHaveLength(3);
  expect(preview.count).toBe(preview.plan.cells.length);

  const r = await fillInPlace(wb.host(), preview.plan);
  expect(r).toEqual({ sheetName: SHEET, written: preview.count, syncs: 2 });
  const after = seen(wb);
  const written = new Set(preview.plan.cells.map((c) => c.address));
  for (const [address, v] of Object.entries(before)) expect([address, after[address]]).toEqual([address, v]);
  expect(Object.keys(after).filter((a) => !(a in before)).sort()).toEqual([...written].sort());
  for (const c of preview.plan.cells) expect(wb.content(SHEET, c.address)).toBe(c.formula);
  // The write went out as one request (after the check's).
  const writes = wb.requests.slice(-1)[0].labels.filter((l) => l === "Range.formulas");
  expect(writes).toHaveLength(preview.count);
});

test("a failure mid-write empties the cells again: the sheet is as it was", async () => {
  const wb = workbook();
  const plan = await planned(wb);
  const before = seen(wb);
  let n = 0;
  wb.failWhen = (label) =>
    label === "Range.formulas" && ++n === 12
      ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
      : undefined;
  const e = await failure(fillInPlace(wb.host(), plan));
  wb.failWhen = undefined;
  expect(e.code).toBe("writeFailed");
  expect(e.message).toMatch(/^在此表中计分时出错，已清除写入的单元格，工作表保持原样/);
  expect(seen(wb)).toEqual(before);
});

test("a failure of the rollback too says so", async () => {
  const wb = workbook();
  const plan = await planned(wb);
  wb.failWhen = (label) =>
    label === "Range.formulas" || label === "Range.clear" ? new FakeOfficeError("GeneralException", "x") : undefined;
  const e = await failure(fillInPlace(wb.host(), plan));
  expect(e.message).toMatch(/未能清除已写入的单元格/);
});

test("a planned cell typed into since the plan: refused, nothing written", async () => {
  const wb = workbook();
  const plan = await planned(wb);
  wb.sheet(SHEET)!.cells.set(plan.cells[3].address, { value: 4 });
  const before = seen(wb);
  const e = await failure(fillInPlace(wb.host(), plan));
  expect(e.code).toBe("cellsNotEmpty");
  expect(e.message).toContain(plan.cells[3].address);
  expect(seen(wb)).toEqual(before);
});

test("a protected sheet: refused before any write", async () => {
  const wb = workbook();
  const plan = await planned(wb);
  wb.sheet(SHEET)!.protected = true;
  const before = seen(wb);
  const e = await failure(fillInPlace(wb.host(), plan));
  expect(e.code).toBe("protectedSheet");
  expect(seen(wb)).toEqual(before);
});

test("a sheet whose scheme does not read gives its problems with their cells", async () => {
  const wb = workbook();
  wb.sheet(SHEET)!.cells.set("H5", { value: "酌情扣分" });
  const preview = await planFillInPlace(wb.host(), { sheetName: SHEET, baseSheet: "基础数据" });
  expect(preview.ok).toBe(false);
  if (preview.ok) return;
  expect(preview.problems.map((p) => p.cell)).toContain("评分表!H5");
});

test("over random officer's sheets, the adapter writes exactly the cells it announced, never a non-empty one", async () => {
  let filled = 0;
  await fc.assert(
    fc.asyncProperty(sheetArb, async (c) => {
      const grid = buildGrid(c);
      const wb = new FakeWorkbook();
      const cells: Record<string, string | number | boolean> = {};
      grid.cells.forEach((row, r) =>
        row.forEach((cell, col) => {
          if (cell && cell.value !== null) cells[a1(grid.origin.row + r, grid.origin.column + col)] = cell.value;
        })
      );
      wb.addSheet(SHEET, cells).merges.push(...grid.merges);
      const figures = { ...FULL_FIGURES };
      for (const f of c.missing) delete figures[f];
      const base: Record<string, string | number> = {};
      for (const [address, cell] of handMadeBase(figures).cells)
        if (cell.value !== null && cell.value !== undefined) base[address] = cell.value as string | number;
      wb.addSheet("基础数据", base);
      const before = seen(wb);
      const preview = await planFillInPlace(wb.host(), { sheetName: SHEET, baseSheet: "基础数据" });
      expect(seen(wb)).toEqual(before);
      if (!preview.ok) return;
      filled++;
      await fillInPlace(wb.host(), preview.plan);
      const after = seen(wb);
      for (const [address, v] of Object.entries(before)) expect([address, after[address]]).toEqual([address, v]);
      const announced = preview.plan.cells.map((x) => x.address).sort();
      expect(Object.keys(after).filter((a) => !(a in before)).sort()).toEqual(announced);
      expect(announced).toHaveLength(preview.count);
    }),
    { numRuns: 40, seed: 20261204 }
  );
  expect(filled).toBeGreaterThan(20);
});
