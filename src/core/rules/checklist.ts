/** "①…2分；②…2分；③…": the input names the items that hold ("①②④", "1,2,4", "全部", "无"). */
import { constant, D, fmt, roundScore, ZERO } from "../decimal";
import { valueError } from "../errors";
import { quoteInput } from "../parse";
import type { RuleKind } from "./kind";
import { cellText, excelTrim, pts } from "./common";
import { textReader } from "./readers";
import type { ChecklistItem, ChecklistRule } from "./types";

export const ALL_TICKS = "全部";
export const NO_TICKS = "无";
/** Characters that may separate item numbers. */
export const TICK_SEPARATORS = [",", "，", "、", " ", "　", ";", "；"];
/** At most this many items can be written as single digits or circled numbers. */
export const MAX_CHECKLIST_ITEMS = 9;

const CIRCLED = "①②③④⑤⑥⑦⑧⑨";
const FULLWIDTH = "１２３４５６７８９";

/** The ways item i (1-based) may be written. */
export function tickTokens(i: number): string[] {
  return [CIRCLED[i - 1], String(i), FULLWIDTH[i - 1]];
}

function tokenIndex(ch: string): number | undefined {
  let k = CIRCLED.indexOf(ch);
  if (k >= 0) return k + 1;
  k = FULLWIDTH.indexOf(ch);
  if (k >= 0) return k + 1;
  if (ch >= "0" && ch <= "9") return Number(ch);
  return undefined;
}

/** The 1-based items ticked in `input`, validated against `count` items. */
export function parseTicks(input: unknown, count: number, subject: string): Set<number> {
  if (typeof input === "number" && !(Number.isInteger(input) && input > 0))
    throw valueError(`${subject}应填写符合的项目编号，如“①②④”或“1,2,4”，而不是${input}`);
  const text = excelTrim(cellText(input));
  if (text === ALL_TICKS) return new Set(Array.from({ length: count }, (_, i) => i + 1));
  if (text === NO_TICKS) return new Set();
  const ticked = new Set<number>();
  for (const ch of text) {
    if (TICK_SEPARATORS.includes(ch)) continue;
    const i = tokenIndex(ch);
    if (i === undefined)
      throw valueError(
        `${subject}“${quoteInput(input)}”中的“${ch}”无法识别：请填写符合的项目编号，如“①②④”或“1,2,4”`
      );
    if (i < 1 || i > count) throw valueError(`${subject}没有第${i}项（共${count}项）`);
    ticked.add(i);
  }
  return ticked;
}

/** Up to this many items, the input cell offers every combination in a dropdown (2^5 = 32 lines). */
const MAX_DROPDOWN_ITEMS = 5;

/**
 * The dropdown of a checklist's input: 全部, then every other combination of items, more items
 * first, each in item order ("①②④"), then 无.
 */
export function tickChoices(labels: readonly string[]): string[] {
  const n = labels.length;
  const combos: number[][] = [];
  for (let mask = 1; mask < (1 << n) - 1; mask++)
    combos.push(labels.map((_, i) => i).filter((i) => mask & (1 << i)));
  combos.sort((a, b) => b.length - a.length || a.join(",").localeCompare(b.join(",")));
  return [ALL_TICKS, ...combos.map((c) => c.map((i) => labels[i]).join("")), NO_TICKS];
}

const labelsOf = (items: ChecklistItem[], picked: number[]) =>
  picked.map((i) => items[i - 1].label).join("");

export const checklist: RuleKind<ChecklistRule> = {
  reader: textReader,

  validate(rule, max) {
    const p: string[] = [];
    if (!Array.isArray(rule.items) || rule.items.length === 0) return ["没有任何评分项"];
    if (rule.items.length > MAX_CHECKLIST_ITEMS)
      p.push(`评分项不能超过${MAX_CHECKLIST_ITEMS}个（当前${rule.items.length}个）`);
    rule.items.forEach((it, i) => {
      if (!(it.points > 0)) p.push(`第${i + 1}项（${it.label}）的分数应大于0`);
    });
    const sum = rule.items.reduce((s, it) => s.plus(it.points), new D(0));
    if (!sum.equals(max)) p.push(`各项分数之和${sum.toString()}与分值${max.toString()}不等`);
    return p;
  },

  evaluate(rule, max, input, subject) {
    const ticked = parseTicks(input, rule.items.length, subject);
    let sum = ZERO;
    for (const i of ticked) sum = sum.plus(constant(rule.items[i - 1].points));
    const score = roundScore(sum.greaterThan(max) ? max : sum);
    return {
      score,
      explain() {
        const all = rule.items.map((_, i) => i + 1);
        const yes = all.filter((i) => ticked.has(i));
        const no = all.filter((i) => !ticked.has(i));
        if (no.length === 0) return `${labelsOf(rule.items, yes)}全部符合，得${fmt(score)}分`;
        const lost = no.reduce((s, i) => s.plus(constant(rule.items[i - 1].points)), new D(0));
        const head = yes.length === 0 ? "各项均不符合" : `符合${labelsOf(rule.items, yes)}`;
        return `${head}，${labelsOf(rule.items, no)}不符合扣${fmt(lost)}分，得${fmt(score)}分`;
      },
    };
  },

  input(rule) {
    const labels = rule.items.map((it) => it.label);
    return {
      kind: "ticks",
      hint: `填写符合的项目编号，如“${labels.slice(0, 2).join("")}”或“1,2”，也可从下拉列表中选择；全部符合填“${ALL_TICKS}”，均不符合填“${NO_TICKS}”`,
      list: labels.length <= MAX_DROPDOWN_ITEMS ? tickChoices(labels) : undefined,
      open: true,
      details: rule.items.map((it) => `${it.label}${it.text}（${it.points}分）`),
    };
  },

  describe(rule) {
    const each = rule.items.map((i) => `${i.label}${pts(i.points)}分`);
    return `逐项计分：${each.join("，")}；输入符合的项目编号`;
  },
};
