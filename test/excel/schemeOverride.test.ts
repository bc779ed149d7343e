/**
 * 写计分方式 through the Office.js adapter (src/excel/schemeOverride.ts) on the fake host: the text goes
 * into the row's 计分方式 cell in two round trips, a cell holding anything is never written, and a
 * table without the column gets its header right of the header row.
 */
import { writeOverride } from "../../src/excel/schemeOverride";
import { readSheet } from "../../src/excel/readActions";
import { readSchemeSheet } from "../../src/scorecard/schemeSheet";
import { FakeWorkbook } from "../support/fakeExcel";

const TEXT = "扣分 超过100% 每1% 扣0.5";

/** A title in row 1, the header in row 2 (A:H, 计分方式 in H when `override`), two rows, 合计. */
function workbook(override: boolean): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("评分方案", {
    A1: "某局评分方案",
    A2: "一级指标",
    B2: "分值",
    C2: "二级指标",
    D2: "分值",
    E2: "三级指标",
    F2: "分值",
    G2: "评价标准",
    ...(override ? { H2: "计分方式" } : {}),
    A3: "投入",
    B3: 10,
    C3: "预算配置",
    D3: 10,
    E3: "在职人员控制率",
    F3: 5,
    G3: "超过100%，每1%扣0.5分",
    E4: "预算完成率",
    F4: 5,
    G4: "按完成比例计分，满分为止",
    A5: "合计",
    B5: 10,
  });
  return wb;
}

async function problemsOf(wb: FakeWorkbook) {
  const snapshot = await readSheet(wb.host(), "评分方案");
  return readSchemeSheet(snapshot.grid).problems;
}

test("writes the text into the row's 计分方式 cell in two round trips; the problem is gone", async () => {
  const wb = workbook(true);
  const fix = (await problemsOf(wb))[0].fix!;
  // Row 3 (0-based 2), column H (7), header in row 2 (0-based 1).
  expect(fix).toMatchObject({ row: 2, column: 7, headerRow: 1 });
  const before = wb.syncCount;
  const r = await writeOverride(wb.host(), { sheet: "评分方案", ...fix, text: TEXT });
  expect(r).toEqual({ cell: "H3", syncs: 2 });
  expect(wb.syncCount - before).toBe(2);
  expect(wb.content("评分方案", "H3")).toBe(TEXT);
  expect(await problemsOf(wb)).toEqual([]);
});

test("refuses a cell that holds anything, naming it in Chinese, and changes nothing", async () => {
  const wb = workbook(true);
  const fix = (await problemsOf(wb))[0].fix!;
  // The officer typed something there after the pane read the sheet.
  wb.sheet("评分方案")!.cells.set("H3", { value: "待定" });
  const cells = structuredClone([...wb.sheet("评分方案")!.cells]);
  const before = wb.syncCount;
  await expect(
    writeOverride(wb.host(), { sheet: "评分方案", ...fix, text: TEXT })
  ).rejects.toMatchObject({
    code: "cellsNotEmpty",
    message: expect.stringMatching(/^工作表“评分方案”的 H3 已有内容，未写入计分方式/),
  });
  // One round trip to look, none to write.
  expect(wb.syncCount - before).toBe(1);
  expect([...wb.sheet("评分方案")!.cells]).toEqual(cells);
});

test("a table without 计分方式: the header goes right of the header row, the text on the row", async () => {
  const wb = workbook(false);
  const fix = (await problemsOf(wb))[0].fix!;
  expect(fix.column).toBeUndefined();
  const before = wb.syncCount;
  const r = await writeOverride(wb.host(), { sheet: "评分方案", ...fix, text: TEXT });
  // The header row ends at G2: H is the first empty column right of it.
  expect(r).toEqual({ cell: "H3", header: "H2", syncs: 2 });
  expect(wb.syncCount - before).toBe(2);
  expect(wb.content("评分方案", "H2")).toBe("计分方式");
  expect(wb.content("评分方案", "H3")).toBe(TEXT);
  expect(await problemsOf(wb)).toEqual([]);
});

test("without the column, a cell in the new column's row that holds something is not written over", async () => {
  const wb = workbook(false);
  const fix = (await problemsOf(wb))[0].fix!;
  // A note beside the row, in the column the header would take.
  wb.sheet("评分方案")!.cells.set("H3", { value: "见附件" });
  await expect(
    writeOverride(wb.host(), { sheet: "评分方案", ...fix, text: TEXT })
  ).rejects.toMatchObject({ message: expect.stringContaining("H3 已有内容") });
  expect(wb.content("评分方案", "H2")).toBeUndefined();
  expect(wb.content("评分方案", "H3")).toBe("见附件");
});

test("a text Excel would take for a formula is written as text", async () => {
  const wb = workbook(true);
  const fix = (await problemsOf(wb))[0].fix!;
  const bands = "=100%计5分；100%以上计0分";
  await writeOverride(wb.host(), { sheet: "评分方案", ...fix, text: bands });
  const cell = wb.sheet("评分方案")!.cells.get("H3")!;
  expect(cell.formula).toBeUndefined();
  expect(cell.value).toBe(bands);
});
