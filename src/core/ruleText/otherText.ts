/** Quarterly periods, external assessments, the evaluator's judgement, and forms not yet supported. */
import { constant, fmt } from "../decimal";
import { isFiller } from "./clauses";
import { refuse, type KindReader } from "./attempt";
import { NUM } from "./quantities";

/** Texts no single-value rule can score: refused with the reason, never guessed. */
export function unsupported(text: string): { reason: string; part: string } | undefined {
  const choose = /[^,;。]*(二者择其一|两者择其一|择其一|二选一|任选其一)[^,;。]*/.exec(text);
  if (choose)
    return {
      reason:
        "“二者择其一”：需要在两个指标中选择一个计分，暂不支持；请分别设为两个指标，或用计分方式指定",
      part: choose[0],
    };
  const compare =
    /[^,;。]*(?:不超过|超过|低于|高于|少于|多于|小于|大于|不高于|不低于)(?:上年|本年|年初|同期|当年|预算|结转|批复|核定|全市|全省|全县|全区|同级|同类|平均)(?![^,;。]*\d+(?:\.\d+)?%)[^,;。]*/.exec(
      text
    );
  if (compare)
    return {
      reason: "比较两个数（如“结余不超过上年结转”）的规则暂不支持：请先算出比率，或用计分方式指定",
      part: compare[0],
    };
  const vague = /[^,;。]*扣分[^,;。]*/.exec(text);
  if (vague && !/[扣减]\d/.test(text) && !/酌情/.test(text))
    return { reason: "只写了“扣分”，没有写扣多少分（如“扣0.5分”）", part: vague[0] };
  return undefined;
}

const JUDGEMENT =
  /酌情(?:扣分|计分|给分|打分|扣减|评分)|综合评定|综合评价打分|根据.{1,40}?(?:评定|评分|打分|确定得分)|由评价(?:人|组|小组)评定|视情况(?:扣分|计分|给分)/;

export const readJudgement: KindReader = (t, max) => {
  const m = JUDGEMENT.exec(t.text);
  if (!m) return undefined;
  const others = t.parts.filter((p) => !isFiller(p) && !JUDGEMENT.test(p));
  const notes = [`评定得分：“${m[0]}”由评价人在0至${fmt(max)}分之间评定，输入得分`];
  if (others.length > 0) notes.push("原文其余内容作为评定依据，不自动计分");
  return { rule: { kind: "manual" }, notes, leftover: [] };
};

const EXTERNAL = new RegExp(
  `得分\\s*[/÷]\\s*(?:指标|考核)?(?:分值|满分|总分)\\s*[×*]\\s*(?:(${NUM})分|(?:指标)?分值)`
);

export const readExternal: KindReader = (t, max) => {
  const at = t.parts.findIndex((p) => EXTERNAL.test(p));
  if (at < 0) return undefined;
  const m = EXTERNAL.exec(t.parts[at])!;
  const notes: string[] = [];
  if (m[1] !== undefined && !constant(Number(m[1])).equals(max))
    notes.push(`原文写“×${m[1]}分”，与分值${fmt(max)}分不一致：按分值${fmt(max)}分计`);
  return {
    rule: { kind: "external" },
    notes,
    leftover: t.parts.filter((p, i) => i !== at && !isFiller(p)),
  };
};

const QUARTERS = new RegExp(
  `^[^\\d]*?(${NUM})(?:-|至|到)(${NUM})季度(.*?)(?:各|分别)(?:得|计|记)(${NUM})分$`
);
const EACH_QUARTER = new RegExp(`^每(?:个)?季度(.*?)(?:的)?(?:各)?(?:得|计|记)(${NUM})分$`);

export const readQuarterly: KindReader = (t, max) => {
  const at = t.parts.findIndex((p) => QUARTERS.test(p) || EACH_QUARTER.test(p));
  if (at < 0) return undefined;
  const p = t.parts[at];
  const q = QUARTERS.exec(p);
  const periods = q ? Number(q[2]) - Number(q[1]) + 1 : 4;
  const points = Number(q ? q[4] : EACH_QUARTER.exec(p)![2]);
  if (!(periods >= 1 && periods <= 4)) return refuse(`季度范围“${p}”无法识别`, p);
  const notes: string[] = [];
  if (!constant(points).times(periods).equals(max))
    return refuse(`每季度${fmt(constant(points))}分×${periods}个季度与分值${fmt(max)}分不等`, p);
  return {
    rule: { kind: "quarterly", points, periods },
    notes,
    leftover: t.parts.filter((x, i) => i !== at && !isFiller(x)),
  };
};
