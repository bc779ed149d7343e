/* global describe, test, expect */
/**
 * Checks the hand-written rule-text corpus itself (issue 9): its size, its coverage of boundaries and the shape of
 * every expected score. It imports nothing from src, so a wrong reader cannot make the corpus look right.
 */
import { CORPUS, REFUSED, type CorpusCase, type CorpusKind } from "./corpus";

const NUMERIC: CorpusKind[] = [
  "deduct",
  "bands",
  "proportional",
  "perCase",
  "quarterly",
  "external",
  "manual",
];
const RATE_KINDS: CorpusKind[] = ["deduct", "bands", "proportional"];
const YES_NO_WORDS = ["是", "否", "符合", "不符合"];
const label = (c: CorpusCase) => `${c.kind} ${c.points}分 ${JSON.stringify(c.text).slice(0, 40)}`;
const isCents = (x: number) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-9;

describe("corpus size", () => {
  test("at least 110 texts and 20 refused ones", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(110);
    expect(REFUSED.length).toBeGreaterThanOrEqual(20);
  });

  test("every kind appears, and the common ones often", () => {
    const count = (k: CorpusKind) => CORPUS.filter((c) => c.kind === k).length;
    for (const k of [
      "quarterly",
      "external",
      "manual",
      "yesNo",
      "levels",
      "perCase",
    ] as CorpusKind[]) {
      expect([k, count(k) >= 3]).toEqual([k, true]);
    }
    for (const k of ["deduct", "bands", "proportional", "checklist"] as CorpusKind[]) {
      expect([k, count(k) >= 12]).toEqual([k, true]);
    }
  });

  test("about 15 texts carry a formula sentence (…×100%) before the rule", () => {
    expect(CORPUS.filter((c) => /[=＝].*×100%/.test(c.text)).length).toBeGreaterThanOrEqual(15);
  });

  test("paste noise is represented: line breaks, ASCII punctuation, ％, ≦/<=/>=, spaces", () => {
    const some = (re: RegExp) => CORPUS.some((c) => re.test(c.text));
    for (const re of [/\n/, /\r\n/, /[,;]/, /％/, /≦/, /<=/, />=/, / /, /（含）/, /\(含\)/]) {
      expect([String(re), some(re)]).toEqual([String(re), true]);
    }
  });
});

describe("every text", () => {
  test("texts are distinct, and no refused text is also in the corpus", () => {
    const texts = CORPUS.map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
    const refused = REFUSED.map((r) => r.text);
    expect(new Set(refused).size).toBe(refused.length);
    expect(refused.filter((t) => texts.includes(t))).toEqual([]);
  });

  test.each(CORPUS.map((c) => [label(c), c] as const))(
    "%s: scores in 0..分值, in cents",
    (_name, c) => {
      expect(c.points).toBeGreaterThan(0);
      for (const [input, score] of c.cases) {
        expect([input, score >= 0 && score <= c.points && isCents(score)]).toEqual([input, true]);
      }
      expect(new Set(c.cases.map(([input]) => String(input))).size).toBe(c.cases.length);
    }
  );

  test.each(CORPUS.map((c) => [label(c), c] as const))(
    "%s: enough cases of the right input type",
    (_name, c) => {
      expect(c.cases.length).toBeGreaterThanOrEqual(NUMERIC.includes(c.kind) ? 4 : 3);
      for (const [input] of c.cases) {
        switch (c.kind) {
          case "deduct":
          case "bands":
          case "proportional":
            expect(typeof input).toBe("number");
            break;
          case "perCase":
          case "quarterly":
            expect(Number.isInteger(input) && (input as number) >= 0).toBe(true);
            if (c.kind === "quarterly") expect(input as number).toBeLessThanOrEqual(4);
            break;
          case "manual":
            expect(typeof input === "number" && input >= 0 && input <= c.points).toBe(true);
            break;
          case "external":
            expect(String(input)).toMatch(/^\d+(\.\d+)?\/\d+(\.\d+)?$/);
            break;
          case "yesNo":
            expect(YES_NO_WORDS).toContain(input);
            break;
          default:
            expect(typeof input).toBe("string");
        }
      }
    }
  );
});

describe("boundary coverage", () => {
  const rated = CORPUS.filter((c) => RATE_KINDS.includes(c.kind));

  test.each(rated.map((c) => [label(c), c] as const))(
    "%s: reaches full marks and a lower score",
    (_name, c) => {
      const scores = c.cases.map(([, s]) => s);
      expect(scores).toContain(c.points);
      expect(Math.min(...scores)).toBeLessThan(c.points);
    }
  );

  test.each(CORPUS.filter((c) => c.kind === "deduct").map((c) => [label(c), c] as const))(
    "%s: deduct has at least 5 cases: full marks, a part deduction and 0",
    (_name, c) => {
      const scores = c.cases.map(([, s]) => s);
      expect(c.cases.length).toBeGreaterThanOrEqual(5);
      expect(scores).toContain(0);
      expect(scores.some((s) => s > 0 && s < c.points)).toBe(true);
    }
  );

  test.each(CORPUS.filter((c) => c.kind === "checklist").map((c) => [label(c), c] as const))(
    "%s: 全部 → 分值 and 无 → 0",
    (_name, c) => {
      expect(c.cases).toContainEqual(["全部", c.points]);
      expect(c.cases).toContainEqual(["无", 0]);
    }
  );

  test.each(CORPUS.filter((c) => c.kind === "manual").map((c) => [label(c), c] as const))(
    "%s: a judgement score is scored as itself",
    (_name, c) => {
      for (const [input, score] of c.cases) expect(score).toBe(input);
    }
  );

  test.each(CORPUS.filter((c) => c.kind === "yesNo").map((c) => [label(c), c] as const))(
    "%s: 是/符合 → 分值, 否/不符合 → 0",
    (_name, c) => {
      for (const [input, score] of c.cases) {
        expect([input, score]).toEqual([input, input === "是" || input === "符合" ? c.points : 0]);
      }
    }
  );

  test.each(CORPUS.filter((c) => c.kind === "levels").map((c) => [label(c), c] as const))(
    "%s: the best level gives 分值 and the level names appear in the text",
    (_name, c) => {
      expect(Math.max(...c.cases.map(([, s]) => s))).toBe(c.points);
      for (const [name] of c.cases) expect(c.text).toContain(String(name));
    }
  );
});

describe("refused texts", () => {
  test.each(REFUSED.map((r) => [r.text.slice(0, 30), r] as const))(
    "%s: has a reason word and 分值",
    (_name, r) => {
      expect(r.reason.trim().length).toBeGreaterThan(0);
      expect(r.points).toBeGreaterThan(0);
    }
  );

  test("the brief's refusal reasons are all present", () => {
    const reasons = new Set(REFUSED.map((r) => r.reason));
    for (const word of ["择其一", "比较", "没有评分规则", "扣分", "区间", "分值", "无法识别"]) {
      expect([word, reasons.has(word)]).toEqual([word, true]);
    }
  });
});
