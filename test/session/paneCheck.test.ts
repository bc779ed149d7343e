/** The pane's pure questions: which scheme to suggest, and the 基础数据 check it shows. */
import { BUILT_IN_SCHEMES, DEFAULT_SCHEME_ID, getScheme } from "../../src/core";
import type { BaseData, Problem } from "../../src/scorecard/baseData";
import {
  canFillInPlace,
  checkBaseData,
  readingCell,
  sheetCell,
  suggestScheme,
} from "../../src/scorecard/paneCheck";
import { readSchemeBase } from "../../src/scorecard/reader";
import { isSchemeSheetName } from "../../src/scorecard/schemeSheet/sheetName";
import type { SchemeSheetReading } from "../../src/scorecard/schemeSheet";
import type { Grid } from "../../src/scorecard/grid";

const base = { builtIns: BUILT_IN_SCHEMES, defaultId: DEFAULT_SCHEME_ID };

describe("suggestScheme", () => {
  it("puts the workbook's own scheme sheet first, whatever the data say", () => {
    const s = suggestScheme({ ...base, schemeSheets: ["评分方案", "评分标准"], unitName: "浏阳市经信局" });
    expect(s.choice).toEqual({ kind: "sheet", sheet: "评分方案" });
    expect(s.reason?.zh).toBe("工作簿中有评分方案表“评分方案”");
  });

  it("picks the built-in whose place the 填报单位 names (with or without 县/市)", () => {
    expect(suggestScheme({ ...base, schemeSheets: [], unitName: "浏阳市经济和信息化局" }).choice).toEqual({
      kind: "builtin",
      id: "浏阳2018",
    });
    // "湘潭县2020": the unit may write 湘潭县 or only 湘潭.
    expect(suggestScheme({ ...base, schemeSheets: [], unitName: "湘潭市某局", year: 2018 }).choice).toEqual({
      kind: "builtin",
      id: "湘潭县2020",
    });
  });

  it("else the built-in of the evaluation year, else the default", () => {
    const byYear = suggestScheme({ ...base, schemeSheets: [], unitName: "某县财政局", year: 2018 });
    expect(byYear.choice).toEqual({ kind: "builtin", id: "浏阳2018" });
    expect(byYear.reason?.zh).toBe("评价年度为2018年");
    const none = suggestScheme({ ...base, schemeSheets: [], year: 2023 });
    expect(none).toEqual({ choice: { kind: "builtin", id: DEFAULT_SCHEME_ID } });
  });

  it("recognises scoring tables by their sheet's name", () => {
    expect(["评分方案", " 评分标准（2023）", "指标体系", "基础数据", "计分表"].map(isSchemeSheetName)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

const problem = (kind: Problem["kind"], field: string, cell?: string): Problem => ({
  kind,
  field,
  cell,
  message: `${field} ${kind}`,
  messageEn: `${field} ${kind}`,
});

describe("checkBaseData", () => {
  it("lists each problem once, worst first, with near misses and bad figures apart", () => {
    const data: BaseData = {
      sheetName: "基础数据",
      figures: {},
      problems: [
        problem("missing", "满意率"),
        problem("nearMiss", "本年公用经费决算数", "D12"),
        problem("sum", "项目支出", "C13"),
        problem("negative", "本年公用经费决算数", "D17"),
        problem("missing", "满意率"),
        problem("invalid", "编制数", "B5"),
        problem("nearMiss", "本年公用经费决算数", "D12"),
      ],
    };
    const c = checkBaseData(data);
    expect(c.attention.map((p) => `${p.kind} ${p.field}`)).toEqual([
      "negative 本年公用经费决算数",
      "invalid 编制数",
      "missing 满意率",
      "sum 项目支出",
    ]);
    expect(c.nearMisses).toHaveLength(1);
    expect(c.bad.map((p) => p.field)).toEqual(["本年公用经费决算数", "编制数"]);
    // No figure has a cell: nothing to generate from.
    expect(c.found).toBe(0);
    expect(c.blocking).toBe(true);
  });

  it("counts the figures found on seed 000's sheet and does not block", () => {
    const rows: Array<Array<string | number | null>> = [
      ["填报单位：浏阳市经济和信息化局"],
      ["财政供养人员情况", "编制数", "2018年实际在职人数"],
      [null, 43, 43],
    ];
    const grid: Grid = {
      sheetName: "基础数据",
      rowCount: rows.length,
      columnCount: 3,
      origin: { row: 0, column: 0 },
      cells: rows.map((r) => r.map((v) => ({ value: v }))),
      merges: [],
    };
    const c = checkBaseData(readSchemeBase(grid, getScheme("浏阳2018")));
    // 编制数 (B3) and 在职人员数 (C3); the other 18 of the 20 fields 浏阳2018 reads are missing.
    expect(c.found).toBe(2);
    expect(c.blocking).toBe(false);
    expect(c.attention.filter((p) => p.kind === "missing")).toHaveLength(18);
  });
});

describe("cells named with their sheet", () => {
  it("names a base-sheet cell and leaves a named one alone", () => {
    expect(sheetCell("基础数据", "D22")).toBe("基础数据!D22");
    expect(sheetCell("基础数据", "评分方案!F7")).toBe("评分方案!F7");
  });

  it("gives a row's reading the cell of its 评价标准, and fill-in-place only with a 得分 column", () => {
    const reading: SchemeSheetReading = {
      sheetName: "评分方案",
      rows: [],
      problems: [],
      columns: { headerRow: 1, col: { level3: 4, criterion: 7 }, points: { level3: 5 } },
    };
    expect(readingCell(reading, 3)).toBe("评分方案!H3");
    // The grid starting at column B moves every column one to the right.
    expect(readingCell(reading, 3, 1)).toBe("评分方案!I3");
    expect(canFillInPlace(reading)).toBe(false);
    expect(canFillInPlace({ ...reading, columns: { ...reading.columns!, col: { ...reading.columns!.col, score: 8 } } })).toBe(true);
  });
});
