/** The 计分方式 shorthand (`扣分 超过100% 每1% 扣0.5`) reads as the deduct rule it abbreviates. */
import { readRuleText } from "../../../src/core/ruleText";
import { expandShorthand } from "../../../src/core/ruleText/shorthand";

const rule = (text: string, points = 5) => {
  const r = readRuleText(text, points);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.rule;
};

test.each([
  // Over 100%, 0.5 per percentage point (1 point = 0.01 of the rate).
  [
    "扣分 超过100% 每1% 扣0.5",
    { kind: "deduct", threshold: 1, direction: "above", step: 0.01, points: 0.5 },
  ],
  // Full-width, a colon, 个百分点 and 分 are all accepted.
  [
    "扣分：低于１００％，每5个百分点扣2分",
    { kind: "deduct", threshold: 1, direction: "below", step: 0.05, points: 2 },
  ],
  [
    "扣分 偏离100% 每5% 扣2 不足一步不扣",
    { kind: "deduct", threshold: 1, direction: "both", step: 0.05, points: 2, stepping: "floor" },
  ],
  [
    "扣分 低于90% 每5% 扣1 不足一步按一步",
    { kind: "deduct", threshold: 0.9, direction: "below", step: 0.05, points: 1, stepping: "ceil" },
  ],
  // A change rate: nothing over 0 is free.
  [
    "扣分 超过0 每1% 扣0.8",
    { kind: "deduct", threshold: 0, direction: "above", step: 0.01, points: 0.8 },
  ],
])("%s", (text, expected) => {
  expect(rule(text)).toEqual(expected);
});

test("reads as the sentence it stands for", () => {
  const r = readRuleText("扣分 超过100% 每1% 扣0.5", 5);
  expect(r.ok && r.reading).toMatch(/^扣分：超过100%后，每超过1%扣0.5分/);
  expect(expandShorthand("扣分 超过100% 每1% 扣0.5")).toBe(
    "≤100%计满分，每超过1个百分点扣0.5分，扣完为止"
  );
});

test.each([
  // No % on a threshold other than 0: a rate or a ratio? Not guessed.
  "扣分 超过100 每1% 扣0.5",
  // No points per step.
  "扣分 超过100% 每1%",
  // An unknown direction word.
  "扣分 高出100% 每1% 扣0.5",
])("is no shorthand: %s", (text) => {
  expect(expandShorthand(text)).toBeUndefined();
  expect(readRuleText(text, 5).ok).toBe(false);
});
