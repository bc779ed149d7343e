/**
 * Whole 计分表 plans for seed 000's figures (浏阳 2018, 附件4 and the report text), evaluated
 * with the test evaluator in both dialects. Expected scores are worked out by hand from the
 * rule texts of 附件3 (test/fixtures/seeds/liuyang2018.txt).
 */
import { getScheme } from "../../src/core";
import { planScorecard } from "../../src/scorecard/planner";
import { compareWithEngine, expected, handMadeBase, miniWorkbook } from "./support/scorecard";

const liuyang = getScheme("浏阳2018");

/** Figures the seed gives: 附件4 and the report (公用经费 47.5/51.64, 政府采购 22/155.55, 年初预算 778.27+137.92, 追加 4382.11). */
const SEED_FIGURES = {
  编制数: 43,
  在职人员数: 43,
  上年三公经费决算数: 25.17,
  本年三公经费预算数: 18,
  本年三公经费决算数: 4.63,
  本年公用经费预算数: 47.5,
  本年公用经费决算数: 51.64,
  本年政府采购预算数: 22,
  本年政府采购决算数: 155.55,
  年初预算: 916.19,
  本年追加预算: 4382.11,
};

const INPUTS = {
  "过程/预算管理/管理制度健全性": "①②④",
  "过程/预算管理/资金使用合规性": 0,
  "过程/预算管理/预决算信息公开": "全部",
  "产出及效率/履职效益/经济效益、社会效益": 6,
  "产出及效率//行政效能": "较好",
};

/** By hand: 43/43=100% → 5; 4382.11/916.19 > 30% → 0; no 楼堂馆所 → 5, 5; 51.64/47.5 = 108.7% → 8−8.7 → 0;
 *  4.63/18 = 25.7% → 8; 155.55/22 = 707% → 0; ①②④ → 6; 0 cases → 6; 全部 → 5; 6 → 6; 较好 → 6. */
const SCORED = {
  "投入/预算配置/在职人员控制率": 5,
  "过程/预算执行/预算控制率": 0,
  "过程/预算执行/新建楼堂馆所面积控制率": 5,
  "过程/预算执行/新建楼堂馆所投资概算控制率": 5,
  "过程/预算管理/公用经费控制率": 0,
  "过程/预算管理/“三公经费”控制率": 8,
  "过程/预算管理/政府采购执行率": 0,
  "过程/预算管理/管理制度健全性": 6,
  "过程/预算管理/资金使用合规性": 6,
  "过程/预算管理/预决算信息公开": 5,
  "产出及效率/履职效益/经济效益、社会效益": 6,
  "产出及效率//行政效能": 6,
};
const PENDING = [
  "投入/预算配置/“三公经费”变动率",
  "过程/预算执行/预算完成率",
  "产出及效率/职责履行/重点工作办结率",
  "产出及效率//社会公众或服务对象满意度",
];

describe.each(["perf", "portable"] as const)("浏阳2018 with seed 000's figures, %s dialect", (dialect) => {
  const hand = handMadeBase(SEED_FIGURES, { year: 2018, unitName: "浏阳市经济和信息化局" });
  const plan = planScorecard(hand.base, liuyang, { dialect, sheetName: "计分表", baseSheetName: "基础数据", inputs: INPUTS });
  const layout = plan.scorecard!;
  const cell = (path: string) => layout.rows.find((r) => r.key === path)!;

  test("scores what the figures give, leaves the rest 待填, and withholds the grade", () => {
    const wb = miniWorkbook(plan, hand);
    const read = (a: string) => wb.value("计分表", a);
    for (const [path, score] of Object.entries(SCORED)) expect([path, read(cell(path).scoreCell)]).toEqual([path, score]);
    for (const path of PENDING) expect([path, read(cell(path).scoreCell)]).toEqual([path, ""]);
    // 5+0+5+5+0+8+0+6+6+5+6+6
    expect(read(layout.totalCell)).toBe(52);
    expect(read(layout.pendingCell)).toBe(4);
    expect(read(layout.gradeCell)).toBe("待定（4项待填或需处理）");
    expect(compareWithEngine(plan, expected(liuyang, hand.base, INPUTS), read)).toEqual([]);
  });

  test("the figures the seed does not give become 补充数据 input cells", () => {
    expect(layout.figures.map((f) => f.field)).toEqual([
      "上年三公经费预算数",
      "上年结转",
      "年末结余",
      "实际建设面积",
      "批准建设面积",
      "实际投资金额",
      "批准投资金额",
      "重点工作完成数",
      "重点工作交办数",
      "满意率",
    ]);
    for (const f of layout.figures) {
      const c = plan.cells.find((x) => x.address === f.cell)!;
      expect(c.note).toBe(`基础数据缺少：${f.field}`);
      expect(plan.styles[c.style!].fill).toBe("#FFF2CC");
      expect(plan.styles[c.style!].unlocked).toBe(true);
      expect(plan.inputs).toContainEqual(expect.objectContaining({ address: f.cell, key: f.field, kind: "figure" }));
    }
  });

  test("filling the 补充数据 cells completes the scorecard", () => {
    // (18−20)/20 = −10% → 8; (0+916.19+4382.11−0)/(…) = 100% → 5; 9/10 = 90% → 8×0.9 = 7.2; 95% → 6.
    const typed = { 上年三公经费预算数: 20, 上年结转: 0, 年末结余: 0, 重点工作完成数: 9, 重点工作交办数: 10, 满意率: 0.95 };
    const wb = miniWorkbook(plan, hand, typed);
    const read = (a: string) => wb.value("计分表", a);
    expect(read(cell("投入/预算配置/“三公经费”变动率").scoreCell)).toBe(8);
    expect(read(cell("过程/预算执行/预算完成率").scoreCell)).toBe(5);
    expect(read(cell("产出及效率/职责履行/重点工作办结率").scoreCell)).toBe(7.2);
    expect(read(cell("产出及效率//社会公众或服务对象满意度").scoreCell)).toBe(6);
    expect(read(layout.totalCell)).toBe(78.2);
    expect(read(layout.gradeCell)).toBe("中");
    expect(compareWithEngine(plan, expected(liuyang, hand.base, { ...INPUTS, ...typed }), read)).toEqual([]);
  });

  test("扣分说明 says why: missing figures, a zero denominator, the arithmetic", () => {
    const wb = miniWorkbook(plan, hand);
    const read = (a: string) => wb.value("计分表", a);
    const change = layout.figures.find((f) => f.field === "上年三公经费预算数")!.cell;
    // Only the blank figure is named; 本年三公经费预算数 is there.
    expect(read(cell("投入/预算配置/“三公经费”变动率").explainCell)).toBe(`待填：请填写上年三公经费预算数（基础数据缺少，请在本表${change}补充）`);
    expect(read(cell("过程/预算执行/预算完成率").explainCell)).toMatch(/^待填：请填写上年结转（基础数据缺少，请在本表I\d+补充）、年末结余（基础数据缺少，请在本表I\d+补充）$/);
    const zero = miniWorkbook(plan, hand, { 上年三公经费预算数: 0 });
    expect(zero.value("计分表", cell("投入/预算配置/“三公经费”变动率").explainCell)).toBe(
      "上年三公经费预算数为0（或基础数据不是数字），或有负数、大于其总数等不可能的数据，无法计算“三公经费”变动率，需处理",
    );
    const explainStaff = read(cell("投入/预算配置/在职人员控制率").explainCell) as string;
    const explainFunds = read(cell("过程/预算管理/公用经费控制率").explainCell) as string;
    // Both dialects give the engine's reasoning: 43/43 = 100% is not over; 51.64/47.5 = 108.7157…%
    // is 8.72 points over 100% at 1 point per 1%, more than the 8 points there are.
    expect(explainStaff).toBe("在职人员控制率100%，未超过100%，得满分5分");
    expect(explainFunds).toBe("公用经费控制率108.72%，超过100%共8.72个百分点，每超过1%扣1分，应扣8.72分，扣完为止，得0分");
    expect(read(cell("过程/预算管理/管理制度健全性").explainCell)).toMatch(/得6分/);
  });
});
