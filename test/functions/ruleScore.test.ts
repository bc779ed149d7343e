/** PERF.RULESCORE / PERF.RULEEXPLAIN: any 评价标准 text, scored; errors as Excel shows them. */
import { callFunction } from "../../src/functions/registry";
import { readRuleTextCached } from "../../src/core/ruleText";

const call = (id: string, ...args: unknown[]) => callFunction(id, args);
const DEDUCT = "≤100%计5分，每超过一个百分点扣0.5分，扣完为止";

describe("PERF.RULESCORE", () => {
  test.each([
    // threshold, a fraction of a step over, whole steps, far over: 5 − 0.5 × points over 100
    [1, 5],
    [1.001, 4.95],
    [1.03, 3.5],
    [1.1, 0],
    [3, 0],
    [0.5, 5],
  ])("%s → %s", (v, expected) => {
    expect(call("RULESCORE", DEDUCT, 5, v)).toEqual({ ok: true, value: expected });
  });

  test("a blank value gives a blank, as PERF.SCORE does", () => {
    expect(call("RULESCORE", DEDUCT, 5, "")).toEqual({ ok: true, value: "" });
    expect(call("RULESCORE", DEDUCT, 5, null)).toEqual({ ok: true, value: "" });
  });

  test("an unreadable text is #N/A with the Chinese reason and the part", () => {
    const r = call("RULESCORE", "根据实际情况，有结余但不超过上年结转的计2分", 3, 0.5);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("#N/A");
      expect(r.error.message).toMatch(/^评价标准无法识别：比较两个数/);
    }
    const g = call("RULESCORE", "天气晴朗计5分，阴天计3分", 5, "晴");
    expect(!g.ok && g.error.code).toBe("#N/A");
  });

  test("a value the rule cannot take is #VALUE! with a message", () => {
    const r = call("RULESCORE", DEDUCT, 5, "很多");
    expect(!r.ok && r.error.code).toBe("#VALUE!");
    expect(!r.ok && r.error.message).toMatch(/指标值/);
    const c = call("RULESCORE", "①制度健全计1分；②执行有效计1分", 2, "③");
    expect(!c.ok && c.error.code).toBe("#VALUE!");
  });

  test("分值 must be a number above 0", () => {
    const r = call("RULESCORE", DEDUCT, 0, 1);
    expect(!r.ok && r.error.message).toContain("分值应为大于0的数");
    expect(call("RULESCORE", DEDUCT, "", 1).ok).toBe(false);
  });

  test("a negative change rate and a text with spaces and line breaks", () => {
    // -30%: a decrease, full marks; +30%: 5 × (1 − 30%) = 3.5
    expect(call("RULESCORE", "下降的计5分，\n增加的 按比例扣减", 5, -0.3)).toEqual({
      ok: true,
      value: 5,
    });
    expect(call("RULESCORE", "下降的计5分，\n增加的 按比例扣减", 5, 0.3)).toEqual({
      ok: true,
      value: 3.5,
    });
  });

  test("a text is read once: 1,000 calls on one text reuse one reading", () => {
    const first = readRuleTextCached(DEDUCT, 5);
    for (let i = 0; i < 1000; i++) call("RULESCORE", DEDUCT, 5, 1 + i / 10000);
    expect(readRuleTextCached(DEDUCT, 5)).toBe(first);
    // A different 分值 is another reading.
    expect(readRuleTextCached(DEDUCT, 6)).not.toBe(first);
  });
});

describe("PERF.RULEEXPLAIN", () => {
  test("with a value: the 扣分说明", () => {
    // 103%: 3 points over × 0.5 = 1.5 deducted
    expect(call("RULEEXPLAIN", DEDUCT, 5, 1.03)).toEqual({
      ok: true,
      value: "指标值103%，超过100%共3个百分点，每超过1%扣0.5分，扣1.5分，得3.5分",
    });
  });

  test("without a value: the reading, defaults stated", () => {
    const r = call("RULEEXPLAIN", DEDUCT, 5);
    expect(r.ok && r.value).toMatch(/^扣分：超过100%后，每超过1%扣0.5分/);
    expect(r.ok && r.value).toContain("默认读法");
  });
});
