/**
 * Seed 000 (浏阳市经信局 2018, 附件4 部门整体支出绩效评价基础数据表) reproduced cell by cell from
 * test/fixtures/seeds/liuyang2018.txt. Expected figures are the numbers printed in the seed.
 */
import { FIELDS } from "../../src/core/fields";
import { readBaseData } from "../../src/scorecard/reader";
import { expectFigures, fieldsWith, kindsOf, problemsOf } from "./expect";
import { gridOf, type TestCell } from "./sheetBuilder";

const rows: TestCell[][] = [
  ["附件4"],
  ["部门整体支出绩效评价基础数据表"],
  ["填报单位：浏阳市经济和信息化局"],
  ["财政供养人员情况", "编制数", "2018年实际在职人数", "控制率"],
  [null, 43, 43, "100%"],
  ["经费控制情况", "2017年决算数", "2018年预算数", "2018年决算数"],
  ["三公经费", 25.17, 18, 4.63],
  ["   1、公务用车购置和维护经费", 8.1, null, null],
  ["       其中：公车购置", null, null, null],
  ["             公车运行维护", 8.1, null, null],
  ["   2、出国经费", null, null, null],
  ["   3、公务接待", 17.07, 18, 4.63],
  ["项目支出：", 3858.73, 137.92, 5124.43],
  ["1、业务工作专项", 772, null, 3468.5],
  ["2、运行维护专项", 84.75, 137.92, 133.2],
  ["   3、其他项目支出…", null, null, 257.03],
  ["公用经费", null, 47.5, 51.64],
  ["    其中：办公经费", null, 5, 5],
  ["          水费、电费、差旅费"],
  ["          会议费、培训费"],
  ["其他"],
  ["政府采购金额"],
  ["部门整体支出预算调整 "],
  [
    "厉行节约保障措施",
    "严格按照中央厉行节约政策支出费用，并根据实际情况，成立了厉行节约领导小组，制订了一系列厉行节约相关制度。",
  ],
  [
    "说明：“项目支出”需要填报除专项资金和基本支出以外的所有项目情况，包括业务工作项目、运行维护项目等；“公用经费”填报基本支出中的一般商品和服务支出。",
  ],
];
const merges = ["A2:D2", "A3:D3", "A4:A5", "B24:D24", "A25:D25"];

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
    expect(problemsOf(data, "sum")).toEqual([]);
    expect(kindsOf(data)).toEqual(["blank", "missing"]);
  });

  it("reads the unit name and labels with their addresses", () => {
    expect(data.unitName).toBe("浏阳市经济和信息化局");
    expect(data.figures["编制数"]).toMatchObject({ label: "编制数", labelAddress: "B4", raw: 43 });
    expect(data.figures["上年三公经费决算数"]).toMatchObject({ label: "三公经费（2017年决算数）", labelAddress: "A7" });
  });
});
