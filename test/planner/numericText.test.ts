/**
 * Base figures typed as text ("45人", "４３", "2,886.58", "87.98%", " 43 ", "(3.5)"): the portable
 * dialect reads them as the engine does, through one native expression (xNumber) that leaves a
 * number as it is. The values below are worked out by hand from the texts; LibreOffice checks the
 * formula for real in test/e2e/libreoffice.
 */
import { getScheme, parseNumericText } from "../../src/core";
import { portableNumber, X_UNITS } from "../../src/core/numericText";
import { xNumber } from "../../src/core/native/numericText";
import { planScorecard } from "../../src/scorecard/planner";
import { isError, MiniWorkbook, type SheetCell } from "./support/excelFormula";
import { compareWithEngine, expected, guarded, handMadeBase, miniWorkbook, nativeNumber, type FigureValues } from "./support/scorecard";

/** `formula` evaluated with S!A1 holding `cell`. */
function evaluate(formula: string, cell: SheetCell["value"]): ReturnType<MiniWorkbook["value"]> {
  const wb = new MiniWorkbook(
    new Map([
      ["S", new Map<string, SheetCell>([["A1", { value: cell }]])],
      ["F", new Map<string, SheetCell>([["A1", { formula }]])],
    ]),
  );
  return wb.value("F", "A1");
}

const ACCEPTED: Array<[string, number]> = [
  ["45人", 45],
  ["４３", 43],
  ["2,886.58", 2886.58],
  ["87.98%", 0.8798],
  [" 43 ", 43],
  ["(3.5)", -3.5],
  ["（3.5）", -3.5],
  ["\u22123.5", -3.5],
  ["\u20133.5", -3.5],
  ["－3.5", -3.5],
  ["１，２３４．５", 1234.5],
  ["１２．５％", 0.125],
  ["18万元", 18],
  ["5万", 5],
  ["3亿元", 3],
  ["(45人)", -45],
  ["(45%)", -0.45],
  ["(1,234.5万元)", -1234.5],
  ["45 人", 45],
  ["\u300043\u3000", 43],
  ["43\u00a0", 43],
  ["100㎡", 100],
  ["5ｍ²", 5],
  ["1,200平方米", 1200],
  ["+1,234.5%", 12.345],
  [".5", 0.5],
  ["5.", 5],
  ["1,234,567.89", 1234567.89],
  ["０.５分", 0.5],
  ["2例", 2],
  ["29.66（万元）", 29.66],
  ["45(人)", 45],
  ["¥1,000", 1000],
  ["￥1,000.5元", 1000.5],
  ["$5", 5],
  ["¥-5", -5],
  ["45%人", 0.45],
];

/** Not numbers to the reader; the formula gives an error for each (VALUE alone would read some). */
const REJECTED = ["约45", "45人人", "(45)人", "(3.5)%", "45%%", "1,23", "12,34.5", "人", "()", "45人%", "4.5.6", "--5", "%5"];

/** Numbers to the reader that the formula leaves out: the planner matches them as typed. */
const LEFT_OUT: Array<[string, number]> = [
  ["43\u2003", 43], // an em space
  ["43\n", 43],
  ["①", 1],
  ["(\u22123.5)", 3.5],
  ["(+3.5)", -3.5],
  ["(¥5)", -5],
  ["⑷", -4],
];

describe("numeric text in a base figure", () => {
  test("xNumber is the expression written out by hand", () => {
    expect(xNumber("基础数据!B3")).toBe(nativeNumber("基础数据!B3"));
    expect(xNumber("'O''Brien 数据'!B3")).toBe(nativeNumber("'O''Brien 数据'!B3"));
  });

  test("the unit words are the reader's, longest first", () => {
    for (const u of X_UNITS) expect([u, parseNumericText(`5${u}`)?.toString()]).toEqual([u, "5"]);
    for (let i = 1; i < X_UNITS.length; i++) expect(X_UNITS[i].length).toBeLessThanOrEqual(X_UNITS[i - 1].length);
  });

  test.each(ACCEPTED)("%p is %p to the reader, to portableNumber and to the formula", (text, value) => {
    expect(parseNumericText(text)?.toNumber()).toBe(value);
    expect(portableNumber(text)?.toNumber()).toBe(value);
    const got = evaluate("=" + nativeNumber("S!A1"), text);
    expect(typeof got === "number" && Math.abs(got - value) <= 1e-12 * Math.max(1, Math.abs(value))).toBe(true);
  });

  test.each(REJECTED)("%p is no number to the reader nor to the formula", (text) => {
    expect(parseNumericText(text)).toBeUndefined();
    expect(portableNumber(text)).toBeUndefined();
    expect(isError(evaluate("=" + nativeNumber("S!A1"), text))).toBe(true);
  });

  test.each(LEFT_OUT)("%p is %p to the reader; the formula leaves it out", (text, value) => {
    expect(parseNumericText(text)?.toNumber()).toBe(value);
    expect(portableNumber(text)).toBeUndefined();
  });

  test("a number, a blank and a boolean", () => {
    const n = 0.1 + 0.2;
    expect(evaluate("=" + nativeNumber("S!A1"), n)).toBe(n); // unchanged, to the last bit
    expect(evaluate("=" + nativeNumber("S!A1"), null)).toBe(0);
    expect(evaluate("=" + nativeNumber("S!A1"), "   ")).toBe(0);
    expect(isError(evaluate("=" + nativeNumber("S!A1"), true))).toBe(true);
    expect(portableNumber(true)).toBeUndefined();
  });
});

describe("the planner reads text figures through the coercion", () => {
  const scheme = getScheme("浏阳2018");
  const path = "投入/预算配置/在职人员控制率";
  const plan = (figures: FigureValues, dialect: "perf" | "portable" = "portable") => {
    const hand = handMadeBase(figures);
    const p = planScorecard(hand.base, scheme, { dialect, sheetName: "计分表", baseSheetName: "基础数据" });
    const row = p.scorecard!.rows.find((r) => r.key === path)!;
    const cell = p.cells.find((c) => c.address === row.valueCell)!;
    const wb = miniWorkbook(p, hand);
    return { hand, plan: p, cell, value: () => wb.value("计分表", row.valueCell), wb };
  };

  test("“45人” over 43: the value formula reads both figures through xNumber; a number's path is unchanged", () => {
    const text = plan({ 编制数: 43, 在职人员数: "45人" });
    const numbers = plan({ 编制数: 43, 在职人员数: 45 });
    const [b, c] = [text.hand.base.figures.编制数.address, text.hand.base.figures.在职人员数.address];
    const want = guarded(
      [`基础数据!${c}`, `基础数据!${b}`],
      `=IF(OR(TRIM(基础数据!${c}&"")="",TRIM(基础数据!${b}&"")=""),"",` +
        `${nativeNumber(`基础数据!${c}`)}/${nativeNumber(`基础数据!${b}`)})`,
    );
    expect(text.cell.formula).toBe(want);
    expect(text.cell.formula).toContain(`IF(ISNUMBER(基础数据!${c}),基础数据!${c},`);
    expect(text.cell.formula).toContain(`ASC(SUBSTITUTE(T(基础数据!${c}),`);
    expect(text.cell.note).toBeUndefined();
    // The same formula for numbers, and the same result as the plain division.
    expect(numbers.cell.formula).toBe(want);
    expect(text.value()).toBe(45 / 43);
    expect(numbers.value()).toBe(45 / 43);
    for (const p of [text, numbers]) expect(compareWithEngine(p.plan, expected(scheme, p.hand.base), (a) => p.wb.value("计分表", a))).toEqual([]);
  });

  test("the PERF dialect passes the text to PERF.RATIO as before", () => {
    const perf = plan({ 编制数: "４３", 在职人员数: "45人" }, "perf");
    expect(perf.cell.formula).toBe(
      guarded(["基础数据!B3", "基础数据!B2"], '=IF(OR(TRIM(基础数据!B3&"")="",TRIM(基础数据!B2&"")=""),"",PERF.RATIO(基础数据!B3,基础数据!B2))'),
    );
    expect(perf.value()).toBe(45 / 43);
  });

  test("text the formula leaves out is matched as typed, with a note; a new entry is read natively", () => {
    const p = plan({ 编制数: "43\u2003", 在职人员数: 45 });
    expect(p.cell.formula).toContain(`IF(EXACT(基础数据!B2,"43\u2003"),43,${nativeNumber("基础数据!B2")})`);
    expect(p.cell.note).toBe("编制数（基础数据!B2）“43\u2003”：通用公式按生成时读出的43计算，改动该单元格时请填写数字");
    expect(p.value()).toBe(45 / 43);
    expect(compareWithEngine(p.plan, expected(scheme, p.hand.base), (a) => p.wb.value("计分表", a))).toEqual([]);
    p.hand.cells.set("B2", { value: "44人" });
    const again = miniWorkbook(p.plan, p.hand);
    expect(again.value("计分表", p.cell.address)).toBe(45 / 44);
  });

  test("a line break in the text is matched with CHAR(10)", () => {
    const p = plan({ 编制数: "43\n", 在职人员数: 45 });
    expect(p.cell.formula).toContain(`IF(EXACT(基础数据!B2,("43"&CHAR(10))),43,`);
    expect(p.value()).toBe(45 / 43);
  });

  test("text the reader rejects is an error though VALUE would read it (“1e3”, “43-”)", () => {
    for (const raw of ["1e3", "43-"]) {
      const p = plan({ 编制数: raw, 在职人员数: 45 });
      expect(p.cell.formula).toContain(`IF(EXACT(基础数据!B2,"${raw}"),NA(),`);
      expect(isError(p.value())).toBe(true);
      expect(compareWithEngine(p.plan, expected(scheme, p.hand.base), (a) => p.wb.value("计分表", a), { base: p.hand.base })).toEqual([]);
    }
  });

  test("满意率 as text: “93%” is 93%; “115%” (above 100%) and “95” (no %) are errors", () => {
    const row = (figures: FigureValues) => {
      const hand = handMadeBase(figures);
      const p = planScorecard(hand.base, scheme, { dialect: "portable", sheetName: "计分表", baseSheetName: "基础数据" });
      const r = p.scorecard!.rows.find((x) => x.key === "产出及效率//社会公众或服务对象满意度")!;
      return miniWorkbook(p, hand).value("计分表", r.valueCell);
    };
    expect(row({ 满意率: "93%" })).toBeCloseTo(0.93, 12);
    expect(isError(row({ 满意率: "115%" }))).toBe(true);
    expect(row({ 满意率: "100%" })).toBe(1);
    expect(isError(row({ 满意率: "95" }))).toBe(true);
    expect(isError(row({ 满意率: "９５％" }))).toBe(false);
  });
});
