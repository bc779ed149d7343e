/**
 * The pane's 复核 adapter (src/excel/review.ts, src/excel/reviewSheets.ts) on the fake host: seed
 * 000's 基础数据 and the department's hand-made 计分表 with its own 得分 (test/review's workbook,
 * cell for cell), found and compared in two round trips, with the same result as the command line.
 */
import { getScheme } from "../../src/core";
import { reviewOf, reviewWorkbook } from "../../src/excel/review";
import { readScoreSheets, typedScores } from "../../src/excel/reviewSheets";
import { generateScorecard } from "../../src/excel/scorecard";
import { readSheet } from "../../src/excel/readActions";
import { reviewGrids } from "../../src/scorecard/review";
import { FakeWorkbook } from "../support/fakeExcel";
import { SEED000_MERGES, seedCells } from "../support/seedBaseSheet";
import { handMadeCells, seed000Grids } from "../review/seed000Workbook";

const liuyang = getScheme("浏阳2018");

function workbook(extra: Record<string, Record<string, string | number>> = {}): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("说明", { A1: "部门整体支出绩效自评" });
  wb.addSheet("基础数据", seedCells()).merges.push(...SEED000_MERGES);
  for (const [name, cells] of Object.entries(extra)) wb.addSheet(name, cells);
  return wb;
}

const names = (wb: FakeWorkbook) => wb.sheets.map((s) => s.name);

describe("reviewWorkbook: seed 000's self-scores against its own 附件4", () => {
  it("finds the hand-made 计分表 and lists 公用经费控制率 first: self 8, computed 0, with the reason and cells", async () => {
    const wb = workbook({ 计分表: handMadeCells() });
    const before = wb.syncCount;
    const r = await reviewWorkbook(wb.host(), { scheme: liuyang, sheets: names(wb) });
    // The base sheet, the names and every other sheet's top rows; then the 计分表 whole.
    expect(r.syncs).toBe(2);
    expect(wb.syncCount - before).toBe(2);
    expect(r.selfScored).toEqual(["计分表"]);
    expect(r.review.selfSheet).toBe("计分表");
    const fee = r.review.ordered[0];
    expect(fee.name).toBe("公用经费控制率");
    expect(fee.status).toBe("differs");
    expect([fee.self!.toNumber(), fee.computed!.toNumber()]).toEqual([8, 0]);
    // 51.64 / 47.5 = 108.72%: 8.72 points over 100%, 1 point each, capped at the 8 it has.
    expect(fee.explanation).toMatch(/^公用经费控制率108\.72%，超过100%/);
    expect(fee.reason).toBe(`自评8分，按基础数据计算为0分：${fee.explanation}`);
    // Title row, header row, then the 7th indicator: row 9; 得分 is column I. 公用经费 is row 17.
    expect(fee.cells).toEqual([
      { sheet: "计分表", cell: "I9", label: "自评得分" },
      expect.objectContaining({ sheet: "基础数据", cell: expect.stringMatching(/^[CD]17$/) }),
      expect.objectContaining({ sheet: "基础数据", cell: expect.stringMatching(/^[CD]17$/) }),
    ]);
    // The department's 95 (its 合计 row) against 5 + 8 + 5 + 5 + 0 computed, 11 indicators pending.
    expect(r.review.selfTotal!.toNumber()).toBe(95);
    expect(r.review.summary.total.toNumber()).toBe(23);
    expect(r.review.summary.pendingCount).toBe(11);
  });

  it("agrees with the command line's review of the same workbook saved as .xlsx", async () => {
    const wb = workbook({ 计分表: handMadeCells() });
    const pane = (await reviewWorkbook(wb.host(), { scheme: liuyang, sheets: names(wb) })).review;
    const cli = reviewGrids(seed000Grids(), { scheme: liuyang });
    const view = (r: typeof cli) =>
      r.ordered.map((c) => [
        c.name,
        c.status,
        c.self?.toString(),
        c.computed?.toString(),
        c.reason,
      ]);
    expect(view(pane)).toEqual(view(cli));
  });

  it("reuses the pane's base sheet and pins: one round trip for the top rows, one for the 计分表", async () => {
    const wb = workbook({ 自评计分表: handMadeCells() });
    const host = wb.host();
    const base = await readSheet(host, "基础数据");
    const before = wb.syncCount;
    const found = await readScoreSheets(host, ["说明", "自评计分表"]);
    expect([found.syncs, wb.syncCount - before]).toEqual([2, 2]);
    const r = reviewOf(base, found, { scheme: liuyang, pins: [] });
    expect(r.selfSheet).toBe("自评计分表");
    expect(r.ordered[0]).toMatchObject({ name: "公用经费控制率", status: "differs" });
  });
});

describe("whether a workbook has self-scores to review", () => {
  it("a workbook without a 计分表: one round trip, nothing found", async () => {
    const wb = workbook();
    const before = wb.syncCount;
    const found = await readScoreSheets(wb.host(), ["说明"]);
    expect(found).toEqual({ grids: [], selfScored: [], syncs: 1, more: undefined });
    expect(wb.syncCount - before).toBe(1);
  });

  it("PerfScore's own 计分表 scores by formulas: no self-scores, until the department types one over", async () => {
    const wb = workbook();
    const host = wb.host();
    await generateScorecard(host, {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      scheme: liuyang,
      dialect: "portable",
      ruleTexts: true,
      explanations: true,
    });
    const fresh = await readScoreSheets(host, ["说明", "计分表"]);
    expect(fresh.grids.map((g) => g.sheetName)).toEqual(["计分表"]);
    expect(fresh.selfScored).toEqual([]);
    expect(typedScores(fresh.grids[0])).toBe(0);

    // The department types 8 over the 公用经费控制率 得分 formula.
    const sheet = wb.sheet("计分表")!;
    const nameAt = [...sheet.cells].find(([, c]) => c.value === "公用经费控制率")![0];
    const row = nameAt.replace(/^[A-Z]+/, "");
    const scoreCol = [...sheet.cells].find(([, c]) => c.value === "得分")![0].replace(/\d+$/, "");
    sheet.cells.set(`${scoreCol}${row}`, { value: 8 });
    const typed = await readScoreSheets(host, ["说明", "计分表"]);
    expect(typed.selfScored).toEqual(["计分表"]);
    const r = await reviewWorkbook(host, { scheme: liuyang, sheets: names(wb) });
    const fee = r.review.indicators.find((c) => c.name === "公用经费控制率")!;
    expect([fee.status, fee.self!.toNumber(), fee.computed!.toNumber()]).toEqual(["differs", 8, 0]);
    expect(fee.cells[0]).toEqual({ sheet: "计分表", cell: `${scoreCol}${row}`, label: "自评得分" });
  });

  it("text typed as a score counts (５分), a formula or a blank does not", () => {
    const grid = (score: unknown, formula?: string) => ({
      sheetName: "计分表",
      rowCount: 2,
      columnCount: 2,
      origin: { row: 0, column: 0 },
      merges: [],
      cells: [
        [{ value: "三级指标" }, { value: "得分" }],
        [{ value: "在职人员控制率" }, { value: score as string, ...(formula ? { formula } : {}) }],
      ],
    });
    expect(typedScores(grid("５分"))).toBe(1);
    expect(typedScores(grid(5, "=B9"))).toBe(0);
    expect(typedScores(grid(null))).toBe(0);
    expect(typedScores(grid("优"))).toBe(0);
  });
});
