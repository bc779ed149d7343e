/** "效果较好的计6分；一般3分；无效果或者效果不明显0分": input is the level's name. */
import { constant, fmt, roundScore } from "../decimal";
import { valueError } from "../errors";
import { quoteInput } from "../parse";
import type { RuleKind } from "./kind";
import { pts } from "./common";
import { textReader } from "./readers";
import type { Level, LevelsRule } from "./types";

export const namesOf = (l: Level) => [l.name, ...(l.aliases ?? [])];

export const levels: RuleKind<LevelsRule> = {
  reader: textReader,

  validate(rule, max) {
    const p: string[] = [];
    if (!Array.isArray(rule.levels) || rule.levels.length === 0) return ["没有任何等级"];
    const seen = new Set<string>();
    for (const l of rule.levels) {
      if (!(l.points >= 0) || max.lessThan(l.points))
        p.push(`等级“${l.name}”的分数${l.points}不在0至${max.toString()}之间`);
      for (const n of namesOf(l)) {
        if (seen.has(n)) p.push(`等级名称“${n}”重复`);
        seen.add(n);
      }
    }
    return p;
  },

  evaluate(rule, _max, input, subject) {
    const text = textReader.read(input, subject);
    const level = rule.levels.find(
      (l) => l.name === text || (l.aliases !== undefined && l.aliases.includes(text))
    );
    if (!level) {
      const names = rule.levels.map((l) => `“${l.name}”`).join("、");
      throw valueError(`${subject}的评定等级“${quoteInput(input)}”无法识别，应为${names}之一`);
    }
    const score = roundScore(constant(level.points));
    return { score, explain: () => `评定为“${level.name}”，得${fmt(score)}分` };
  },

  input(rule) {
    const list = rule.levels.map((l) => l.name);
    return { kind: "level", hint: `从下拉列表选择评定等级：${list.join("、")}`, list };
  },

  describe(rule) {
    return `按等级：${rule.levels.map((l) => `${l.name}${pts(l.points)}分`).join("，")}；输入等级`;
  },
};
