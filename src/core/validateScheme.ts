/** Reject a broken scheme on load, saying where: points must add up, rules must be sane. */
import { D } from "./decimal";
import { validateRule, wholePercentProblems } from "./rules";
import type { Rule } from "./rules/types";
import type { Scheme } from "./scheme";
import { VALUE_FORMULA_KINDS, formulaArgs } from "./valueFormula";

export class SchemeError extends Error {
  constructor(
    readonly schemeId: string,
    readonly problems: string[]
  ) {
    super(`评分方案“${schemeId}”有误：\n- ${problems.join("\n- ")}`);
    this.name = "SchemeError";
  }
}

/** Kinds whose input is typed by the evaluator; they take no value formula. */
const INPUT_ONLY: ReadonlyArray<Rule["kind"]> = [
  "checklist",
  "perCase",
  "levels",
  "quarterly",
  "external",
  "manual",
];

const sum = (xs: Array<{ points: number }>) => xs.reduce((s, x) => s.plus(x.points), new D(0));

/** All problems with a scheme, each prefixed with where it is. Empty when the scheme is sound. */
export function schemeProblems(scheme: Scheme): string[] {
  const p: string[] = [];
  if (!scheme || typeof scheme !== "object") return ["方案不是一个对象"];
  if (!scheme.id || typeof scheme.id !== "string") p.push("缺少方案编号（id）");
  if (!(scheme.total > 0)) p.push("总分应大于0");
  if (!Array.isArray(scheme.levels) || scheme.levels.length === 0)
    return [...p, "没有任何一级指标"];
  if (!sum(scheme.levels).equals(scheme.total))
    p.push(`一级指标分值之和${sum(scheme.levels).toString()}与总分${scheme.total}不等`);

  if (!Array.isArray(scheme.grades) || scheme.grades.length === 0) p.push("没有评价等级");
  else {
    scheme.grades.forEach((g, i) => {
      const last = i === scheme.grades.length - 1;
      if (!g.grade) p.push(`第${i + 1}个评价等级缺少名称`);
      if (g.min === undefined && !last)
        p.push(`评价等级“${g.grade}”缺少下限（只有最后一个等级可以不设）`);
      const prev = scheme.grades[i - 1]?.min;
      if (i > 0 && g.min !== undefined && prev !== undefined && !(g.min < prev))
        p.push(`评价等级应按下限从高到低排列（“${g.grade}”的下限${g.min}不低于上一等级）`);
    });
  }

  for (const l1 of scheme.levels) {
    const at1 = `一级指标“${l1.name}”`;
    if (!Array.isArray(l1.groups) || l1.groups.length === 0) {
      p.push(`${at1}没有二级指标`);
      continue;
    }
    if (!sum(l1.groups).equals(l1.points))
      p.push(`${at1}：二级指标分值之和${sum(l1.groups).toString()}与其分值${l1.points}不等`);
    for (const l2 of l1.groups) {
      const at2 = `${l1.name}/${l2.name || "（未命名二级指标）"}`;
      if (!Array.isArray(l2.indicators) || l2.indicators.length === 0) {
        p.push(`${at2}：没有三级指标`);
        continue;
      }
      if (!sum(l2.indicators).equals(l2.points))
        p.push(`${at2}：三级指标分值之和${sum(l2.indicators).toString()}与其分值${l2.points}不等`);
      const names = new Set<string>();
      for (const ind of l2.indicators) {
        const at = `${at2}/${ind.name}`;
        if (!ind.name) p.push(`${at2}：有三级指标缺少名称`);
        if (names.has(ind.name)) p.push(`${at}：同一二级指标下名称重复`);
        names.add(ind.name);
        if (!(ind.points > 0)) {
          p.push(`${at}：分值应大于0`);
          continue;
        }
        if (typeof ind.criterion !== "string" || !ind.criterion) p.push(`${at}：缺少评价标准原文`);
        for (const q of validateRule(ind.rule, new D(ind.points))) p.push(`${at}：${q}`);
        if (ind.rule && typeof ind.rule === "object")
          for (const q of wholePercentProblems(ind.rule)) p.push(`${at}：${q}`);
        if (ind.value) {
          if (!VALUE_FORMULA_KINDS.includes(ind.value.kind))
            p.push(`${at}：未知的指标值公式“${String(ind.value.kind)}”`);
          else {
            // A figure outside the catalogue is the base sheet's label for it ("调查人数"), found when scoring.
            for (const f of formulaArgs(ind.value))
              if (typeof f !== "string" || f.trim() === "")
                p.push(`${at}：指标值公式缺少基础数据项目（应为基础数据表中的标签，如“编制数”）`);
            const inner = ind.rule?.kind === "notApplicable" ? ind.rule.rule.kind : ind.rule?.kind;
            if (INPUT_ONLY.includes(inner))
              p.push(`${at}：规则“${inner}”由自评输入，不能设置指标值公式`);
          }
        }
      }
    }
  }
  return p;
}

/** Throws SchemeError when the scheme is unsound. */
export function assertValidScheme(scheme: Scheme): Scheme {
  const problems = schemeProblems(scheme);
  if (problems.length) throw new SchemeError(String(scheme?.id ?? "？"), problems);
  return scheme;
}

/**
 * A user's own scheme from JSON text (e.g. exported from a sheet): parsed, checked, and either
 * returned or rejected with every problem and where it is.
 */
export function loadScheme(json: string): Scheme {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new SchemeError("？", [`不是有效的JSON：${e instanceof Error ? e.message : String(e)}`]);
  }
  const scheme = data as Scheme;
  let problems: string[];
  try {
    problems = schemeProblems(scheme);
  } catch (e) {
    // A shape so far off that checking it failed (e.g. groups is a string).
    problems = [`结构不符合评分方案格式：${e instanceof Error ? e.message : String(e)}`];
  }
  if (problems.length)
    throw new SchemeError(String((scheme as { id?: unknown })?.id ?? "？"), problems);
  return scheme;
}
