/**
 * Scoring rules as data (JSON-serialisable). One evaluator per kind lives next to each type
 * in this folder; schemes only hold parameters.
 * Rates are fractions: 100% is 1, "每超过一个百分点" is a step of 0.01.
 */

export type Direction = "above" | "below" | "both";
export type Stepping = "proportional" | "floor" | "ceil";

/** "≤100%计5分，每超过一个百分点扣0.5分，扣完为止" */
export interface DeductRule {
  kind: "deduct";
  threshold: number;
  direction: Direction;
  step: number;
  points: number;
  /** proportional by default: deduction = points × excess / step. */
  stepping?: Stepping;
}

export interface Band {
  /** Lower edge; omitted = no lower limit. */
  min?: number;
  minInclusive?: boolean;
  /** Upper edge; omitted = no upper limit. */
  max?: number;
  maxInclusive?: boolean;
  score: number;
  /** The rule text's own words for this band, e.g. "0-10%（含）". */
  label?: string;
}

/** "=0计5分；0-10%（含）计4分；…大于30%不得分" */
export interface BandsRule {
  kind: "bands";
  bands: Band[];
}

/**
 * "实际得分=支出安排率*5分" (direct), "小于或等于1计5分，否则按比例计分" (inverse:
 * 分值 × threshold / value beyond the threshold), "增加的按比例扣减" (complement:
 * 分值 × (1 − excess) beyond the threshold).
 */
export type ProportionalRule =
  | { kind: "proportional"; mode: "direct" }
  | { kind: "proportional"; mode: "inverse"; threshold: number }
  | { kind: "proportional"; mode: "complement"; threshold: number; direction: Direction };

export interface ChecklistItem {
  /** "①" */
  label: string;
  /** The item's words from the rule text. */
  text: string;
  points: number;
}

/** "①…2分；②…2分；③…" — input: the items that hold. */
export interface ChecklistRule {
  kind: "checklist";
  items: ChecklistItem[];
}

/** "每出现一例不符合要求的扣1分，扣完为止" — input: the number of cases. */
export interface PerCaseRule {
  kind: "perCase";
  points: number;
  /** The requirements a case can breach (①–⑤), for the input message. */
  items?: Array<{ label: string; text: string }>;
  /**
   * What is counted, when it is not 不符合要求 in 例: "每延迟一个月扣1分" counts 延迟 in 个月,
   * "每出现一个专项未按进度完成的扣0.5分" counts 专项未按进度完成 in 个.
   */
  counted?: { what: string; unit: string };
}

export interface Level {
  name: string;
  /** Other ways the rule text or users name it ("效果较好"). */
  aliases?: string[];
  points: number;
}

/** "效果较好的计6分；一般3分；无效果或者效果不明显0分" — input: the level name. */
export interface LevelsRule {
  kind: "levels";
  levels: Level[];
}

/** "1-4季度各得1分" — input: periods met. */
export interface QuarterlyRule {
  kind: "quarterly";
  points: number;
  periods: number;
}

/** "考核得分/指标分值*8分" — input: "得分/满分" such as "92/100", or the ratio. */
export interface ExternalRule {
  kind: "external";
}

/** An evaluator's score between 0 and 分值 ("可根据部门实际情况有选择的进行设置"). */
export interface ManualRule {
  kind: "manual";
}

/** "没有楼堂馆所项目的部门按满分计算": blank or 无 → full marks, else the inner rule. */
export interface NotApplicableRule {
  kind: "notApplicable";
  /** Why full marks, for 扣分说明: "无新建楼堂馆所项目". */
  reason: string;
  rule: Exclude<Rule, NotApplicableRule>;
}

export type Rule =
  | DeductRule
  | BandsRule
  | ProportionalRule
  | ChecklistRule
  | PerCaseRule
  | LevelsRule
  | QuarterlyRule
  | ExternalRule
  | ManualRule
  | NotApplicableRule;

export type RuleKindName = Rule["kind"];
