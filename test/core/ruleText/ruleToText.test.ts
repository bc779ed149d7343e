/** Every built-in rule, written back as text, reads to the same rule: the 计分方式 a scheme export writes. */
import { indicatorsOf } from "../../../src/core/scheme";
import { BUILT_IN_SCHEMES } from "../../../src/core/schemes";
import { readRuleText } from "../../../src/core/ruleText";
import { ruleToText } from "../../../src/core/ruleText/ruleToText";

/** Scoring parameters only: words (labels, item texts, aliases) apart. */
const shape = (rule: unknown) =>
  JSON.parse(
    JSON.stringify(rule, (k, v) => (["label", "text", "aliases"].includes(k) ? undefined : v))
  );

const refs = BUILT_IN_SCHEMES.flatMap((s) =>
  indicatorsOf(s).map((r) => [`${s.id} ${r.path}`, r.indicator] as const)
);

test.each(refs)("%s", (_, ind) => {
  const text = ruleToText(ind.rule, ind.points);
  const r = readRuleText(text, ind.points);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  expect(shape(r.rule)).toEqual(shape(ind.rule));
});

test("the texts read as an officer would write them", () => {
  expect(
    ruleToText({ kind: "deduct", threshold: 1, direction: "above", step: 0.01, points: 0.5 }, 5)
  ).toBe("≤100%计满分，每超过1个百分点扣0.5分，扣完为止");
  expect(
    ruleToText(
      {
        kind: "deduct",
        threshold: 0.95,
        direction: "below",
        step: 0.05,
        points: 2,
        stepping: "floor",
      },
      5
    )
  ).toBe("≥95%计满分，每低于5个百分点扣2分，不足5个百分点的不扣分，扣完为止");
});
