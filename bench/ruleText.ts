/**
 * 7. The rule-text reader: how long reading one 评价标准 takes (every built-in and corpus text, uncached),
 * and PERF.RULESCORE on a cached text against PERF.SCORE on the same rules and values, both called as
 * Excel's runtime calls them, interleaved in one process.
 */
import { readRuleText } from "../src/core/ruleText";
import "../src/functions/registry"; // provides the reader to the bound functions, as the command line does
import { indicatorsOf } from "../src/core/scheme";
import { BUILT_IN_SCHEMES } from "../src/core/schemes";
import { bindFunctions, type CustomFunctionsApi } from "../src/functions/bind";
import { CORPUS } from "../test/core/ruleText/corpus";
import type { BenchOptions, BenchResult } from "./support/result";
import { median, round } from "./support/stats";

function boundFunctions(): Record<string, (...args: unknown[]) => unknown> {
  const fns: Record<string, (...args: unknown[]) => unknown> = {};
  const cf: CustomFunctionsApi = {
    associate: (id, fn) => void (fns[id] = fn),
    Error: class {},
    ErrorCode: { invalidValue: 1, notAvailable: 2, divisionByZero: 3, invalidNumber: 4 },
  };
  bindFunctions(cf);
  return fns;
}

const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Each text read fresh (no cache), many times; the time per text. `words`: the plain reading built too. */
function readingTimes(
  texts: Array<{ text: string; points: number }>,
  repeats: number,
  words: boolean
): number[] {
  const read = (t: { text: string; points: number }) => {
    const r = readRuleText(t.text, t.points);
    return words && r.ok ? r.reading.length : 0;
  };
  for (const t of texts) read(t); // warm up
  return texts.map((t) => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < repeats; i++) read(t);
    return msSince(t0) / repeats;
  });
}

interface Call {
  name: string;
  scheme: string;
  criterion: string;
  points: number;
  value: number;
}

/** Rate rules of both built-in schemes that the reader reads, with values around their edges. */
function calls(n: number): Call[] {
  const base = BUILT_IN_SCHEMES.flatMap((s) =>
    indicatorsOf(s)
      .filter(
        (r) => r.indicator.value && readRuleText(r.indicator.criterion, r.indicator.points).ok
      )
      .map((r) => ({
        name: r.path.split("/").slice(1).join("/"),
        scheme: s.id,
        criterion: r.indicator.criterion,
        points: r.indicator.points,
      }))
  );
  return Array.from({ length: n }, (_, i) => ({
    ...base[i % base.length],
    value: 0.7 + ((i * 7919) % 6000) / 10000,
  }));
}

export async function run(o: BenchOptions): Promise<BenchResult> {
  const texts = [
    ...BUILT_IN_SCHEMES.flatMap((s) =>
      indicatorsOf(s).map((r) => ({ text: r.indicator.criterion, points: r.indicator.points }))
    ),
    ...CORPUS.map((c) => ({ text: c.text, points: c.points })),
  ];
  const times = readingTimes(texts, o.quick ? 2 : 200, false);
  const sorted = [...times].sort((a, b) => a - b);
  const slowest = sorted[sorted.length - 1];
  const withWords = readingTimes(texts, o.quick ? 2 : 200, true).sort((a, b) => a - b);

  const fns = boundFunctions();
  const list = calls(o.quick ? 2_000 : 50_000);
  const runs = o.quick ? 1 : (o.runs ?? 7);
  const pass = {
    score: () => list.reduce((s, c) => s + (fns.SCORE(c.name, c.value, c.scheme) as number), 0),
    rule: () =>
      list.reduce((s, c) => s + (fns.RULESCORE(c.criterion, c.points, c.value) as number), 0),
  };
  const agree = pass.score() === pass.rule();
  const rates: Record<"score" | "rule", number[]> = { score: [], rule: [] };
  for (let r = 0; r < runs; r++) {
    for (const k of ["score", "rule"] as const) {
      const t0 = process.hrtime.bigint();
      pass[k]();
      rates[k].push((list.length / msSince(t0)) * 1000);
    }
  }
  const ratios = rates.score.map((s, i) => s / rates.rule[i]);
  const ratio = median(ratios);
  return {
    id: "ruleText",
    title: "Rule-text reader",
    rows: [
      {
        measure: `Reading one 评价标准, uncached (median of ${texts.length} texts)`,
        median: round(median(times), 3),
        unit: "ms",
        target: "< 1 ms",
        verdict: slowest < 1 ? "met" : "missed",
        samples: [round(sorted[0], 3), round(slowest, 3)],
      },
      {
        measure: "Reading the slowest text",
        median: round(slowest, 3),
        unit: "ms",
      },
      {
        measure:
          "The same with the plain-Chinese reading built (perfscore rule, the pane; PERF.RULESCORE skips it)",
        median: round(median(withWords), 3),
        unit: "ms",
        target: "< 1 ms",
        verdict: withWords[withWords.length - 1] < 1 ? "met" : "missed",
        samples: [round(withWords[0], 3), round(withWords[withWords.length - 1], 3)],
      },
      {
        measure: "PERF.RULESCORE on a cached text (bound function)",
        median: Math.round(median(rates.rule)),
        unit: "calls/s",
        baseline: Math.round(median(rates.score)),
        ratio: round(ratio, 2),
        ratioNote: "PERF.SCORE rate / PERF.RULESCORE rate, same rules and values",
        target: "≤ 1.5×",
        verdict: ratio <= 1.5 ? "met" : "missed",
        samples: ratios.map((x) => round(x, 2)),
      },
    ],
    details: { texts: texts.length, calls: list.length, sameScores: agree },
  };
}
