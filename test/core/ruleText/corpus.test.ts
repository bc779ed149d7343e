/**
 * The corpus (test/core/ruleText/corpus.ts): texts as officers paste them, scores derived by hand from
 * the text. The reader must read each to the expected kind and score every case as derived; refused
 * texts must be refused with the expected reason.
 */
import { constant, evaluateRule } from "../../../src/core";
import { readRuleText } from "../../../src/core/ruleText";
import { CORPUS, REFUSED, type CorpusCase } from "./corpus";

/** The reader's kinds as the corpus names them: a one-condition text is a yes/no levels rule. */
function kindOf(c: CorpusCase, rule: { kind: string; levels?: Array<{ name: string }>; rule?: { kind: string } }): string {
  const k = rule.kind === "notApplicable" ? rule.rule!.kind : rule.kind;
  if (k === "levels" && rule.levels?.some((l) => l.name === "是")) return "yesNo";
  return k;
}

function scoreOf(rule: Parameters<typeof evaluateRule>[0], points: number, input: unknown): string {
  try {
    const o = evaluateRule(rule, constant(points), input, "指标值");
    return o.pending ? "待填" : o.score.toFixed(2);
  } catch (e) {
    return `error ${(e as Error).message}`;
  }
}

describe("every corpus text reads to its kind and scores as derived by hand", () => {
  test.each(CORPUS.map((c, i) => [`${i + 1}. ${c.text.replace(/\n/g, "⏎")}`, c] as const))("%s", (_, c) => {
    const r = readRuleText(c.text, c.points);
    if (!r.ok) throw new Error(`refused: ${r.reason} (${r.part ?? ""})`);
    expect(kindOf(c, r.rule as never)).toBe(c.kind);
    const got = c.cases.map(([input]) => [input, scoreOf(r.rule, c.points, input)]);
    const want = c.cases.map(([input, s]) => [input, s.toFixed(2)]);
    expect(got).toEqual(want);
  });
});

describe("texts the reader refuses, each with its reason", () => {
  test.each(REFUSED.map((c) => [c.text.replace(/\n/g, "⏎"), c] as const))("%s", (_, c) => {
    const r = readRuleText(c.text, c.points);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(c.reason);
  });
});

test("the corpus holds at least 150 texts with the built-in ones", () => {
  // 43 built-in texts (test/core/ruleText/builtIns.test.ts) + the corpus
  expect(43 + CORPUS.length).toBeGreaterThanOrEqual(150);
});
