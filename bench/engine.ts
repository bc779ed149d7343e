/**
 * 1. Engine throughput: PERF.SCORE over every rule kind of both schemes, and PERF.CONTROLRATE,
 * against the same arithmetic with plain numbers (bench/engine/plain.ts), in the same process.
 * Each run evaluates the whole call list once per variant, the variants interleaved, so a burst
 * of load on the shared machine hits all of them; medians over the runs.
 */
import { constant, D, evaluateRule, findIndicator, getScheme, computeWith } from "../src/core";
import { bindFunctions, type CustomFunctionsApi } from "../src/functions/bind";
import { controlRateCalls, scoreCalls } from "./engine/workload";
import { ERR, plainControlRate, plainScore, type PlainResult } from "./engine/plain";
import { decimalCosts, opsPerKind, perKindTiming } from "./engine/analysis";
import type { BenchOptions, BenchResult, Row } from "./support/result";
import { median, round } from "./support/stats";

class CfError {
  constructor(
    readonly code: unknown,
    readonly message?: string,
  ) {}
}

/** The functions exactly as Excel's runtime calls them (bind.ts over the registry's callFunction). */
function boundFunctions(): Record<string, (...args: unknown[]) => unknown> {
  const fns: Record<string, (...args: unknown[]) => unknown> = {};
  const cf: CustomFunctionsApi = {
    associate: (id, fn) => void (fns[id] = fn),
    Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  };
  bindFunctions(cf);
  return fns;
}

/** A number, or ERR for an error result, whatever the variant returns. */
const asPlain = (x: unknown): PlainResult => (typeof x === "number" ? x : ERR);

interface Variant {
  name: string;
  /** Runs every call once; returns a checksum so the work cannot be optimised away. */
  pass(): number;
}

function timePass(v: Variant): { ms: number; sum: number } {
  const t0 = process.hrtime.bigint();
  const sum = v.pass();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, sum };
}

/** Interleaved runs; returns per-variant lists of calls per second. */
function measure(variants: Variant[], n: number, runs: number): number[][] {
  for (const v of variants) v.pass(); // warm up (JIT, caches)
  const rates = variants.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    variants.forEach((v, i) => {
      const { ms } = timePass(v);
      rates[i].push((n / ms) * 1000);
    });
  }
  return rates;
}

export async function run(o: BenchOptions): Promise<BenchResult> {
  const n = o.quick ? 2_000 : 100_000;
  const runs = o.quick ? 1 : (o.runs ?? 7);
  const fns = boundFunctions();
  const calls = scoreCalls(n);
  const score = fns.SCORE;

  const resolved = calls.map((c) => ({ rule: c.indicator.rule, max: constant(c.indicator.points), name: c.indicator.name, value: c.args[1] }));

  const scoreVariants: Variant[] = [
    {
      name: "PERF.SCORE as Excel calls it (bound function → callFunction)",
      pass() {
        let s = 0;
        for (const c of calls) {
          const r = score(c.args[0], c.args[1], c.args[2]);
          if (typeof r === "number") s += r;
        }
        return s;
      },
    },
    {
      name: "engine underneath: getScheme + findIndicator + evaluateRule + toNumber",
      pass() {
        let s = 0;
        for (const c of calls) {
          try {
            const ref = findIndicator(getScheme(c.args[2]), c.args[0]);
            const out = evaluateRule(ref.indicator.rule, constant(ref.indicator.points), c.args[1], ref.indicator.name);
            if (out.score) s += out.score.toNumber();
          } catch {
            // an error result
          }
        }
        return s;
      },
    },
    {
      name: "evaluateRule alone (indicator resolved beforehand), Decimal result",
      pass() {
        let s = 0;
        for (const c of resolved) {
          try {
            const out = evaluateRule(c.rule, c.max, c.value, c.name);
            if (out.score) s += out.score.isZero() ? 0 : 1;
          } catch {
            // an error result
          }
        }
        return s;
      },
    },
    {
      name: "baseline: the same arithmetic with plain numbers",
      pass() {
        let s = 0;
        for (const c of calls) {
          const r = plainScore(c.args[0], c.args[1], c.args[2]);
          if (r !== ERR) s += r;
        }
        return s;
      },
    },
  ];

  // Agreement: the baseline does the same work when it gets the same answers.
  let agree = 0;
  let errors = 0;
  const disagreements: string[] = [];
  for (const c of calls) {
    const e = asPlain(score(c.args[0], c.args[1], c.args[2]));
    const p = plainScore(c.args[0], c.args[1], c.args[2]);
    if (e === ERR) errors++;
    if (e === p) agree++;
    else if (disagreements.length < 5) disagreements.push(`${c.args[0]}(${String(c.args[1])}): engine ${e}, plain ${p}`);
  }

  const rates = measure(scoreVariants, n, runs);
  const base = rates[3];
  const rows: Row[] = [];
  const ratioOf = (i: number) => median(rates[i].map((r, k) => base[k] / r));
  rows.push({
    measure: scoreVariants[0].name,
    median: Math.round(median(rates[0])),
    unit: "calls/s",
    baseline: Math.round(median(base)),
    ratio: round(ratioOf(0), 1),
    ratioNote: "baseline rate / engine rate (times slower)",
    target: "≥ 500,000 calls/s and ≤ 20× the baseline",
    verdict: median(rates[0]) >= 500_000 && ratioOf(0) <= 20 ? "met" : "missed",
    samples: rates[0].map(Math.round),
  });
  for (const i of [1, 2]) {
    rows.push({
      measure: scoreVariants[i].name,
      median: Math.round(median(rates[i])),
      unit: "calls/s",
      baseline: Math.round(median(base)),
      ratio: round(ratioOf(i), 1),
      ratioNote: "baseline rate / engine rate",
      samples: rates[i].map(Math.round),
    });
  }
  rows.push({ measure: scoreVariants[3].name, median: Math.round(median(base)), unit: "calls/s", samples: base.map(Math.round) });

  // PERF.CONTROLRATE
  const cr = controlRateCalls(n);
  const control = fns.CONTROLRATE;
  const names = ["实际数", "预算数"];
  const crVariants: Variant[] = [
    {
      name: "PERF.CONTROLRATE as Excel calls it",
      pass() {
        let s = 0;
        for (const [a, b] of cr) {
          const r = control(a, b);
          if (typeof r === "number") s += r;
        }
        return s;
      },
    },
    {
      name: "engine underneath: computeWith(ratio) on Decimals + toNumber",
      pass() {
        let s = 0;
        for (const [a, b] of cr) s += computeWith("ratio", [new D(a), new D(b)], names, "控制率").toNumber();
        return s;
      },
    },
    {
      name: "baseline: actual / budget with plain numbers",
      pass() {
        let s = 0;
        for (const [a, b] of cr) {
          const r = plainControlRate(a, b);
          if (r !== ERR) s += r;
        }
        return s;
      },
    },
  ];
  const crRates = measure(crVariants, n, runs);
  const crBase = crRates[2];
  for (const i of [0, 1]) {
    const ratio = median(crRates[i].map((r, k) => crBase[k] / r));
    rows.push({
      measure: crVariants[i].name,
      median: Math.round(median(crRates[i])),
      unit: "calls/s",
      baseline: Math.round(median(crBase)),
      ratio: round(ratio, 1),
      ratioNote: "baseline rate / engine rate",
      target: i === 0 ? "≥ 500,000 calls/s and ≤ 20× the baseline" : undefined,
      verdict: i === 0 ? (median(crRates[0]) >= 500_000 && ratio <= 20 ? "met" : "missed") : undefined,
      samples: crRates[i].map(Math.round),
    });
  }
  rows.push({ measure: crVariants[2].name, median: Math.round(median(crBase)), unit: "calls/s", samples: crBase.map(Math.round) });

  // Why: the price of each decimal operation, how many each rule kind performs, time per kind.
  const costs = decimalCosts(o.quick ? 1_000 : 100_000, o.quick ? 1 : 3);
  const timing = perKindTiming(calls, score, o.quick ? 1 : 3);
  const ops = opsPerKind(calls, score); // last: it wraps decimal.js for one pass
  const tables = [
    {
      title: "Cost of one decimal.js operation on this machine (ns, median), against the same with plain numbers",
      columns: ["operation", "decimal.js ns", "plain number ns"],
      rows: costs.map((c) => [c.op, c.decimalNs, c.plainNs]),
    },
    {
      title: "PERF.SCORE by rule kind: decimal operations per call and time per call (µs, median)",
      columns: ["rule kind", "share of calls", "conversions to Decimal", "Decimal method calls", "most frequent", "engine µs/call", "plain µs/call", "ratio"],
      rows: Object.entries(ops)
        .sort((a, b) => b[1].calls - a[1].calls)
        .map(([k, x]) => [
          k,
          `${round((100 * x.calls) / n, 1)}%`,
          x.conversions,
          x.methods,
          x.byMethod,
          timing[k].engineUs,
          timing[k].plainUs,
          `${round(timing[k].engineUs / timing[k].plainUs, 0)}×`,
        ]),
    },
  ];

  const scorePerSec = median(rates[0]);
  return {
    tables,
    id: "engine",
    title: "Engine throughput (PERF.SCORE, PERF.CONTROLRATE)",
    rows,
    details: {
      callsPerRun: n,
      runs,
      errorResults: errors,
      engineAgreesWithBaseline: `${agree} of ${n}`,
      disagreements,
      ruleKinds: [...new Set(calls.map((c) => c.indicator.rule.kind))].join(", "),
      // 200 departments × 30 indicators, the yardstick.
      msFor200x30: round((6000 / scorePerSec) * 1000, 1),
    },
  };
}
