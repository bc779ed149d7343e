/**
 * Operands outside the catalogue (src/core/fields.ts): a value formula such as `满意人数/调查人数×100%`
 * finds 调查人数 on the base sheet by its label and scores; one that is not there, or is there twice, is a
 * problem by name — in the scheme check, with the formula's cell, and in scoring a JSON scheme.
 */
import * as fs from "fs";
import * as path from "path";
import { D, getScheme, indicatorsOf, loadScheme, type Scheme } from "../../src/core";
import { planBaseDataTemplate } from "../../src/scorecard/template";
import type { Grid } from "../../src/scorecard/grid";
import { planSession, summarize } from "../../src/scorecard/session";
import { readBaseData, readSchemeBase } from "../../src/scorecard/reader";
import { baseOperand, readSchemeSheet, tableGrid } from "../../src/scorecard/schemeSheet";
import { MiniWorkbook, type SheetCell } from "../planner/support/excelFormula";
import { compareWithEngine } from "../planner/support/scorecard";

const SCHEME_ROWS: Array<Array<string | number | null>> = [
  ["某县部门整体支出绩效评价指标"],
  ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "指标说明", "评价标准"],
  [
    "过程",
    10,
    "预算执行",
    10,
    "预算执行率",
    10,
    "X=预算执行数/调整后预算数×100%",
    "按完成比例计分，满分为止",
  ],
  [
    "效果",
    5,
    "满意度",
    5,
    "服务对象满意度",
    5,
    "X=满意人数/调查人数×100%",
    "90%（含）以上计5分；80%（含）-90%计3分；低于80%不得分",
  ],
  ["合计", 15],
];

function baseGrid(rows: Array<[string, number | string]>): Grid {
  return tableGrid("基础数据", { rows: [["部门整体支出绩效评价基础数据表"], ...rows], merges: [] });
}

const FULL: Array<[string, number]> = [
  ["调整后预算数（万元）", 1000],
  ["预算执行数（万元）", 950],
  ["满意人数", 171],
  ["调查人数", 200],
];

test("满意人数/调查人数 and 预算执行数/调整后预算数 are found by label and score", () => {
  const grid = baseGrid(FULL);
  const r = readSchemeSheet(
    tableGrid("评分方案", { rows: SCHEME_ROWS, merges: [] }),
    baseOperand(readBaseData(grid))
  );
  expect(r.problems).toEqual([]);
  const values = indicatorsOf(r.scheme!).map((x) => x.indicator.value);
  // 预算执行数 is the catalogue's 预算完成数 (a 决算 word); the others are the sheet's own labels.
  expect(values).toEqual([
    { kind: "ratio", numerator: "预算完成数", denominator: "调整后预算数" },
    { kind: "ratio", numerator: "满意人数", denominator: "调查人数" },
  ]);
  const base = readSchemeBase(grid, r.scheme!);
  expect(base.problems).toEqual([]);
  expect(base.figures["调查人数"]).toMatchObject({ address: "B5", labelAddress: "A5" });
  const { summary } = summarize({ scheme: r.scheme!, base, inputs: {} });
  // 950/1000 = 95% → 10 × 0.95 = 9.5; 171/200 = 85.5% → the 80%–90% band, 3.
  expect(summary.indicators.map((i) => [i.name, i.score?.toString()])).toEqual([
    ["预算执行率", "9.5"],
    ["服务对象满意度", "3"],
  ]);
  expect(summary.total.toString()).toBe("12.5");
  expect(summary.figures.find((f) => f.field === "调查人数")).toMatchObject({
    cell: "B5",
    label: "调查人数",
  });
});

test("the PERF 计分表 over those labels computes the engine's results", () => {
  const grid = baseGrid(FULL);
  const r = readSchemeSheet(
    tableGrid("评分方案", { rows: SCHEME_ROWS, merges: [] }),
    baseOperand(readBaseData(grid))
  );
  const base = readSchemeBase(grid, r.scheme!);
  const s = planSession(
    r.scheme!,
    base,
    {},
    { dialect: "perf", sheetName: "计分表", baseSheetName: "基础数据" }
  );
  const value = s.plan.cells.find(
    (c) => c.address === s.plan.scorecard!.rows[1].valueCell
  )!.formula!;
  expect(value).toContain("PERF.RATIO(基础数据!B4,基础数据!B5)");
  const card = new Map<string, SheetCell>();
  for (const c of s.plan.cells)
    card.set(c.address, c.formula ? { formula: c.formula } : { value: c.value ?? null });
  const baseCells = new Map<string, SheetCell>();
  grid.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell)
        baseCells.set(`${String.fromCharCode(65 + j)}${i + 1}`, {
          value: cell.value as SheetCell["value"],
        });
    })
  );
  const wb = new MiniWorkbook(
    new Map([
      ["计分表", card],
      ["基础数据", baseCells],
    ])
  );
  const read = (a: string) => wb.value("计分表", a);
  expect(compareWithEngine(s.plan, s.evaluation, read, { base, explanations: true })).toEqual([]);
  expect(read(s.plan.scorecard!.totalCell)).toBe(12.5);
});

test("an operand not on the base sheet, or on it twice, is named with the formula's cell", () => {
  const grid = baseGrid([
    ["调整后预算数（万元）", 1000],
    ["预算执行数（万元）", 950],
    ["满意人数", 171],
    ["调查人数（抽样）合计", 200],
    ["调整后预算数", 1001],
  ]);
  const r = readSchemeSheet(
    tableGrid("评分方案", { rows: SCHEME_ROWS, merges: [] }),
    baseOperand(readBaseData(grid))
  );
  expect(r.scheme).toBeUndefined();
  expect(r.problems).toEqual([
    {
      cell: "评分方案!G3",
      message: "公式中的“调整后预算数”在基础数据表“基础数据”中有2处（A2、A6），无法确定用哪一个",
    },
    {
      cell: "评分方案!G4",
      message:
        "公式中的“调查人数”在基础数据表“基础数据”中找不到（相近的有：A5“调查人数（抽样）合计”）",
    },
  ]);
});

test("a JSON scheme naming a label the base sheet lacks: 基础数据缺少 by name, near labels listed, a 补充数据 cell", () => {
  const built = getScheme("浏阳2018");
  const scheme: Scheme = JSON.parse(JSON.stringify(built));
  scheme.id = "某县2023";
  scheme.levels[2].groups[2].indicators[1].value = {
    kind: "ratio",
    numerator: "满意人数",
    denominator: "调查人数",
  };
  const grid = baseGrid([
    ["满意人数", 171],
    ["本年调查人数合计", 200],
  ]);
  const base = readSchemeBase(grid, scheme);
  expect(base.figures["满意人数"]?.value).toEqual(new D(171));
  expect(base.problems.filter((p) => p.field === "调查人数")).toEqual([
    {
      kind: "missing",
      field: "调查人数",
      message:
        "基础数据缺少：调查人数（基础数据表“基础数据”中没有这个标签；相近的有：A3“本年调查人数合计”）",
      messageEn: "Missing from the base data: 调查人数",
    },
  ]);
  const s = planSession(
    scheme,
    base,
    { 调查人数: 190 },
    { dialect: "portable", sheetName: "计分表", baseSheetName: "基础数据" }
  );
  expect(s.plan.scorecard!.figures.map((f) => f.field)).toContain("调查人数");
  // Typed into 补充数据: 171/190 = 90% → the ≥90% band, 6 points.
  const row = s.summary.indicators.find((i) => i.name === "社会公众或服务对象满意度")!;
  expect([row.value?.toString(), row.score?.toString()]).toEqual(["0.9", "6"]);
});

/** A base-data template plan as the Grid a reader sees. */
function gridOfTemplate(plan: ReturnType<typeof planBaseDataTemplate>): Grid {
  const rows: Array<Array<string | number | null>> = [];
  for (const c of plan.cells) {
    if (c.value === undefined || c.value === null || typeof c.value === "boolean") continue;
    const m = /^([A-Z]+)(\d+)$/.exec(c.address)!;
    (rows[Number(m[2]) - 1] ??= [])[m[1].charCodeAt(0) - 65] = c.value;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return tableGrid("基础数据", { rows, merges: plan.merges });
}

test("examples/某县评分方案.json: its template has rows for 调整后预算数, 满意人数, 调查人数; a blank one is 为空 at its cell", () => {
  const scheme = loadScheme(
    fs.readFileSync(path.join(__dirname, "../../examples/某县评分方案.json"), "utf8")
  );
  const plan = planBaseDataTemplate({
    scheme,
    year: 2023,
    values: { 编制数: 40, 在职人员数: 41, 预算完成数: 900, 调整后预算数: 1000, 满意人数: 180 },
  });
  const base = readSchemeBase(gridOfTemplate(plan), scheme);
  const blank = base.figures["调查人数"];
  expect(blank).toMatchObject({ label: "调查人数", raw: null });
  expect(blank.value).toBeUndefined();
  expect(base.problems).toEqual([
    expect.objectContaining({
      kind: "blank",
      field: "调查人数",
      message: `调查人数（${blank.address}）为空，请填写`,
    }),
  ]);
  const { summary } = summarize({ scheme, base, inputs: {} });
  // 41/40 = 102.5%: 2.5 points over × 0.5 = 1.25 off 5 → 3.75; 900/1000 → 10 × 0.9 = 9; the rest wait.
  expect(summary.indicators.map((i) => i.score?.toString() ?? i.status)).toEqual([
    "3.75",
    "9",
    "input",
    "missing",
  ]);
  expect(summary.total.toString()).toBe("12.75");
});
