/**
 * Sub-items against their total for rows no vocabulary knows: indentation (spaces, full-width
 * spaces, a column further right), 其中：, numbering 1、/（1）. Sums worked out by hand.
 */
import type { BaseData } from "../../src/scorecard/baseData";
import { readBaseData } from "../../src/scorecard/reader";
import { gridFromRows } from "./sheetBuilder";

const sums = (d: BaseData) => d.problems.filter((p) => p.kind === "sum").map((p) => [p.cell, p.message]);
const read = (rows: Array<Array<string | number | null>>) => readBaseData(gridFromRows(rows), { fields: [] });

describe("sub-items of any row", () => {
  it("（1）（2） under a total that is off: 30 + 15 = 45, not 50", () => {
    expect(sums(read([["培训费", 50], ["（1）师资费", 30], ["（2）场地费", 15], ["其他", 3]]))).toEqual([
      ["B1", "“培训费”（B1）为50，与其分项（B2、B3）之和45不符，相差5，请核对"],
    ]);
  });

  it("full-width-space indentation, two columns: 20 + 12 = 32 in B, 20 + 11 = 31 ≠ 30 in C", () => {
    const rows = [
      ["项目", "2019年", "2020年"],
      ["调研经费", 32, 30],
      ["\u3000\u3000差旅", 20, 20],
      ["\u3000\u3000资料", 12, 11],
      ["宣传经费", 8, 9],
    ];
    expect(sums(read(rows))).toEqual([["C2", "“调研经费”（C2）为30，与其分项（C3、C4）之和31不符，相差1，请核对"]]);
  });

  it("parts a column further right: 4 + 5 = 9, not 10", () => {
    expect(sums(read([["信息化支出", null, 10], [null, "软件", 4], [null, "硬件", 5]]))).toEqual([
      ["C1", "“信息化支出”（C1）为10，与其分项（C2、C3）之和9不符，相差1，请核对"],
    ]);
  });

  it("其中 items need not add up, but cannot exceed the total: 6 + 5 = 11 > 10", () => {
    expect(sums(read([["会议费", 12], ["  其中：视频会议", 6], ["        差旅会议", 5]]))).toEqual([]);
    expect(sums(read([["会议费", 10], ["  其中：视频会议", 6], ["        差旅会议", 5]]))).toEqual([
      ["B1", "“会议费”（B1）为10，小于其中所列各项（B2、B3）之和11，相差1，请核对"],
    ]);
  });

  it("nested: 1、 items add up to the total, their indented parts to each item", () => {
    const rows = [
      ["业务费", 30],
      ["  1、印刷", 10],
      ["      彩印", 6],
      ["      黑白", 3],
      ["  2、邮寄", 20],
    ];
    // 10 + 20 = 30 fine; 6 + 3 = 9 ≠ 10.
    expect(sums(read(rows))).toEqual([["B2", "“1、印刷”（B2）为10，与其分项（B3、B4）之和9不符，相差1，请核对"]]);
  });

  it("not sub-items: a numbered list that starts at 2, a year, a blank row in between", () => {
    expect(sums(read([["固定资产总额", 0], ["2、实际在职人员数", 5], ["3、编制数", 4]]))).toEqual([]);
    expect(sums(read([["年度", 2020], ["1、编制数", 43], ["2、在职人员数", 40]]))).toEqual([]);
    expect(sums(read([["培训费", 50], [], ["（1）师资费", 30], ["（2）场地费", 15]]))).toEqual([]);
  });
});
