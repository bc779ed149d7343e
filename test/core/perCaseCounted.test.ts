/**
 * Per-case rules that count something other than 不符合要求 in 例 ("每延迟一个月扣1分"): the
 * reading keeps what is counted, and the input message, 扣分说明 (both dialects) and description
 * say it. Expected texts are written by hand from the rule sentences.
 */
import { D, evaluateRule, inputSpec, type Rule } from "../../src/core";
import { describeRule } from "../../src/core/rules/describe";
import { excelExplain, excelRule } from "../../src/core/rules/native";
import { validateRule } from "../../src/core/rules";
import { readRuleText } from "../../src/core/ruleText";
import { ruleToText } from "../../src/core/ruleText/ruleToText";
import { MiniWorkbook, type SheetCell } from "../planner/support/excelFormula";

const DELAY = "按时报送决算报表的得3分，每延迟一个月扣1分，扣完为止。";
const PROJECTS = "每出现一个专项未按进度完成的扣0.5分，扣完为止";
const PLAIN = "以上情况每出现一例不符合要求的扣2分，扣完为止。";

function read(text: string, points: number): Rule {
  const r = readRuleText(text, points);
  if (!r.ok) throw new Error(r.reason);
  return r.rule;
}

/** The native score and 扣分说明 with S!A1 holding `n` cases. */
function native(rule: Rule, points: number, n: number) {
  const max = new D(points);
  const cells = new Map<string, SheetCell>([
    ["A1", { value: n }],
    ["B1", { formula: "=" + excelRule(rule, max, "A1") }],
    ["C1", { formula: "=" + excelExplain(rule, max, { input: "A1", read: "A1", score: "B1" }, "决算报送") }],
  ]);
  const wb = new MiniWorkbook(new Map([["S", cells]]));
  return { score: wb.value("S", "B1"), explain: wb.value("S", "C1") };
}

function engine(rule: Rule, points: number, n: number) {
  const o = evaluateRule(rule, new D(points), n, "决算报送");
  return { score: o.score === null ? null : Number(o.score), explain: o.explain() };
}

describe("每延迟一个月扣1分 (分值3)", () => {
  const rule = read(DELAY, 3);

  test("reads what is counted", () => {
    expect(rule).toEqual({ kind: "perCase", points: 1, counted: { what: "延迟", unit: "个月" } });
  });

  test.each([
    [0, 3, "无延迟的情况，得满分3分"],
    [1, 2, "延迟1个月，每个月扣1分，扣1分，得2分"],
    [3, 0, "延迟3个月，每个月扣1分，应扣3分，扣完为止，得0分"],
    [7, 0, "延迟7个月，每个月扣1分，应扣7分，扣完为止，得0分"],
  ])("%i 个月 → %i 分", (n, score, text) => {
    expect(engine(rule, 3, n)).toEqual({ score, explain: text });
    expect(native(rule, 3, n)).toEqual({ score, explain: text });
  });

  test("the input message and the description name 延迟 and 月", () => {
    expect(inputSpec(rule, new D(3), "决算报送").hint).toBe("填写延迟的月数（0表示没有）");
    expect(describeRule(rule, 3)).toBe("按次数扣分：延迟每个月扣1分，扣完为止；输入延迟的月数");
  });

  test("a wrong count names what is counted", () => {
    expect(() => evaluateRule(rule, new D(3), 1.5, "决算报送")).toThrow("决算报送的延迟月数");
  });

  test("written back, it reads to the same rule", () => {
    expect(read(ruleToText(rule, 3), 3)).toEqual(rule);
  });
});

test("每出现一个专项未按进度完成的扣0.5分 counts 专项 in 个", () => {
  const rule = read(PROJECTS, 2);
  expect(rule).toEqual({
    kind: "perCase",
    points: 0.5,
    counted: { what: "专项未按进度完成", unit: "个" },
  });
  expect(inputSpec(rule, new D(2), "专项").hint).toBe("填写专项未按进度完成的个数（0表示没有）");
  const two = "专项未按进度完成2个，每个扣0.5分，扣1分，得1分";
  expect(engine(rule, 2, 2)).toEqual({ score: 1, explain: two });
  expect(native(rule, 2, 2)).toEqual({ score: 1, explain: two });
  expect(read(ruleToText(rule, 2), 2)).toEqual(rule);
});

test("不符合要求 in 例 stays the plain per-case rule and its words", () => {
  const rule = read(PLAIN, 4);
  expect(rule).toEqual({ kind: "perCase", points: 2 });
  expect(inputSpec(rule, new D(4), "x").hint).toBe("填写不符合要求的例数（0表示全部符合）");
  const one = "不符合要求1例，每例扣2分，扣2分，得2分";
  expect(engine(rule, 4, 1)).toEqual({ score: 2, explain: one });
  expect(native(rule, 4, 1)).toEqual({ score: 2, explain: one });
  expect(engine(rule, 4, 0).explain).toBe("无不符合要求的情况，得满分4分");
});

test("counted without its words is a problem of the rule", () => {
  const bad = { kind: "perCase", points: 1, counted: { what: "延迟" } } as unknown as Rule;
  expect(validateRule(bad, new D(3)).join()).toMatch("计数对象");
});
