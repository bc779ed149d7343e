/**
 * readScorecardInputs: what a user typed into a generated 计分表 comes back keyed by indicator
 * path (qualitative inputs) and field id (补充数据), so "更新" and a re-generate keep it.
 */
import * as ExcelJS from "exceljs";
import { getScheme } from "../../src/core";
import { gridFromWorksheet, workbookBuffer, workbookFromBuffer, writePlan } from "../../src/cli/xlsx";
import { findScorecardHeader, planScorecard, readScorecardInputs, scorecardSchemeId } from "../../src/scorecard/planner";
import { gridOfPlan, handMadeBase } from "./support/scorecard";

const xiangtan = getScheme("湘潭县2020");
const liuyang = getScheme("浏阳2018");

/** 湘潭县2020 has two 管理制度健全性 (预算管理, 资产管理): they must not be confused. */
const XIANGTAN_TYPED = {
  "投入/目标设定/绩效目标合理性": "①②③",
  "投入/目标设定/绩效指标明确性": "1,2,4",
  "过程/预算执行/支付进度率": "全部",
  "过程/预算管理/管理制度健全性": "①",
  "过程/资产管理/管理制度健全性": "②③",
  "产出/职责履行/实际完成率": "92/100",
  "产出/职责履行/完成及时率": 3,
  "效果/履职效益/经济效益": 0.9,
  "效果/履职效益/生态效益": 0,
  在职人员数: 45, // 补充数据: the base sheet below has no 在职人员数
};

const hand = handMadeBase({ 编制数: 43, 本年三公经费预算数: 18 });

describe("readScorecardInputs", () => {
  const plan = planScorecard(hand.base, xiangtan, { dialect: "perf", sheetName: "计分表", baseSheetName: "基础数据" });

  test("finds every typed input by the hidden key column", () => {
    expect(readScorecardInputs(gridOfPlan(plan, XIANGTAN_TYPED), xiangtan)).toEqual(XIANGTAN_TYPED);
  });

  test("without the key column (a copy that lost it), rows are matched by 一级/二级/三级 names", () => {
    expect(readScorecardInputs(gridOfPlan(plan, XIANGTAN_TYPED, [11]), xiangtan)).toEqual(XIANGTAN_TYPED);
  });

  test("blank inputs are left out; a grid that is no 计分表 gives nothing", () => {
    expect(readScorecardInputs(gridOfPlan(plan, {}), xiangtan)).toEqual({});
    expect(readScorecardInputs({ sheetName: "x", rowCount: 1, columnCount: 1, origin: { row: 0, column: 0 }, cells: [[{ value: "三级指标" }]], merges: [] }, xiangtan)).toEqual({});
  });

  test("read for another scheme, only the paths that scheme has come back", () => {
    // 浏阳2018 also has 过程/预算管理/管理制度健全性; callers pick the 计分表 of their scheme (scorecardSchemeId).
    const read = readScorecardInputs(gridOfPlan(plan, XIANGTAN_TYPED), liuyang);
    expect(Object.keys(read).sort()).toEqual(["在职人员数", "过程/预算管理/管理制度健全性"].sort());
  });

  test("re-generating with what was read keeps every input", () => {
    const read = readScorecardInputs(gridOfPlan(plan, XIANGTAN_TYPED), xiangtan);
    const again = planScorecard(hand.base, xiangtan, {
      dialect: "portable",
      sheetName: "计分表 (2)",
      baseSheetName: "基础数据",
      inputs: read as Record<string, string | number>,
    });
    expect(Object.fromEntries(again.inputs.filter((i) => i.initial !== undefined).map((i) => [i.key, i.initial]))).toEqual(XIANGTAN_TYPED);
  });

  test("through a real .xlsx: written with writePlan, read back with gridFromWorksheet", async () => {
    const withInputs = planScorecard(hand.base, xiangtan, {
      dialect: "perf",
      sheetName: "计分表",
      baseSheetName: "基础数据",
      inputs: XIANGTAN_TYPED,
    });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("基础数据");
    writePlan(wb, withInputs);
    const back = await workbookFromBuffer(await workbookBuffer(wb));
    const grid = gridFromWorksheet(back.getWorksheet("计分表")!);
    expect(findScorecardHeader(grid)).toBeDefined();
    expect(scorecardSchemeId(grid)).toBe("湘潭县2020");
    expect(readScorecardInputs(grid, xiangtan)).toEqual(XIANGTAN_TYPED);
  });
});
