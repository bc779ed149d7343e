/** Sheet names: never overwrite, Excel's rules (≤31 characters, no []:*?/\, case-insensitive), quoting in formulas. */
import { quoteSheetName, sanitizeSheetName, sheetRef, uniqueSheetName } from "../../src/scorecard/planner";
import { sheetNameProblem } from "../../src/scorecard/sheetNames";

describe("uniqueSheetName", () => {
  test("计分表 → 计分表 (2) → 计分表 (3)", () => {
    expect(uniqueSheetName([], "计分表")).toBe("计分表");
    expect(uniqueSheetName(["基础数据"], "计分表")).toBe("计分表");
    expect(uniqueSheetName(["基础数据", "计分表"], "计分表")).toBe("计分表 (2)");
    expect(uniqueSheetName(["计分表", "计分表 (2)"], "计分表")).toBe("计分表 (3)");
    expect(uniqueSheetName(["计分表", "计分表 (3)"], "计分表")).toBe("计分表 (2)");
  });

  test("names compare case-insensitively, as Excel does", () => {
    expect(uniqueSheetName(["SCORE"], "score")).toBe("score (2)");
    expect(uniqueSheetName(["score", "Score (2)"], "SCORE")).toBe("SCORE (3)");
  });

  test("at most 31 characters, the suffix included", () => {
    const long = "部门整体支出绩效自评计分表部门整体支出绩效自评计分表部门整体支"; // 31 characters
    expect(Array.from(long)).toHaveLength(31);
    expect(uniqueSheetName([], long)).toBe(long);
    const second = uniqueSheetName([long], long);
    expect(Array.from(second)).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(uniqueSheetName([], long + "多出来的")).toBe(long);
  });

  test("characters Excel forbids are replaced; apostrophes at the ends dropped", () => {
    expect(sanitizeSheetName("计分表[2021]/终稿:*?\\")).toBe("计分表_2021__终稿____");
    expect(sanitizeSheetName("'计分表'")).toBe("计分表");
    expect(sanitizeSheetName("   ")).toBe("Sheet");
  });
});

describe("quoteSheetName / sheetRef", () => {
  test.each([
    ["基础数据", "基础数据!C7"],
    ["Sheet1", "Sheet1!C7"],
    ["基础 数据", "'基础 数据'!C7"],
    ["O'Brien", "'O''Brien'!C7"],
    ["2018数据", "'2018数据'!C7"],
    ["基础数据（2018）", "'基础数据（2018）'!C7"],
    ["A1", "'A1'!C7"],
    ["R1C1", "'R1C1'!C7"],
    ["计分表-2", "'计分表-2'!C7"],
    // LibreOffice reads a bare name up to a dot (#NAME?); the others read as references or values.
    ["基础数据.2021", "'基础数据.2021'!C7"],
    ["基础数据.", "'基础数据.'!C7"],
    ["a.b", "'a.b'!C7"],
    ["基础\t数据", "'基础\t数据'!C7"],
    ['基础"数据"', `'基础"数据"'!C7`],
    ["XFD1048576", "'XFD1048576'!C7"],
    ["LOG10", "'LOG10'!C7"],
    ["RC", "'RC'!C7"],
    ["r2c3", "'r2c3'!C7"],
    ["TRUE", "'TRUE'!C7"],
    ["false", "'false'!C7"],
    ["基础数据!", "'基础数据!'!C7"],
    ["1", "'1'!C7"],
    ["_基础数据", "_基础数据!C7"],
    ["Sheet1", "Sheet1!C7"],
  ])("%s → %s", (name, ref) => {
    expect(sheetRef(name, "C7")).toBe(ref);
    expect(quoteSheetName(name)).toBe(ref.slice(0, -3));
  });
});

describe("sheetNameProblem: what Excel refuses as a sheet name", () => {
  test.each<[string, string | undefined]>([
    ["计分表", undefined],
    ["计分表 (2)", undefined],
    ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", undefined], // 31 characters
    ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二", "invalid"], // 32
    ["计分[表]", "invalid"],
    ["a/b", "invalid"],
    ["'计分表", "invalid"],
    ["计分表'", "invalid"],
    ["  ", "invalid"],
    ["History", "reserved"],
    ["HISTORY", "reserved"],
    ["History2", undefined],
  ])("%p → %p", (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });

  test("sanitizeSheetName never yields the reserved History", () => {
    expect(sanitizeSheetName("history")).toBe("history_");
    expect(sheetNameProblem(sanitizeSheetName("History"))).toBeUndefined();
  });
});
