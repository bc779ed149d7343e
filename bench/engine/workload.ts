/**
 * The PERF.SCORE calls a recalculation makes: every indicator of both built-in schemes, with the
 * values cells really hold. Rates come half as typed figures (4 decimals) and half as computed
 * ratios (full doubles, what =PERF.RATIO(a,b) leaves in a cell); ticks, level names, counts and
 * "92/100" fractions as users type them. About 1% of values are unusable (an error result).
 * Blank values are left out: the planner's formulas never pass a blank cell to PERF.SCORE.
 */
import {
  allIndicators,
  BUILT_IN_SCHEMES,
  DEFAULT_SCHEME_ID,
  qualifiedName,
  type Indicator,
  type Rule,
} from "../../src/core";
import { rng } from "../support/stats";

export interface ScoreCall {
  /** The arguments as Excel passes them: indicator name, value, scheme (null when omitted). */
  args: [string, unknown, string | null];
  schemeId: string;
  indicator: Indicator;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨";

function rate(r: () => number, center: number, spread: number): number {
  const v = center + (r() * 2 - 1) * spread;
  if (r() < 0.5) return Number(v.toFixed(4)); // typed: 87.98%
  // computed: actual / budget in 万元 with 2 decimals, as a ratio formula leaves it
  const budget = Math.round((50 + r() * 5000) * 100) / 100;
  return Math.round(v * budget * 100) / 100 / budget;
}

function rateCenter(rule: Rule): { center: number; spread: number } {
  switch (rule.kind) {
    case "deduct":
      return { center: rule.threshold, spread: 0.3 };
    case "proportional":
      return rule.mode === "direct" ? { center: 0.8, spread: 0.3 } : { center: rule.threshold, spread: 0.3 };
    case "bands": {
      const edges = rule.bands.flatMap((b) => [b.min, b.max]).filter((x): x is number => x !== undefined);
      const lo = Math.min(...edges);
      const hi = Math.max(...edges);
      return { center: (lo + hi) / 2, spread: (hi - lo) / 2 + 0.05 };
    }
    default:
      return { center: 1, spread: 0.3 };
  }
}

export function validValue(r: () => number, rule: Rule, points: number): unknown {
  switch (rule.kind) {
    case "notApplicable":
      return r() < 0.3 ? "无项目" : validValue(r, rule.rule, points);
    case "deduct":
    case "proportional":
    case "bands": {
      const { center, spread } = rateCenter(rule);
      let v = rate(r, center, spread);
      if (rule.kind === "bands") v = Math.max(v, Math.min(...rule.bands.map((b) => b.min ?? 0)));
      return v;
    }
    case "checklist": {
      const n = rule.items.length;
      const u = r();
      if (u < 0.1) return "全部";
      if (u < 0.15) return "无";
      const picked = rule.items.map((_, i) => i + 1).filter(() => r() < 0.6);
      if (picked.length === 0) picked.push(1 + Math.floor(r() * n));
      return u < 0.6 ? picked.map((i) => CIRCLED[i - 1]).join("") : picked.join(",");
    }
    case "perCase":
      return Math.floor(r() * 8);
    case "levels": {
      const names = rule.levels.flatMap((l) => [l.name, ...(l.aliases ?? [])]);
      return names[Math.floor(r() * names.length)];
    }
    case "quarterly":
      return Math.floor(r() * (rule.periods + 1));
    case "external": {
      const den = [100, 50, 20][Math.floor(r() * 3)];
      return r() < 0.6 ? `${Math.floor(den * (0.6 + 0.4 * r()))}/${den}` : Number((0.6 + 0.4 * r()).toFixed(4));
    }
    case "manual":
      return Math.round(r() * points * 10) / 10;
  }
}

function invalidValue(r: () => number, rule: Rule): unknown {
  const inner = rule.kind === "notApplicable" ? rule.rule : rule;
  switch (inner.kind) {
    case "checklist":
      return "①⑨"; // no such item
    case "levels":
      return "很好";
    case "perCase":
    case "quarterly":
      return 1.5;
    case "manual":
      return -1;
    default:
      return r() < 0.5 ? "未统计" : true;
  }
}

/**
 * `n` calls over both schemes in sheet order (one department's indicators after another's, the
 * departments alternating between the schemes), deterministic for a seed.
 */
export function scoreCalls(n: number, seed = 20250101): ScoreCall[] {
  const r = rng(seed);
  const targets = BUILT_IN_SCHEMES.flatMap((scheme) =>
    allIndicators(scheme).map((ref) => ({ scheme, ref, name: qualifiedName(scheme, ref) })),
  );
  const out: ScoreCall[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = targets[i % targets.length];
    const rule = t.ref.indicator.rule;
    const value = r() < 0.01 ? invalidValue(r, rule) : validValue(r, rule, t.ref.indicator.points);
    // The default scheme is sometimes left out, as =PERF.SCORE("预算完成率",C5) allows.
    const scheme = t.scheme.id === DEFAULT_SCHEME_ID && r() < 0.5 ? null : t.scheme.id;
    out[i] = { args: [t.name, value, scheme], schemeId: t.scheme.id, indicator: t.ref.indicator };
  }
  return out;
}

/** PERF.CONTROLRATE(actual, budget): staff counts and 万元 amounts with 2 decimals. */
export function controlRateCalls(n: number, seed = 20250102): Array<[number, number]> {
  const r = rng(seed);
  const out: Array<[number, number]> = new Array(n);
  for (let i = 0; i < n; i++) {
    if (r() < 0.3) {
      const staff = 5 + Math.floor(r() * 200);
      out[i] = [staff - 3 + Math.floor(r() * 6), staff];
    } else {
      const budget = Math.round((1 + r() * 5000) * 100) / 100;
      out[i] = [Math.round(budget * (0.5 + r()) * 100) / 100, budget];
    }
  }
  return out;
}
