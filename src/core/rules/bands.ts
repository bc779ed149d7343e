/** "=0计5分；0-10%（含）计4分；…" and "90%（含）以上计6分；80%（含）-90%，计4分；…". */
import { constant, D, fmt, fmtPct, roundScore } from "../decimal";
import { notFound } from "../errors";
import type { RuleKind } from "./kind";
import { pts } from "./common";
import { rateReader } from "./readers";
import type { Band, BandsRule } from "./types";

export function bandContains(b: Band, v: D): boolean {
  if (b.min !== undefined) {
    const c = v.comparedTo(constant(b.min));
    if (b.minInclusive ? c < 0 : c <= 0) return false;
  }
  if (b.max !== undefined) {
    const c = v.comparedTo(constant(b.max));
    if (b.maxInclusive ? c > 0 : c >= 0) return false;
  }
  return true;
}

/** Words for a band when the rule text gives none: "高于10%且不超过20%". */
export function bandLabel(b: Band): string {
  if (b.label) return b.label;
  const pct = (x: number) => fmtPct(new D(x));
  if (b.min !== undefined && b.max !== undefined && b.min === b.max) return `等于${pct(b.min)}`;
  const lo = b.min === undefined ? "" : `${b.minInclusive ? "不低于" : "高于"}${pct(b.min)}`;
  const hi = b.max === undefined ? "" : `${b.maxInclusive ? "不超过" : "低于"}${pct(b.max)}`;
  return lo && hi ? `${lo}且${hi}` : lo || hi || "任意值";
}

/** Whether two bands share a point. */
function overlap(a: Band, b: Band): boolean {
  // Lower bound of the intersection vs its upper bound.
  const lo = [a, b]
    .filter((x) => x.min !== undefined)
    .map((x) => ({ v: x.min as number, inc: !!x.minInclusive }))
    .sort((x, y) => y.v - x.v || Number(x.inc) - Number(y.inc))[0];
  const hi = [a, b]
    .filter((x) => x.max !== undefined)
    .map((x) => ({ v: x.max as number, inc: !!x.maxInclusive }))
    .sort((x, y) => x.v - y.v || Number(x.inc) - Number(y.inc))[0];
  if (!lo || !hi) return true;
  return lo.v < hi.v || (lo.v === hi.v && lo.inc && hi.inc);
}

export function bandEdges(rule: BandsRule): D[] {
  return rule.bands
    .flatMap((b) => [b.min, b.max])
    .flatMap((e) => (e === undefined ? [] : [constant(e)]));
}

export const bands: RuleKind<BandsRule> = {
  reader: rateReader,

  validate(rule, max) {
    const p: string[] = [];
    if (!Array.isArray(rule.bands) || rule.bands.length === 0) return ["没有任何计分区间"];
    rule.bands.forEach((b, i) => {
      const name = `第${i + 1}个区间（${bandLabel(b)}）`;
      if (!(b.score >= 0) || max.lessThan(b.score))
        p.push(`${name}的得分${b.score}不在0至${max.toString()}之间`);
      if (b.min !== undefined && b.max !== undefined) {
        if (b.min > b.max) p.push(`${name}下限大于上限`);
        if (b.min === b.max && !(b.minInclusive && b.maxInclusive)) p.push(`${name}为空区间`);
      }
      for (let j = 0; j < i; j++) {
        if (overlap(rule.bands[j], b)) p.push(`${name}与第${j + 1}个区间重叠`);
      }
    });
    return p;
  },

  evaluate(rule, _max, input, subject) {
    const v = rateReader.read(input, subject);
    const band = rule.bands.find((b) => bandContains(b, v));
    const shown = () => fmtPct(v, bandEdges(rule));
    if (!band) throw notFound(`${subject}${shown()}不在评价标准的任何区间内，需人工判断`);
    const score = roundScore(constant(band.score));
    return {
      score,
      explain: () => `${subject}${shown()}，属于“${bandLabel(band)}”，得${fmt(score)}分`,
    };
  },

  input(_rule, _max, subject) {
    return { kind: "rate", hint: `填写${subject}（百分比，如95%）` };
  },

  describe(rule) {
    const each = rule.bands.map((b) => `${bandLabel(b)}得${pts(b.score)}分`);
    return `分档：${each.join("；")}；不在任何区间的需人工判断`;
  },
};
