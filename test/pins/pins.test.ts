/**
 * Pins (src/scorecard/pins.ts): the defined-name format, its parser, and the reader honouring a
 * pin before any label search.
 */
import fc from "fast-check";
import { getScheme } from "../../src/core";
import type { Grid, GridCell } from "../../src/scorecard/grid";
import {
  figureOfPinName,
  isCellReference,
  parseMapping,
  parseReference,
  pinName,
  pinReference,
  pinsOf,
  resolvePins,
  type Pin,
} from "../../src/scorecard/pins";
import { readBaseData, readSchemeBase } from "../../src/scorecard/reader";
import { summarize } from "../../src/scorecard/session";

/** Excel's name grammar (MS-XLSB 2.5.166), with only letters and digits allowed beyond ASCII. */
const LEGAL = /^[A-Za-z_\\\p{L}][A-Za-z0-9_.?\\\p{L}\p{Nd}]*$/u;

describe("pin names", () => {
  it("keeps a label of letters and digits readable, and escapes everything else by code point", () => {
    expect(pinName("编制数")).toBe("PS_编制数");
    expect(pinName("2021年调查人数")).toBe("PS_2021年调查人数");
    // “ is U+201C, ” U+201D, space U+0020, "." U+002E, （ U+FF08, ） U+FF09.
    expect(pinName("“三公经费”变动率")).toBe("PS_.201C.三公经费.201D.变动率");
    expect(pinName("a b.c")).toBe("PS_a.20.b.2E.c");
    expect(pinName("公用经费（万元）")).toBe("PS_公用经费.FF08.万元.FF09.");
    expect(pinName("")).toBeUndefined();
    // 255 characters at most: "PS_" + 252 letters fits, 253 do not.
    expect(pinName("数".repeat(252))).toHaveLength(255);
    expect(pinName("数".repeat(253))).toBeUndefined();
  });

  it("reads a name back to its label; other names are no pins", () => {
    expect(figureOfPinName("PS_编制数")).toBe("编制数");
    expect(figureOfPinName("ps_编制数")).toBe("编制数");
    expect(figureOfPinName("PS_.201C.三公经费.201D.变动率")).toBe("“三公经费”变动率");
    for (const other of [
      "编制数",
      "PS_",
      "PS_a.2E",
      "PS_a.XYZ.b",
      "PS_.110000.",
      "Print_Area",
      "PS_a b",
    ])
      expect(figureOfPinName(other)).toBeUndefined();
  });

  it("tells cell references from names", () => {
    for (const ref of ["A1", "a1", "$B$4", "XFD1048576", "R1C1", "R", "c", "RC", "R[2]C[-1]"])
      expect(isCellReference(ref)).toBe(true);
    for (const name of ["XFE1", "A1048577", "PS_A1", "基础A1", "A1B", "PS_R1C1"])
      expect(isCellReference(name)).toBe(false);
  });

  it("property: every label round-trips, and its name is a legal Excel name that is no cell reference", () => {
    const labels = fc.oneof(
      fc.string({ unit: "binary", minLength: 1 }),
      fc.string({ unit: "grapheme", minLength: 1 }),
      fc.string({ minLength: 1 }),
      fc.constantFrom("A1", "R1C1", "XFD1048576", "TRUE", "SUM", "C", "基础A1?", ".", "..2E.")
    );
    fc.assert(
      fc.property(labels, (label) => {
        const name = pinName(label);
        // Each character takes at most 8 (".10FFFF."): only a label this long can be refused.
        if (name === undefined) return [...label].length * 8 + 3 > 255;
        return (
          name.length <= 255 &&
          name.startsWith("PS_") &&
          LEGAL.test(name) &&
          !isCellReference(name) &&
          !/^(TRUE|FALSE)$/i.test(name) &&
          figureOfPinName(name) === label
        );
      }),
      { numRuns: 2000 }
    );
  });
});

describe("pin references", () => {
  it("reads the references Office.js and .xlsx files give", () => {
    expect(parseReference("=基础数据!$B$4")).toEqual({ sheet: "基础数据", address: "B4" });
    expect(parseReference("'my sheet''s'!$C$5")).toEqual({ sheet: "my sheet's", address: "C5" });
    expect(parseReference("b4", "基础数据")).toEqual({ sheet: "基础数据", address: "B4" });
    expect(parseReference("=#REF!")).toEqual({ broken: "ref", text: "#REF!" });
    expect(parseReference("基础数据!#REF!")).toEqual({ broken: "ref", text: "基础数据!#REF!" });
    expect(parseReference("'#REF'!$B$9")).toEqual({ sheet: "#REF", address: "B9" });
    expect(parseReference("基础数据!$B$4:$C$5")).toEqual({
      broken: "notCell",
      text: "基础数据!$B$4:$C$5",
    });
    expect(parseReference("=5")).toEqual({ broken: "notCell", text: "5" });
    expect(parseReference("B4")).toEqual({ broken: "notCell", text: "B4" });
  });

  it("writes a reference Excel reads back", () => {
    expect(pinReference("基础数据", "B4")).toBe("基础数据!$B$4");
    expect(pinReference("my sheet", "c12")).toBe("'my sheet'!$C$12");
    expect(parseReference(pinReference("O'Brien 表", "AA7"))).toEqual({
      sheet: "O'Brien 表",
      address: "AA7",
    });
  });

  it("takes the pins among a workbook's names", () => {
    expect(
      pinsOf([
        { name: "Print_Area", reference: "基础数据!$A$1:$D$9" },
        { name: "PS_编制数", reference: "=基础数据!$B$4" },
        { name: "PS_满意率", reference: "=#REF!" },
      ])
    ).toEqual([
      { figure: "编制数", name: "PS_编制数", target: { sheet: "基础数据", address: "B4" } },
      { figure: "满意率", name: "PS_满意率", target: { broken: "ref", text: "#REF!" } },
    ]);
  });

  it("reads --map values, full-width signs too, and says what is wrong with a bad one", () => {
    expect(parseMapping("编制数=基础数据!B4", "基础数据")).toEqual({
      figure: "编制数",
      name: "PS_编制数",
      target: { sheet: "基础数据", address: "B4" },
    });
    expect(parseMapping("编制数＝'my sheet'！b4", "X").target).toEqual({
      sheet: "my sheet",
      address: "B4",
    });
    expect(parseMapping("调查人数=C9", "人员").target).toEqual({ sheet: "人员", address: "C9" });
    expect(() => parseMapping("编制数", "基础数据")).toThrow(
      "--map 的格式应为“数据名=工作表!单元格”，如 --map 编制数=基础数据!B4，而不是“编制数”"
    );
    expect(() => parseMapping("编制数=基础数据!B4:C5", "基础数据")).toThrow(
      "--map 编制数=基础数据!B4:C5：“基础数据!B4:C5”不是一个单元格"
    );
    expect(() => parseMapping("=B4", "基础数据")).toThrow("--map 的格式应为");
  });
});

/** A grid from A1-addressed cells. */
function grid(sheetName: string, cells: Record<string, GridCell["value"]>): Grid {
  const rows: Array<Array<GridCell | undefined>> = [];
  let columnCount = 0;
  for (const [a, value] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(a)!;
    const r = Number(m[2]) - 1;
    const c = m[1].charCodeAt(0) - 65;
    (rows[r] ??= [])[c] = { value };
    columnCount = Math.max(columnCount, c + 1);
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return {
    sheetName,
    rowCount: rows.length,
    columnCount,
    origin: { row: 0, column: 0 },
    cells: rows,
    merges: [],
  };
}

const lookup =
  (...grids: Grid[]) =>
  (sheet: string) => {
    const g = grids.find((x) => x.sheetName === sheet);
    return g
      ? (address: string) => {
          const m = /^([A-Z])(\d+)$/.exec(address)!;
          return g.cells[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
        }
      : undefined;
  };

const pin = (figure: string, sheet: string, address: string): Pin => ({
  figure,
  name: pinName(figure)!,
  target: { sheet, address },
});

describe("the reader honours pins before any label search", () => {
  const base = grid("基础数据", {
    A1: "年度",
    B1: 2021,
    A2: "编制数",
    B2: 43,
    A3: "在职人员数",
    B3: 45,
    D5: 50,
    D6: "四十三",
  });
  const people = grid("人员 表", { C3: 48 });
  const read = (pins: Pin[]) =>
    readBaseData(base, {
      fields: ["编制数", "在职人员数"],
      pins: resolvePins(pins, lookup(base, people)),
    });

  it("takes a pinned figure from its cell, not from its label", () => {
    const r = read([pin("编制数", "基础数据", "D5")]);
    expect(r.figures["编制数"]).toMatchObject({ address: "D5", raw: 50, pin: "PS_编制数" });
    expect(r.figures["编制数"].value?.toNumber()).toBe(50);
    expect(r.figures["编制数"].sheet).toBeUndefined();
    // The other figure is still found by its label.
    expect(r.figures["在职人员数"]).toMatchObject({ address: "B3", raw: 45 });
    expect(r.problems).toEqual([]);
  });

  it("follows a pin to another sheet", () => {
    const r = read([pin("在职人员数", "人员 表", "C3")]);
    expect(r.figures["在职人员数"]).toMatchObject({ address: "C3", sheet: "人员 表", raw: 48 });
  });

  it("reports an empty or unusable pinned cell by figure, cell and name, never as 0", () => {
    const r = read([pin("编制数", "基础数据", "D9"), pin("在职人员数", "基础数据", "D6")]);
    expect(r.figures["编制数"].value).toBeUndefined();
    expect(r.problems).toEqual([
      {
        kind: "blank",
        field: "编制数",
        cell: "D9",
        pin: "PS_编制数",
        message: "编制数（基础数据!D9，名称 PS_编制数）为空，请填写",
        messageEn: "编制数 (基础数据!D9, name PS_编制数) is blank; please fill it in",
      },
      {
        kind: "invalid",
        field: "在职人员数",
        cell: "D6",
        pin: "PS_在职人员数",
        message: "在职人员数（基础数据!D6，名称 PS_在职人员数）“四十三”不是有效的数字",
        messageEn: '在职人员数 (基础数据!D6, name PS_在职人员数) "四十三" is not a valid number',
      },
    ]);
  });

  it("reports a pin whose cell or sheet is gone, instead of the figure as merely missing", () => {
    const r = read([
      { figure: "编制数", name: "PS_编制数", target: { broken: "ref", text: "基础数据!#REF!" } },
      pin("在职人员数", "旧表", "B2"),
    ]);
    expect(r.figures["编制数"]).toBeUndefined();
    expect(r.figures["在职人员数"]).toBeUndefined();
    expect(r.problems.map((p) => [p.kind, p.field, p.pin, p.message])).toEqual([
      [
        "missing",
        "编制数",
        "PS_编制数",
        "编制数：名称 PS_编制数 指向的单元格已被删除（#REF!），请在“公式 > 名称管理器”中改正或删除该名称后重新读取",
      ],
      [
        "missing",
        "在职人员数",
        "PS_在职人员数",
        "在职人员数：名称 PS_在职人员数 指向的工作表“旧表”不存在，请在“公式 > 名称管理器”中改正或删除该名称后重新读取",
      ],
    ]);
  });

  it("pins a figure the catalogue does not know", () => {
    const r = read([pin("调查人数", "基础数据", "D5")]);
    expect(r.figures["调查人数"]).toMatchObject({ address: "D5", raw: 50, pin: "PS_调查人数" });
  });

  it("in a session: the pinned figure scores, a broken pin leaves its indicator to fill, not 0", () => {
    const scheme = getScheme("浏阳2018");
    // 在职人员控制率 (5 points, −0.5 per point above 100%): 45 / 50 = 90% → 5; with 编制数 43 it is 104.65% → 2.67.
    const byLabel = summarize({ scheme, base: readSchemeBase(base, scheme), inputs: {} }).summary;
    expect(byLabel.indicators.find((i) => i.name === "在职人员控制率")!.score?.toNumber()).toBe(
      2.67
    );
    const pinned = readSchemeBase(
      base,
      scheme,
      undefined,
      resolvePins([pin("编制数", "基础数据", "D5")], lookup(base))
    );
    const ok = summarize({ scheme, base: pinned, inputs: {} }).summary;
    const rate = ok.indicators.find((i) => i.name === "在职人员控制率")!;
    expect(rate.score?.toNumber()).toBe(5);
    expect(ok.figures.find((f) => f.field === "编制数")).toEqual({
      field: "编制数",
      source: "pin",
      pin: "PS_编制数",
      cell: "D5",
      sheet: "基础数据",
      value: 50,
    });
    const broken = readSchemeBase(base, scheme, undefined, [
      { figure: "编制数", name: "PS_编制数", target: { broken: "ref", text: "#REF!" } },
    ]);
    const s = summarize({ scheme, base: broken, inputs: {} }).summary;
    expect(s.indicators.find((i) => i.name === "在职人员控制率")!.status).toBe("missing");
    expect(s.pending.find((p) => p.key === "编制数")?.message).toBe(
      "编制数：名称 PS_编制数 指向的单元格已被删除（#REF!），请在“公式 > 名称管理器”中改正或删除该名称后重新读取"
    );
  });
});
