/**
 * Every kind of base-data problem says itself in Chinese and in English (for an English pane and
 * `--lang en`). The English sentence keeps the user's data as it is (field ids, cells, values) and
 * has no other Chinese. Each expected sentence is written out by hand from the sheet drawn here.
 */
import { getScheme } from "../../src/core";
import { baseDataOf } from "../../src/excel/readActions";
import type { BaseData, Problem, ProblemKind } from "../../src/scorecard/baseData";
import { readBaseData } from "../../src/scorecard/reader";
import { gridFromRows, gridOf, type SheetSpec } from "./sheetBuilder";

async function read(spec: SheetSpec, options?: Parameters<typeof readBaseData>[1]) {
  return readBaseData(await gridOf(spec), options);
}

/** CJK ideographs and full-width punctuation (“”（），、：；). */
const CHINESE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u201C\u201D]/;

/**
 * Both messages are there, and the English one has no Chinese once the field id and the other
 * interpolated data (`data`: values, labels written on the sheet) are taken out.
 */
function expectBilingual(p: Problem, data: string[] = []): void {
  expect(p.message.length).toBeGreaterThan(0);
  expect(p.messageEn.length).toBeGreaterThan(0);
  expect(p.messageEn).not.toBe(p.message);
  let rest = p.messageEn;
  for (const s of [p.field ?? "", ...data].filter(Boolean).sort((a, b) => b.length - a.length))
    rest = rest.split(s).join("");
  expect(rest).not.toMatch(CHINESE);
}

const pairs = (data: BaseData, kind: ProblemKind) =>
  data.problems.filter((p) => p.kind === kind).map((p) => [p.message, p.messageEn]);

describe("base-data problems in Chinese and English", () => {
  it("missing, with what a missing 楼堂馆所 figure is taken to mean", async () => {
    const data = await read({ rows: [["编制数", 43]] }, { fields: ["编制数", "年末结余", "实际建设面积"] });
    expect(pairs(data, "missing")).toEqual([
      ["基础数据缺少：年末结余", "Missing from the base data: 年末结余"],
      [
        "基础数据缺少：实际建设面积（未填视为没有该项目）",
        "Missing from the base data: 实际建设面积 (if left out, there is taken to be no such project)",
      ],
    ]);
    data.problems.forEach((p) => expectBilingual(p));
  });

  it("blank, and a formula without a result", async () => {
    const data = await read(
      { rows: [["编制数", null], [], ["预算完成数", { f: "1+1" }]] },
      { fields: ["编制数", "预算完成数"] },
    );
    expect(pairs(data, "blank")).toEqual([
      ["编制数（B1）为空，请填写", "编制数 (B1) is blank; please fill it in"],
      [
        "预算完成数（B3）是公式但没有计算结果，请在 Excel 中重新计算并保存后再读取",
        "预算完成数 (B3) is a formula without a calculated result; recalculate and save the workbook in Excel, then read it again",
      ],
    ]);
    data.problems.forEach((p) => expectBilingual(p));
  });

  it("not a number: text, an error value, a percentage typed as a whole number", async () => {
    const data = await read(
      {
        rows: [
          ["编制数", "四十三"],
          [],
          ["年末结余", { f: "1/0", result: { error: "#DIV/0!" } }],
          [],
          ["满意率", 55],
        ],
      },
      { fields: ["编制数", "年末结余", "满意率"] },
    );
    expect(pairs(data, "invalid")).toEqual([
      ["编制数（B1）“四十三”不是有效的数字", '编制数 (B1) "四十三" is not a valid number'],
      [
        "年末结余（B3）“#DIV/0!”不是有效的数字，公式结果为错误值#DIV/0!",
        `年末结余 (B3) "#DIV/0!" is not a valid number: the formula's result is the error value #DIV/0!`,
      ],
      [
        "满意率（B5）“55”不是有效的数字，应填写百分比（如95%），不能大于100%",
        '满意率 (B5) "55" is not a valid number: it should be a percentage (such as 95%), not above 100%',
      ],
    ]);
    // "四十三" is what the user typed.
    data.problems.forEach((p) => expectBilingual(p, ["四十三"]));
  });

  it("duplicates with different values (text shown as typed; more than five cut short), and a negative amount", async () => {
    const data = await read(
      {
        rows: [
          ["年初预算", "1,000"],
          [],
          ["年初预算数", 900],
          [],
          ["本年追加预算", -50],
          [],
          ...[1, 2, 3, 4, 5, 6].flatMap((n) => [["编制数", n], []]),
        ],
      },
      { fields: ["年初预算", "本年追加预算", "编制数"] },
    );
    // In the order of the catalogue (编制数 first).
    expect(pairs(data, "duplicate")).toEqual([
      [
        "编制数出现6处且数值不同（B7为1，B9为2，B11为3，B13为4，B15为5，……），已采用B7，请核对",
        "编制数 appears 6 times with different values (B7 = 1, B9 = 2, B11 = 3, B13 = 4, B15 = 5, …); using B7, please check",
      ],
      [
        "年初预算出现2处且数值不同（B1为“1,000”，B3为900），已采用B1，请核对",
        '年初预算 appears 2 times with different values (B1 = "1,000", B3 = 900); using B1, please check',
      ],
    ]);
    expect(pairs(data, "negative")).toEqual([
      ["本年追加预算（B5）为负数-50，请核对", "本年追加预算 (B5) is negative (-50); please check"],
    ]);
    data.problems.forEach((p) => expectBilingual(p));
  });

  it("sub-items that do not add up", async () => {
    const data = await read(
      {
        rows: [
          ["项目", "本年预算数"],
          ["公务用车购置及运行维护费", 6],
          ["公务用车购置费", 0],
          ["公务用车运行维护费", 7],
        ],
      },
      { fields: [] },
    );
    expect(pairs(data, "sum")).toEqual([
      [
        "本年公务用车购置及运行维护费预算数（B2）为6，与其分项（B3、B4）之和7不符，相差1",
        "本年公务用车购置及运行维护费预算数 (B2) is 6, but its sub-items (B3, B4) add up to 7, a difference of 1",
      ],
    ]);
    data.problems.forEach((p) => expectBilingual(p));
  });

  it("the year: against the given year, two years, the title, one header year, several, a heading without a year, a column of another year", async () => {
    const table: SheetSpec["rows"] = [
      ["项目", "上年预算数", "本年预算数"],
      ["三公经费", 20, 18],
    ];
    const given = await read({ rows: [["年度：2021"], ...table] }, { year: 2022, fields: [] });
    const twoYears = await read({ rows: [["2020年度"], ["评价年度：2021"], ...table] }, { fields: [] });
    const title = await read({ rows: [["某某局2020年度部门整体支出绩效评价基础数据表"], ["年度", 2021], ...table] }, { fields: [] });
    const oneHeaderYear = await read({ rows: [["项目", "2020年预算数", "2020年决算数"], ["公用经费", 50, 48]] }, { fields: [] });
    const headerYears = await read({ rows: [["项目", "2019年决算数", "2021年预算数"], ["公用经费", 50, 48]] }, { fields: [] });
    const noYear = await read({ rows: [["项目", "预算数", "决算数"], ["公用经费", 50, 48]] }, { fields: [] });
    const otherYear = await read({ rows: [["项目", "2019年决算数", "2021年预算数"], ["公用经费", 50, 48]] }, { year: 2021, fields: [] });
    expect([given, twoYears, title, oneHeaderYear, headerYears, noYear, otherYear].map((d) => pairs(d, "year"))).toEqual([
      [
        [
          "A1写的年度2021与指定的评价年度2022不一致，按2022年读取",
          "A1 gives the year 2021, not the evaluation year specified (2022); reading it as 2022",
        ],
      ],
      [
        [
          "表中写了不同的年度（A1为2020，A2为2021），无法确定评价年度，请统一后重试或指定年度",
          "The sheet gives different years (A1 = 2020, A2 = 2021), so the evaluation year is unclear; make them agree and try again, or specify the year",
        ],
      ],
      [
        [
          "标题（A1）中的年度2020与年度单元格B2的2021不一致，按2021年读取",
          "The year 2020 in the title (A1) differs from the year 2021 in B2; reading it as 2021",
        ],
      ],
      [
        [
          "表头只出现2020年，无法判断它是本年还是上年；请在表中填写“年度”或指定评价年度",
          'The column headings name only the year 2020, so it is unclear whether it is the evaluation year or the year before; add a "年度" (year) cell to the sheet or specify the evaluation year',
        ],
      ],
      [
        [
          "表头出现多个年份（2019、2021），无法确定评价年度；请在表中填写“年度”或指定评价年度",
          'The column headings name several years (2019, 2021), so the evaluation year is unclear; add a "年度" (year) cell to the sheet or specify the evaluation year',
        ],
      ],
      [
        [
          "表头“预算数”（B1）没有注明年份，无法区分本年与上年，未读取该列",
          'The column heading "预算数" (B1) names no year, so the evaluation year and the year before cannot be told apart; the column was not read',
        ],
        [
          "表头“决算数”（C1）没有注明年份，无法区分本年与上年，未读取该列",
          'The column heading "决算数" (C1) names no year, so the evaluation year and the year before cannot be told apart; the column was not read',
        ],
      ],
      [
        [
          "“2019年决算数”（B1）的年份既不是评价年度2021年，也不是上年2020年，未读取",
          '"2019年决算数" (B1) is neither the evaluation year 2021 nor the year before (2020); not read',
        ],
      ],
    ]);
    // "年度" is the label the reader looks for; headings are what the sheet says.
    for (const d of [given, twoYears, title, oneHeaderYear, headerYears, noYear, otherYear])
      d.problems.forEach((p) => expectBilingual(p, ["年度", "预算数", "决算数", "2019年决算数"]));
  });

  it("an empty sheet (the pane's one problem for it)", () => {
    const snapshot = {
      grid: gridFromRows([], [], "Sheet1"),
      used: { address: "A1", rowCount: 1, columnCount: 1 },
      truncated: false,
    };
    const data = baseDataOf(snapshot, getScheme("湘潭县2020"));
    expect(data.problems.map((p) => [p.kind, p.message, p.messageEn])).toEqual([
      [
        "sheet",
        "工作表“Sheet1”是空的，没有基础数据。请选择填有基础数据的工作表，或插入基础数据模板并填写。",
        'The sheet "Sheet1" is empty: it has no base data. Choose the sheet that holds the base data, or insert the base-data template and fill it in.',
      ],
    ]);
    data.problems.forEach((p) => expectBilingual(p));
  });
});
