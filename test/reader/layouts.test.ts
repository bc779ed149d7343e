/**
 * Deliberately awkward 基础数据 layouts, each written as a real .xlsx (exceljs) and read back.
 * Every expected figure and problem is worked out by hand from the sheet as drawn here.
 */
import * as ExcelJS from "exceljs";
import { gridFromWorksheet } from "../../src/cli/xlsx";
import { crossFieldId, type CrossRow, YEAR_COLUMNS } from "../../src/core/fields";
import { findBaseSheet, readBaseData } from "../../src/scorecard/reader";
import { expectFigures, fieldsWith, kindsOf, problemsOf } from "./expect";
import { addSheet, gridOf, roundTrip, type SheetSpec } from "./sheetBuilder";

async function read(spec: SheetSpec, options?: Parameters<typeof readBaseData>[1]) {
  return readBaseData(await gridOf(spec), options);
}

const cross = (rows: CrossRow[]) => rows.flatMap((r) => YEAR_COLUMNS.map((c) => crossFieldId(r, c)));

describe("awkward 基础数据 layouts", () => {
  it("1. moved rows and columns, a blank row, the year and unit written inside one cell each", async () => {
    const data = await read(
      {
        rows: [
          ["年度：2021"],
          ["填报单位：某某县财政局   单位：万元"],
          [],
          ["本年追加预算", 300],
          [],
          ["上年结转", 120.5],
          ["编制数", 43],
          ["在职人员数", 41],
          ["年初预算", 2886.58],
        ],
        at: { row: 5, column: 3 },
      },
      { fields: ["编制数", "在职人员数", "年初预算", "上年结转", "本年追加预算", "年末结余", "实际建设面积"] },
    );
    expectFigures(data, {
      本年追加预算: ["D8", 300],
      上年结转: ["D10", 120.5],
      编制数: ["D11", 43],
      在职人员数: ["D12", 41],
      年初预算: ["D13", 2886.58],
    });
    expect(data.year).toBe(2021);
    expect(data.unitName).toBe("某某县财政局");
    expect(data.problems).toEqual([
      { kind: "missing", field: "年末结余", message: "基础数据缺少：年末结余", messageEn: "Missing from the base data: 年末结余" },
      // An absent 楼堂馆所 figure is reported with what the score assumes of it.
      {
        kind: "missing",
        field: "实际建设面积",
        message: "基础数据缺少：实际建设面积（未填视为没有该项目）",
        messageEn: "Missing from the base data: 实际建设面积 (if left out, there is taken to be no such project)",
      },
    ]);
  });

  it("2. synonyms, numbering prefixes, spaced labels, unit notes, full-width digits, text numbers", async () => {
    const fields = ["编制数", "在职人员数", "年初预算", "上年结转", "本年追加预算", "年末结余", "重点项目支出", "项目总支出", "满意率"];
    const data = await read(
      {
        rows: [
          ["一、人员情况"],
          ["1、核定编制数（人）", "43人"],
          ["2、在 职 人 员 数", "４１"],
          ["（三）年初预算安排数（单位：万元）", "2,886.58"],
          ["    其中：上年结转资金", "１２０．５"],
          ["⑸本年追加", " 300 "],
          ["年末结余（万元）：", 12.3],
          ["“重点项目”支出", "800万元"],
          ["项目支出总额", "1,000.00"],
          ["社会公众满意率", "87.98%"],
        ],
      },
      { fields },
    );
    expectFigures(data, {
      编制数: ["B2", 43],
      在职人员数: ["B3", 41],
      年初预算: ["B4", 2886.58],
      上年结转: ["B5", 120.5],
      本年追加预算: ["B6", 300],
      年末结余: ["B7", 12.3],
      重点项目支出: ["B8", 800],
      项目总支出: ["B9", 1000],
      满意率: ["B10", 0.8798],
    });
    expect(data.problems).toEqual([]);
  });

  it("3. labels above values, with a row of unit notes in between and one value blank", async () => {
    const data = await read(
      {
        rows: [
          ["编制数", "实际在职人数", "满意度", "固定资产总额"],
          ["（人）", "（人）", "（%）", "万元"],
          [43, null, 0.9, "1,234.5"],
        ],
      },
      { fields: ["编制数", "在职人员数", "满意率", "固定资产总额"] },
    );
    expectFigures(data, { 编制数: ["A3", 43], 在职人员数: ["B3", null], 满意率: ["C3", 0.9], 固定资产总额: ["D3", 1234.5] });
    expect(data.problems).toEqual([
      { kind: "blank", cell: "B3", field: "在职人员数", message: "在职人员数（B3）为空，请填写", messageEn: "在职人员数 (B3) is blank; please fill it in" },
    ]);
  });

  it("4. merged cells: two-level year headings, labels over two columns, values merged over two rows", async () => {
    const rows: SheetSpec["rows"] = [
      ["项目", null, "2020年", null, "2021年", null],
      [null, null, "预算数", "决算数", "预算数", "决算数"],
      ["三公经费", null, 20, 18, 19, 15],
      [null, "公务接待费", 10, 9, 9, 7],
      ["公用经费", null, 50, 48, 52, 50],
      ["政府采购", null, 100, 95, 110, 108],
      [],
    ];
    const merges = ["A1:B2", "C1:D1", "E1:F1", "A3:B3", "A5:B5", "A6:B7", "C6:C7", "D6:D7"];
    const fields = cross(["三公经费", "公务接待费", "公用经费", "政府采购"]);
    const data = await read({ rows, merges }, { fields });
    expect(data.year).toBe(2021);
    expectFigures(data, {
      上年三公经费预算数: ["C3", 20],
      上年三公经费决算数: ["D3", 18],
      本年三公经费预算数: ["E3", 19],
      本年三公经费决算数: ["F3", 15],
      上年公务接待费预算数: ["C4", 10],
      本年公务接待费决算数: ["F4", 7],
      本年公用经费预算数: ["E5", 52],
      上年政府采购预算数: ["C6", 100],
      上年政府采购决算数: ["D6", 95],
      本年政府采购决算数: ["F6", 108],
    });
    expect(data.problems).toEqual([]);
  });

  it("5. formulas (cached results, a 0 result, an error, no result) and text that is not a number", async () => {
    const data = await read(
      {
        rows: [
          ["年初预算", "2,886.58"],
          ["本年追加预算", { f: "B1*0", result: 0 }],
          ["上年结转", { f: "100+20.5", result: 120.5 }],
          ["年末结余", { f: "1/0", result: { error: "#DIV/0!" } }],
          ["满意率", "87.98%"],
          ["预算完成数", { f: "B1+B3" }],
          ["编制数", "四十三"],
        ],
      },
      { fields: ["年初预算", "本年追加预算", "上年结转", "年末结余", "满意率", "预算完成数", "编制数"] },
    );
    expectFigures(data, {
      年初预算: ["B1", 2886.58],
      本年追加预算: ["B2", 0],
      上年结转: ["B3", 120.5],
      年末结余: ["B4", null],
      满意率: ["B5", 0.8798],
      预算完成数: ["B6", null],
      编制数: ["B7", null],
    });
    expect(problemsOf(data, "invalid")).toEqual([
      { field: "编制数", cell: "B7", message: "编制数（B7）“四十三”不是有效的数字" },
      { field: "年末结余", cell: "B4", message: "年末结余（B4）“#DIV/0!”不是有效的数字，公式结果为错误值#DIV/0!" },
    ]);
    expect(problemsOf(data, "blank")).toEqual([
      { field: "预算完成数", cell: "B6", message: "预算完成数（B6）是公式但没有计算结果，请在 Excel 中重新计算并保存后再读取" },
    ]);
    expect(kindsOf(data)).toEqual(["blank", "invalid"]);
  });

  it("6. missing figures: a 上年决算数 column is never read as 上年预算数", async () => {
    const data = await read(
      {
        rows: [
          ["项目", "上年决算数", "本年预算数", "本年决算数"],
          ["三公经费", 30, 25, 20],
          ["公用经费", 60, 70, 65],
        ],
      },
      { fields: cross(["三公经费", "公用经费"]) },
    );
    expect(data.year).toBeUndefined();
    expectFigures(data, {
      上年三公经费决算数: ["B2", 30],
      本年三公经费预算数: ["C2", 25],
      本年三公经费决算数: ["D2", 20],
      上年公用经费决算数: ["B3", 60],
    });
    expect(data.figures["上年三公经费预算数"]).toBeUndefined();
    expect(data.problems).toEqual([
      { kind: "missing", field: "上年三公经费预算数", message: "基础数据缺少：上年三公经费预算数", messageEn: "Missing from the base data: 上年三公经费预算数" },
      { kind: "missing", field: "上年公用经费预算数", message: "基础数据缺少：上年公用经费预算数", messageEn: "Missing from the base data: 上年公用经费预算数" },
    ]);
  });

  it("7. duplicates: different values reported with both cells, equal ones and blank ones not; a negative amount", async () => {
    const data = await read(
      {
        rows: [
          ["编制数", 43],
          [],
          ["核定编制数", 45],
          [],
          ["年初预算", 1000],
          ["年初预算数", "1,000"],
          [],
          ["本年追加预算", -50],
          ["在职人数", null],
          ["实际在职人数", 41],
        ],
      },
      { fields: ["编制数", "年初预算", "本年追加预算", "在职人员数"] },
    );
    expectFigures(data, { 编制数: ["B1", 43], 年初预算: ["B5", 1000], 本年追加预算: ["B8", -50], 在职人员数: ["B10", 41] });
    expect(data.problems).toEqual([
      {
        kind: "duplicate",
        cell: "B1",
        field: "编制数",
        message: "编制数出现2处且数值不同（B1为43，B3为45），已采用B1，请核对",
        messageEn: "编制数 appears 2 times with different values (B1 = 43, B3 = 45); using B1, please check",
      },
      {
        kind: "negative",
        cell: "B8",
        field: "本年追加预算",
        message: "本年追加预算（B8）为负数-50，请核对",
        messageEn: "本年追加预算 (B8) is negative (-50); please check",
      },
    ]);
  });

  it("8. sub-items that do not add up (per column, 0.005 tolerance); year columns in another order; year from the title", async () => {
    const rows: SheetSpec["rows"] = [
      ["某某局2021年度部门整体支出绩效评价基础数据表"],
      [],
      ["经费控制情况", "2021年决算数", "2021年预算数", "2020年决算数", "2020年预算数"],
      ["三公经费", 10.004, 13, 15, 16],
      ["公务用车购置及运行维护费", 4, 5, 6, 6],
      ["其中：公务用车购置费", 0, 0, 0, 0],
      ["公务用车运行维护费", 4, 5, 6, 7],
      ["因公出国（境）费", 0, 0, 0, 0],
      ["公务接待费", 6, 7, 9, 10],
    ];
    const fields = cross(["三公经费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "因公出国（境）费", "公务接待费"]);
    const data = await read({ rows }, { fields });
    expect(data.year).toBe(2021);
    expectFigures(data, {
      本年三公经费决算数: ["B4", 10.004],
      本年三公经费预算数: ["C4", 13],
      上年三公经费决算数: ["D4", 15],
      上年三公经费预算数: ["E4", 16],
      上年公务用车运行维护费预算数: ["E7", 7],
    });
    // 三公 2021预算: 5 + 0 + 7 = 12 ≠ 13; 公务用车 2020预算: 0 + 7 = 7 ≠ 6; 三公 2021决算 10.004 vs 10 is within 0.005.
    expect(problemsOf(data, "sum")).toEqual([
      {
        field: "本年三公经费预算数",
        cell: "C4",
        message: "本年三公经费预算数（C4）为13，与其分项（C5、C8、C9）之和12不符，相差1",
      },
      {
        field: "上年公务用车购置及运行维护费预算数",
        cell: "E5",
        message: "上年公务用车购置及运行维护费预算数（E5）为6，与其分项（E6、E7）之和7不符，相差1",
      },
    ]);
    expect(kindsOf(data)).toEqual(["sum"]);
  });

  it("9. a sheet named '基础数据表 ' among others; year headings that cannot be resolved are reported, not guessed", async () => {
    expect(findBaseSheet(["封面", "计分表", "基础数据表 "])).toBe("基础数据表 ");
    const wb = new ExcelJS.Workbook();
    addSheet(wb, { name: "封面", rows: [["部门整体支出绩效自评报告"]] });
    addSheet(wb, {
      name: "基础数据表 ",
      rows: [
        ["项目", "2019年决算数", "2021年预算数", "2021年决算数"],
        ["三公经费", 30, 25, 20],
      ],
    });
    const back = await roundTrip(wb);
    const name = findBaseSheet(back.worksheets.map((w) => w.name))!;
    const grid = gridFromWorksheet(back.getWorksheet(name)!);
    const fields = cross(["三公经费"]);

    const guessless = readBaseData(grid, { fields });
    expect(guessless.year).toBeUndefined();
    expect(problemsOf(guessless, "year")).toEqual([
      { field: undefined, cell: undefined, message: "表头出现多个年份（2019、2021），无法确定评价年度；请在表中填写“年度”或指定评价年度" },
    ]);
    expect(Object.keys(guessless.figures)).toEqual([]);
    expect(fieldsWith(guessless, "missing")).toEqual([...fields].sort());

    // Given the year, 2021 resolves to 本年 and the 2019 column (neither 本年 nor 上年) is reported.
    const given = readBaseData(grid, { year: 2021, fields });
    expectFigures(given, { 本年三公经费预算数: ["C2", 25], 本年三公经费决算数: ["D2", 20] });
    expect(problemsOf(given, "year")).toEqual([
      { field: undefined, cell: "B1", message: "“2019年决算数”（B1）的年份既不是评价年度2021年，也不是上年2020年，未读取" },
    ]);
    expect(fieldsWith(given, "missing")).toEqual(["上年三公经费决算数", "上年三公经费预算数"]);
  });

  it("10. units in their own column, a spacer column, placeholders (— / 无) and 楼堂馆所 left blank", async () => {
    const data = await read(
      {
        rows: [
          ["批准建设面积", "平方米", "—"],
          ["实际建设面积", "平方米", null],
          ["固定资产总额", "万元", 600],
          ["在用固定资产总额", null, 590],
          ["重点工作交办数", "项", "12项"],
          ["重点工作完成数", "项", "无"],
        ],
      },
      { fields: ["批准建设面积", "实际建设面积", "固定资产总额", "在用固定资产总额", "重点工作交办数", "重点工作完成数"] },
    );
    expectFigures(data, {
      批准建设面积: ["C1", null],
      实际建设面积: ["C2", null],
      固定资产总额: ["C3", 600],
      在用固定资产总额: ["C4", 590],
      重点工作交办数: ["C5", 12],
      重点工作完成数: ["C6", null],
    });
    expect(data.figures["批准建设面积"].raw).toBe("—");
    // No project is a normal answer for 楼堂馆所; a blank count is not.
    expect(data.problems).toEqual([
      { kind: "blank", cell: "C6", field: "重点工作完成数", message: "重点工作完成数（C6）为空，请填写", messageEn: "重点工作完成数 (C6) is blank; please fill it in" },
    ]);
  });

  it("11. 结转结余 by year columns; the year next to a 年度 label; last year's headcount ignored", async () => {
    const data = await read(
      {
        rows: [
          ["年度", 2021],
          [],
          ["项目", "2021年", "2020年"],
          ["结转结余总额", 90, 80],
          [],
          ["2020年实际在职人数", 40],
          ["2021年实际在职人数", 41],
        ],
      },
      { fields: ["本年结转结余总额", "上年结转结余总额", "在职人员数"] },
    );
    expect(data.year).toBe(2021);
    expectFigures(data, { 本年结转结余总额: ["B4", 90], 上年结转结余总额: ["C4", 80], 在职人员数: ["B7", 41] });
    expect(data.problems).toEqual([]);
  });

  it("12. a year cell that disagrees with the given year, and two 年度 cells that disagree with each other", async () => {
    const rows: SheetSpec["rows"] = [
      ["年度：2021"],
      ["项目", "上年预算数", "本年预算数"],
      ["三公经费", 20, 18],
    ];
    const overridden = await read({ rows }, { year: 2022, fields: [] });
    expect(overridden.year).toBe(2022);
    expect(problemsOf(overridden, "year")).toEqual([
      { field: undefined, cell: "A1", message: "A1写的年度2021与指定的评价年度2022不一致，按2022年读取" },
    ]);
    // 本年/上年 columns need no year.
    expectFigures(overridden, { 上年三公经费预算数: ["B3", 20], 本年三公经费预算数: ["C3", 18] });

    const conflicting = await read({ rows: [["2020年度"], ["评价年度：2021"], ...rows.slice(1)] }, { fields: [] });
    expect(conflicting.year).toBeUndefined();
    expect(problemsOf(conflicting, "year")).toEqual([
      { field: undefined, cell: "A1", message: "表中写了不同的年度（A1为2020，A2为2021），无法确定评价年度，请统一后重试或指定年度" },
    ]);
  });

  it("13. a single-year table without an evaluation year is reported, not guessed as 本年", async () => {
    const data = await read({
      rows: [
        ["项目", "2020年预算数", "2020年决算数"],
        ["公用经费", 50, 48],
      ],
    }, { fields: cross(["公用经费"]) });
    expect(data.year).toBeUndefined();
    expect(Object.keys(data.figures)).toEqual([]);
    expect(problemsOf(data, "year")).toEqual([
      { field: undefined, cell: undefined, message: "表头只出现2020年，无法判断它是本年还是上年；请在表中填写“年度”或指定评价年度" },
    ]);
  });

  it("14. headings without any year: 预算数 / 决算数 columns are reported per heading", async () => {
    const data = await read({
      rows: [
        ["项目", "预算数", "决算数"],
        ["公用经费", 50, 48],
      ],
    }, { fields: [] });
    expect(Object.keys(data.figures)).toEqual([]);
    expect(problemsOf(data, "year")).toEqual([
      { field: undefined, cell: "B1", message: "表头“预算数”（B1）没有注明年份，无法区分本年与上年，未读取该列" },
      { field: undefined, cell: "C1", message: "表头“决算数”（C1）没有注明年份，无法区分本年与上年，未读取该列" },
    ]);
  });

  it("15. the label-left list below a cross table is not taken as part of it", async () => {
    const data = await read({
      rows: [
        ["经费控制情况", "2020年决算数", "2021年预算数", "2021年决算数"],
        ["公用经费", 47.5, 51.64, 50],
        [],
        ["预算执行情况", "金额"],
        ["年初预算", 2886.58],
        ["项目支出", 1000],
      ],
    }, { fields: ["年初预算", "项目总支出", "上年公用经费决算数"] });
    expectFigures(data, { 上年公用经费决算数: ["B2", 47.5], 年初预算: ["B5", 2886.58], 项目总支出: ["B6", 1000] });
    expect(data.problems).toEqual([]);
  });

  it("16. single figures on rows of a year table take this year's column, never last year's", async () => {
    const data = await read(
      {
        rows: [
          ["年度：2021"],
          ["项目", "2020年决算数", "2021年预算数", "2021年决算数"],
          ["固定资产", 580, 600, 610],
          ["实际在职人数", 40, null, 41],
          ["项目支出", 900, 1000, 950],
          ["公用经费", 47.5, 51.64, 50],
        ],
      },
      { fields: ["固定资产总额", "在职人员数", "项目总支出"] },
    );
    // 固定资产 / 在职人数: 本年决算数 (the actual); 项目支出 → 项目总支出 is the budgeted amount (本年预算数).
    expectFigures(data, { 固定资产总额: ["D3", 610], 在职人员数: ["D4", 41], 项目总支出: ["C5", 1000], 本年公用经费决算数: ["D6", 50] });
    expect(data.problems).toEqual([]);

    const lastYearOnly = await read(
      { rows: [["年度：2021"], ["项目", "2020年预算数", "2020年决算数"], ["固定资产总额", 580, 590]] },
      { fields: ["固定资产总额"] },
    );
    expect(lastYearOnly.figures["固定资产总额"]).toBeUndefined();
    // The label is there with last year's values only: missing, and the label is listed as not used (issue 11).
    expect(lastYearOnly.problems.map((p) => [p.kind, p.field, p.cell])).toEqual([
      ["missing", "固定资产总额", undefined],
      ["nearMiss", "固定资产总额", "A3"],
    ]);
  });

  it("17. a blank row inside a table keeps the table; after a blank row, a list of figures is a list", async () => {
    const data = await read(
      {
        rows: [
          ["经费控制情况", "2020年决算数", "2021年预算数", "2021年决算数"],
          ["三公经费", 25.17, 18, 4.63],
          [],
          ["公用经费", 47.5, 51.64, 50],
          [],
          ["年初预算", 2886.58],
          ["上年结转", 120.5],
        ],
      },
      { fields: ["上年三公经费决算数", "本年公用经费决算数", "年初预算", "上年结转"] },
    );
    expectFigures(data, { 上年三公经费决算数: ["B2", 25.17], 本年公用经费决算数: ["D4", 50], 年初预算: ["B6", 2886.58], 上年结转: ["B7", 120.5] });
    expect(data.problems).toEqual([]);
  });

  it("18. label|value rows right under a year table (no blank row) are read left of their value, not by column", async () => {
    const table: SheetSpec["rows"] = [
      ["项目", "2017年决算数", "2018年预算数", "2018年决算数"],
      ["三公经费", 25.17, 18, 4.63],
      ["公用经费", 47.5, 51.64, 50],
    ];
    const list: SheetSpec["rows"] = [
      ["满意率", "95%"],
      ["重点工作交办数", 10],
      ["重点工作完成数", "9"],
      ["年初预算", 2886.58],
    ];
    const fields = ["满意率", "重点工作交办数", "重点工作完成数", "年初预算", "上年三公经费决算数", "本年公用经费决算数"];
    const data = await read({ rows: [...table, ...list] }, { fields });
    // 本年 = 2018 from the headings; the list starts at row 4, values in B (年初预算 is not the 2018年预算数 column C7).
    expect(data.year).toBe(2018);
    expectFigures(data, {
      满意率: ["B4", 0.95],
      重点工作交办数: ["B5", 10],
      重点工作完成数: ["B6", 9],
      年初预算: ["B7", 2886.58],
      上年三公经费决算数: ["B2", 25.17],
      本年公用经费决算数: ["D3", 50],
    });
    expect(data.problems).toEqual([]);

    // The same with a blank row in between: the same figures, one row lower.
    const spaced = await read({ rows: [...table, [], ...list] }, { fields });
    expectFigures(spaced, {
      满意率: ["B5", 0.95],
      重点工作交办数: ["B6", 10],
      重点工作完成数: ["B7", 9],
      年初预算: ["B8", 2886.58],
      上年三公经费决算数: ["B2", 25.17],
      本年公用经费决算数: ["D3", 50],
    });
    expect(spaced.problems).toEqual([]);

    // Inside a table: 满意率 (never a row of a year table) is still read from B; the rows after it stay
    // in the table; 实际在职人数 with one value in the 2020 column keeps this year's column D (blank), never 2020's.
    const inside = await read(
      {
        rows: [
          ["年度：2021"],
          ["项目", "2020年决算数", "2021年预算数", "2021年决算数"],
          ["三公经费", 25.17, 18, 4.63],
          ["满意率", "95%"],
          ["实际在职人数", 40],
          ["公用经费", 47.5, 51.64, 50],
          ["固定资产", 580, 600, 610],
        ],
      },
      { fields: ["满意率", "在职人员数", "本年公用经费决算数", "固定资产总额"] },
    );
    expectFigures(inside, { 满意率: ["B4", 0.95], 在职人员数: ["D5", null], 本年公用经费决算数: ["D6", 50], 固定资产总额: ["D7", 610] });
    expect(inside.problems).toEqual([
      { kind: "blank", cell: "D5", field: "在职人员数", message: "在职人员数（D5）为空，请填写", messageEn: "在职人员数 (D5) is blank; please fill it in" },
    ]);
  });
});
