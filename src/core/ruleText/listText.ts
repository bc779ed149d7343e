/**
 * Rules read item by item: checklists ("①…2分；②…2分"), yes/no conditions ("是否…(3分)"),
 * levels ("好：5分；较好：4分；一般：2分；差：0分") and counts ("每出现一例…扣1分").
 */
import { constant, fmt } from "../decimal";
import type { ChecklistItem, Level } from "../rules/types";
import { isFiller } from "./clauses";
import { refuse, type KindReader } from "./attempt";
import { NUM, parseCondition, pointsValue, splitScore } from "./quantities";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨";
const NUMBER_MARK = /^([①②③④⑤⑥⑦⑧⑨]|\(\d{1,2}\)|\d{1,2}[、.](?!\d))\s*/;

/** Items as the text lists them, with "…计1分，…计1分" on one line split after each score. */
function itemsOf(items: string[]): string[] {
  return items
    .flatMap((it) => it.split(/(?<=\d分|满分|不得分|\d分\))[,、]/))
    .map((it) =>
      it
        .split(",")
        .filter((p) => !isFiller(p.trim()))
        .join(",")
        .trim()
    )
    .filter((it) => it !== "" && !isFiller(it));
}

const COUNT_NOUN = "例|起|个|次|项|处|件|条|份|人次";
const PER_CASE = new RegExp(
  `^(.*?)每(?:出现|发现|有|存在|发生|查出)?(${NUM})(${COUNT_NOUN})(.*?)(?:的)?,?(?:扣|减)(${NUM})分$`
);
const PER_DELAY = new RegExp(
  `^(.*?)每(延迟|推迟|逾期|滞后|延误|超期)(${NUM})(个月|个工作日|月|天|日|周)(.*?)(?:的)?,?(?:扣|减)(${NUM})分$`
);
const PER_QUARTER = new RegExp(`^(.*?)每有(${NUM})个季度(.*?)(?:的)?,?(?:扣|减)(${NUM})分$`);

const stripMark = (s: string) => s.replace(NUMBER_MARK, "");

/** The count clause of a text, whichever of the three forms it takes. */
function countClause(it: string) {
  const q = PER_QUARTER.exec(it);
  if (q) return { prefix: q[1], per: q[2], unit: "个季度", subject: q[3], points: Number(q[4]) };
  const d = PER_DELAY.exec(it);
  if (d) {
    // The verb is what is counted: "每延迟一个月…" counts 延迟 (of 报送…, the prefix) in 个月.
    const [, prefix, verb, per, unit, subject, points] = d;
    return { prefix, per, unit, subject: verb + subject, points: Number(points) };
  }
  const m = PER_CASE.exec(it);
  return m
    ? { prefix: m[1], per: m[2], unit: m[3], subject: m[4], points: Number(m[5]) }
    : undefined;
}

export const readPerCase: KindReader = (t, max) => {
  const items = itemsOf(t.items);
  const at = items.findIndex((it) => countClause(it) !== undefined);
  if (at < 0) return undefined;
  const c = countClause(items[at])!;
  if (Number(c.per) !== 1) return refuse(`“每${c.per}…”的计数单位不是1，暂不支持`, items[at]);
  // "按时报送的得3分，每延迟一个月扣1分": the full-marks clause is the count of 0.
  const isFullMarks = (o: string) => {
    const s = splitScore(o);
    return s !== undefined && s.head !== "" && pointsValue(s.points, max).equals(max);
  };
  const others = items.filter((o, i) => i !== at && !(items.length === 2 && isFullMarks(o)));
  const scored = others.find((o) => splitScore(o));
  if (scored) return refuse("逐项计分与按次数扣分写在一起，暂不支持：请用计分方式指定", scored);
  const requirements = others.map((o, i) => ({
    label: CIRCLED[i] ?? String(i + 1),
    text: stripMark(o),
  }));
  const prefix = c.prefix.replace(/^(以上情况|上述情况|以上各项|以上|上述|其中|对)/, "");
  const what = (prefix + c.subject).replace(/^的+|的+$/g, "") || "不符合要求";
  const plain = what === "不符合要求" && c.unit === "例";
  return {
    rule: {
      kind: "perCase",
      points: c.points,
      ...(requirements.length ? { items: requirements } : {}),
      ...(plain ? {} : { counted: { what, unit: c.unit } }),
    },
    notes: [],
    leftover: [],
  };
};

const QUALITY =
  /(?:效果)?(显著|较显著|明显|较明显|不明显|很好|较好|好|优秀|优|良好|良|中等|中|一般|较差|差|合格|不合格|及格|不及格|无效果|没有效果|效果不明显|满意|较满意|基本满意|不满意|完全符合|基本符合|部分符合|不符合)$/;

function levelOf(head: string, points: number): Level | undefined {
  const alternatives = head.split(/或者|或|、|\//).map((a) => a.trim());
  const names: string[] = [];
  for (const a of alternatives) {
    const m = QUALITY.exec(a);
    if (!m) return undefined;
    names.push(m[0].replace(/^效果(?!不明显)/, ""), m[0]);
  }
  // The whole phrase as written is a name too: "无效果或者效果不明显".
  const unique = [...new Set([...names, ...(alternatives.length > 1 ? [head] : [])])];
  const [name, ...aliases] = unique;
  return { name, points, ...(aliases.length ? { aliases } : {}) };
}

export const readLevels: KindReader = (t, max) => {
  const items = itemsOf(t.items);
  const levels: Level[] = [];
  for (const it of items) {
    const s = splitScore(stripMark(it).replace(/:$/, ""));
    if (!s || s.head === "") return undefined;
    const level = levelOf(s.head.replace(/[:：]$/, ""), pointsValue(s.points, max).toNumber());
    if (!level) return undefined;
    levels.push(level);
  }
  if (levels.length < 2) return undefined;
  const anyEffect = levels.some((l) => l.aliases?.some((a) => a.startsWith("效果")));
  const withAliases = anyEffect
    ? levels.map((l) => {
        const plus = /效果|^(无|没有)/.test(l.name) ? [] : [`效果${l.name}`];
        const aliases = [...new Set([...(l.aliases ?? []), ...plus])].filter((a) => a !== l.name);
        return { ...l, ...(aliases.length ? { aliases } : {}) };
      })
    : levels;
  return { rule: { kind: "levels", levels: withAliases }, notes: [], leftover: [] };
};

export const YES = "是";
export const NO = "否";

/** "①…；②…；③…。每项1分。": one score for every item. */
const EACH = new RegExp(`^(?:每项|各项|每项各|各)(?:计|得)?(${NUM})分$`);

function withSharedPoints(items: string[]): string[] {
  const last = EACH.exec(items[items.length - 1] ?? "");
  if (!last || items.length < 3) return items;
  const rest = items.slice(0, -1);
  if (rest.some((it) => splitScore(it))) return items;
  return rest.map((it) => `${it}${last[1]}分`);
}

export const readChecklist: KindReader = (t, max) => {
  const items = withSharedPoints(itemsOf(t.items));
  const out: ChecklistItem[] = [];
  for (const it of items) {
    const s = splitScore(stripMark(it));
    if (!s || s.head === "") return undefined;
    if (parseCondition(s.head)) return undefined;
    if (new RegExp(`每.*${NUM}`).test(s.head)) return undefined;
    out.push({
      label: CIRCLED[out.length] ?? String(out.length + 1),
      text: s.head,
      points: pointsValue(s.points, max).toNumber(),
    });
  }
  if (out.length === 0) return undefined;
  const sum = out.reduce((a, i) => a.plus(i.points), constant(0));
  if (!sum.equals(max))
    return refuse(`各项分数之和${fmt(sum)}分与分值${fmt(max)}分不等`, items.join("；"));
  if (out.length === 1) {
    return {
      rule: {
        kind: "levels",
        levels: [
          { name: YES, aliases: ["符合", "达到", "有", "完成", "全部"], points: max.toNumber() },
          { name: NO, aliases: ["不符合", "未达到", "没有", "未完成", "无"], points: 0 },
        ],
      },
      notes: [`一个条件：“${out[0].text}”，输入“是”（符合）得${fmt(max)}分，“否”（不符合）得0分`],
      leftover: [],
    };
  }
  const numbered = items.every((it) => NUMBER_MARK.test(it));
  return {
    rule: { kind: "checklist", items: out },
    notes: numbered ? [] : ["原文各项未编号，按顺序编为①②③…"],
    leftover: [],
  };
};
