/**
 * "按比例计分，满分为止", "实际得分=支出安排率*5分", "小于或等于1计5分，否则按比例计分",
 * "下降的计5分，增加的按比例扣减", "完成…的得满分，未完成的按比例记分".
 */
import { constant, fmt, fmtPct } from "../decimal";
import type { ProportionalRule } from "../rules/types";
import { isFiller } from "./clauses";
import { refuse, type Attempt, type KindReader } from "./attempt";
import { changeOf, NUM, parseCondition, pointsValue, splitScore } from "./quantities";

const RATIO_WORDS =
  "完成比例|比例|比率|实现程度|完成程度|完成率|完成情况|满意率|满意度|达标率|执行率|办结率|安排率";
/** "项目完成率按比例计分", "按完成比例计算得分", "按照完成值与指标值的比例记分". */
const ALONE = new RegExp(
  `^(?![^按]*(?:否则|未完成|未达到|增加|上升|增长|超过|超出|调整))[^\\d]{0,30}?按(?:照)?.{0,30}?(?:${RATIO_WORDS})(?:计算|折算)?(?:得分|计分|记分|计|赋分)$`
);
const FORMULA = new RegExp(
  `^(?:实际)?得分=(?:(.+?)[×*](?:(${NUM})分?|(?:指标)?分值)|(?:(${NUM})分|(?:指标)?分值)[×*](.+?))$`
);
const OTHERWISE = new RegExp(
  `^(.*?)(?:的)?(?:除.{1,12}外)?按(?:照)?(?:.{0,20}的)?(?:完成)?比例(?:计分|扣减|扣分|记分|计算|得分|计|赋分)$`
);

type Found = { rule: ProportionalRule; notes: string[] };

function fromFormula(m: RegExpExecArray, max: ReturnType<typeof constant>): Found {
  const n = m[2] ?? m[3];
  const notes: string[] = [];
  if (n !== undefined && !constant(Number(n)).equals(max))
    notes.push(`原文写“×${n}分”，与分值${fmt(max)}分不一致：按分值${fmt(max)}分计`);
  return { rule: { kind: "proportional", mode: "direct" }, notes };
}

/** The full-marks clause that goes with "否则/增加的/未完成的…按比例…". */
function withFullMarks(head: string, otherwise: string): ProportionalRule | string {
  const h = head.replace(/(的|者)$/, "");
  const iv = parseCondition(h);
  const change = changeOf(h);
  if (change === "down" || /^(未增加|不增加|持平或下降|下降或持平)/.test(h))
    return { kind: "proportional", mode: "complement", threshold: 0, direction: "above" };
  if (/^(未调整|没有调整|不调整|未发生调整|无调整|不变)/.test(h))
    return { kind: "proportional", mode: "complement", threshold: 0, direction: "both" };
  if (/^(完成|达到|全部完成|按时完成|足额完成)/.test(h) || /^未(完成|达到)/.test(otherwise)) {
    if (iv && iv.min && iv.min.at !== 1)
      return `完成标准${fmtPct(constant(iv.min.at))}不是100%的按比例计分暂不支持`;
    return { kind: "proportional", mode: "direct" };
  }
  if (iv && iv.max && !iv.min && /^(否则|超过|超出|高于)/.test(otherwise))
    return { kind: "proportional", mode: "inverse", threshold: iv.max.at };
  return `无法确定“${head}”与“${otherwise}按比例…”的比例算法`;
}

export const readProportional: KindReader = (t, max) => {
  const notes: string[] = [];
  const leftover: string[] = [];
  let found: Found | undefined;
  let otherwiseAt = -1;
  const set = (f: Found | string, part: string): Attempt | undefined => {
    if (typeof f === "string") return refuse(f, part);
    if (found) return refuse("多处按比例计分的说法，无法确定用哪一处", part);
    found = f;
    return undefined;
  };
  for (let i = 0; i < t.parts.length; i++) {
    const p = t.parts[i].replace(/\(\s*\d+(\.\d+)?分\s*\)$/, "");
    const formula = FORMULA.exec(p);
    if (ALONE.test(p) || formula) {
      const r = set(
        formula
          ? fromFormula(formula, max)
          : { rule: { kind: "proportional", mode: "direct" }, notes: [] },
        p
      );
      if (r) return r;
      continue;
    }
    const o = OTHERWISE.exec(p);
    if (o) {
      otherwiseAt = i;
      continue;
    }
  }
  if (!found && otherwiseAt < 0) return undefined;
  if (otherwiseAt >= 0) {
    const other = OTHERWISE.exec(t.parts[otherwiseAt])!;
    const fulls = t.parts
      .map((p, i) => ({ p, i, s: i === otherwiseAt ? undefined : splitScore(p) }))
      .filter((x) => x.s && x.s.head !== "");
    if (fulls.length !== 1)
      return refuse("“按比例…”之前没有唯一的满分条件（如“≤100%计5分”）", t.parts[otherwiseAt]);
    const full = fulls[0];
    const said = pointsValue(full.s!.points, max);
    if (!said.equals(max))
      notes.push(`原文写“计${fmt(said)}分”，与分值${fmt(max)}分不一致：按分值${fmt(max)}分计`);
    const rule = withFullMarks(full.s!.head, other[1]);
    if (typeof rule === "string") return refuse(rule, full.p);
    const r = set({ rule, notes: [] }, full.p);
    if (r) return r;
    if (/除.{1,12}外/.test(t.parts[otherwiseAt]))
      notes.push(`“${/除.{1,12}外/.exec(t.parts[otherwiseAt])![0]}”的部分请在填报数据时剔除`);
    for (let i = 0; i < t.parts.length; i++)
      if (i !== otherwiseAt && i !== full.i && !isFiller(t.parts[i]) && !ALONE.test(t.parts[i]))
        leftover.push(t.parts[i]);
  } else {
    for (const p of t.parts) {
      const q = p.replace(/\(\s*\d+(\.\d+)?分\s*\)$/, "");
      if (!ALONE.test(q) && !FORMULA.test(q) && !isFiller(p)) leftover.push(p);
    }
  }
  const points = /\(\s*(\d+(?:\.\d+)?)分\s*\)$/.exec(t.parts[t.parts.length - 1] ?? "");
  if (points && !constant(Number(points[1])).equals(max))
    notes.push(`原文写“（${points[1]}分）”，与分值${fmt(max)}分不一致：按分值${fmt(max)}分计`);
  return { rule: found!.rule, notes: [...found!.notes, ...notes], leftover };
};
