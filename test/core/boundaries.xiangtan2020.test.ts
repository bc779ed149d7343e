/**
 * Every indicator of 湘潭县2020 at its boundaries, through PERF.SCORE / PERF.EXPLAIN, plus indicator-name lookup.
 * Expected scores are derived by hand from seed 004's 计分表 (test/fixtures/seeds/xiangtan2020.txt) and DOMAIN.md's
 * stated interpretations ("按比例计分" etc.); scores clamp to [0, 分值] and round to 2 decimals half away from zero.
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

const S = "湘潭县2020";
const sc = (indicator: string, v: unknown) => score(indicator, v, S);

test("the scheme lists the 27 三级指标 of the 计分表 with their 分值 (sum 100)", () => {
  const table = value("INDICATORS", S) as unknown[][];
  // 计分表 rows, in order; 2+3+5+5+5 | 4+2+2+4+2+2+4 | 2+1+1+1 | 2+2+1 | 8+4+8+10 | 5+5+5+5 = 100
  expect(table.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
    ["目标设定", "绩效目标合理性", 2],
    ["目标设定", "绩效指标明确性", 3],
    ["预算配置", "在职人员控制率", 5],
    ["预算配置", "“三公经费”变动率", 5],
    ["预算配置", "重点支出安排率", 5],
    ["预算执行", "预算完成率", 4],
    ["预算执行", "预算调整率", 2],
    ["预算执行", "支付进度率", 2],
    ["预算执行", "结转结余控制率", 4],
    ["预算执行", "公用经费控制率", 2],
    ["预算执行", "“三公经费”控制率", 2],
    ["预算执行", "政府采购执行率", 4],
    ["预算管理", "管理制度健全性", 2],
    ["预算管理", "资金使用合规性", 1],
    ["预算管理", "预决算信息公开性", 1],
    ["预算管理", "基础信息完善性", 1],
    ["资产管理", "管理制度健全性", 2],
    ["资产管理", "资产管理安全性", 2],
    ["资产管理", "固定资产利用率", 1],
    ["职责履行", "实际完成率", 8],
    ["职责履行", "完成及时率", 4],
    ["职责履行", "质量达标率", 8],
    ["职责履行", "重点工作办结率", 10],
    ["履职效益", "经济效益", 5],
    ["履职效益", "社会效益", 5],
    ["履职效益", "生态效益", 5],
    ["履职效益", "社会公众或服务对象满意度", 5],
  ]);
});

describe("checklists (目标设定, 支付进度率, 预算管理, 资产管理)", () => {
  test.each([
    // 绩效目标合理性 (2)：①1 ②0.5 ③0.5
    ["绩效目标合理性", "①②③", 2], // 1+0.5+0.5
    ["绩效目标合理性", "②③", 1], // 0.5+0.5
    ["绩效目标合理性", "1", 1], // ① only
    ["绩效目标合理性", "①③", 1.5], // 1+0.5
    ["绩效目标合理性", "无", 0],
    // 绩效指标明确性 (3)：①1 ②0.5 ③0.5 ④1
    ["绩效指标明确性", "①④", 2], // 1+1
    ["绩效指标明确性", "②③", 1], // 0.5+0.5
    ["绩效指标明确性", "1,2,3,4", 3], // all
    ["绩效指标明确性", "全部", 3],
    // 支付进度率 (2)：完成年终进度1；按季度完成预算进度1
    ["支付进度率", "①②", 2],
    ["支付进度率", "①", 1],
    ["支付进度率", "2", 1],
    ["支付进度率", "无", 0],
    // 预算管理/管理制度健全性 (2)：1 / 0.5 / 0.5 (unnumbered in the text, in order)
    ["预算管理/管理制度健全性", "①③", 1.5], // 1+0.5
    ["预算管理/管理制度健全性", "②", 0.5],
    ["预算管理/管理制度健全性", "全部", 2],
    // 资金使用合规性 (1)：①–⑤ 各0.2
    ["资金使用合规性", "①②③", 0.6], // 3×0.2
    ["资金使用合规性", "④", 0.2],
    ["资金使用合规性", "1,2,3,4,5", 1], // 5×0.2
    ["资金使用合规性", "全部", 1],
    // 预决算信息公开性 (1)：①0.5 ②0.5
    ["预决算信息公开性", "①", 0.5],
    ["预决算信息公开性", "全部", 1],
    // 基础信息完善性 (1)：①0.4 ②0.3 ③0.3
    ["基础信息完善性", "②③", 0.6], // 0.3+0.3
    ["基础信息完善性", "①", 0.4],
    ["基础信息完善性", "①②③", 1],
    // 资产管理/管理制度健全性 (2)：①1 ②0.5 ③0.5
    ["资产管理/管理制度健全性", "②③", 1], // 0.5+0.5
    ["资产管理/管理制度健全性", "①", 1],
    ["资产管理/管理制度健全性", "全部", 2],
    // 资产管理安全性 (2)：①–⑤ 各0.4
    ["资产管理安全性", "①②④", 1.2], // 3×0.4
    ["资产管理安全性", "全部", 2],
    ["资产管理安全性", "无", 0],
  ])("%s %p → %p", (name, ticks, expected) => {
    expect(sc(name, ticks)).toBe(expected);
  });

  test.each([
    ["绩效目标合理性", "④"], // only ①②③ exist
    ["绩效指标明确性", "⑤"],
    ["支付进度率", "③"],
    ["资金使用合规性", "⑥"],
    ["预决算信息公开性", "3"],
    ["基础信息完善性", "x"],
    ["资产管理安全性", "①?"],
  ])("%s %p → #VALUE! with a Chinese message", (name, ticks) => {
    const err = scoreError(name, ticks, S);
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("在职人员控制率 (5分)：小于或等于1计5分，否则按比例计分 (= 5×编制数/在职人员数)", () => {
  test.each([
    [0.9, 5], // ≤1 → 5
    [1, 5], // =1 → 5
    [1.01, 4.95], // 5/1.01 = 4.9504… → 4.95
    [1.1, 4.55], // 5/1.1 = 4.5454… → 4.55
    [1.25, 4], // 5/1.25 = 4
    [2, 2.5], // 5/2
    [3, 1.67], // 5/3 = 1.666… → 1.67
  ])("%p → %p", (v, expected) => {
    expect(sc("在职人员控制率", v)).toBe(expected);
  });

  test("在职47人 / 编制43人 → 5×43/47 = 4.5744… → 4.57; seed 000's 43/43 → 5", () => {
    expect(sc("在职人员控制率", value("CONTROLRATE", 47, 43))).toBe(4.57);
    expect(sc("在职人员控制率", value("CONTROLRATE", 43, 43))).toBe(5);
  });

  test("the explanation names the rate and the score", () => {
    const e = explain("在职人员控制率", 1.25, S);
    expect(e).toMatch(percentPattern("125"));
    expect(e).toMatch(scorePattern(4));
  });
});

describe("“三公经费”变动率 (5分)：下降的计5分，增加的按比例扣减 (= 5×(1−变动率), ≥0)", () => {
  test.each([
    [-0.2, 5], // decrease → 5
    [value("CHANGERATE", 18, 20), 5], // 18 vs 20: −10% → 5
    [0, 5], // unchanged: not an increase → 5 (DOMAIN: ≤0 → 5)
    [0.1, 4.5], // 5×0.9
    [0.333, 3.34], // 5×0.667 = 3.335 → 3.34 half away
    [0.5, 2.5], // 5×0.5
    [1, 0], // doubled: 5×0 → 0
    [1.5, 0], // 5×(−0.5) → clamped at 0
  ])("%p → %p", (v, expected) => {
    expect(sc("“三公经费”变动率", v)).toBe(expected);
  });
});

describe("重点支出安排率 (5分)：实际得分=支出安排率*5分", () => {
  test.each([
    [0, 0],
    [0.123, 0.62], // 5×0.123 = 0.615 → 0.62 half away
    [0.8, 4], // 5×0.8
    [1, 5],
    [1.2, 5], // 6 capped at 分值 5
  ])("%p → %p", (v, expected) => {
    expect(sc("重点支出安排率", v)).toBe(expected);
  });
});

describe("预算完成率 (4分)：完成年初预算计4分，未完成按比例扣减 (= 4×min(完成率,1))", () => {
  test.each([
    [1, 4], // completed → 4
    [1.1, 4], // over-completed → 4
    [0.99875, 4], // 4×0.99875 = 3.995 → 4.00 half away
    [0.95, 3.8], // 4×0.95
    [0.8798, 3.52], // 4×0.8798 = 3.5192 → 3.52
    [0, 0],
  ])("%p → %p", (v, expected) => {
    expect(sc("预算完成率", v)).toBe(expected);
  });

  test("the explanation names the rate and the score", () => {
    const e = explain("预算完成率", 0.95, S);
    expect(e).toMatch(percentPattern("95"));
    expect(e).toMatch(scorePattern(3.8));
  });
});

describe("预算调整率 (2分)：未调整的计2分，调整了的按比例扣减 (= 2×(1−|调整率|), ≥0)", () => {
  test.each([
    [0, 2], // not adjusted → 2
    [0.0025, 2], // 2×0.9975 = 1.995 → 2.00 half away
    [0.0375, 1.93], // 2×0.9625 = 1.925 → 1.93
    [0.1, 1.8], // 2×0.9
    [-0.1, 1.8], // a cut is an adjustment too: 2×0.9
    [0.5, 1],
    [1, 0],
    [1.5, 0], // 2×(−0.5) → clamped at 0
    [-1.2, 0],
  ])("%p → %p", (v, expected) => {
    expect(sc("预算调整率", v)).toBe(expected);
  });
});

describe("结转结余控制率 (4分)：低于15%的计4分，每超过5个百分点扣1分，扣完为止", () => {
  test.each([
    [-0.5, 4], // decrease → 4
    [0.1, 4], // 低于15% → 4
    [0.15, 4], // exactly 15%: 0 pt over → 4
    [value("CHANGERATE", 115, 100), 4], // (115−100)/100 = 15% → 4
    [0.155, 3.9], // 0.5 pt over = 0.1 step: 0.1 deducted → 3.9
    [0.165, 3.7], // 1.5 pt = 0.3 step → 3.7
    [0.2, 3], // 5 pt = 1 step → 3
    [0.3, 1], // 15 pt = exactly 3 steps ((0.3−0.15)/0.05 = 2.9999999999999996 in JS) → 1
    [0.35, 0], // 20 pt = 4 steps → 0
    [0.5, 0], // 7 steps, 扣完为止 → 0
  ])("%p → %p", (v, expected) => {
    expect(sc("结转结余控制率", v)).toBe(expected);
  });

  test("the explanation names the rate and the score", () => {
    const e = explain("结转结余控制率", 0.2, S);
    expect(e).toMatch(percentPattern("20"));
    expect(e).toMatch(scorePattern(3));
  });
});

describe("公用经费控制率 (2分)：为100%的计2分，每超过1个百分点扣0.1分，扣完为止", () => {
  test.each([
    [0.9, 2], // below 100%: the text deducts only above → 2
    [1, 2],
    [1.003, 1.97], // 0.3 pt: 0.03 deducted
    [1.005, 1.95], // 0.5 pt: 0.05 deducted
    [1.1, 1], // 10 pt: 1 deducted
    [1.15, 0.5], // 15 pt: 1.5 deducted
    [1.2, 0], // 20 pt: 2 deducted
    [1.5, 0], // far over
  ])("%p → %p", (v, expected) => {
    expect(sc("公用经费控制率", v)).toBe(expected);
  });
});

describe("“三公经费”控制率 (2分)：为100%的计2分，每超过1个百分点扣0.5分，扣完为止", () => {
  test.each([
    [0.5, 2],
    [1, 2],
    [1.003, 1.85], // 0.3 pt: 0.15 deducted
    [1.009, 1.55], // 0.9 pt: 0.45 deducted
    [1.02, 1], // 2 pt: 1 deducted
    [1.04, 0], // 4 pt: 2 deducted
    [1.15, 0], // 15 pt: 7.5, 扣完为止
  ])("%p → %p", (v, expected) => {
    expect(sc("“三公经费”控制率", v)).toBe(expected);
  });

  test("seed 001: 三公 29.66/55 = 53.93% → 2", () => {
    expect(sc("“三公经费”控制率", value("CONTROLRATE", 29.66, 55))).toBe(2);
  });
});

describe("政府采购执行率 (4分)：每低于1个百分点扣0.5分 (the text's “计2分” contradicts 分值4; 分值 governs per DOMAIN)", () => {
  test.each([
    [1.1, 4], // above 100%: the text deducts only below → 4
    [1, 4],
    [0.997, 3.85], // 0.3 pt below: 0.15 deducted
    [0.98, 3], // 2 pt: 1 deducted
    [0.93, 0.5], // 7 pt: 3.5 deducted
    [0.92, 0], // 8 pt: 4 deducted
    [0.5, 0], // far below
  ])("%p → %p", (v, expected) => {
    expect(sc("政府采购执行率", v)).toBe(expected);
  });
});

describe("固定资产利用率 (1分)：利用率为100%的计1分，每降1个百分点扣0.1分，扣完为止", () => {
  test.each([
    [1.05, 1], // only a fall is penalised
    [1, 1],
    [0.997, 0.97], // 0.3 pt: 0.03 deducted
    [0.95, 0.5], // 5 pt: 0.5
    [0.935, 0.35], // 6.5 pt: 0.65
    [0.9, 0], // 10 pt: 1
    [0.8, 0], // 扣完为止
  ])("%p → %p", (v, expected) => {
    expect(sc("固定资产利用率", v)).toBe(expected);
  });
});

describe("实际完成率 (8分)：考核得分/指标分值*8分", () => {
  test.each([
    ["92/100", 7.36], // 0.92×8
    ["46/50", 7.36], // 0.92×8
    ["95/100", 7.6], // 0.95×8
    ["100/100", 8],
    ["105/100", 8], // 8.4 capped at 分值
    ["0/100", 0],
    [0.92, 7.36], // a fraction is the ratio itself
    ["92％", 7.36], // full-width percent: 0.92×8
    ["92／100", 7.36], // full-width slash, as a Chinese IME types it (was #VALUE! before the fix in external.ts)
    ["９２／１００", 7.36], // full-width digits and slash
    [" 92 / 100 ", 7.36], // spaces
  ])("%p → %p", (v, expected) => {
    expect(sc("实际完成率", v)).toBe(expected);
  });

  test.each([["0/0"], ["92/0"], ["0／0"]])("%p → #DIV/0! (a zero 指标分值)", (v) => {
    expect(scoreError("实际完成率", v, S).code).toBe("#DIV/0!");
  });

  test.each([["92/100/3"], ["-5/100"], ["九十二/100"]])("%p is not a score/max pair → #VALUE!", (v) => {
    const err = scoreError("实际完成率", v, S);
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("the explanation names the score", () => {
    expect(explain("实际完成率", "92/100", S)).toMatch(scorePattern(7.36));
  });
});

describe("完成及时率 (4分)：1-4季度各得1分", () => {
  test.each([
    [0, 0],
    [1, 1],
    [3, 3],
    ["4", 4],
  ])("%p quarters → %p", (n, expected) => {
    expect(sc("完成及时率", n)).toBe(expected);
  });

  test.each([[5], [-1], [2.5], ["三季度"]])("%p is not 0–4 quarters → an error", (n) => {
    expectRejected(scoreError("完成及时率", n, S));
  });
});

describe("proportional output and effect indicators", () => {
  test.each([
    // 质量达标率 (8)：实际得分=达标率*8分
    ["质量达标率", 0, 0],
    ["质量达标率", 0.9, 7.2],
    ["质量达标率", 0.125625, 1.01], // 8×0.125625 = 1.005 → 1.01 half away (binary gives 1.00)
    ["质量达标率", 1, 8],
    ["质量达标率", 1.1, 8], // capped
    // 重点工作办结率 (10)：实际得分=办结率*10分
    ["重点工作办结率", 0.001, 0.01],
    ["重点工作办结率", 0.1005, 1.01], // 1.005 → 1.01
    ["重点工作办结率", 0.12345, 1.23], // 1.2345 → 1.23
    ["重点工作办结率", 0.9, 9],
    ["重点工作办结率", 1, 10],
    ["重点工作办结率", 1.5, 10], // capped
    // 经济/社会/生态效益 (5)：按实现程度计算得分 = 5×实现程度
    ["经济效益", 0, 0],
    ["经济效益", 0.123, 0.62], // 0.615 → 0.62
    ["经济效益", 0.9, 4.5],
    ["社会效益", 1, 5],
    ["社会效益", 1.2, 5], // capped
    ["生态效益", 0.8, 4],
    ["生态效益", "80%", 4],
    // 社会公众或服务对象满意度 (5)：按满意率计算得分 = 5×满意率
    ["社会公众或服务对象满意度", 0.95, 4.75],
    ["社会公众或服务对象满意度", 0.871, 4.36], // 4.355 → 4.36
    ["社会公众或服务对象满意度", 1, 5],
    ["满意度", 1.1, 5], // short name; capped
  ])("%s %p → %p", (name, v, expected) => {
    expect(sc(name, v)).toBe(expected);
  });

  test("the explanation names the rate and the score", () => {
    const e = explain("质量达标率", 0.9, S);
    expect(e).toMatch(percentPattern("90"));
    expect(e).toMatch(scorePattern(7.2));
  });
});

describe("blank values are pending (待填)", () => {
  const all = (value("INDICATORS", S) as unknown[][]).slice(1).map((r) => `${r[1]}/${r[2]}`);
  test.each(all.map((n) => [n]))('%s: SCORE("") is "" and EXPLAIN starts with 待填', (name) => {
    expect(sc(name, "")).toBe("");
    expect(explain(name, "", S).startsWith("待填")).toBe(true);
  });
});

describe("indicator names", () => {
  test.each([
    ["“三公经费”变动率"], // curly quotes as in the source
    ['"三公经费"变动率'], // straight quotes
    ["三公经费变动率"], // no quotes
    ["＂三公经费＂变动率"], // full-width quotes
    [" 三公经费 变动率 "], // spaces
    ["三公经费　变动率"], // ideographic space
  ])("%p finds “三公经费”变动率 (湘潭县2020: 10% → 5×0.9 = 4.5; 浏阳2018: 5% → 8−4 = 4)", (name) => {
    expect(sc(name, 0.1)).toBe(4.5);
    expect(score(name, 0.05, "浏阳2018")).toBe(4);
  });

  test("管理制度健全性 is ambiguous in 湘潭县2020: #N/A naming both qualified forms", () => {
    const err = scoreError("管理制度健全性", "①", S);
    expect(err.code).toBe("#N/A");
    expect(err.message).toContain("预算管理/管理制度健全性");
    expect(err.message).toContain("资产管理/管理制度健全性");
  });

  test("管理制度健全性 is unique in 浏阳2018", () => {
    expect(score("管理制度健全性", "①", "浏阳2018")).toBe(2);
  });

  test.each([
    ["预算完成", "预算完成率"],
    ["在职人员控制", "在职人员控制率"],
  ])("unknown indicator %p → #N/A naming the close name %p", (name, close) => {
    const err = scoreError(name, 1, S);
    expect(err.code).toBe("#N/A");
    expect(err.message).toContain(close);
  });

  test("unknown scheme → #N/A", () => {
    const err = failure("SCORE", "预算完成率", 1, "北京2030");
    expect(err.code).toBe("#N/A");
    expect(err.message).toContain("北京2030");
  });

  test("the default scheme is 湘潭县2020", () => {
    // 125%: 湘潭县2020 gives 5/1.25 = 4; 浏阳2018 would give 25 pt × 0.5 = 12.5 deducted → 0
    expect(score("在职人员控制率", 1.25)).toBe(4);
    expect(score("在职人员控制率", 1.25, "浏阳2018")).toBe(0);
    // only 湘潭县2020 has 生态效益
    expect(score("生态效益", 0.8)).toBe(4);
    expect(value("RULE", "生态效益")).toBe("按生态效益实现程度计算得分（5分）");
  });
});
