/** Numbers, points and conditions as rule texts write them: "100%", "计4分", "80%（含）-90%", "≦0". */
import { D } from "../decimal";

export const NUM = "-?\\d+(?:\\.\\d+)?";

/** A fraction from "15%" (0.15) or a bare ratio "1"; decimal-exact, then a JS number for the rule. */
export function fraction(num: string, percent: boolean): number {
  const d = new D(num);
  return (percent ? d.dividedBy(100) : d).toNumber();
}

export type Points = number | "max";

/** "计4分" / "得4分" / "4分" / "（4分）" / "计满分" / "不得分" at the end of a part. */
const SCORE_TAIL = new RegExp(
  `^(.*?)(?:的)?[,:]?\\s*(?:(?:计|得|给|记|赋|为)?\\s*(${NUM})\\s*分|\\(\\s*(${NUM})\\s*分\\s*\\)|(?:计|得|给|记)(?:满分|全部分值)|按满分计算|满分|(不得分|不计分|不给分|得零分))$`
);

export function splitScore(part: string): { head: string; points: Points } | undefined {
  const m = SCORE_TAIL.exec(part);
  if (!m) return undefined;
  const head = m[1].replace(/(的|者|,|:)+$/, "").trim();
  if (m[4]) return { head, points: 0 };
  const n = m[2] ?? m[3];
  return { head, points: n === undefined ? "max" : Number(n) };
}

export function pointsValue(p: Points, max: D): D {
  return p === "max" ? max : new D(p);
}

/** One side of an interval: the edge, whether it is included, whether the text said so. */
export interface Edge {
  at: number;
  inclusive: boolean;
  /** False where the text leaves inclusion unsaid ("10-20%" with no 含). */
  stated: boolean;
}
export interface Interval {
  min?: Edge;
  max?: Edge;
}

const LESS = /^(?:<|小于|低于|不足|不满|少于|未达到|未满)$/;
const AT_MOST = /^(?:≤|不超过|最多|以内)$/;
const MORE = /^(?:>|大于|高于|超过|超出|多于)$/;
const AT_LEAST = /^(?:≥|不低于|不少于|达到|至少)$/;
const EQUAL = /^(?:=|为|等于|是)$/;

const OP =
  "≤|≥|<|>|=|为|等于|小于|低于|不足|不满|少于|未达到|未满|不超过|最多|大于|高于|超过|超出|多于|不低于|不少于|达到|至少";
const SUFFIX = "及以上|以上|及以下|以下|以内|以外";
const MARK = `\\((?:不)?含(?:${NUM}%?)?\\)`;

const SINGLE = new RegExp(
  `^([^\\d]*?)(${OP})?\\s*(${NUM})(%)?\\s*(${MARK})?(${SUFFIX})?\\s*(${MARK})?(?:的|时)?$`
);
const RANGE = new RegExp(
  `^([^\\d]*?)(?:在)?(${NUM})(%)?\\s*(${MARK})?\\s*(?:-|至|到)\\s*(${NUM})(%)?\\s*(${MARK})?(?:之间)?(?:的|时)?$`
);
/** "80%≤满意率<90%". */
const BETWEEN = new RegExp(`^(${NUM})(%)?(≤|<)[^\\d≤<]*?(≤|<)(${NUM})(%)?(?:的|时)?$`);

const included = (mark: string | undefined, dflt: boolean) =>
  mark === undefined ? dflt : !mark.includes("不");

function single(m: RegExpExecArray): Interval | undefined {
  const [, , op, num, pct, mark1, suffix, mark2] = m;
  const at = fraction(num, !!pct);
  const mark = mark1 ?? mark2;
  if (suffix) {
    if (op && !EQUAL.test(op) && !/达到/.test(op)) return undefined;
    if (suffix === "以外") return undefined;
    const edge = { at, inclusive: included(mark, true), stated: true };
    return /上/.test(suffix) ? { min: edge } : { max: edge };
  }
  if (!op || EQUAL.test(op)) {
    if (mark) return undefined;
    const edge = { at, inclusive: true, stated: true };
    return { min: edge, max: edge };
  }
  if (LESS.test(op)) return { max: { at, inclusive: included(mark, false), stated: true } };
  if (AT_MOST.test(op)) return { max: { at, inclusive: true, stated: true } };
  if (MORE.test(op)) return { min: { at, inclusive: included(mark, false), stated: true } };
  if (AT_LEAST.test(op)) return { min: { at, inclusive: true, stated: true } };
  return undefined;
}

/** Change-rate words: 下降 (< 0), 持平 (= 0), 上升 (> 0). */
function changeWord(head: string): Interval | undefined {
  const zero = (inclusive: boolean) => ({ at: 0, inclusive, stated: true });
  const h = head.replace(/^.*?(较上年|比上年|与上年相比|同比)/, "").replace(/(的|者)$/, "");
  if (/^(下降|减少|降低|有所下降)$/.test(h)) return { max: zero(false) };
  if (/^(持平|不变|相等|与上年持平|未增长|零增长)$/.test(h))
    return { min: zero(true), max: zero(true) };
  if (/^(上升|增加|增长|提高|有所上升)$/.test(h)) return { min: zero(false) };
  return undefined;
}

/**
 * The interval a condition names, or undefined when it is not a numeric condition.
 * Words at edges: 以上、以下、以内、不超过、达到 include; 超过、低于、不满、大于、小于 exclude; （含） wins.
 */
export function parseCondition(head: string): Interval | undefined {
  const h = head.replace(/\s+/g, "").replace(/[,:]$/, "");
  const change = changeWord(h);
  if (change) return change;
  let m = BETWEEN.exec(h);
  if (m) {
    return {
      min: { at: fraction(m[1], !!(m[2] || m[6])), inclusive: m[3] === "≤", stated: true },
      max: { at: fraction(m[5], !!(m[6] || m[2])), inclusive: m[4] === "≤", stated: true },
    };
  }
  m = RANGE.exec(h);
  if (m) {
    const [, , lo, loPct, loMark, hi, hiPct, hiMark] = m;
    const pct = !!(loPct || hiPct);
    return {
      min: { at: fraction(lo, pct), inclusive: included(loMark, false), stated: !!loMark },
      max: { at: fraction(hi, pct), inclusive: included(hiMark, false), stated: !!hiMark },
    };
  }
  m = SINGLE.exec(h);
  return m ? single(m) : undefined;
}

/** Whether a bare number above 1 was written without %: "≤100计5分" is a rate or a count? */
export function bareLargeNumber(head: string): string | undefined {
  const m = new RegExp(`(^|[^\\d.])(${NUM})(?![\\d.%])`).exec(head.replace(/\s+/g, ""));
  return m && Math.abs(Number(m[2])) > 1 ? m[2] : undefined;
}

/** "下降" / "持平" / "增加" after an optional subject ("结转结余较上年下降"). */
export function changeOf(head: string): "down" | "flat" | "up" | undefined {
  const iv = changeWord(head.replace(/\s+/g, ""));
  if (!iv) return undefined;
  return iv.min && iv.max ? "flat" : iv.max ? "down" : "up";
}
