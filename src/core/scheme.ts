/** A scoring scheme (评分方案) as data: serialisable to JSON, validated on load. */
import type { Rule } from "./rules/types";
import type { ValueFormula } from "./valueFormula";

export interface GradeBand {
  grade: string;
  /** Inclusive lower bound of the total; the last band may omit it (everything below). */
  min?: number;
}

export interface Indicator {
  /** 三级指标 name, verbatim ("“三公经费”变动率"). */
  name: string;
  /** 分值 */
  points: number;
  /** Other names the same indicator goes by. */
  aliases?: string[];
  /** 指标说明 / 指标解释, verbatim. */
  description: string;
  /** 评价标准, verbatim. */
  criterion: string;
  /** How the value comes from base data; absent = entered by the evaluator (自评输入). */
  value?: ValueFormula;
  rule: Rule;
  /**
   * A text the rule-text reader reads to `rule` (the 评价标准 itself, or the 计分方式 written beside it):
   * what PERF.RULESCORE reads in a 计分表 made for a scheme the add-in does not know. Absent in the
   * built-ins (PERF.SCORE names them).
   */
  ruleText?: string;
  /** How the rule text was read where it is silent or inconsistent. */
  note?: string;
}

export interface Level2 {
  /** May be "" where the source leaves the 二级指标 unnamed. */
  name: string;
  points: number;
  indicators: Indicator[];
}

export interface Level1 {
  name: string;
  points: number;
  groups: Level2[];
}

export interface Scheme {
  id: string;
  /** Other names users may type for the scheme ("浏阳", "liuyang2018"). */
  aliases?: string[];
  /** Full title for headers and help. */
  title: string;
  /** Where the rules are quoted from. */
  source: string;
  /** What the source calls the formula column: 指标说明 or 指标解释. */
  descriptionHeading: string;
  total: number;
  grades: GradeBand[];
  levels: Level1[];
}

/** An indicator with its place in the tree. */
export interface IndicatorRef {
  indicator: Indicator;
  level1: Level1;
  level2: Level2;
  /** "过程/预算管理/管理制度健全性" */
  path: string;
  /** 0-based order in the scheme. */
  index: number;
}

export function indicatorsOf(scheme: Scheme): IndicatorRef[] {
  const out: IndicatorRef[] = [];
  for (const level1 of scheme.levels) {
    for (const level2 of level1.groups) {
      for (const indicator of level2.indicators) {
        out.push({
          indicator,
          level1,
          level2,
          path: `${level1.name}/${level2.name}/${indicator.name}`,
          index: out.length,
        });
      }
    }
  }
  return out;
}
