/**
 * 在此表中计分, the planner: the officer's blank 计分表 (it is also the scheme sheet) gets formulas
 * only in its empty cells, and computes the built-in scheme's scores on the same figures.
 */
import { D, getScheme } from "../../src/core";
import { planFill } from "../../src/scorecard/fillInPlace";
import { readSchemeSheet } from "../../src/scorecard/schemeSheet";
import { evaluateSession } from "../../src/scorecard/session";
import { parseA1 } from "../../src/scorecard/grid";
import { isError } from "../planner/support/excelFormula";
import { handMadeBase } from "../planner/support/scorecard";
import { blankGrid, filledWorkbook, FULL_FIGURES, FULL_INPUTS, SHEET } from "./support";

const plannedFor = (grid: ReturnType<typeof blankGrid>, hand = handMadeBase(FULL_FIGURES)) => {
  const reading = readSchemeSheet(grid);
  expect(reading.problems).toEqual([]);
  const planning = planFill(grid, reading, hand.base);
  if (!planning.ok) throw new Error(JSON.stringify(planning.problems));
  return { plan: planning.plan, hand, reading };
};

describe.each(["浏阳2018", "湘潭县2020"])("%s as the officer's blank 计分表", (id) => {
  const built = getScheme(id);
  const grid = blankGrid(built);
  const { plan, hand } = plannedFor(grid);
  const typed = FULL_INPUTS[id];
  const wb = filledWorkbook(grid, plan, hand, typed);
  const engine = evaluateSession(built, hand.base, typed);

  test("each indicator scores as the built-in scheme does", () => {
    expect(plan.rows).toHaveLength(engine.indicators.length);
    const byKey = new Map(engine.indicators.map((r) => [r.ref.path, r]));
    const diffs = plan.rows.flatMap((row) => {
      const want = byKey.get(row.key)!.score;
      const got = wb.value(SHEET, row.scoreCell);
      return want && typeof got === "number" && new D(got).equals(want) ? [] : [`${row.key}: ${String(got)} ≠ ${want}`];
    });
    expect(diffs).toEqual([]);
  });

  test("合计 and 评价结果 as the engine gives them; the count is the cells written", () => {
    expect(wb.value(SHEET, plan.totalCell!)).toBe(engine.total.toNumber());
    expect(wb.value(SHEET, plan.gradeCell!)).toBe(engine.grade);
    const roles = plan.cells.map((c) => c.role);
    // Every indicator: 得分 and 扣分说明; the 合计 row: 得分 and 扣分说明 (its 分值 is typed); one grade.
    expect(roles.filter((r) => r === "score")).toHaveLength(plan.rows.length);
    // An 扣分说明 past Excel's 8,192 characters (the value computed inside it) is left out, and said so.
    const longExplains = plan.skipped.filter((x) => x.message.startsWith("扣分说明公式超过"));
    expect(roles.filter((r) => r === "explain").length + longExplains.length).toBe(plan.rows.length);
    expect(roles.filter((r) => r === "total" || r === "totalNote" || r === "grade")).toHaveLength(3);
    expect(roles).not.toContain("totalPoints");
    // Inputs are announced, not written.
    expect(plan.inputs.map((i) => i.key).sort()).toEqual(Object.keys(typed).sort());
    expect(plan.cells.map((c) => c.address)).not.toEqual(expect.arrayContaining([plan.inputs[0].address]));
  });

  test("扣分说明 computes to text for every scored indicator", () => {
    const bad = plan.cells
      .filter((c) => c.role === "explain")
      .filter((c) => {
        const v = wb.value(SHEET, c.address);
        return typeof v !== "string" || v === "" || isError(v);
      });
    expect(bad.map((c) => c.key)).toEqual([]);
  });
});

test("在职人员控制率 45/43 under 浏阳2018 (0.5 per point over 100%): 5 − 4.651…×0.5 = 2.67, in the 指标值 cell's row", () => {
  const grid = blankGrid(getScheme("浏阳2018"));
  const { plan, hand } = plannedFor(grid);
  const wb = filledWorkbook(grid, plan, hand);
  const row = plan.rows.find((r) => r.key.endsWith("在职人员控制率"))!;
  expect(plan.cells.find((c) => c.address === row.valueCell)?.role).toBe("value");
  expect(wb.value(SHEET, row.valueCell!)).toBeCloseTo(45 / 43, 12);
  expect(wb.value(SHEET, row.scoreCell)).toBe(2.67);
});

test("a 指标值 cell holding the formula's text is kept: the value is computed inside 得分", () => {
  const grid = blankGrid(getScheme("浏阳2018"));
  const { plan, hand } = plannedFor(grid);
  const row = plan.rows.find((r) => r.key.endsWith("公用经费控制率"))!;
  expect(grid.cells[row.row - 1][8]?.value).toBe("本年公用经费决算数/本年公用经费预算数");
  expect(plan.cells.some((c) => c.address === row.valueCell)).toBe(false);
  // 51.64/47.5 = 108.7%: 1 point per point over 100% on 8 points → 0 (seed 000 wrongly self-scores 8).
  expect(filledWorkbook(grid, plan, hand).value(SHEET, row.scoreCell)).toBe(0);
});

test("typed 得分 and 扣分说明 stay, and the row is reported; the 合计 still sums what is there", () => {
  const grid = blankGrid(getScheme("湘潭县2020"), (t) => {
    t.rows[4][9] = 3.5; // 在职人员控制率's 得分 (J5), typed by the officer
    t.rows[5][10] = "已核实"; // 三公经费变动率's 扣分说明 (K6)
  });
  const { plan, hand } = plannedFor(grid);
  const written = new Set(plan.cells.map((c) => c.address));
  expect(written.has("J5")).toBe(false);
  expect(written.has("K5")).toBe(false);
  expect(written.has("I5")).toBe(false);
  expect(written.has("K6")).toBe(false);
  expect(written.has("J6")).toBe(true);
  expect(plan.skipped).toEqual(
    expect.arrayContaining([expect.objectContaining({ cell: "J5", message: "得分已填写，本行未改动" })])
  );
  const typed = FULL_INPUTS["湘潭县2020"];
  const wb = filledWorkbook(grid, plan, hand, typed);
  const engine = evaluateSession(getScheme("湘潭县2020"), hand.base, typed);
  const first = engine.indicators.find((r) => r.ref.indicator.name === "在职人员控制率")!.score!;
  expect(wb.value(SHEET, plan.totalCell!)).toBe(engine.total.minus(first).plus(3.5).toNumber());
});

test("a missing figure leaves its row empty and says which figure; a sheet without 得分 is refused", () => {
  const figures = { ...FULL_FIGURES };
  delete figures.编制数;
  const grid = blankGrid(getScheme("浏阳2018"));
  const { plan } = plannedFor(grid, handMadeBase(figures));
  const row = plan.rows.find((r) => r.key.endsWith("在职人员控制率"))!;
  expect(plan.cells.some((c) => c.key === row.key)).toBe(false);
  expect(plan.skipped).toEqual(
    expect.arrayContaining([expect.objectContaining({ key: row.key, message: expect.stringContaining("基础数据缺少：编制数") })])
  );
  const noScore = blankGrid(getScheme("浏阳2018"), (t) => t.rows.forEach((r) => r.splice(10, 1)));
  const reading = readSchemeSheet(noScore);
  const planning = planFill(noScore, reading, handMadeBase(FULL_FIGURES).base);
  expect(planning.ok).toBe(false);
});

test("without a 指标值 column, self-evaluation rows are reported and computed values go inline", () => {
  const scheme = getScheme("浏阳2018");
  const grid = blankGrid(scheme, (t) => {
    // The formulas the 指标值 column held move into the 指标说明 ("X=A/B"), then the column goes.
    t.rows.forEach((r, i) => {
      if (i >= 2 && typeof r[8] === "string") r[6] = `指标值=${r[8]}`;
      r.splice(8, 1);
    });
  });
  const { plan, hand } = plannedFor(grid);
  expect(plan.inputs).toEqual([]);
  const selfRows = plan.rows.filter((r) => r.input);
  expect(selfRows.map((r) => r.key.split("/")[2])).toEqual([
    "管理制度健全性",
    "资金使用合规性",
    "预决算信息公开",
    "经济效益、社会效益",
    "行政效能",
  ]);
  for (const r of selfRows) expect(plan.cells.some((c) => c.key === r.key)).toBe(false);
  const wb = filledWorkbook(grid, plan, hand);
  const engine = evaluateSession(scheme, hand.base, {});
  for (const r of plan.rows.filter((x) => !x.input)) {
    const want = engine.indicators.find((x) => x.ref.path === r.key)!.score!;
    expect([r.key, wb.value(SHEET, r.scoreCell)]).toEqual([r.key, want.toNumber()]);
  }
  expect(wb.value(SHEET, plan.gradeCell!)).toBe("待定（5项待填或需处理）");
});

test("a filled and recalculated sheet, inputs typed, reads as the same scheme; a second fill writes nothing", () => {
  const scheme = getScheme("浏阳2018");
  const grid = blankGrid(scheme);
  const { plan, hand, reading } = plannedFor(grid);
  const typed = FULL_INPUTS["浏阳2018"];
  const wb = filledWorkbook(grid, plan, hand, typed);
  const cells = grid.cells.map((row) => [...row]);
  const set = (address: string, cell: { value: string | number | boolean | null; formula?: string }) => {
    const { row, column } = parseA1(address);
    cells[row][column] = cell;
  };
  for (const c of plan.cells) {
    const v = wb.value(SHEET, c.address);
    set(c.address, { formula: c.formula, value: isError(v) ? v.code : v });
  }
  for (const i of plan.inputs) set(i.address, { value: typed[i.key] });
  const filled = { ...grid, cells };
  const again = readSchemeSheet(filled);
  expect(again.problems).toEqual([]);
  expect(again.scheme!.levels).toEqual(reading.scheme!.levels);
  const second = planFill(filled, again, hand.base);
  expect(second.ok && second.plan.cells).toEqual([]);
});

test("text in an upper level's 分值 cell is a problem with its cell, not a crash nor a blank", () => {
  const grid = blankGrid(getScheme("浏阳2018"), (t) => {
    t.rows[3][3] = "已填"; // D4: below 预算配置's 分值, blank in the table
  });
  const r = readSchemeSheet(grid);
  expect(r.scheme).toBeUndefined();
  expect(r.problems).toEqual(expect.arrayContaining([{ cell: "评分表!D4", message: "分值“已填”不是数字" }]));
});
