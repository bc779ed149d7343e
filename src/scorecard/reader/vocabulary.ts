/**
 * The words real 基础数据 sheets use for each catalogue field (src/core/fields.ts). Lists are
 * written as people write them; labelKey() makes them comparable.
 */
import { CROSS_ROWS, type CrossRow, fieldDef, isField, type YearColumn } from "../../core/fields";
import { labelKey } from "./labels";

/** Labels of single figures, by field id. The id itself is always accepted too. */
const SCALAR_WORDS: Record<string, string[]> = {
  编制数: [
    "核定编制数",
    "编制人数",
    "核定编制",
    "编制",
    "人员编制数",
    "核定人员编制数",
    "核定编制人数",
    "编制总数",
  ],
  在职人员数: [
    "实际在职人数",
    "实际在职人员数",
    "在职人数",
    "在职人员",
    "在职人员总数",
    "实有人数",
    "实有在职人数",
    "实有人员数",
    "年末实际在职人数",
    "年末在职人数",
    "实际在职",
    "在职职工人数",
    "在职职工数",
    "在职职工",
    "职工人数",
    "实有在职人员数",
    "在职人员人数",
  ],
  上年结转: ["上年结转资金", "上年结转数", "上年结转金额", "年初结转资金", "上年结转资金数"],
  年初预算: [
    "年初预算数",
    "年初预算安排",
    "年初预算安排数",
    "年初批复预算",
    "年初预算批复数",
    "本年年初预算",
    "年初预算资金",
  ],
  本年追加预算: [
    "追加预算",
    "本年追加",
    "追加预算数",
    "本年追加预算数",
    "年中追加预算",
    "本年追加资金",
    "追加资金",
  ],
  年末结余: ["年末结余数", "年末结余资金", "年末结余金额", "本年年末结余"],
  预算完成数: [
    "预算执行数",
    "预算实际完成数",
    "本年预算完成数",
    "实际完成预算数",
    "预算完成金额",
    "预算执行金额",
  ],
  预算调整数: [
    "预算调整",
    "预算调整金额",
    "预算调整数额",
    "本年预算调整数",
    "预算调整数（剔除特殊原因）",
    "预算调整数（剔除特殊因素）",
  ],
  重点项目支出: [
    "重点项目支出数",
    "重点项目支出总额",
    "重点项目支出金额",
    "重点项目资金",
    "重点支出",
    "重点项目预算",
  ],
  项目总支出: [
    "项目支出总额",
    "项目支出总数",
    "项目支出合计",
    "项目支出",
    "项目总支出数",
    "项目支出预算总额",
  ],
  本年结转结余总额: [
    "本年结转结余",
    "本年结转结余资金",
    "本年结转结余额",
    "本年度结转结余",
    "本年度结转结余总额",
    "年末结转结余总额",
  ],
  上年结转结余总额: [
    "上年结转结余",
    "上年结转结余资金",
    "上年结转结余额",
    "上年度结转结余",
    "上年度结转结余总额",
  ],
  批准建设面积: [
    "批准面积",
    "批复建设面积",
    "批准新建面积",
    "新建楼堂馆所批准建设面积",
    "楼堂馆所批准建设面积",
    "批准建筑面积",
  ],
  实际建设面积: [
    "实际面积",
    "实际新建面积",
    "新建楼堂馆所实际建设面积",
    "楼堂馆所实际建设面积",
    "实际建筑面积",
  ],
  批准投资金额: [
    "批准投资",
    "批准投资额",
    "批复投资金额",
    "批准投资概算",
    "投资概算",
    "概算投资",
    "新建楼堂馆所批准投资金额",
    "楼堂馆所批准投资金额",
  ],
  实际投资金额: ["实际投资", "实际投资额", "新建楼堂馆所实际投资金额", "楼堂馆所实际投资金额"],
  固定资产总额: ["固定资产总值", "固定资产", "固定资产原值", "所有固定资产总额", "固定资产合计"],
  在用固定资产总额: [
    "在用固定资产",
    "在用固定资产总值",
    "实际在用固定资产总额",
    "在用固定资产原值",
  ],
  重点工作交办数: [
    "交办重点工作数",
    "重点工作数",
    "交办数",
    "重点工作任务数",
    "下达重点工作数",
    "交办或下达重点工作数",
  ],
  重点工作完成数: [
    "完成重点工作数",
    "重点工作办结数",
    "办结数",
    "实际完成重点工作数",
    "重点工作实际完成数",
  ],
  计划工作数: ["年度计划工作数", "计划工作任务数", "计划完成工作数", "计划工作量"],
  质量达标工作数: [
    "质量达标的工作数",
    "达标工作数",
    "质量达标数",
    "质量达标的实际工作数",
    "达到质量标准的工作数",
  ],
  满意率: [
    "满意度",
    "社会公众满意率",
    "服务对象满意率",
    "社会公众或服务对象满意率",
    "社会公众或服务对象满意度",
    "群众满意率",
    "满意度调查结果",
  ],
};

/** Row labels of the 经费控制情况 cross table. */
const CROSS_WORDS: Record<CrossRow, string[]> = {
  三公经费: [
    "“三公”经费",
    "三公经费支出",
    "三公经费合计",
    "三公经费总额",
    "三公经费小计",
    "“三公”经费支出",
  ],
  公务用车购置及运行维护费: [
    "公务用车购置和运行维护费",
    "公务用车购置及运行费",
    "公务用车购置和维护经费",
    "公务用车购置及维护经费",
    "公务用车购置及维护费",
    "公务用车购置和维护费",
    "公务用车购置及运行维护经费",
    "公务用车购置和运行维护经费",
    "公车购置及运维费",
    "公车购置及运行维护费",
    "公务用车费",
    "公务用车",
    "公务用车经费",
    "公车",
    "公车经费",
  ],
  公务用车购置费: ["公车购置", "公车购置费", "公务用车购置", "车辆购置费", "公务车购置费"],
  公务用车运行维护费: [
    "公车运行维护",
    "公车运行维护费",
    "公务用车运行维护",
    "公车运维费",
    "公务用车运行费",
    "公务用车运维费",
    "公务车运行维护费",
  ],
  "因公出国（境）费": [
    "因公出国（境）经费",
    "因公出国（境）费用",
    "出国经费",
    "出国费",
    "因公出国费",
    "出国（境）费",
    "因公出国境费",
    "因公出国（境）",
  ],
  公务接待费: ["公务接待", "公务接待经费", "公务接待费用"],
  公用经费: ["公用经费支出", "日常公用经费", "基本支出公用经费", "公用经费合计"],
  政府采购: ["政府采购金额", "政府采购支出", "政府采购总额", "政府采购资金", "政府采购额"],
};

/** Row labels whose figure depends only on the year column: 结转结余 by 本年 / 上年. */
export const PERIOD_ROWS: Record<string, { 本年: string; 上年: string }> = {
  结转结余: { 本年: "本年结转结余总额", 上年: "上年结转结余总额" },
};
const PERIOD_ROW_WORDS: Record<string, string[]> = {
  结转结余: ["结转结余总额", "结转结余资金", "结转结余额", "结转和结余", "结转结余合计"],
};

/**
 * Single figures that sometimes sit in the cross table as a row (seed 000's 项目支出): which column
 * holds the figure the catalogue means (FieldDef.description: 预算安排 → 预算数, 实际完成 → 决算数).
 */
export const CROSS_COLUMN_OF: Record<string, YearColumn> = {
  项目总支出: "本年预算数",
  重点项目支出: "本年预算数",
  年初预算: "本年预算数",
  预算完成数: "本年决算数",
};

/**
 * Whether a single figure is never a row of a year table: a year table holds amounts and headcounts
 * by year (项目支出, 固定资产, 实际在职人数 may be rows of one), never a rate, a count of tasks or a
 * floor area. Such a figure's row is read label-left-of-value even right under a year table.
 */
export function isSingleValueField(field: string): boolean {
  if (!isField(field)) return false;
  const unit = fieldDef(field).unit;
  return unit === "%" || unit === "项" || unit === "平方米";
}

export type Kind = "预算" | "决算";

/** Column words after the year: "2018年预算数", "上年决算数", "本年度实际支出数". */
const KIND_WORDS: Record<Kind, string[]> = {
  预算: [
    "预算数",
    "预算",
    "预算安排数",
    "预算安排",
    "预算批复数",
    "年初预算数",
    "调整后预算数",
    "调整预算数",
    "全年预算数",
    "预算金额",
    "批复数",
    "预算批复",
    "批复金额",
    "预算安排金额",
  ],
  决算: [
    "决算数",
    "决算",
    "实际支出数",
    "实际支出",
    "支出数",
    "实际数",
    "执行数",
    "实际执行数",
    "实际发生数",
    "决算金额",
    "实际支出金额",
    "完成数",
    "实际完成数",
    "决算支出数",
    "决算（实际支出）数",
  ],
};

function index<T>(
  entries: Array<[T, string[]]>,
  withKey: (t: T) => string | undefined
): Map<string, T> {
  const map = new Map<string, T>();
  for (const [target, words] of entries) {
    const own = withKey(target);
    for (const w of own === undefined ? words : [own, ...words]) {
      const k = labelKey(w);
      const prior = map.get(k);
      if (prior !== undefined && prior !== target)
        throw new Error(`vocabulary: "${w}" means both ${String(prior)} and ${String(target)}`);
      map.set(k, target);
    }
  }
  return map;
}

export const SCALAR_LABELS = index(Object.entries(SCALAR_WORDS), (id) => id);
export const CROSS_LABELS = index(
  CROSS_ROWS.map((r) => [r, CROSS_WORDS[r]] as [CrossRow, string[]]),
  (r) => r
);
export const PERIOD_ROW_LABELS = index(Object.entries(PERIOD_ROW_WORDS), (r) => r);
export const KIND_LABELS = index(
  Object.entries(KIND_WORDS) as Array<[Kind, string[]]>,
  () => undefined
);

/** A period prefix: "2018年", "2018年度", "本年", "本年度", "上年", "上年度", "上一年度", "当年". */
const PERIOD_PREFIX =
  /^(?:(\d{4})年度?|(本年度|本年|当年度|当年|本期)|(上年度|上一年度|上一年|上年|上期))/;

export type Period = { year: number } | "本年" | "上年";

export function splitPeriod(key: string): { period?: Period; rest: string } {
  const m = PERIOD_PREFIX.exec(key);
  if (!m) return { rest: key };
  const period: Period = m[1] ? { year: Number(m[1]) } : m[2] ? "本年" : "上年";
  return { period, rest: key.slice(m[0].length) };
}

/** "三公经费预算数" -> {stem: "三公经费", kind: "预算"}; longest kind word first. */
const KIND_SUFFIXES = [...KIND_LABELS.keys()].sort((a, b) => b.length - a.length);
export function splitKind(rest: string): { stem: string; kind: Kind } | undefined {
  for (const k of KIND_SUFFIXES) {
    if (rest.length > k.length && rest.endsWith(k))
      return { stem: rest.slice(0, -k.length), kind: KIND_LABELS.get(k)! };
  }
  return undefined;
}

for (const r of CROSS_ROWS)
  if (!CROSS_LABELS.has(labelKey(r))) throw new Error(`vocabulary: cross row ${r} unreachable`);
