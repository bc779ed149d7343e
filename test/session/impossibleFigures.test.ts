/**
 * Impossible figures make their indicator 需处理 (status "error", the reader's words), never a
 * score: negative amounts and counts, a part above its whole, a 满意率 above 100%, a date or a
 * logical value where a number belongs, text that is no number. The generated 计分表 agrees: its
 * value cell is #N/A in both dialects. Every expected message is written out by hand.
 */
import { getScheme, type Scheme } from "../../src/core";
import type { Grid, GridCell } from "../../src/scorecard/grid";
import { planScorecard } from "../../src/scorecard/planner";
import { readSchemeBase } from "../../src/scorecard/reader";
import { summarize } from "../../src/scorecard/session";
import { isError } from "../planner/support/excelFormula";
import { compareWithEngine, expected, miniWorkbook } from "../planner/support/scorecard";
import type { SheetCell } from "../planner/support/excelFormula";

const liuyang = getScheme("浏阳2018");
const xiangtan = getScheme("湘潭县2020");

/** A label-left list on 基础数据: label in A, value (a cell, to give a number format) in B. */
function list(rows: Array<[string, GridCell["value"] | GridCell]>): Grid {
  const cells = rows.map(([label, v]) => [
    { value: label },
    v !== null && typeof v === "object" ? v : { value: v },
  ]);
  return {
    sheetName: "基础数据",
    rowCount: rows.length,
    columnCount: 2,
    origin: { row: 0, column: 0 },
    cells,
    merges: [],
  };
}

function session(scheme: Scheme, grid: Grid) {
  const base = readSchemeBase(grid, scheme);
  return { base, ...summarize({ scheme, base, inputs: {} }) };
}

const indicator = (s: ReturnType<typeof session>, name: string) =>
  s.evaluation.indicators.find((r) => r.ref.indicator.name === name)!;

describe("the engine: an impossible figure gives 需处理, never a score", () => {
  it("a negative 编制数: 在职人员控制率 is 需处理 with the cell, not 5/5", () => {
    const s = session(
      liuyang,
      list([
        ["编制数", -43],
        ["在职人员数", 40],
      ])
    );
    const r = indicator(s, "在职人员控制率");
    expect([r.status, r.score, r.explanation]).toEqual([
      "error",
      null,
      "编制数（B1）为负数-43，请核对",
    ]);
    expect(s.summary.pending).toContainEqual({
      key: "编制数",
      label: "编制数",
      status: "error",
      message: "编制数（B1）为负数-43，请核对",
      messageEn: "编制数 (B1) is negative (-43); please check",
      cell: "B1",
      sheet: "基础数据",
    });
  });

  it("text written as a negative, “(5)”, is negative too", () => {
    const s = session(
      liuyang,
      list([
        ["编制数", 43],
        ["在职人员数", "(5)"],
      ])
    );
    expect(indicator(s, "在职人员控制率").explanation).toBe("在职人员数（B2）为负数-5，请核对");
  });

  it("a 预算调整数 may be negative (net 追减): 预算调整率 is scored", () => {
    const s = session(
      xiangtan,
      list([
        ["预算调整数", -10],
        ["年初预算", 100],
      ])
    );
    // |−10%| adjusted: 2 × (1 − 0.1) = 1.8.
    const r = indicator(s, "预算调整率");
    expect([r.status, r.score?.toString()]).toEqual(["ok", "1.8"]);
  });

  it.each([
    ["固定资产利用率", "固定资产总额", 600, "在用固定资产总额", 620],
    ["重点工作办结率", "重点工作交办数", 10, "重点工作完成数", 11],
    ["质量达标率", "计划工作数", 20, "质量达标工作数", 21],
  ])("%s: %s %d below %s %d is 需处理", (name, whole, w, part, p) => {
    const s = session(
      xiangtan,
      list([
        [whole, w],
        [part, p],
      ])
    );
    const message = `${part}（B2）为${p}，大于${whole}（B1）${w}，不可能，请核对`;
    expect(s.base.problems).toContainEqual({
      kind: "relation",
      cell: "B2",
      field: part,
      related: whole,
      message,
      messageEn: `${part} (B2) is ${p}, above ${whole} (B1) ${w}, which cannot be; please check`,
    });
    const r = indicator(s, name);
    expect([r.status, r.score, r.explanation]).toEqual(["error", null, message]);
  });

  it("equal part and whole are fine: 10 of 10 is 100%", () => {
    const s = session(
      xiangtan,
      list([
        ["重点工作交办数", 10],
        ["重点工作完成数", 10],
      ])
    );
    expect(indicator(s, "重点工作办结率").status).toBe("ok");
    expect(s.base.problems.filter((p) => p.kind === "relation")).toEqual([]);
  });

  it("a 满意率 above 100% (“103%”) is 需处理", () => {
    const s = session(liuyang, list([["满意率", "103%"]]));
    const r = indicator(s, "社会公众或服务对象满意度");
    expect([r.status, r.score, r.explanation]).toEqual([
      "error",
      null,
      "满意率（B1）为103%，不能大于100%，请核对",
    ]);
    expect(s.base.problems).toContainEqual({
      kind: "range",
      cell: "B1",
      field: "满意率",
      message: "满意率（B1）为103%，不能大于100%，请核对",
      messageEn: "满意率 (B1) is 103%, above the largest possible 100%; please check",
    });
  });

  it("a logical value or a date where a number belongs is 需处理, named as such", () => {
    const bool = session(
      liuyang,
      list([
        ["编制数", true],
        ["在职人员数", 40],
      ])
    );
    expect(indicator(bool, "在职人员控制率").explanation).toBe(
      "编制数（B1）“TRUE”不是有效的数字，应填写数字，不能是逻辑值"
    );
    // 2019-01-01 is serial 43466 (days since 1899-12-30).
    const date = session(
      liuyang,
      list([
        ["编制数", 43],
        ["在职人员数", { value: 43466, numberFormat: "yyyy-mm-dd" }],
      ])
    );
    const r = indicator(date, "在职人员控制率");
    expect([r.status, r.explanation]).toEqual([
      "error",
      "在职人员数（B2）“2019-01-01”不是有效的数字，单元格是日期，应填写数字",
    ]);
    // A number format with quoted text or a colour is no date: 43 in "0\"人\"" is 43.
    const counted = session(
      liuyang,
      list([
        ["编制数", { value: 43, numberFormat: '0"人"' }],
        ["在职人员数", { value: 43, numberFormat: "[Red]0" }],
      ])
    );
    expect(indicator(counted, "在职人员控制率").status).toBe("ok");
  });

  it("text that is no number (“四十三”) is invalid, 需处理, never “缺少” or blank", () => {
    const s = session(
      liuyang,
      list([
        ["编制数", "四十三"],
        ["在职人员数", 43],
      ])
    );
    const r = indicator(s, "在职人员控制率");
    expect([r.status, r.explanation]).toEqual(["error", "编制数（B1）“四十三”不是有效的数字"]);
    const item = s.summary.pending.find((p) => p.key === "编制数");
    expect([item?.status, item?.message]).toEqual(["error", "编制数（B1）“四十三”不是有效的数字"]);
  });

  it("a negative figure typed into 补充数据 is 需处理 too", () => {
    const base = readSchemeBase(list([["在职人员数", 40]]), liuyang);
    const plan = planScorecard(base, liuyang, {
      dialect: "portable",
      sheetName: "计分表",
      baseSheetName: "基础数据",
    });
    const cell = plan.scorecard!.figures.find((f) => f.field === "编制数")!.cell;
    const sheet = { name: "计分表", cells: { 编制数: cell } };
    const { evaluation } = summarize({ scheme: liuyang, base, inputs: { 编制数: -3 }, sheet });
    const r = evaluation.indicators.find((x) => x.ref.indicator.name === "在职人员控制率")!;
    expect([r.status, r.explanation]).toEqual([
      "error",
      `编制数（计分表!${cell}）为负数-3，请核对`,
    ]);
  });
});

describe("the 计分表 agrees: no score from an impossible figure, in either dialect", () => {
  /** The base sheet as the MiniWorkbook's cells, from the list's rows. */
  function workbookCells(grid: Grid): Map<string, SheetCell> {
    const out = new Map<string, SheetCell>();
    grid.cells.forEach((row, r) =>
      row.forEach((c, k) => c && out.set(`${"AB"[k]}${r + 1}`, { value: c.value }))
    );
    return out;
  }

  it.each([
    [
      "a negative 编制数",
      liuyang,
      "在职人员控制率",
      [
        ["编制数", -43],
        ["在职人员数", 40],
      ],
    ],
    [
      "“−5” as 在职人员数",
      liuyang,
      "在职人员控制率",
      [
        ["编制数", 43],
        ["在职人员数", "−5"],
      ],
    ],
    [
      "“（5）” as 在职人员数",
      liuyang,
      "在职人员控制率",
      [
        ["编制数", 43],
        ["在职人员数", "（5）"],
      ],
    ],
    [
      "在用 above 总额",
      xiangtan,
      "固定资产利用率",
      [
        ["固定资产总额", 600],
        ["在用固定资产总额", 620],
      ],
    ],
    [
      "完成 above 交办",
      liuyang,
      "重点工作办结率",
      [
        ["重点工作交办数", 10],
        ["重点工作完成数", "11项"],
      ],
    ],
    [
      "达标 above 计划",
      xiangtan,
      "质量达标率",
      [
        ["计划工作数", 20],
        ["质量达标工作数", 21],
      ],
    ],
    ["满意率 “103%”", liuyang, "社会公众或服务对象满意度", [["满意率", "103%"]]],
  ] as const)("%s", (_what, scheme, name, rows) => {
    const grid = list(rows.map(([l, v]) => [l, v]));
    const base = readSchemeBase(grid, scheme);
    const want = expected(scheme, base);
    expect(want.indicators.find((r) => r.ref.indicator.name === name)!.status).toBe("error");
    for (const dialect of ["perf", "portable"] as const) {
      const plan = planScorecard(base, scheme, {
        dialect,
        sheetName: "计分表",
        baseSheetName: "基础数据",
      });
      const wb = miniWorkbook(plan, { base, cells: workbookCells(grid) });
      const row = plan.scorecard!.rows.find((r) => r.key.endsWith(name))!;
      expect(isError(wb.value("计分表", row.valueCell))).toBe(true);
      expect(compareWithEngine(plan, want, (a) => wb.value("计分表", a), { base })).toEqual([]);
    }
  });

  it("“(−45)” is 45 to the reader (two negatives), so the 计分表 scores it too", () => {
    const grid = list([
      ["编制数", 43],
      ["在职人员数", "(\u221245)"],
    ]);
    const base = readSchemeBase(grid, liuyang);
    expect(base.figures.在职人员数.value?.toString()).toBe("45");
    for (const dialect of ["perf", "portable"] as const) {
      const plan = planScorecard(base, liuyang, {
        dialect,
        sheetName: "计分表",
        baseSheetName: "基础数据",
      });
      const wb = miniWorkbook(plan, { base, cells: workbookCells(grid) });
      const row = plan.scorecard!.rows.find((r) => r.key.endsWith("在职人员控制率"))!;
      expect(wb.value("计分表", row.valueCell)).toBe(45 / 43);
    }
  });

  it("the same figures within bounds score (the guards do not fire on 0, blanks or equal parts)", () => {
    const grid = list([
      ["固定资产总额", 600],
      ["在用固定资产总额", 600],
      ["计划工作数", 0],
      ["质量达标工作数", 0],
    ]);
    const base = readSchemeBase(grid, xiangtan);
    const plan = planScorecard(base, xiangtan, {
      dialect: "portable",
      sheetName: "计分表",
      baseSheetName: "基础数据",
    });
    const wb = miniWorkbook(plan, { base, cells: workbookCells(grid) });
    const row = plan.scorecard!.rows.find((r) => r.key.endsWith("固定资产利用率"))!;
    expect(wb.value("计分表", row.valueCell)).toBe(1);
    expect(
      compareWithEngine(plan, expected(xiangtan, base), (a) => wb.value("计分表", a), { base })
    ).toEqual([]);
  });
});
