/**
 * The input reader pairs: what the engine reads from a self-evaluation input and what the native
 * formula (evaluated by the test evaluator; LibreOffice in test/e2e/libreoffice) reads from the same
 * cell. Values are worked out by hand from the texts.
 */
import { fractionReader, numberReader, rateReader, textReader, type Reader } from "../../src/core/rules/readers";
import { NATIVE_READERS } from "../../src/core/rules/native/readers";
import { isPerfError } from "../../src/core";
import { isError, MiniWorkbook, type SheetCell } from "../planner/support/excelFormula";

/** The native reader of `reader` evaluated with S!A1 holding `cell`. */
function native(reader: Reader<unknown>, cell: string | number | boolean): unknown {
  const wb = new MiniWorkbook(
    new Map([
      ["S", new Map<string, SheetCell>([["A1", { value: cell }]])],
      ["F", new Map<string, SheetCell>([["A1", { formula: "=" + NATIVE_READERS[reader.id]("S!A1") }]])],
    ]),
  );
  const v = wb.value("F", "A1");
  return isError(v) ? "error" : typeof v === "number" ? v + 0 : v;
}

function engine<V>(reader: Reader<V>, cell: unknown, pick: (v: V) => unknown): unknown {
  try {
    return pick(reader.read(cell, "测试"));
  } catch (e) {
    if (isPerfError(e)) return "error";
    throw e;
  }
}

const NUMBERS: Array<[string | number | boolean, number | "error"]> = [
  ["3", 3],
  ["３", 3],
  [" 3 ", 3],
  ["\u30003", 3],
  ["3例", 3],
  ["３例", 3],
  ["5分", 5],
  ["５.５分", 5.5],
  ["+3", 3],
  ["-0.5", -0.5],
  ["103%", 1.03],
  ["１０３％", 1.03],
  [" 103 %", 1.03],
  ["1.03", 1.03],
  ["１．０３", 1.03],
  [".5", 0.5],
  ["-0", 0], // −0 in the engine, 0 in Excel: both are 0 cases, 0 points
  ["3 4", 34], // spaces go anywhere, as in a base figure ("1 234")
  [4, 4],
  // VALUE would read these; the engine does not, so neither does the native reader.
  ["1e0", "error"],
  ["1:30", "error"],
  ["3-", "error"],
  ["2020-1-1", "error"],
  ["1/2", "error"],
  ["1,000", "error"],
  ["(3)", "error"],
  ["--3", "error"],
  ["3%%", "error"],
  ["1.2.3", "error"],
  ["5.", "error"],
  ["两例", "error"],
  ["TRUE", "error"],
  [true, "error"],
  ["1" + "0".repeat(32), "error"],
  ["1" + "0".repeat(31), 1e31],
];

describe("numberReader: engine and native formula read an input alike", () => {
  test.each(NUMBERS)("%p → %p", (cell, want) => {
    expect(engine(numberReader, cell, (d) => d.toNumber() + 0)).toBe(want);
    expect(native(numberReader, cell)).toBe(want);
  });

  test("a rate reads as the number it is, guarded to 9 places", () => {
    expect(engine(rateReader, "１０３％", (d) => d.toString())).toBe("1.03");
    expect(engine(rateReader, 1 / 3, (d) => d.toString())).toBe("0.333333333");
  });
});

const FRACTIONS: Array<[string | number, number | "error"]> = [
  ["92/100", 0.92],
  ["９２／１００", 0.92],
  [" 92 / 100 ", 0.92],
  ["120/100", 1.2],
  ["0/100", 0],
  ["92%", 0.92],
  ["0.92", 0.92],
  [0.92, 0.92],
  ["150%", "error"],
  [1.5, "error"],
  ["1/2/3", "error"],
  ["/100", "error"],
  ["92/", "error"],
  ["1e1/100", "error"],
  ["-5/100", "error"],
  ["92分/100", "error"],
  ["92/0", "error"],
  ["优秀", "error"],
];

describe("fractionReader: 考核得分/考核分值 or a ratio up to 100%", () => {
  test.each(FRACTIONS)("%p → %p", (cell, want) => {
    expect(engine(fractionReader, cell, (f) => f.ratio.toNumber())).toBe(want);
    expect(native(fractionReader, cell)).toBe(want);
  });
});

test("textReader: text as typed, trimmed of ASCII spaces; a number as Excel writes it", () => {
  for (const [cell, want] of [[" 一般 ", "一般"], ["①②", "①②"], [124, "124"], ["\u3000一般", "\u3000一般"]] as const) {
    expect(engine(textReader, cell, (t) => t)).toBe(want);
    expect(native(textReader, cell)).toBe(want);
  }
});
