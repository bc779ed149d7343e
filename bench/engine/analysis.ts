/**
 * Why the engine costs what it costs: the price of each decimal.js operation on this machine
 * (measured in the same run, with the plain-number equivalent beside it), how many of them each
 * rule kind performs per PERF.SCORE call (counted by instrumenting decimal.js), and the time per
 * call by rule kind against the plain-number baseline.
 */
import * as decimal from "../../src/core/decimal";
import type { Rule } from "../../src/core";
import { ERR, plainScore } from "./plain";
import type { ScoreCall } from "./workload";
import { median, round } from "../support/stats";

const D = decimal.D;

/** ns per call of `fn` over `n` iterations, median of `runs`. */
function nsPer(n: number, runs: number, fn: (i: number) => unknown): number {
  const samples: number[] = [];
  let sink: unknown;
  for (let r = 0; r < runs + 1; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink = fn(i);
    if (r > 0) samples.push(Number(process.hrtime.bigint() - t0) / n);
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return round(median(samples), 0);
}

export function decimalCosts(n: number, runs: number): Array<{ op: string; decimalNs: number; plainNs: number }> {
  const typed = Array.from({ length: n }, (_, i) => Number((0.5 + (i % 9973) / 9973).toFixed(4)));
  const computed = typed.map((x, i) => Math.round(x * (100 + (i % 977)) * 100) / 100 / (100 + (i % 977)));
  const a = typed.map((x) => new D(x));
  const b = computed.map((x) => new D(x));
  const c = new D("0.05");
  const five = new D(5);
  const scores = a.map((x) => x.times(five).toDecimalPlaces(2));
  const scoreNums = scores.map((x) => x.toNumber());
  const strings = typed.map(String);
  let s = 0;
  return [
    { op: "new D(number), typed rate (4 decimals)", decimalNs: nsPer(n, runs, (i) => new D(typed[i])), plainNs: nsPer(n, runs, (i) => +typed[i]) },
    { op: "new D(number), computed ratio (17 digits)", decimalNs: nsPer(n, runs, (i) => new D(computed[i])), plainNs: nsPer(n, runs, (i) => +computed[i]) },
    { op: "new D(string)", decimalNs: nsPer(n, runs, (i) => new D(strings[i])), plainNs: nsPer(n, runs, (i) => Number(strings[i])) },
    { op: "guard: toDecimalPlaces(9) of a computed ratio", decimalNs: nsPer(n, runs, (i) => decimal.guard(b[i])), plainNs: nsPer(n, runs, (i) => Math.round(computed[i] * 1e9) / 1e9) },
    { op: "plus", decimalNs: nsPer(n, runs, (i) => a[i].plus(five)), plainNs: nsPer(n, runs, (i) => typed[i] + 5) },
    { op: "minus", decimalNs: nsPer(n, runs, (i) => a[i].minus(five)), plainNs: nsPer(n, runs, (i) => typed[i] - 5) },
    { op: "times", decimalNs: nsPer(n, runs, (i) => a[i].times(five)), plainNs: nsPer(n, runs, (i) => typed[i] * 5) },
    { op: "dividedBy (precision 40)", decimalNs: nsPer(n, runs, (i) => a[i].dividedBy(c)), plainNs: nsPer(n, runs, (i) => typed[i] / 0.05) },
    { op: "comparedTo / lessThan", decimalNs: nsPer(n, runs, (i) => a[i].lessThan(five)), plainNs: nsPer(n, runs, (i) => typed[i] < 5) },
    { op: "roundScore (guard + 2 places) of x × 5", decimalNs: nsPer(n, runs, (i) => decimal.roundScore(a[i].times(five))), plainNs: nsPer(n, runs, (i) => Math.round(typed[i] * 5 * 100) / 100) },
    { op: "toNumber of a score", decimalNs: nsPer(n, runs, (i) => scores[i].toNumber()), plainNs: nsPer(n, runs, (i) => (s += scoreNums[i])) },
  ];
}

const METHODS = [
  "plus", "minus", "times", "dividedBy", "comparedTo", "lessThan", "lessThanOrEqualTo", "greaterThan",
  "greaterThanOrEqualTo", "equals", "toDecimalPlaces", "decimalPlaces", "toNumber", "isZero", "isNegative",
  "isInteger", "floor", "ceil", "abs", "negated", "toString",
] as const;

export const kindOf = (rule: Rule): string => (rule.kind === "notApplicable" ? `notApplicable(${rule.rule.kind})` : rule.kind === "proportional" ? `proportional/${rule.mode}` : rule.kind);

/**
 * Decimal operations per call by rule kind: conversions (new D from a number or text, by the engine)
 * and method calls (each a new Decimal for arithmetic), counted by wrapping decimal.js for one pass.
 */
export function opsPerKind(calls: ScoreCall[], score: (...args: unknown[]) => unknown): Record<string, { calls: number; conversions: number; methods: number; byMethod: string }> {
  const proto = Object.getPrototypeOf(new D(0)) as Record<string, (...a: unknown[]) => unknown>;
  const originals = new Map(METHODS.map((m) => [m, proto[m]]));
  const counts = new Map<string, number>();
  let depth = 0;
  for (const m of METHODS) {
    const f = originals.get(m)!;
    proto[m] = function (this: unknown, ...args: unknown[]) {
      if (depth === 0) counts.set(m, (counts.get(m) ?? 0) + 1);
      depth++;
      try {
        return f.apply(this, args);
      } finally {
        depth--;
      }
    };
  }
  const mod = decimal as unknown as { D: typeof D };
  const realD = mod.D;
  let conversions = 0;
  mod.D = new Proxy(realD, {
    construct(target, args) {
      if (depth === 0) conversions++;
      return new target(...(args as [number]));
    },
  });
  const out: Record<string, { calls: number; conversions: number; methods: number; byMethod: Map<string, number> }> = {};
  try {
    for (const c of calls) {
      const k = kindOf(c.indicator.rule);
      const o = (out[k] ??= { calls: 0, conversions: 0, methods: 0, byMethod: new Map() });
      counts.clear();
      conversions = 0;
      score(c.args[0], c.args[1], c.args[2]);
      o.calls++;
      o.conversions += conversions;
      for (const [m, x] of counts) {
        o.methods += x;
        o.byMethod.set(m, (o.byMethod.get(m) ?? 0) + x);
      }
    }
  } finally {
    for (const m of METHODS) proto[m] = originals.get(m)!;
    mod.D = realD;
  }
  return Object.fromEntries(
    Object.entries(out).map(([k, o]) => [
      k,
      {
        calls: o.calls,
        conversions: round(o.conversions / o.calls, 1),
        methods: round(o.methods / o.calls, 1),
        byMethod: [...o.byMethod].sort((x, y) => y[1] - x[1]).map(([m, x]) => `${m} ${round(x / o.calls, 1)}`).join(", "),
      },
    ]),
  );
}

/** µs per call by rule kind: PERF.SCORE as Excel calls it vs the plain-number baseline. */
export function perKindTiming(calls: ScoreCall[], score: (...args: unknown[]) => unknown, runs: number): Record<string, { engineUs: number; plainUs: number }> {
  const groups = new Map<string, ScoreCall[]>();
  for (const c of calls) {
    const k = kindOf(c.indicator.rule);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(c);
  }
  const out: Record<string, { engineUs: number; plainUs: number }> = {};
  for (const [k, group] of groups) {
    const time = (f: (c: ScoreCall) => unknown) => {
      const samples: number[] = [];
      for (let r = 0; r < runs + 1; r++) {
        const t0 = process.hrtime.bigint();
        for (const c of group) f(c);
        if (r > 0) samples.push(Number(process.hrtime.bigint() - t0) / 1000 / group.length);
      }
      return round(median(samples), 2);
    };
    out[k] = {
      engineUs: time((c) => score(c.args[0], c.args[1], c.args[2])),
      plainUs: time((c) => plainScore(c.args[0], c.args[1], c.args[2]) === ERR),
    };
  }
  return out;
}
