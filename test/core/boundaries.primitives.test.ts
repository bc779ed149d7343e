/**
 * The generic rule primitives (PERF.DEDUCT, PERF.BANDS, PERF.CHECKLIST), the value functions
 * (PERF.CONTROLRATE, PERF.CHANGERATE, PERF.COMPLETIONRATE, PERF.RATIO) and PERF.GRADE at their boundaries.
 * Expected values are derived by hand from the functions' documented parameters and DOMAIN.md's defaults.
 */
import { CHINESE, failure, value } from "./boundaries.support";

describe("PERF.DEDUCT(value, threshold, step, points, max, [direction], [stepping])", () => {
  test.each([
    // above (default), proportional (default)
    [[1, 1, 0.05, 1, 5], 5], // at the threshold: nothing deducted
    [[0.9, 1, 0.05, 1, 5], 5], // below: the non-penalised side
    [[1.015, 1, 0.05, 1, 5], 4.7], // 0.3 step: 0.3 deducted
    [[1.12, 1, 0.05, 1, 5], 2.6], // 2.4 steps: 2.4 deducted
    [[1.15, 1, 0.05, 1, 5], 2], // exactly 3 steps: 3 deducted
    [[2, 1, 0.05, 1, 5], 0], // 20 steps: 扣完为止 → 0
    // floor: whole steps only
    [[1.15, 1, 0.05, 1, 5, "above", "floor"], 2], // exactly 3 steps although (1.15−1)/0.05 = 2.9999999999999982 in JS
    [[1.12, 1, 0.05, 1, 5, "above", "floor"], 3], // 2.4 steps → 2 whole steps → 3
    [[1.001, 1, 0.05, 1, 5, "above", "floor"], 5], // 0.02 step → 0 whole steps
    [[1.3, 1, 0.1, 1, 5, "above", "floor"], 2], // 3 steps although (1.3−1)/0.1 = 2.9999999999999996 in JS
    // ceil: a part step counts as one
    [[1.15, 1, 0.05, 1, 5, "above", "ceil"], 2], // exactly 3 steps, not 4
    [[1.12, 1, 0.05, 1, 5, "above", "ceil"], 2], // 2.4 → 3 steps → 2
    [[1.001, 1, 0.05, 1, 5, "above", "ceil"], 4], // 0.02 → 1 step → 4
    [[1, 1, 0.05, 1, 5, "above", "ceil"], 5], // 0 steps stays 0
    // below
    [[0.8798, 1, 0.05, 2, 5, "below"], 0.19], // 12.02 pt: 4.808 deducted → 0.192 → 0.19
    [[0.88, 1, 0.05, 2, 5, "below"], 0.2], // 12 pt = 2.4 steps: 4.8 → 0.2
    [[0.88, 1, 0.05, 2, 5, "below", "floor"], 1], // 2 whole steps: 4 → 1
    [[0.88, 1, 0.05, 2, 5, "below", "ceil"], 0], // 3 steps: 6 → 0
    [[0.85, 1, 0.05, 1, 5, "below", "floor"], 2], // exactly 3 steps ((1−0.85)/0.05 = 3.0000000000000004 in JS)
    [[0.7, 1, 0.1, 1, 5, "below", "ceil"], 2], // exactly 3 steps; (1−0.7)/0.1 = 3.0000000000000004 would ceil to 4 in JS
    [[1.2, 1, 0.05, 2, 5, "below"], 5], // above: the non-penalised side
    // both
    [[1.12, 1, 0.05, 1, 5, "both"], 2.6], // 2.4 steps over
    [[0.88, 1, 0.05, 1, 5, "both"], 2.6], // 2.4 steps under
    [[1, 1, 0.05, 1, 5, "both"], 5], // at the threshold
    [[0.85, 1, 0.05, 1, 5, "both", "floor"], 2], // exactly 3 steps under
    // Chinese synonyms and case
    [[1.15, 1, 0.05, 1, 5, "超过", "整步"], 2], // = above, floor
    [[1.12, 1, 0.05, 1, 5, "超过", "不足一步按一步"], 2], // = above, ceil: 3 steps
    [[1.12, 1, 0.05, 1, 5, "超过", "按比例"], 2.6], // = above, proportional
    [[0.88, 1, 0.05, 2, 5, "低于"], 0.2], // = below
    [[0.88, 1, 0.05, 1, 5, "双向"], 2.6], // = both
    [[0.88, 1, 0.05, 2, 5, "Below"], 0.2], // case does not matter
    [[1.12, 1, 0.05, 1, 5, "", ""], 2.6], // blank options are the defaults (above, proportional)
    // text numbers as a cell may hold them
    [["115%", "100%", "5%", 1, 5, "above", "floor"], 2], // 3 steps
    [["１１５％", "100%", "5%", "1", "5"], 2], // full-width digits and percent sign
  ])("DEDUCT%j → %p", (args, expected) => {
    expect(value("DEDUCT", ...(args as unknown[]))).toBe(expected);
  });

  test.each<[unknown[], string]>([
    [[1.1, 1, 0, 1, 5], "step 0"],
    [[1.1, 1, -0.05, 1, 5], "negative step"],
    [[1.1, 1, 0.05, -1, 5], "negative points"],
    [[1.1, 1, 0.05, 1, 0], "max 0"],
    [[1.1, 1, 0.05, 1, 5, "sideways"], "unknown direction"],
    [[1.1, 1, 0.05, 1, 5, "above", "round"], "unknown stepping"],
    [[1.1, 1, 0.05, 1, 5, true], "a boolean direction"],
  ])("DEDUCT%j (%s) → #VALUE! with a Chinese message", (args) => {
    const err = failure("DEDUCT", ...(args as unknown[]));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(CHINESE);
  });

  test("an unknown direction is named in the message", () => {
    expect(failure("DEDUCT", 1.1, 1, 0.05, 1, 5, "sideways").message).toContain("sideways");
  });

  test.each([
    [["abc", 1, 0.05, 1, 5], "value"],
    [[1.1, "x", 0.05, 1, 5], "threshold"],
    [[1.1, 1, 0.05, 1, "满分"], "max"],
  ])("non-numeric %j → #VALUE! naming %s", (args, param) => {
    const err = failure("DEDUCT", ...(args as unknown[]));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain(param);
  });

  test("missing arguments → #VALUE!", () => {
    expect(failure("DEDUCT", 1.1, 1, 0.05).code).toBe("#VALUE!");
  });
});

describe("PERF.BANDS(value, edges, scores, [inclusive])", () => {
  const lower = [[0.7, 0.8, 0.9]]; // "90%（含）以上6分；80%（含）-90% 4分；70%（含）-80% 2分；低于70% 0分"
  const lowerScores = [[0, 2, 4, 6]];
  test.each([
    [1.5, 6], // above the top edge
    [0.9, 6], // 90% belongs to the band above it (lower edge inclusive)
    [0.8999, 4], // just below 90%
    [0.85, 4],
    [0.8, 4], // 80%（含）
    [0.7999, 2],
    [0.7, 2], // 70%（含）
    [0.6999, 0], // 低于70%
    [-1, 0], // far below
  ])("lower-inclusive (default) %p → %p", (v, expected) => {
    expect(value("BANDS", v, lower, lowerScores)).toBe(expected);
  });

  const upper = [[0, 0.1, 0.2, 0.3]]; // "=0 5；0-10%（含）4；10-20%（含）3；20-30%（含）2；大于30% 0"
  const upperScores = [[5, 4, 3, 2, 0]];
  test.each([
    [-0.1, 5], // below the first edge: first band (−∞, 0]
    [0, 5], // 0 belongs to the band below it (upper edge inclusive)
    [0.0001, 4], // just past 0
    [0.1, 4], // 10%（含）
    [0.1001, 3],
    [0.2, 3], // 20%（含）
    [0.3, 2], // 30%（含）
    [0.30001, 0], // 大于30%
  ])("upper-inclusive %p → %p", (v, expected) => {
    expect(value("BANDS", v, upper, upperScores, "upper")).toBe(expected);
  });

  test.each([
    [[0.8, [[0.7], [0.8], [0.9]], [[0], [2], [4], [6]]], 4], // column ranges; 80% (lower-inclusive) → 4
    [[0.8, "0.7,0.8,0.9", "0,2,4,6"], 4], // as typed on the command line
    [[0.8, "{0.7,0.8,0.9}", "{0,2,4,6}"], 4], // as an array constant in text
    [[0.8, [0.7, 0.8, 0.9], [0, 2, 4, 6]], 4], // plain arrays
    [[0.8, lower, lowerScores, "下限"], 4], // lower = 下限
    [[0.8, lower, lowerScores, "以上"], 4], // lower = 以上 ("90%（含）以上")
    [[0.8, lower, lowerScores, "上限"], 2], // upper: 80% belongs to the band below → 2
    [[0.8, lower, lowerScores, "以下"], 2], // upper = 以下
    [[0.1, upper, upperScores, "lower"], 3], // lower-inclusive: 10% starts the 3-point band
  ])("BANDS%j → %p", (args, expected) => {
    expect(value("BANDS", ...(args as unknown[]))).toBe(expected);
  });

  test.each([
    [[0.8, lower, [[0, 2, 4]]], "3 scores for 3 edges"],
    [[0.8, lower, [[0, 2, 4, 6, 8]]], "5 scores for 3 edges"],
    [[0.8, [[0.9, 0.8, 0.7]], lowerScores], "edges not ascending"],
    [[0.8, [[0.7, 0.7, 0.9]], lowerScores], "repeated edge"],
    [[0.8, lower, lowerScores, "middle"], "unknown inclusive"],
    [[0.8, lower, [[0, -2, 4, 6]]], "negative score"],
    [[0.8, "a,b", "1,2,3"], "non-numeric edges"],
  ])("BANDS%j (%s) → #VALUE! with a Chinese message", (args) => {
    const err = failure("BANDS", ...(args as unknown[]));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(CHINESE);
  });
});

describe("PERF.CHECKLIST(ticks, points)", () => {
  test.each([
    [["①②④", [[2, 2, 2, 2]]], 6], // 2+2+2
    [["1,3", [[1, 0.5, 0.5]]], 1.5], // 1+0.5
    [["1、2、4", [[2, 2, 2, 2]]], 6],
    [["１２", [[1, 2, 3]]], 3], // full-width digits: items 1 and 2 → 1+2
    [["全部", [[0.4, 0.3, 0.3]]], 1], // all: 0.4+0.3+0.3
    [["无", [[1, 1]]], 0], // none
    [["②", "2,2,2,2"], 2], // points as typed on the command line
    [[3, [[1, 1, 5]]], 5], // a bare number is the item number
    [["", [[1, 1]]], ""], // blank ticks: pending, not 0
  ])("CHECKLIST%j → %p", (args, expected) => {
    expect(value("CHECKLIST", ...(args as unknown[]))).toBe(expected);
  });

  test.each([
    [["⑤", [[1, 1]]], "item beyond the list"],
    [["1,2,3", [[1, 1]]], "item beyond the list"],
    [["abc", [[1]]], "garbage"],
    [["①", [[1, -1]]], "negative points"],
  ])("CHECKLIST%j (%s) → #VALUE! with a Chinese message", (args) => {
    const err = failure("CHECKLIST", ...(args as unknown[]));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(CHINESE);
  });
});

describe("value functions", () => {
  test.each([
    ["CONTROLRATE", [43, 43], 1], // seed 000: 在职43 / 编制43
    ["CONTROLRATE", [55, 50], 1.1],
    ["CONTROLRATE", ["2,886.58", "2,886.58"], 1], // thousands separators
    ["CONTROLRATE", ["2,886.58", 1000], 2.88658],
    ["CONTROLRATE", ["87.98%", 1], 0.8798], // percent text
    ["CONTROLRATE", ["１２３", "１００"], 1.23], // full-width digits
    ["CONTROLRATE", [" 51.64 ", "47.5"], 51.64 / 47.5], // spaces; same double as dividing the numbers
    ["RATIO", [9, 10], 0.9],
    ["RATIO", [0, 10], 0],
    ["CHANGERATE", [18, 20], -0.1], // (18−20)/20
    ["CHANGERATE", [22, 20], 0.1], // (22−20)/20
    ["CHANGERATE", [-3, 10], -1.3], // (−3−10)/10
    ["CHANGERATE", [0, 0], 0], // both zero: no change (DOMAIN)
    ["CHANGERATE", [0, 20], -1], // (0−20)/20
    ["COMPLETIONRATE", [0, 90, 10, 5], 0.95], // (0+90+10−5)/(0+90+10) = 95/100
    ["COMPLETIONRATE", [10, 100, 0, 22], 0.8], // (110−22)/110 = 88/110
    ["COMPLETIONRATE", [0, 100, 0, 0], 1], // nothing left → 100%
  ])("%s%j → %p", (id, args, expected) => {
    expect(value(id, ...args)).toBe(expected);
  });

  test("RATIO(1,3) is 1/3 to double precision", () => {
    expect(value("RATIO", 1, 3)).toBeCloseTo(1 / 3, 15);
  });

  test.each([
    ["CONTROLRATE", [1, 0]],
    ["CONTROLRATE", [0, 0]],
    ["RATIO", [1, 0]],
    ["CHANGERATE", [5, 0]], // previous 0, current not: no rate
    ["COMPLETIONRATE", [0, 0, 0, 0]],
    ["COMPLETIONRATE", [0, 0, 0, 5]],
  ])("%s%j → #DIV/0! with a Chinese message", (id, args) => {
    const err = failure(id, ...args);
    expect(err.code).toBe("#DIV/0!");
    expect(err.message).toMatch(CHINESE);
  });

  test.each([
    ["CONTROLRATE", ["abc", 1], "actual"],
    ["CONTROLRATE", [1, "十"], "budget"],
    ["RATIO", [1, "x"], "denominator"],
    ["CHANGERATE", ["上年", 1], "current"],
    ["COMPLETIONRATE", [0, 1, 0, "？"], "yearEndBalance"],
  ])("%s%j → #VALUE! naming %s", (id, args, param) => {
    const err = failure(id, ...args);
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain(param);
    expect(err.message).toMatch(CHINESE);
  });

  test("amounts in one call share their money unit", () => {
    expect(value("CONTROLRATE", "5万元", "50万元")).toBe(0.1);
    expect(value("CONTROLRATE", "5万元", 50)).toBe(0.1); // a bare number is taken as written
    expect(value("RATIO", "43人", "43人")).toBe(1);
    const err = failure("CONTROLRATE", "5万元", "50000元");
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain("单位是万元");
    expect(err.message).toContain("单位是元");
  });

  test("a boolean is not a number → #VALUE!", () => {
    expect(failure("CONTROLRATE", true, 1).code).toBe("#VALUE!");
  });
});

describe("PERF.GRADE: ≥90 优, ≥80 良, ≥60 中, else 差 (lower bounds inclusive)", () => {
  test.each([
    [100, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
    ["90", "优"], // text number
    // =SUM of 2-decimal scores lands a hair under the edge in binary: 90 is still 90
    [0.1 + 0.2 + 89.7, "优"], // 89.99999999999999 in JS (and in Excel's SUM)
    [59.99999999999999, "中"],
    [89.9999999, "良"], // a real shortfall at 7 places is not noise
  ])("%p → %p (default scheme and 浏阳2018)", (total, grade) => {
    expect(value("GRADE", total)).toBe(grade);
    expect(value("GRADE", total, "浏阳2018")).toBe(grade);
    expect(value("GRADE", total, "湘潭县2020")).toBe(grade);
  });

  test("a non-numeric total → #VALUE!", () => {
    expect(failure("GRADE", "优秀").code).toBe("#VALUE!");
  });

  test.each([[-0.01], [100.01], [150]])("a total of %p is outside 0–100 → #NUM! with a Chinese message", (total) => {
    const err = failure("GRADE", total);
    expect(err.code).toBe("#NUM!");
    expect(err.message).toContain("总分应在0到100之间");
  });
});
