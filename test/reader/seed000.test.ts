/**
 * Seed 000 (浏阳市经信局 2018, 附件4 部门整体支出绩效评价基础数据表) reproduced cell by cell from
 * test/fixtures/seeds/liuyang2018.txt. Expected figures are the numbers printed in the seed.
 */
import { FIELDS } from "../../src/core/fields";
import { readBaseData, readSheetInfo } from "../../src/scorecard/reader";
import { expectFigures, fieldsWith, kindsOf, problemsOf } from "./expect";
import { SEED000_MERGES, SEED000_ROWS } from "../support/seedBaseSheet";
import { gridOf, type TestCell } from "./sheetBuilder";

const rows: TestCell[][] = SEED000_ROWS;
const merges = SEED000_MERGES;

describe("seed 000 附件4", () => {
  let data: Awaited<ReturnType<typeof readBaseData>>;
  beforeAll(async () => {
    data = readBaseData(await gridOf({ name: "附件4", rows, merges }));
  });

  it("finds the staff figures under their headings", () => {
    expectFigures(data, { 编制数: ["B5", 43], 在职人员数: ["C5", 43] });
  });

  it("takes the evaluation year from the headings 2017 / 2018: 本年 = 2018, 上年 = 2017", () => {
    expect(data.year).toBe(2018);
    expect(problemsOf(data, "year")).toEqual([]);
  });

  it("reads the 经费控制情况 cross table into 本年 / 上年 columns", () => {
    expectFigures(data, {
      上年三公经费决算数: ["B7", 25.17],
      本年三公经费预算数: ["C7", 18],
      本年三公经费决算数: ["D7", 4.63],
      上年公务用车购置及运行维护费决算数: ["B8", 8.1],
      上年公务用车运行维护费决算数: ["B10", 8.1],
      上年公务接待费决算数: ["B12", 17.07],
      本年公务接待费预算数: ["C12", 18],
      本年公务接待费决算数: ["D12", 4.63],
      本年公用经费预算数: ["C17", 47.5],
      本年公用经费决算数: ["D17", 51.64],
      // Blank cells of found labels keep their address.
      上年公用经费决算数: ["B17", null],
      本年政府采购预算数: ["C22", null],
      本年政府采购决算数: ["D22", null],
      "上年因公出国（境）费决算数": ["B11", null],
      // 项目支出 is a row of the table; the catalogue's 项目总支出 is the budgeted amount (预算数).
      项目总支出: ["C13", 137.92],
    });
  });

  it("reports 上年三公经费预算数 as missing instead of taking 2017年决算数", () => {
    expect(data.figures["上年三公经费预算数"]).toBeUndefined();
    expect(problemsOf(data, "missing")).toContainEqual({ field: "上年三公经费预算数", cell: undefined, message: "基础数据缺少：上年三公经费预算数" });
  });

  it("lists exactly the figures the sheet does not have", () => {
    const present = new Set([
      "编制数",
      "在职人员数",
      "项目总支出",
      ...["三公经费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "因公出国（境）费", "公务接待费", "公用经费", "政府采购"].flatMap(
        (row) => ["上年" + row + "决算数", "本年" + row + "预算数", "本年" + row + "决算数"],
      ),
    ]);
    const missing = FIELDS.map((f) => f.id).filter((id) => !present.has(id));
    expect(missing).toHaveLength(28);
    expect(fieldsWith(data, "missing")).toEqual([...missing].sort());
  });

  it("reports the blank cells of found labels", () => {
    expect(fieldsWith(data, "blank")).toEqual(
      [
        "本年公务用车购置及运行维护费预算数",
        "本年公务用车购置及运行维护费决算数",
        "上年公务用车购置费决算数",
        "本年公务用车购置费预算数",
        "本年公务用车购置费决算数",
        "本年公务用车运行维护费预算数",
        "本年公务用车运行维护费决算数",
        "上年因公出国（境）费决算数",
        "本年因公出国（境）费预算数",
        "本年因公出国（境）费决算数",
        "上年公用经费决算数",
        "上年政府采购决算数",
        "本年政府采购预算数",
        "本年政府采购决算数",
      ].sort(),
    );
    expect(problemsOf(data, "blank")).toContainEqual({ field: "上年公用经费决算数", cell: "B17", message: "上年公用经费决算数（B17）为空，请填写" });
  });

  it("checks the sub-items: 8.1 + 17.07 = 25.17 (2017) and 4.63 (2018 决算) add up", () => {
    expect(problemsOf(data, "sum").filter((p) => p.field !== undefined)).toEqual([]);
    expect(kindsOf(data)).toEqual(["blank", "missing", "sum"]);
  });

  // Numbered rows under 项目支出 are its sub-items though no vocabulary names them. By hand:
  // 2018 决算 (D) 3468.5 + 133.2 + 257.03 = 3858.73, which is B13 (2017 决算), not D13's 5124.43
  // (5124.43 − 3858.73 = 1265.7); 2017 (B) 772 + 84.75 = 856.75 (3858.73 − 856.75 = 3001.98);
  // 2018 预算 (C) 137.92 = 137.92. The 其中 rows under 公用经费 (5 of 47.5 and 51.64) are fine.
  it("checks the 项目支出 sub-items of any row: they add up to last year's total, not this year's", () => {
    expect(problemsOf(data, "sum")).toEqual([
      {
        field: undefined,
        cell: "B13",
        message: "“项目支出：”（B13）为3858.73，与其分项（B14、B15、B16）之和856.75不符，相差3001.98，请核对",
      },
      {
        field: undefined,
        cell: "D13",
        message: "“项目支出：”（D13）为5124.43，与其分项（D14、D15、D16）之和3858.73不符，相差1265.7；分项之和等于B13的数，请核对",
      },
    ]);
  });

  it("reads the year and 填报单位 alone, for the pane's suggestion, without looking for figures", async () => {
    const grid = await gridOf({ name: "附件4", rows, merges });
    expect(readSheetInfo(grid)).toEqual({ year: 2018, unitName: "浏阳市经济和信息化局" });
  });

  it("reads the unit name and labels with their addresses", () => {
    expect(data.unitName).toBe("浏阳市经济和信息化局");
    expect(data.figures["编制数"]).toMatchObject({ label: "编制数", labelAddress: "B4", raw: 43 });
    expect(data.figures["上年三公经费决算数"]).toMatchObject({ label: "三公经费（2017年决算数）", labelAddress: "A7" });
  });
});
