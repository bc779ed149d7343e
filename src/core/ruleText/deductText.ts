/** "≤100%计5分，每超过一个百分点扣0.5分，扣完为止" and its many spellings. */
import { constant, fmt, fmtPct } from "../decimal";
import type { Direction, Stepping } from "../rules/types";
import { isFiller } from "./clauses";
import { refuse, type KindReader } from "./attempt";
import {
  fraction,
  NUM,
  parseCondition,
  pointsValue,
  splitScore,
  type Interval,
} from "./quantities";

const ABOVE = "超过|超出|超|高于|多于|多|增加|增长|上升";
const BELOW = "低于|降低|降|少于|少|减少|下降|不足|未达到";
const BOTH = "偏离|超过\\(降低\\)|超过或低于|高于或低于|超过或降低|超出或低于|上下浮动|浮动|增减";
const STEP = new RegExp(
  `^(.*?)每(${BOTH}|${ABOVE}|${BELOW})(${NUM})(?:个)?(百分点|%)(?:的)?(?:扣|减|扣减)(${NUM})分$`
);
const FLOOR = new RegExp(
  `^不足(?:${NUM})?(?:个)?(?:百分点|%)?(?:的)?(?:部分)?(?:不扣分|不扣|不计|不予扣分)$`
);
const CEIL = new RegExp(
  `^不足(?:${NUM})?(?:个)?(?:百分点|%)?(?:的)?(?:部分)?按(?:${NUM})?(?:个)?(?:百分点|%)?(?:计算|计|扣分|扣|算)$`
);
/** "以100%为标准", with a subject before it and maybe the full marks after: "预算执行率以100%为标准计6分". */
const STANDARD = new RegExp(
  `^[^\\d]*?以(${NUM})(%)?为(?:标准|基准|上限|下限)(?:的)?(?:(?:计|得)?(${NUM})分|(?:计|得)满分)?$`
);
/** "超过的，每超过…": the direction word alone adds nothing. */
const BARE_DIRECTION = new RegExp(`^(?:${ABOVE}|${BELOW}|${BOTH})?(?:的部分|部分|的)?$`);

function directionOf(word: string): Direction {
  if (new RegExp(`^(${BOTH})$`).test(word)) return "both";
  return new RegExp(`^(${ABOVE})$`).test(word) ? "above" : "below";
}

/** The threshold a full-marks condition names, if it fits the direction of deduction. */
function thresholdOf(iv: Interval, direction: Direction): number | undefined {
  const eq = iv.min && iv.max && iv.min.at === iv.max.at;
  if (eq) return iv.min!.at;
  if (direction === "above" && iv.max && !iv.min) return iv.max.at;
  if (direction === "below" && iv.min && !iv.max) return iv.min.at;
  return undefined;
}

/** Parts "每超过1个百分点" + "扣0.5分" written apart are one clause. */
function joinSplitStep(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^每/.test(prev) && !/分$/.test(prev) && /^(扣|减)/.test(p))
      out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out;
}

export const readDeduct: KindReader = (t, max) => {
  const parts = joinSplitStep(t.parts);
  const stepAt = parts.map((p) => STEP.exec(p));
  const steps = stepAt.filter((m) => m !== null);
  if (steps.length === 0) return undefined;
  if (steps.length > 1)
    return refuse("两处“每…扣…分”：两个方向扣分不同的规则暂不支持，请用计分方式指定", steps[1]![0]);
  const m = steps[0]!;
  const direction = directionOf(m[2]);
  const step = fraction(m[3], true);
  const points = Number(m[5]);
  const notes: string[] = [];
  const leftover: string[] = [];
  let threshold: number | undefined;
  let stepping: Stepping | undefined;
  let fullNamed = false;

  const prefix = m[1].replace(/(的部分|部分|的|,)$/, "");
  if (prefix !== "" && !BARE_DIRECTION.test(prefix)) {
    const iv = parseCondition(prefix);
    const edge =
      iv && (direction === "above" ? iv.min : direction === "below" ? iv.max : undefined);
    if (!iv || !edge) return refuse(`无法识别“${m[0]}”中的“${prefix}”`, m[0]);
    threshold = edge.at;
  }

  for (const p of parts) {
    if (p === m[0] || isFiller(p)) continue;
    if (FLOOR.test(p) || CEIL.test(p)) {
      stepping = FLOOR.test(p) ? "floor" : "ceil";
      continue;
    }
    const std = STANDARD.exec(p);
    if (std) {
      threshold ??= fraction(std[1], !!std[2]);
      if (std[3] !== undefined && !constant(Number(std[3])).equals(max))
        notes.push(`原文写“计${std[3]}分”，与分值${fmt(max)}分不一致：按分值${fmt(max)}分计`);
      fullNamed = true;
      continue;
    }
    const full = splitScore(p);
    const iv = full && full.head !== "" ? parseCondition(full.head) : undefined;
    if (full && iv) {
      const at = thresholdOf(iv, direction);
      if (at === undefined) return refuse(`满分条件“${full.head}”与“每${m[2]}”的扣分方向不符`, p);
      if (threshold !== undefined && threshold !== at)
        return refuse(`满分条件“${full.head}”与扣分起点${fmtPct(constant(threshold))}不一致`, p);
      threshold = at;
      fullNamed = true;
      const said = pointsValue(full.points, max);
      if (!said.equals(max))
        notes.push(
          `原文写“计${fmt(said)}分”，与分值${fmt(max)}分不一致：按分值${fmt(max)}分计，从${fmt(max)}分起扣`
        );
      continue;
    }
    leftover.push(p);
  }
  if (threshold === undefined)
    return refuse("没有写明从何处开始扣分（如“≤100%计满分”或“以100%为标准”）", m[0]);
  if (!fullNamed && (prefix === "" || BARE_DIRECTION.test(prefix)))
    notes.push(`以${fmtPct(constant(threshold))}为标准，未超出的得满分`);
  if (stepping === undefined)
    notes.push("不足一步按比例扣分是默认读法（原文未写“不足…不扣分”或“不足…按…计算”）");
  return {
    rule: { kind: "deduct", threshold, direction, step, points, ...(stepping ? { stepping } : {}) },
    notes,
    leftover,
  };
};
