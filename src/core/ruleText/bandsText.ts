/** "=0计5分；0-10%（含）计4分；…大于30%不得分" and "较上年下降的得满分，持平的得2分，上升的不得分". */
import { constant, fmtPct } from "../decimal";
import type { Band } from "../rules/types";
import { isFiller } from "./clauses";
import { refuse, type KindReader } from "./attempt";
import { parseCondition, pointsValue, splitScore, type Edge, type Interval } from "./quantities";

interface Row {
  iv: Interval;
  score: number;
  label: string;
  part: string;
}

const pct = (x: number) => fmtPct(constant(x));

/** An edge the text leaves open takes the opposite of a neighbour's stated edge at the same place. */
function settle(rows: Row[], edge: Edge, side: "min" | "max", row: Row): string | undefined {
  if (edge.stated) return undefined;
  const other = side === "min" ? "max" : "min";
  const twin = rows.find((r) => r !== row && r.iv[other]?.at === edge.at && r.iv[other]!.stated);
  if (!twin) return `区间“${row.label}”的端点${pct(edge.at)}是否包含未写明，请加“（含）”`;
  edge.inclusive = !twin.iv[other]!.inclusive;
  edge.stated = true;
  return undefined;
}

const lowOf = (r: Row) => (r.iv.min ? r.iv.min.at : -Infinity);

/** Gaps between neighbouring bands ("80%以上…；60%-70%…" leaves 70%–80% open). */
function gap(rows: Row[]): string | undefined {
  const sorted = [...rows].sort((a, b) => lowOf(a) - lowOf(b) || (a.iv.min?.inclusive ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const hi = sorted[i - 1].iv.max;
    const lo = sorted[i].iv.min;
    if (!hi || !lo) continue;
    if (hi.at < lo.at || (hi.at === lo.at && !hi.inclusive && !lo.inclusive))
      return `区间“${sorted[i - 1].label}”与“${sorted[i].label}”之间有空缺（${pct(hi.at)}至${pct(lo.at)}），原文未说明如何计分`;
  }
  return undefined;
}

function openEnds(rows: Row[]): string[] {
  const notes: string[] = [];
  const tops = rows.filter((r) => !r.iv.max);
  if (tops.length === 0) {
    const top = Math.max(...rows.map((r) => r.iv.max!.at));
    notes.push(`高于${pct(top)}的情况原文未规定，出现时需人工判断`);
  }
  const bottoms = rows.filter((r) => !r.iv.min);
  if (bottoms.length === 0) {
    const low = Math.min(...rows.map((r) => r.iv.min!.at));
    if (low > 0) notes.push(`低于${pct(low)}的情况原文未规定，出现时需人工判断`);
  }
  return notes;
}

export const readBands: KindReader = (t, max) => {
  const rows: Row[] = [];
  const leftover: string[] = [];
  for (const p of t.parts) {
    if (isFiller(p)) continue;
    const s = splitScore(p);
    const iv = s && s.head !== "" ? parseCondition(s.head) : undefined;
    if (!s || !iv) {
      leftover.push(p);
      continue;
    }
    const score = pointsValue(s.points, max).toNumber();
    rows.push({ iv, score, label: s.head, part: p });
  }
  if (rows.length < 2) return undefined;
  // Words alone would be another kind (levels, checklist): bands need most parts to be conditions.
  if (leftover.length > rows.length) return undefined;
  for (const r of rows) {
    for (const side of ["min", "max"] as const) {
      const e = r.iv[side];
      const problem = e && settle(rows, e, side, r);
      if (problem) return refuse(problem, r.part);
    }
  }
  const hole = gap(rows);
  if (hole) return refuse(hole);
  const bands: Band[] = rows.map((r) => ({
    ...(r.iv.min ? { min: r.iv.min.at, minInclusive: r.iv.min.inclusive } : {}),
    ...(r.iv.max ? { max: r.iv.max.at, maxInclusive: r.iv.max.inclusive } : {}),
    score: r.score,
    label: r.label,
  }));
  return { rule: { kind: "bands", bands }, notes: openEnds(rows), leftover };
};
