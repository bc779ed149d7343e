/**
 * The baseline: the same scoring arithmetic with plain JavaScript numbers (binary doubles), the
 * floor of what any implementation can cost. Benchmark-only: it is NOT an evaluator of the
 * product (it rounds in binary, so it may differ from the engine in the last place on ties, and
 * it has no messages); the benchmark counts how often it agrees with the engine.
 *
 * It does what the engine does per call: find the scheme and indicator by the names in the
 * formula (a Map lookup on the raw text), read the input, apply the rule, guard to 9 places,
 * round to 2 half away from zero, clamp to [0, 分值].
 */
import { allIndicators, BUILT_IN_SCHEMES, DEFAULT_SCHEME_ID, qualifiedName, type Rule } from "../../src/core";

/** An error result, like Excel's #VALUE! / #N/A. */
export const ERR = "#ERR";
export type PlainResult = number | typeof ERR;

const guard = (x: number) => (x < 0 ? -Math.round(-x * 1e9) : Math.round(x * 1e9)) / 1e9;
/** Half away from zero; the nudge (far below the 1e-7 a 9-place value can be off a tie) absorbs x × 100's binary error. */
const round2 = (x: number) => {
  const g = guard(x);
  return (g < 0 ? -Math.floor(-g * 100 + 0.5 + 1e-8) : Math.floor(g * 100 + 0.5 + 1e-8)) / 100;
};
const clamp = (x: number, hi: number) => (x < 0 ? 0 : x > hi ? hi : x);

const CIRCLED = "①②③④⑤⑥⑦⑧⑨";
const FULLWIDTH = "１２３４５６７８９";
const SEPARATORS = ",，、 　;；";
const NA_MARKS = new Set(["", "无", "无项目", "不适用", "/", "-", "—"]);

function num(x: unknown): number | undefined {
  if (typeof x === "number") return x;
  if (typeof x !== "string") return undefined;
  const s = x.trim();
  const pct = s.endsWith("%");
  const n = Number(pct ? s.slice(0, -1) : s);
  return s === "" || Number.isNaN(n) ? undefined : pct ? n / 100 : n;
}

function excess(v: number, t: number, direction: string): number {
  const d = direction === "below" ? t - v : v - t;
  return direction === "both" ? Math.abs(d) : d < 0 ? 0 : d;
}

function ticks(x: unknown, count: number): number[] | undefined {
  if (typeof x === "number") return Number.isInteger(x) && x >= 1 && x <= count ? [x] : undefined;
  const s = String(x).trim();
  if (s === "全部") return Array.from({ length: count }, (_, i) => i + 1);
  if (s === "无") return [];
  const out: number[] = [];
  for (const ch of s) {
    if (SEPARATORS.includes(ch)) continue;
    let i = CIRCLED.indexOf(ch) + 1 || FULLWIDTH.indexOf(ch) + 1;
    if (!i && ch >= "0" && ch <= "9") i = ch.charCodeAt(0) - 48;
    if (i < 1 || i > count) return undefined;
    if (!out.includes(i)) out.push(i);
  }
  return out;
}

/** Level names → points, built once per rule (the floor: a hash lookup). */
const levelMaps = new WeakMap<object, Map<string, number>>();

function evaluate(rule: Rule, max: number, x: unknown): PlainResult {
  switch (rule.kind) {
    case "notApplicable": {
      if (x === null || x === undefined || (typeof x === "string" && NA_MARKS.has(x.trim()))) return round2(max);
      return evaluate(rule.rule, max, x);
    }
    case "deduct": {
      const raw = num(x);
      if (raw === undefined) return ERR;
      const v = guard(raw);
      const e = excess(v, rule.threshold, rule.direction);
      let n = e / rule.step;
      if (rule.stepping === "floor") n = Math.floor(guard(n));
      else if (rule.stepping === "ceil") n = Math.ceil(guard(n));
      return round2(clamp(max - n * rule.points, max));
    }
    case "proportional": {
      const raw = num(x);
      if (raw === undefined) return ERR;
      const v = guard(raw);
      if (rule.mode === "direct") return round2(clamp(max * v, max));
      if (rule.mode === "inverse") return v <= rule.threshold ? round2(max) : round2(clamp((max * rule.threshold) / v, max));
      const e = excess(v, rule.threshold, rule.direction);
      return e === 0 ? round2(max) : round2(clamp(max * (1 - e), max));
    }
    case "bands": {
      const raw = num(x);
      if (raw === undefined) return ERR;
      const v = guard(raw);
      for (const b of rule.bands) {
        if (b.min !== undefined && (b.minInclusive ? v < b.min : v <= b.min)) continue;
        if (b.max !== undefined && (b.maxInclusive ? v > b.max : v >= b.max)) continue;
        return round2(b.score);
      }
      return ERR;
    }
    case "checklist": {
      const t = ticks(x, rule.items.length);
      if (!t) return ERR;
      let sum = 0;
      for (const i of t) sum += rule.items[i - 1].points;
      return round2(Math.min(max, sum));
    }
    case "perCase": {
      const n = num(x);
      if (n === undefined || !Number.isInteger(n) || n < 0) return ERR;
      return round2(clamp(max - n * rule.points, max));
    }
    case "levels": {
      let m = levelMaps.get(rule);
      if (!m) {
        m = new Map(rule.levels.flatMap((l) => [l.name, ...(l.aliases ?? [])].map((n) => [n, l.points] as [string, number])));
        levelMaps.set(rule, m);
      }
      const p = m.get(String(x).trim());
      return p === undefined ? ERR : round2(p);
    }
    case "quarterly": {
      const n = num(x);
      if (n === undefined || !Number.isInteger(n) || n < 0 || n > rule.periods) return ERR;
      return round2(Math.min(max, n * rule.points));
    }
    case "external": {
      if (typeof x === "string" && x.includes("/")) {
        const [a, b] = x.split("/").map(num);
        if (a === undefined || b === undefined || b === 0 || a < 0 || b < 0) return ERR;
        return round2(clamp((max * a) / b, max));
      }
      const r = num(x);
      if (r === undefined || r < 0 || r > 1) return ERR;
      return round2(clamp(max * r, max));
    }
    case "manual": {
      const n = num(x);
      if (n === undefined || n < 0 || n > max) return ERR;
      return round2(n);
    }
  }
}

/** Scheme id (or null for the default) → indicator name → its rule and points. */
const index = new Map<string | null, Map<string, { rule: Rule; points: number }>>();
for (const scheme of BUILT_IN_SCHEMES) {
  const byName = new Map(allIndicators(scheme).map((ref) => [qualifiedName(scheme, ref), ref.indicator]));
  index.set(scheme.id, byName);
  if (scheme.id === DEFAULT_SCHEME_ID) index.set(null, byName);
}

/** PERF.SCORE(indicator, value, scheme) with plain numbers. */
export function plainScore(indicator: string, value: unknown, scheme: string | null): PlainResult {
  const ind = index.get(scheme)?.get(indicator);
  if (!ind) return ERR;
  return evaluate(ind.rule, ind.points, value);
}

/** PERF.CONTROLRATE(actual, budget) with plain numbers. */
export function plainControlRate(actual: number, budget: number): PlainResult {
  return budget === 0 ? ERR : actual / budget;
}
