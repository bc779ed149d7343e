/**
 * One 评价标准 plus its 分值 → a Rule and a plain reading of what was understood, or a refusal with
 * the reason and the part that could not be read. Conservative: every clause that could change the
 * score is either understood or the text is refused.
 */
import { D } from "../decimal";
import { notFound } from "../errors";
import { describeRule } from "../rules/describe";
import { validateRule } from "../rules";
import type { Rule } from "../rules/types";
import { isFiller, ruleText, type RuleText } from "./clauses";
import type { Attempt, KindReader } from "./attempt";
import { readBands } from "./bandsText";
import { readDeduct } from "./deductText";
import { readChecklist, readLevels, readPerCase } from "./listText";
import { readExternal, readJudgement, readQuarterly, unsupported } from "./otherText";
import { readProportional } from "./proportionalText";
import { expandShorthand } from "./shorthand";
import { bareLargeNumber, splitScore } from "./quantities";

export type RuleReading =
  | {
      ok: true;
      rule: Rule;
      /** Plain Chinese: the rule as understood, then each default or inconsistency applied. */
      reading: string;
      notes: string[];
      /** Formula and definition sentences that were not read as rules. */
      setAside: string[];
    }
  | { ok: false; reason: string; part?: string };

/** Most specific first: a judgement word or an external formula decides before any number does. */
const READERS: KindReader[] = [
  readJudgement,
  readExternal,
  readQuarterly,
  readDeduct,
  readPerCase,
  readProportional,
  readBands,
  readLevels,
  readChecklist,
];

const NOT_APPLICABLE =
  /^(?:对)?(没有|无|未涉及|不涉及|未发生|没有发生|未安排)(.+?)(?:的(?:部门|单位)?)?(?:,)?(?:按|计|得|视同|视为)?满分(?:计算|计|处理)?$/;

/** "没有楼堂馆所项目的部门按满分计算": pulled out before the rule proper is read. */
function withoutNotApplicable(t: RuleText): { t: RuleText; reason?: string } {
  const at = t.parts.findIndex((p) => NOT_APPLICABLE.test(p));
  if (at < 0) return { t };
  const m = NOT_APPLICABLE.exec(t.parts[at])!;
  const reason = `${m[1]}${m[2]}`.replace(/的(部门|单位)$/, "");
  const drop = (xs: string[]) => xs.filter((x) => !NOT_APPLICABLE.test(x.replace(/[,;。]$/, "")));
  return { t: { ...t, parts: drop(t.parts), items: drop(t.items) }, reason };
}

const refused = (reason: string, part?: string): RuleReading => ({
  ok: false,
  reason,
  ...(part ? { part } : {}),
});

function attempt(t: RuleText, max: D): Attempt | undefined {
  for (const read of READERS) {
    const a = read(t, max);
    if (a) return a;
  }
  return undefined;
}

export function readRuleText(text: string, points: number): RuleReading {
  if (typeof text !== "string" || text.trim() === "") return refused("评价标准为空");
  if (!(Number.isFinite(points) && points > 0))
    return refused(`分值应为大于0的数（当前为${points}）`);
  const max = new D(points);
  // The 计分方式 shorthand (扣分 超过100% 每1% 扣0.5) reads as the sentence it stands for.
  const whole = ruleText(expandShorthand(text) ?? text);
  const bad = unsupported(whole.text);
  if (bad) return refused(bad.reason, bad.part);
  const { t, reason } = withoutNotApplicable(whole);
  if (t.parts.filter((p) => !isFiller(p)).length === 0)
    return refused(
      reason
        ? "只有“按满分计算”的情形，没有其他情况的评分规则"
        : "没有评分规则（只有公式、定义或说明）",
      whole.setAside[0]
    );
  const a = attempt(t, max);
  if (!a) {
    const part = t.parts.find((p) => !isFiller(p));
    const big = part && splitScore(part) && bareLargeNumber(splitScore(part)!.head);
    if (big) return refused(`“${big}”没有写%：是百分数还是比值？请写成${big}%`, part);
    // Prose with no score in it is guidance, not a rule; anything else is simply not understood.
    if (!/\d分|满分|不得分|扣|比例|评定/.test(whole.text) && /[\u4e00-\u9fff]{6}/.test(whole.text))
      return refused("没有评分规则（没有写得分、扣分或计分方法）", part);
    return refused("无法识别评分规则", part);
  }
  if ("refuse" in a) return refused(a.refuse, a.part);
  const rest = a.leftover.filter((p) => !isFiller(p));
  if (rest.length > 0) return refused(`无法识别：“${rest[0]}”`, rest[0]);
  const rule: Rule = reason
    ? { kind: "notApplicable", reason, rule: a.rule as Exclude<Rule, { kind: "notApplicable" }> }
    : a.rule;
  const problems = validateRule(rule, max);
  if (problems.length > 0) return refused(problems.join("；"));
  const notes = a.notes;
  // The words are built when first asked for: scoring needs only the rule.
  let reading: string | undefined;
  return {
    ok: true,
    rule,
    get reading() {
      return (reading ??= [describeRule(rule, points), ...notes].join("；"));
    },
    notes,
    setAside: whole.setAside,
  };
}

const CACHE_LIMIT = 5000;
const cache = new Map<string, RuleReading>();

/** readRuleText, remembered: a sheet of 1,000 PERF.RULESCORE calls reads each distinct text once. */
export function readRuleTextCached(text: string, points: number): RuleReading {
  const key = `${points}\u0000${text}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = readRuleText(text, points);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, hit);
  }
  return hit;
}

/** The rule a text reads as; an unreadable text is #N/A with the reason and the part. */
export function ruleOfText(text: string, points: number): Extract<RuleReading, { ok: true }> {
  const r = readRuleTextCached(text, points);
  if (r.ok) return r;
  const part = r.part && !r.reason.includes(r.part) ? `（“${r.part}”）` : "";
  throw notFound(`评价标准无法识别：${r.reason}${part}`);
}
