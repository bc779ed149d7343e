/**
 * Seed 000's 附件3 pasted the way it is printed: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 |
 * 指标说明 | 得分, upper levels only on their first row, no 指标值 column: formulas come from 指标说明. The officer adds
 * what the text does not say (a 指标值 where the 指标说明's names are not base-data names, a 计分方式 where there is
 * no rule), and the sheet then scores as the built-in 浏阳2018 on the same figures.
 */
import { D, evaluateScheme, getScheme, indicatorsOf, type Indicator } from "../../src/core";
import { baseOperand, readSchemeSheet, tableGrid } from "../../src/scorecard/schemeSheet";
import { readBaseData } from "../../src/scorecard/reader";
import { planBaseDataTemplate } from "../../src/scorecard/template";
import type { Grid } from "../../src/scorecard/grid";

/** The base-data template with seed 000's figures, as a Grid. */
function templateGrid(): Grid {
  const plan = planBaseDataTemplate({ year: 2018, values: DEMO_FIGURES });
  const rows: Array<Array<string | number | null>> = [];
  for (const c of plan.cells) {
    if (c.value === undefined || c.value === null || typeof c.value === "boolean") continue;
    const m = /^([A-Z]+)(\d+)$/.exec(c.address)!;
    const col = m[1].charCodeAt(0) - 65;
    (rows[Number(m[2]) - 1] ??= [])[col] = c.value;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return tableGrid("基础数据", { rows, merges: plan.merges });
}
import { DEMO_FIGURES } from "../../src/cli/demo/data";
import { seed000 } from "./support/pasted";

const built = getScheme("浏阳2018");
const pasted = () => seed000();

test("reads without a problem and scores seed 000's figures as 浏阳2018 does", () => {
  const r = readSchemeSheet(tableGrid("附件3", { rows: pasted(), merges: [] }));
  expect(r.problems).toEqual([]);
  const figure = (id: string) => {
    const v = (DEMO_FIGURES as Record<string, number | string | undefined>)[id];
    return typeof v === "number" ? new D(v) : undefined;
  };
  const inputs: Record<string, unknown> = {
    管理制度健全性: "①②③",
    资金使用合规性: 1,
    预决算信息公开: "全部",
    行政效能: "一般",
    "经济效益、社会效益": 5,
    社会公众或服务对象满意度: 0.95,
  };
  const input = (ref: { indicator: Indicator }) => inputs[ref.indicator.name];
  const mine = evaluateScheme(r.scheme!, figure, input);
  const theirs = evaluateScheme(built, figure, input);
  expect(
    mine.indicators.map((x) => [x.ref.indicator.name, x.score?.toString() ?? x.status])
  ).toEqual(theirs.indicators.map((x) => [x.ref.indicator.name, x.score?.toString() ?? x.status]));
  expect(mine.total.toString()).toBe(theirs.total.toString());
  // Value formulas came from the 指标说明 text where they could.
  const valueOf = (name: string) =>
    indicatorsOf(r.scheme!).find((x) => x.indicator.name === name)!.indicator.value;
  expect(valueOf("预算完成率")).toEqual(
    indicatorsOf(built).find((x) => x.indicator.name === "预算完成率")!.indicator.value
  );
  expect(valueOf("“三公经费”控制率")).toEqual({
    kind: "ratio",
    numerator: "本年三公经费决算数",
    denominator: "本年三公经费预算数",
  });
});

test("without the officer's additions, each gap is named with its cell", () => {
  const rows = pasted().map((row) => row.slice(0, 9));
  // Checked against seed 000's base sheet (附件4 as the template writes it), which names no 实际支出公用经费总额.
  const base = readBaseData(templateGrid());
  const r = readSchemeSheet(tableGrid("附件3", { rows, merges: [] }), baseOperand(base));
  expect(r.scheme).toBeUndefined();
  expect(r.problems.map((p) => p.message)).toEqual([
    "公式中的“实际支出公用经费总额”在基础数据表“基础数据”中找不到（相近的有：A15“公用经费”）",
    expect.stringMatching(/^评价标准无法读懂：没有评分规则/),
    expect.stringMatching(/^评价标准无法读懂：没有评分规则/),
  ]);
  expect(r.problems.map((p) => p.cell)).toEqual(["附件3!H9", "附件3!G15", "附件3!G16"]);
});
