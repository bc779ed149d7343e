/**
 * Every indicator of 浏阳2018 at its boundaries, through PERF.SCORE / PERF.EXPLAIN.
 * Expected scores are derived by hand from the rule texts of seed 000 附件3
 * (test/fixtures/seeds/liuyang2018.txt) and DOMAIN.md's defaults: "每超过/低于 N 扣 P" deducts P × excess / N,
 * scores are clamped to [0, 分值] and rounded to 2 decimals half away from zero; rates are fractions.
 */
import {
  explain,
  expectRejected,
  failure,
  percentPattern,
  score,
  scoreError,
  scorePattern,
  value,
} from "./boundaries.support";

const S = "浏阳2018";
const sc = (indicator: string, v: unknown) => score(indicator, v, S);

test("the scheme lists the 16 三级指标 of 附件3 with their 分值", () => {
  const table = value("INDICATORS", S) as unknown[][];
  // 附件3 rows: 5+8 | 5+5+5+5 | 8+8+6+8+6+5 | 8 | 6 | 6+6 = 100
  expect(table.slice(1).map((r) => [r[2], r[3]])).toEqual([
    ["在职人员控制率", 5],
    ["“三公经费”变动率", 8],
    ["预算完成率", 5],
    ["预算控制率", 5],
    ["新建楼堂馆所面积控制率", 5],
    ["新建楼堂馆所投资概算控制率", 5],
    ["公用经费控制率", 8],
    ["“三公经费”控制率", 8],
    ["政府采购执行率", 6],
    ["管理制度健全性", 8],
    ["资金使用合规性", 6],
    ["预决算信息公开", 5],
    ["重点工作办结率", 8],
    ["经济效益、社会效益", 6],
    ["行政效能", 6],
    ["社会公众或服务对象满意度", 6],
  ]);
});

describe("在职人员控制率 (5分)：≦100%计5分；每超过一个百分点扣0.5分，扣完为止", () => {
  test.each([
    [0.9, 5], // 90%: under the standard, 计5分
    [1, 5], // 100%: exactly at the threshold, 计5分
    [1.003, 4.85], // 0.3 pt over: 0.3×0.5 = 0.15 deducted → 4.85
    [1.0101, 4.5], // 1.01 pt over: 0.505 deducted → 4.495 → 4.50 half away (binary gives 4.4949999… → 4.49)
    [1.03, 3.5], // 3 pt over (1.03−1 = 0.030000000000000027 in JS): 1.5 deducted → 3.5
    [1.07, 1.5], // 7 pt over: 3.5 deducted → 1.5
    [1.1, 0], // 10 pt over: 5 deducted → 0
    [1.25, 0], // 25 pt over: 12.5 deducted, 扣完为止 → 0
    [3, 0], // far over → 0
    ["107%", 1.5], // percent text is the same rate as 1.07
  ])("%p → %p", (v, expected) => {
    expect(sc("在职人员控制率", v)).toBe(expected);
  });

  test("seed 000 附件4: 在职43人 / 编制43人 = 100% → 5 (the report self-scored 5)", () => {
    const rate = value("CONTROLRATE", 43, 43); // 43/43 = 1
    expect(rate).toBe(1);
    expect(sc("在职人员控制率", rate)).toBe(5);
  });

  test("the explanation names the rate and the score", () => {
    const e = explain("在职人员控制率", 1.07, S); // 107%: 7 pt over, 3.5 deducted, 得1.5分
    expect(e).toMatch(percentPattern("107"));
    expect(e).toMatch(scorePattern(1.5));
    expect(e).toMatch(scorePattern(3.5));
  });
});

describe("“三公经费”变动率 (8分)：≦0计8分，每超过一个百分点扣0.8分，扣完为止", () => {
  test.each([
    [-0.5, 8], // −50%: ≦0 → 8
    [-0.0001, 8], // −0.01%: ≦0 → 8
    [0, 8], // exactly 0: ≦0 → 8
    [0.003, 7.76], // 0.3 pt over: 0.3×0.8 = 0.24 deducted → 7.76
    [0.0125, 7], // 1.25 pt: 1 deducted → 7
    [0.05, 4], // 5 pt: 4 deducted → 4
    [0.07, 2.4], // 7 pt (0.07 is 0.07000000000000000666 in binary): 5.6 deducted → 2.4
    [0.1, 0], // 10 pt: 8 deducted → 0
    [0.35, 0], // 35 pt: 28 deducted, 扣完为止 → 0
  ])("%p → %p", (v, expected) => {
    expect(sc("“三公经费”变动率", v)).toBe(expected);
  });

  test("the explanation names the rate and the score", () => {
    const e = explain("“三公经费”变动率", 0.05, S); // 5%: 5 pt over, 4 deducted, 得4分
    expect(e).toMatch(percentPattern("5"));
    expect(e).toMatch(scorePattern(4));
  });
});

describe("预算完成率 (5分)：100%计满分，每低于5%扣2分，扣完为止", () => {
  test.each([
    [1, 5], // 100% → 满分 5
    [1.02, 5], // above 100%: the rule only deducts below → 5
    [0.985, 4.4], // 1.5 pt below = 0.3 step: 0.6 deducted → 4.4
    [0.95, 3], // 5 pt = 1 step: 2 deducted → 3
    [0.9, 1], // 10 pt = 2 steps: 4 deducted → 1
    [0.8798, 0.19], // 12.02 pt below: 12.02/5×2 = 4.808 deducted → 0.192 → 0.19
    [0.875, 0], // 12.5 pt = 2.5 steps: 5 deducted → 0
    [0.85, 0], // 15 pt = exactly 3 steps ((1−0.85)/0.05 = 3.0000000000000004 in JS): 6 > 5, 扣完为止 → 0
    [0.2, 0], // far below → 0
    ["87.98%", 0.19], // percent text: same as 0.8798
  ])("%p → %p", (v, expected) => {
    expect(sc("预算完成率", v)).toBe(expected);
  });

  test("the issue's example explanation, exactly", () => {
    // 87.98%: 100 − 87.98 = 12.02 pt below; 12.02/5×2 = 4.808 → 扣4.81分; 5 − 4.808 = 0.192 → 得0.19分
    expect(explain("预算完成率", 0.8798, S)).toBe(
      "预算完成率87.98%，低于100%共12.02个百分点，每低于5%扣2分，扣4.81分，得0.19分",
    );
  });

  test("seed 001 figures: 三公 29.66/55 = 53.93% (the report's own 控制率)", () => {
    const rate = value("CONTROLRATE", 29.66, 55) as number; // 29.66/55 = 0.539272…
    expect(Math.round(rate * 10000) / 10000).toBe(0.5393);
    expect(score("“三公经费”控制率", rate, S)).toBe(8); // ≤100% → 满分 8
  });
});

describe("预算控制率 (5分)：=0计5分；0-10%（含）4分；10-20%（含）3分；20-30%（含）2分；大于30%不得分", () => {
  test.each([
    [0, 5], // =0 → 5
    [0.000001, 4], // 0.0001%: in 0-10% → 4
    [0.05, 4], // 5% → 4
    [0.1, 4], // 10%（含） → 4
    [0.100001, 3], // 10.0001%: past 10% → 3
    [0.2, 3], // 20%（含） → 3
    [0.200001, 2], // just past 20% → 2
    [0.3, 2], // 30%（含） → 2
    [0.1 + 0.2, 2], // 0.30000000000000004 is how a cell computing 10%+20% holds 30%: still 30%（含） → 2
    [0.3001, 0], // 30.01%: 大于30% → 0
    [5, 0], // 500% → 0
    ["10%", 4], // percent text, the upper edge of 0-10%（含） → 4
  ])("%p → %p", (v, expected) => {
    expect(sc("预算控制率", v)).toBe(expected);
  });

  test.each([[-0.01], [-0.000001], ["-5%"]])("a negative rate %p is in no band of the text → an error, not a score", (v) => {
    expectRejected(scoreError("预算控制率", v, S));
  });

  test("the explanation names the rate and the score", () => {
    const e = explain("预算控制率", 0.15, S); // 15% is in 10-20%（含） → 3
    expect(e).toMatch(percentPattern("15"));
    expect(e).toMatch(scorePattern(3));
  });
});

describe.each(["新建楼堂馆所面积控制率", "新建楼堂馆所投资概算控制率"])(
  "%s (5分)：100%以下（含）计满分，每超出5%扣2分，扣完为止；没有楼堂馆所项目的部门按满分计算",
  (name) => {
    test.each([
      ["", 5], // blank: no project → 按满分计算 5
      ["无", 5], // "无": no project → 5
      ["无项目", 5], // "无项目": no project → 5
      [0, 5], // 0%: 100%以下 → 5
      [0.8, 5], // 80%: 100%以下 → 5
      [1, 5], // 100%（含） → 5
      [1.015, 4.4], // 1.5 pt over = 0.3 step: 0.6 deducted → 4.4
      [1.05, 3], // 1 step: 2 deducted → 3
      [1.1, 1], // 2 steps: 4 deducted → 1
      [1.12, 0.2], // 12 pt = 2.4 steps: 4.8 deducted → 0.2
      [1.125, 0], // 2.5 steps: 5 deducted → 0
      [1.15, 0], // exactly 3 steps ((1.15−1)/0.05 = 2.9999999999999982 in JS): 6 deducted, 扣完为止 → 0
      [2, 0], // far over → 0
    ])("%p → %p", (v, expected) => {
      expect(sc(name, v)).toBe(expected);
    });
  },
);

describe("公用经费控制率 (8分)：100%以下（含）计满分，每超出1%扣1分，扣完为止", () => {
  test.each([
    [0.95, 8], // 100%以下 → 8
    [1, 8], // 100%（含） → 8
    [1.003, 7.7], // 0.3 pt over: 0.3 deducted → 7.7
    [1.05, 3], // 5 pt: 5 deducted → 3
    [1.0725, 0.75], // 7.25 pt: 7.25 deducted → 0.75
    [1.08, 0], // 8 pt: 8 deducted → 0
    [1.5, 0], // far over → 0
  ])("%p → %p", (v, expected) => {
    expect(sc("公用经费控制率", v)).toBe(expected);
  });

  test("seed 000: 公用经费 51.64/47.5 = 108.72% → 0", () => {
    // 51.64/47.5 = 1.0871578…: 8.72 pt over, 8.72 deducted > 8 → 0.
    // NOTE for reviewers: the report self-scored 8 here although its own 附件4 gives 108.72%.
    const rate = value("CONTROLRATE", 51.64, 47.5) as number;
    expect(Math.round(rate * 10000) / 10000).toBe(1.0872);
    expect(sc("公用经费控制率", rate)).toBe(0);
  });
});

describe("“三公经费”控制率 (8分)：100%以下（含）计满分，每超出1%扣1分，扣完为止", () => {
  test.each([
    [0.5, 8], // 50% → 8
    [1, 8], // 100%（含） → 8
    [1.00125, 7.88], // 0.125 pt over: 0.125 deducted → 7.875 → 7.88 (half away from zero)
    [1.003, 7.7], // 0.3 pt: 0.3 deducted → 7.7
    [1.06, 2], // 6 pt: 6 deducted → 2
    [1.08, 0], // 8 pt → 0
    [1.2, 0], // far over → 0
  ])("%p → %p", (v, expected) => {
    expect(sc("“三公经费”控制率", v)).toBe(expected);
  });

  test("seed 000: 三公 4.63/18 = 25.72% → 8 (the report self-scored 8)", () => {
    const rate = value("CONTROLRATE", 4.63, 18) as number; // 4.63/18 = 0.257222…
    expect(Math.round(rate * 10000) / 10000).toBe(0.2572);
    expect(sc("“三公经费”控制率", rate)).toBe(8);
  });
});

describe("政府采购执行率 (6分)：100%计满分，每超过（降低）5%扣2分，扣完为止", () => {
  test.each([
    [1, 6], // 100% → 6
    [1.015, 5.4], // 1.5 pt over = 0.3 step: 0.6 deducted → 5.4
    [0.985, 5.4], // 1.5 pt below: same → 5.4
    [1.0125, 5.5], // 0.25 step over: 0.5 deducted → 5.5
    [1.05, 4], // 1 step over: 2 → 4
    [0.95, 4], // 1 step below: 2 → 4
    [1.1, 2], // 2 steps over: 4 → 2
    [0.9, 2], // 2 steps below: 4 → 2
    [1.125, 1], // 2.5 steps over: 5 → 1
    [0.875, 1], // 2.5 steps below: 5 → 1
    [1.15, 0], // exactly 3 steps over: 6 → 0
    [0.85, 0], // exactly 3 steps below: 6 → 0
    [0, 0], // nothing bought: 20 steps below → 0
    [2, 0], // 200%: far over → 0
  ])("%p → %p", (v, expected) => {
    expect(sc("政府采购执行率", v)).toBe(expected);
  });

  test("seed 000 text: 政府采购预算22万元，实际采购155.55万元 → 707.05% → 0", () => {
    // 155.55/22 = 7.0704…: 607 pt over → 0. NOTE: the report self-scored 5 for this indicator.
    const rate = value("CONTROLRATE", 155.55, 22) as number;
    expect(Math.round(rate * 10000) / 10000).toBe(7.0705);
    expect(sc("政府采购执行率", rate)).toBe(0);
  });
});

describe("管理制度健全性 (8分)：①②③④ 各2分", () => {
  test.each([
    ["①②④", 6], // 3 items × 2
    ["1,2,4", 6], // the same in digits
    ["1、2、4", 6], // with 顿号
    ["1，2，4", 6], // with full-width commas
    ["１２", 4], // full-width digits: items 1 and 2 → 4
    [" ① ③ ", 4], // spaces around → items 1 and 3 → 4
    ["②", 2], // one item → 2
    ["①②③④", 8], // all four → 8
    ["全部", 8], // all → 8
    ["无", 0], // none → 0
  ])("%p → %p", (ticks, expected) => {
    expect(sc("管理制度健全性", ticks)).toBe(expected);
  });

  test.each([["⑤"], ["5"], ["1,2,9"], ["abc"], ["①x"]])("invalid ticks %p → #VALUE! with a Chinese message", (ticks) => {
    const err = scoreError("管理制度健全性", ticks, S);
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("the explanation names the score", () => {
    expect(explain("管理制度健全性", "①②④", S)).toMatch(scorePattern(6));
  });
});

describe("资金使用合规性 (6分)：每出现一例不符合要求的扣1分，扣完为止", () => {
  test.each([
    [0, 6], // no case → 6
    [1, 5], // 1 case → 6−1
    ["2", 4], // 2 cases typed as text → 4
    [5, 1], // 5 cases → 1
    [6, 0], // 6 cases → 0
    [7, 0], // 7 cases: 扣完为止 → 0
  ])("%p cases → %p", (n, expected) => {
    expect(sc("资金使用合规性", n)).toBe(expected);
  });

  test.each([[-1], [1.5], ["两例"]])("%p is not a number of cases → an error", (n) => {
    expectRejected(scoreError("资金使用合规性", n, S));
  });

  test("the explanation names the count and the score", () => {
    const e = explain("资金使用合规性", 2, S); // 2 cases → 得4分
    expect(e).toMatch(/2/);
    expect(e).toMatch(scorePattern(4));
  });
});

describe("预决算信息公开 (5分)：①–⑤ 各1分", () => {
  test.each([
    ["①②③④⑤", 5], // all five
    ["全部", 5], // all
    ["1,3", 2], // two items
    ["⑤", 1], // the last item
    ["无", 0], // none
  ])("%p → %p", (ticks, expected) => {
    expect(sc("预决算信息公开", ticks)).toBe(expected);
  });

  test("⑥ is beyond the list → #VALUE!", () => {
    expect(scoreError("预决算信息公开", "⑥", S).code).toBe("#VALUE!");
  });
});

describe("重点工作办结率 (8分)：no rule in the text; DOMAIN: 8 × min(办结率, 1)", () => {
  test.each([
    [1, 8], // 100% → 8
    [0.9, 7.2], // 8×0.9
    [0.5, 4], // 8×0.5
    [0.333, 2.66], // 8×0.333 = 2.664 → 2.66
    [0.125625, 1.01], // 8×0.125625 = 1.005 → 1.01 half away (binary 1.0049999… would give 1.00)
    [0, 0], // nothing done → 0
    [1.2, 8], // 120%: capped at 分值 → 8
  ])("%p → %p", (v, expected) => {
    expect(sc("重点工作办结率", v)).toBe(expected);
  });
});

describe("经济效益、社会效益 (6分)：no rule in the text; the evaluator's score 0–6", () => {
  test.each([
    [0, 0], // the evaluator's score is the score
    [4.5, 4.5],
    ["5", 5], // text number
    [6, 6], // the maximum
    [4.567, 4.57], // rounded to 2 decimals
  ])("%p → %p", (v, expected) => {
    expect(sc("经济效益、社会效益", v)).toBe(expected);
  });

  test.each([["经济效益"], ["社会效益"]])("either half of the name, %p, finds the indicator", (name) => {
    expect(sc(name, 3)).toBe(3);
  });

  test.each([[6.5], [-1], ["好"]])("%p is not a score between 0 and 6 → an error", (v) => {
    expectRejected(scoreError("经济效益、社会效益", v, S));
  });
});

describe("行政效能 (6分)：效果较好的计6分；一般3分；无效果或者效果不明显0分", () => {
  test.each([
    ["较好", 6],
    ["效果较好", 6],
    ["一般", 3],
    ["效果一般", 3],
    ["无效果", 0],
    ["效果不明显", 0],
    ["无效果或者效果不明显", 0],
  ])("%p → %p", (level, expected) => {
    expect(sc("行政效能", level)).toBe(expected);
  });

  test.each([["优秀"], ["很差"], [7]])("unknown level %p → an error", (level) => {
    expectRejected(scoreError("行政效能", level, S));
  });

  test("the explanation names the level and the score", () => {
    const e = explain("行政效能", "一般", S);
    expect(e).toContain("一般");
    expect(e).toMatch(scorePattern(3));
  });
});

describe("社会公众或服务对象满意度 (6分)：90%（含）以上6分；80%（含）-90% 4分；70%（含）-80% 2分；低于70% 0分", () => {
  test.each([
    [1, 6], // 100% → 6
    [0.9, 6], // 90%（含） → 6
    [0.8999, 4], // just below 90% → 4
    [0.8, 4], // 80%（含） → 4
    [0.7999, 2], // just below 80% → 2
    [0.7, 2], // 70%（含） → 2
    [0.6999, 0], // 低于70% → 0
    [0, 0], // → 0
    ["90%", 6], // percent text
  ])("%p → %p", (v, expected) => {
    expect(sc("社会公众或服务对象满意度", v)).toBe(expected);
  });

  test("the short name 满意度 finds it", () => {
    expect(sc("满意度", 0.85)).toBe(4); // 85% in 80%（含）-90% → 4
  });
});

describe("blank values are pending (待填), not zero", () => {
  const quantitative = [
    "在职人员控制率",
    "“三公经费”变动率",
    "预算完成率",
    "预算控制率",
    "公用经费控制率",
    "“三公经费”控制率",
    "政府采购执行率",
    "管理制度健全性",
    "资金使用合规性",
    "预决算信息公开",
    "重点工作办结率",
    "经济效益、社会效益",
    "行政效能",
    "社会公众或服务对象满意度",
  ];
  test.each(quantitative.map((n) => [n]))("%s: SCORE of a blank is \"\" and EXPLAIN starts with 待填", (name) => {
    expect(sc(name, "")).toBe("");
    expect(sc(name, null)).toBe("");
    expect(explain(name, "", S).startsWith("待填")).toBe(true);
  });
});

test("an unknown function is #N/A", () => {
  expect(failure("NOSUCH", 1).code).toBe("#N/A");
});

describe("扣分说明 never shows a rate as the edge it misses", () => {
  test.each([
    ["预算完成率", 0.99999, "预算完成率99.999%，低于100%共0.001个百分点"], // 2 places would read "100%…共0个百分点"
    ["在职人员控制率", 1.00001, "在职人员控制率100.001%，超过100%共0.001个百分点"],
    ["预算控制率", 0.10001, "预算控制率10.001%，属于“10-20%（含）”"], // not "10%", which is in 0-10%（含）
    ["预算控制率", 0.1, "预算控制率10%，属于“0-10%（含）”"],
    ["预算完成率", 0.8798, "预算完成率87.98%，低于100%共12.02个百分点"], // ordinary rates keep 2 places
  ])("%s %p → %s…", (name, v, start) => {
    expect(explain(name, v, S).startsWith(start)).toBe(true);
  });
});
