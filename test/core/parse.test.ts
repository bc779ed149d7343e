/** Numbers as real cells hold them. */
import { moneyUnitOf, parseNumber, parseNumberOrBlank, parseNumericText } from "../../src/core";

const n = (x: unknown) => parseNumber(x, "测试值").toString();

describe("parseNumber accepts what real cells hold", () => {
  test.each<[unknown, string]>([
    [43, "43"],
    [0.8798, "0.8798"],
    [-3, "-3"],
    ["2,886.58", "2886.58"],
    ["1,234,567", "1234567"],
    ["87.98%", "0.8798"],
    ["100%", "1"],
    [" 18 ", "18"],
    ["\u3000４３\u3000", "43"], // full-width digits and ideographic spaces
    ["－7.17", "-7.17"], // full-width minus
    ["\u22127.17", "-7.17"], // minus sign
    ["１２．５％", "0.125"],
    ["18万元", "18"],
    ["43人", "43"],
    ["1,200平方米", "1200"],
    ["(3.5)", "-3.5"], // accounting negative
    [".5", "0.5"],
    ["+2", "2"],
    ["29.66（万元）", "29.66"], // the unit note in brackets, as headers write it
    ["5万", "5"],
    ["¥1,000", "1000"],
    ["￥1,000.5元", "1000.5"],
    ["2例", "2"],
  ])("%p → %s", (input, expected) => {
    expect(n(input)).toBe(expected);
  });

  test.each<[unknown, RegExp]>([
    ["abc", /测试值“abc”不是数字/],
    ["1,2", /不是数字/], // not a thousands grouping
    ["12,34.5", /不是数字/],
    ["87.98%%", /不是数字/],
    ["1.2.3", /不是数字/],
    ["29.66（万元", /不是数字/], // an unclosed bracket is not a unit note
    ["（万元）", /不是数字/],
    [true, /逻辑值TRUE/],
    [NaN, /不是有效数字/],
    [Infinity, /不是有效数字/],
    [{}, /应为数字/],
  ])("%p is a #VALUE! that names the input", (input, message) => {
    expect(() => parseNumber(input, "测试值")).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(message) }));
  });

  test("a blank is not a number, never a silent 0", () => {
    expect(parseNumberOrBlank("", "x")).toBeUndefined();
    expect(parseNumberOrBlank("  ", "x")).toBeUndefined();
    expect(parseNumberOrBlank(null, "x")).toBeUndefined();
    expect(() => parseNumber("", "编制数")).toThrow(/编制数为空/);
  });

  test("numbers convert exactly through their shortest decimal form", () => {
    // 1.15 - 1 = 0.1499999999999999 in binary; the engine reads 1.15 as exactly 1.15.
    expect(parseNumber(1.15, "x").minus(1).toString()).toBe("0.15");
    expect(parseNumericText("0.1")!.plus(parseNumericText("0.2")!).toString()).toBe("0.3");
  });
});

describe("moneyUnitOf", () => {
  test.each<[unknown, string | undefined]>([
    ["18万元", "万元"],
    ["29.66（万元）", "万元"],
    ["5万", "万元"],
    ["50000元", "元"],
    ["3千元", "千元"],
    ["1亿元", "亿元"],
    ["43人", undefined],
    ["18", undefined],
    [18, undefined],
  ])("%p → %p", (input, unit) => {
    expect(moneyUnitOf(input)).toBe(unit);
  });
});
