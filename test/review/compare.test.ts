/** 复核 of one workbook (pure): seed 000's own self-scores against its own base data. */
import * as ExcelJS from "exceljs";
import { gridFromWorksheet } from "../../src/cli/xlsx";
import { getScheme } from "../../src/core";
import { readSelfScores, reviewGrids, ReviewError } from "../../src/scorecard/review";
import { addSheet } from "../reader/sheetBuilder";
import { SEED000_ROWS } from "../support/seedBaseSheet";
import { handMadeRows, seed000Grids } from "./seed000Workbook";

describe("seed 000: the department's 95 against its own 附件4", () => {
  const r = reviewGrids(seed000Grids());
  const byName = (name: string) => r.indicators.find((c) => c.name === name)!;

  test("the hand-made 计分表 names 浏阳2018's indicators, so that scheme is used", () => {
    expect(r.scheme.id).toBe("浏阳2018");
    expect(r.schemeSource).toBe("按计分表的指标名称判断");
    expect(r.selfSheet).toBe("计分表");
    expect(r.unitName).toBe("浏阳市经济和信息化局");
  });

  test("公用经费控制率 differs: self 8, computed 0 (51.64/47.5 = 108.72%, 1 point per 1% over, capped at 8)", () => {
    const c = byName("公用经费控制率");
    expect(c.status).toBe("differs");
    expect(c.self!.toNumber()).toBe(8);
    expect(c.computed!.toNumber()).toBe(0);
    expect(c.difference!.toNumber()).toBe(8);
    expect(c.reason).toMatch(/^自评8分，按基础数据计算为0分：公用经费控制率108\.72%，超过100%/);
    // The 得分 cell in the hand-made sheet (title row, header row, then the 7th indicator: row 9, column I).
    expect(c.cells[0]).toEqual({ sheet: "计分表", cell: "I9", label: "自评得分" });
    expect(
      c.cells
        .slice(1)
        .map((x) => x.cell)
        .sort()
    ).toEqual(["C17", "D17"]);
    expect(r.ordered[0]).toBe(c);
  });

  test("agreeing indicators: 在职人员控制率 43/43 → 5, “三公经费”控制率 4.63/18 → 8, no buildings → 5 and 5", () => {
    for (const [name, score] of [
      ["在职人员控制率", 5],
      ["“三公经费”控制率", 8],
      ["新建楼堂馆所面积控制率", 5],
      ["新建楼堂馆所投资概算控制率", 5],
    ] as const) {
      expect(byName(name).status).toBe("same");
      expect(byName(name).computed!.toNumber()).toBe(score);
    }
  });

  test("what 附件4 cannot score is pending, with the self-score and why", () => {
    const c = byName("政府采购执行率");
    expect(c.status).toBe("pending");
    expect(c.reason).toMatch(/^自评5分，无法按基础数据计算：基础数据缺少/);
    // 经济效益 (6) and the blank 社会效益 row are one indicator in 浏阳2018.
    expect(byName("经济效益、社会效益").self!.toNumber()).toBe(6);
    expect(r.indicators.filter((x) => x.status === "pending")).toHaveLength(11);
  });

  test("totals: self 95 (as the sheet's 合计 says, so no problem), computed 5+5+5+8+0 = 23 with 11 pending", () => {
    expect(r.selfTotal!.toNumber()).toBe(95);
    expect(r.statedTotal).toBeUndefined();
    expect(r.selfProblems).toEqual([]);
    expect(r.summary.total.toNumber()).toBe(23);
    expect(r.summary.pendingCount).toBe(11);
  });
});

function grid(rows: Parameters<typeof addSheet>[1]["rows"], name = "计分表") {
  const wb = new ExcelJS.Workbook();
  return gridFromWorksheet(addSheet(wb, { name, rows }));
}

describe("reading self-scores", () => {
  const liuyang = getScheme("浏阳2018");

  test("without a 评价标准 column, the 三级指标 and 自评得分 headers are enough; text scores are read", () => {
    const g = grid([
      ["三级指标", "自评得分"],
      ["在职人员控制率", "５分"],
      ["公用经费控制率", "8"],
    ]);
    const s = readSelfScores(g, liuyang)!;
    expect(Object.values(s.scores).map((x) => x.score!.toNumber())).toEqual([5, 8]);
  });

  test("unusable scores, unknown rows and a 合计 that does not add up are problems with their cells", () => {
    const rows = handMadeRows([
      ["投入", 13, "预算配置", 13, "在职人员控制率", 5, 6],
      [null, null, null, null, "“三公经费”变动率", 8, "优"],
      [null, null, null, null, "办公用房面积", 2, 2],
      [null, null, null, null, "预算完成率", 5, 4],
      ["合计", 100, null, null, null, null, 10],
    ]);
    const grids = [grid(SEED000_ROWS, "基础数据"), grid(rows)];
    const r = reviewGrids(grids, { scheme: liuyang });
    expect(r.selfProblems.map((p) => `${p.cell} ${p.message}`)).toEqual([
      "I3 自评得分6不在0到分值5之间",
      "I4 自评得分“优”不是数字",
      "I5 “办公用房面积”不是评分方案中的三级指标，其得分未计入",
      "I7 计分表合计10分，与各指标自评得分之和4分不符",
    ]);
  });

  test("a workbook without a base-data sheet cannot be reviewed, and says why", () => {
    expect(() => reviewGrids([grid(handMadeRows())])).toThrow(ReviewError);
    expect(() => reviewGrids([grid(handMadeRows())])).toThrow(/没有找到基础数据表/);
  });
});
