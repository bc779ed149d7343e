/**
 * The base-data catalogue: every figure a built-in scheme reads from the 基础数据 sheet.
 * Ids are the Chinese labels users see in messages ("基础数据缺少：上年三公经费预算数").
 * Data only; how a figure is found on a sheet lives in src/scorecard/reader.
 */
import type { D } from "./decimal";

/** "" for a label the catalogue does not know (a figure of a user's own scheme). */
export type FieldUnit = "人" | "万元" | "平方米" | "项" | "%" | "";

/** What an empty cell means for this figure. */
export type BlankMeaning =
  /** a figure the user has not given: reported, never read as 0 */
  | "missing"
  /** nothing to evaluate (no 楼堂馆所 project): the rule decides, usually full marks */
  | "notApplicable";

export interface FieldDef {
  id: string;
  unit: FieldUnit;
  group: FieldGroup;
  blank: BlankMeaning;
  /** A plain-language explanation for input messages and the template. */
  description: string;
  /** Negative values make no sense (amounts, counts). */
  nonNegative: boolean;
  /** The largest value that makes sense (满意率: 1, i.e. 100%). */
  max?: number;
  /** A figure this one can never exceed (在用固定资产总额 is part of 固定资产总额). */
  notAbove?: string;
  /**
   * How a label names this figure: subject (公用经费, 项目支出, 在职人员数) + kind (预算 or 决算;
   * absent when the figure has none) + period (上年; absent = the evaluated year). The reader's
   * label grammar (src/scorecard/reader/grammar.ts) maps a parsed label to a field through these.
   */
  subject: string;
  kind?: FigureKind;
  period?: "上年";
}

/** 预算 (budgeted: 预算数, 预算安排数, 批复数) or 决算 (actual: 决算数, 实际支出数, 执行数, 完成数). */
export type FigureKind = "预算" | "决算";

export type FieldGroup =
  | "人员"
  | "三公经费"
  | "经费"
  | "预算执行"
  | "结转结余"
  | "楼堂馆所"
  | "资产"
  | "履职"
  | "满意度"
  | "其他";

/** Columns of the 经费控制情况 cross table, as in seed 000's 附件4 (extended with 上年预算数). */
export const YEAR_COLUMNS = ["上年预算数", "上年决算数", "本年预算数", "本年决算数"] as const;
export type YearColumn = (typeof YEAR_COLUMNS)[number];

/** Rows of the cross table; 三公经费 and its sub-items, then the other spending lines. */
export const CROSS_ROWS = [
  "三公经费",
  "公务用车购置及运行维护费",
  "公务用车购置费",
  "公务用车运行维护费",
  "因公出国（境）费",
  "公务接待费",
  "公用经费",
  "政府采购",
] as const;
export type CrossRow = (typeof CROSS_ROWS)[number];

/** The id of a cross-table figure: 上年三公经费预算数, 本年政府采购决算数, ... */
export function crossFieldId(row: CrossRow, column: YearColumn): string {
  return column.slice(0, 2) + row + column.slice(2);
}

/** Sub-items that must add up to their total (checked by the reader, per column). */
export const SUM_RELATIONS: ReadonlyArray<{ total: CrossRow; parts: CrossRow[] }> = [
  { total: "三公经费", parts: ["公务用车购置及运行维护费", "因公出国（境）费", "公务接待费"] },
  { total: "公务用车购置及运行维护费", parts: ["公务用车购置费", "公务用车运行维护费"] },
];

const crossRowUnit: Record<CrossRow, FieldUnit> = {
  三公经费: "万元",
  公务用车购置及运行维护费: "万元",
  公务用车购置费: "万元",
  公务用车运行维护费: "万元",
  "因公出国（境）费": "万元",
  公务接待费: "万元",
  公用经费: "万元",
  政府采购: "万元",
};

const columnWords: Record<YearColumn, string> = {
  上年预算数: "上年度预算安排数",
  上年决算数: "上年度决算（实际支出）数",
  本年预算数: "本年度预算安排数",
  本年决算数: "本年度决算（实际支出）数",
};

function crossFields(): FieldDef[] {
  const out: FieldDef[] = [];
  for (const row of CROSS_ROWS) {
    for (const column of YEAR_COLUMNS) {
      out.push({
        id: crossFieldId(row, column),
        unit: crossRowUnit[row],
        group: row === "公用经费" || row === "政府采购" ? "经费" : "三公经费",
        blank: "missing",
        description: `${row}的${columnWords[column]}`,
        nonNegative: true,
        subject: row,
        kind: column.slice(2, 4) as FigureKind,
        ...(column.startsWith("上年") ? { period: "上年" as const } : {}),
      });
    }
  }
  return out;
}

/** What a figure may be besides the defaults (never negative, no upper bound). */
type FieldLimits = Partial<Pick<FieldDef, "nonNegative" | "max" | "notAbove">>;

const f = (
  id: string,
  unit: FieldUnit,
  group: FieldGroup,
  description: string,
  blank: BlankMeaning = "missing",
  kind?: FigureKind,
  subject = id,
  limits: FieldLimits = {}
): FieldDef => ({
  id,
  unit,
  group,
  blank,
  description,
  nonNegative: true,
  subject,
  ...(kind ? { kind } : {}),
  ...limits,
});

export const FIELDS: readonly FieldDef[] = [
  f("编制数", "人", "人员", "机构编制部门核定批复的部门（单位）人员编制数"),
  f("在职人员数", "人", "人员", "部门（单位）实际在职人数"),
  ...crossFields(),
  f("上年结转", "万元", "预算执行", "上年结转到本年的资金"),
  f("年初预算", "万元", "预算执行", "财政部门批复的本年度年初预算数", "missing", "预算"),
  f("本年追加预算", "万元", "预算执行", "本年度追加的预算数"),
  f("年末结余", "万元", "预算执行", "本年末结余资金"),
  f("预算完成数", "万元", "预算执行", "部门本年度实际完成的预算数", "missing", "决算"),
  // Net of 追加 and 追减, so it may be negative.
  f(
    "预算调整数",
    "万元",
    "预算执行",
    "本年度预算追加、追减或结构调整的资金总和（剔除特殊原因）",
    "missing",
    undefined,
    "预算调整数",
    {
      nonNegative: false,
    }
  ),
  f(
    "重点项目支出",
    "万元",
    "预算执行",
    "本年度预算安排的重点项目支出总额",
    "missing",
    "预算",
    "重点项目支出"
  ),
  f(
    "项目总支出",
    "万元",
    "预算执行",
    "本年度预算安排的项目支出总额",
    "missing",
    "预算",
    "项目支出"
  ),
  f("本年结转结余总额", "万元", "结转结余", "本年度结转资金与结余资金之和（以决算数为准）"),
  f("上年结转结余总额", "万元", "结转结余", "上年度结转资金与结余资金之和（以决算数为准）"),
  f(
    "批准建设面积",
    "平方米",
    "楼堂馆所",
    "新建楼堂馆所批准建设面积；没有项目的留空",
    "notApplicable"
  ),
  f(
    "实际建设面积",
    "平方米",
    "楼堂馆所",
    "新建楼堂馆所实际建设面积；没有项目的留空",
    "notApplicable"
  ),
  f(
    "批准投资金额",
    "万元",
    "楼堂馆所",
    "新建楼堂馆所批准投资金额；没有项目的留空",
    "notApplicable"
  ),
  f(
    "实际投资金额",
    "万元",
    "楼堂馆所",
    "新建楼堂馆所实际投资金额；没有项目的留空",
    "notApplicable"
  ),
  f("固定资产总额", "万元", "资产", "所有固定资产总额"),
  f(
    "在用固定资产总额",
    "万元",
    "资产",
    "实际在用固定资产总额",
    "missing",
    undefined,
    "在用固定资产总额",
    {
      notAbove: "固定资产总额",
    }
  ),
  f("重点工作交办数", "项", "履职", "党委、政府、人大、相关部门交办或下达的重点工作数"),
  f("重点工作完成数", "项", "履职", "重点工作实际完成数", "missing", undefined, "重点工作完成数", {
    notAbove: "重点工作交办数",
  }),
  f("计划工作数", "项", "履职", "部门年度计划工作数"),
  f(
    "质量达标工作数",
    "项",
    "履职",
    "达到质量标准的实际工作数",
    "missing",
    undefined,
    "质量达标工作数",
    {
      notAbove: "计划工作数",
    }
  ),
  f(
    "满意率",
    "%",
    "满意度",
    "社会公众或服务对象满意率（调查结果）",
    "missing",
    undefined,
    "满意率",
    { max: 1 }
  ),
];

const byId = new Map(FIELDS.map((d) => [d.id, d]));

/**
 * A catalogue field, or else a figure a user's own scheme names by a label the catalogue does not
 * know ("调查人数", "调整后预算数"): found on the base sheet by that label (findFigure), with no unit
 * and no limits (nothing is known of it but its name).
 */
export function fieldDef(id: string): FieldDef {
  return (
    byId.get(id) ?? {
      id,
      unit: "",
      group: "其他",
      blank: "missing",
      description: `基础数据表中标签为“${id}”的数`,
      nonNegative: false,
      subject: id,
    }
  );
}

export function isField(id: string): boolean {
  return byId.has(id);
}

/**
 * A percentage figure (满意率) is a fraction: typed as a number above 1 (55 for 55%) it is invalid,
 * never 5500%; text with a "%" ("115%", or a full-width "１１５％") is taken as written. The rule, its words and its native
 * twin, in one place for the reader, the value formulas and the planner.
 */
export const PERCENT_ABOVE_ONE = {
  zh: "应填写百分比（如95%），不能大于100%",
  en: "it should be a percentage (such as 95%), not above 100%",
} as const;

/** Whether `value`, read from `raw` for `field`, breaks the percentage rule above. */
export function percentAboveOne(field: string, raw: unknown, value: D): boolean {
  return (
    fieldDef(field).unit === "%" &&
    value.greaterThan(1) &&
    !(typeof raw === "string" && /[%％]/.test(raw))
  );
}

/**
 * The catalogue field a label names by subject + kind + period (上年, or undefined = the evaluated
 * year), if any. A field without a kind is named by its subject alone, whatever kind word follows.
 */
export function fieldOf(subject: string, kind?: FigureKind, period?: "上年"): string | undefined {
  const hit = FIELDS.find(
    (d) =>
      d.subject === subject &&
      d.period === period &&
      (d.kind === undefined || kind === undefined || d.kind === kind)
  );
  return hit?.id;
}
