/** A rule's parameters in plain Chinese, for docs/RULES.md and the task pane's scheme view. */
import { constant, fmt, fmtPct } from "../decimal";
import { bandLabel } from "./bands";
import { stepWord } from "./common";
import type { Rule } from "./types";

const pct = (x: number) => fmtPct(constant(x));
const pts = (x: number) => fmt(constant(x));

const STEPPING = {
  proportional: "不足一步按比例扣分",
  floor: "只计整步",
  ceil: "不足一步按一步计",
} as const;

export function describeRule(rule: Rule, max: number): string {
  switch (rule.kind) {
    case "deduct":
      return (
        `扣分：${stepWord(rule.direction)}${pct(rule.threshold)}后，每${stepWord(rule.direction)}${pct(rule.step)}扣${pts(rule.points)}分` +
        `（${STEPPING[rule.stepping ?? "proportional"]}），扣完为止`
      );
    case "bands":
      return `分档：${rule.bands.map((b) => `${bandLabel(b)}得${pts(b.score)}分`).join("；")}；不在任何区间的需人工判断`;
    case "proportional":
      if (rule.mode === "direct") return `按比例：得分=${pts(max)}分×指标值，最高${pts(max)}分`;
      if (rule.mode === "inverse")
        return `按比例：不超过${pct(rule.threshold)}得${pts(max)}分，超过时得分=${pts(max)}分×${pct(rule.threshold)}÷指标值`;
      return `按比例扣减：${rule.direction === "both" ? "等于" : rule.direction === "above" ? "不超过" : "不低于"}${pct(rule.threshold)}得${pts(max)}分，否则得分=${pts(max)}分×（1−${stepWord(rule.direction)}的幅度），最低0分`;
    case "checklist":
      return `逐项计分：${rule.items.map((i) => `${i.label}${pts(i.points)}分`).join("，")}；输入符合的项目编号`;
    case "perCase":
      return `按例扣分：每例不符合扣${pts(rule.points)}分，扣完为止；输入不符合的例数`;
    case "levels":
      return `按等级：${rule.levels.map((l) => `${l.name}${pts(l.points)}分`).join("，")}；输入等级`;
    case "quarterly":
      return `按期计分：每期${pts(rule.points)}分，共${rule.periods}期；输入按时完成的期数`;
    case "external":
      return `按考核结果：得分=考核得分÷考核分值×${pts(max)}分；输入“考核得分/考核分值”`;
    case "manual":
      return `评定得分：由评价人在0至${pts(max)}分之间评定`;
    case "notApplicable":
      return `${rule.reason}的按满分计算；否则${describeRule(rule.rule, max)}`;
  }
}
