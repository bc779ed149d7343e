/** Every PERF function, declared once. Bodies are thin: the engine in src/core does the work. */
import {
  allIndicators,
  BUILT_IN_SCHEMES,
  computeWith,
  D,
  DEFAULT_SCHEME_ID,
  evaluateRule,
  findIndicator,
  getScheme,
  gradeBandsText,
  gradeOfTyped,
  isBlank,
  scoreIndicator,
  validateRule,
  valueError,
  type Band,
  type Direction,
  type Rule,
  type Scheme,
  type Stepping,
} from "../../core";
import { tickTokens } from "../../core/rules/checklist";
import { pickOption } from "./options";
import { ruleOfText } from "./ruleReader";
import type { FunctionSpec } from "./types";

const SCHEME_PARAM = {
  name: "scheme",
  type: "text",
  optional: true,
  zh: `评分方案，如“浏阳2018”；省略时为“${DEFAULT_SCHEME_ID}”（财预〔2013〕53号框架）`,
  en: `Scoring scheme, e.g. "浏阳2018"; defaults to "${DEFAULT_SCHEME_ID}" (the national 财预〔2013〕53号 structure)`,
} as const;

const INDICATOR_PARAM = {
  name: "indicator",
  type: "text",
  zh: "三级指标名称，如“预算完成率”；同名指标写成“预算管理/管理制度健全性”",
  en: 'Indicator name, e.g. "预算完成率"; qualify duplicates as "预算管理/管理制度健全性"',
} as const;

const CRITERION_PARAM = {
  name: "criterion",
  type: "text",
  zh: "评价标准原文，如“≤100%计5分，每超过一个百分点扣0.5分，扣完为止”，可引用单元格",
  en: "The scoring rule's text (评价标准), typed or in a cell",
} as const;

const POINTS_PARAM = {
  name: "points",
  type: "number",
  zh: "分值（该指标的满分）",
  en: "The indicator's maximum points (分值)",
} as const;

/** The indicator's name in RULESCORE/RULEEXPLAIN's words ("预算完成率87.98%，…" rather than "指标值87.98%，…"). */
const SUBJECT_PARAM = {
  name: "indicator",
  type: "text",
  optional: true,
  zh: "指标名称（可选），扣分说明中用它代替“指标值”，如“预算完成率87.98%，……”",
  en: "The indicator's name (optional), used in the 扣分说明 instead of 指标值",
} as const;

const VALUE_PARAM = {
  name: "value",
  type: "value",
  zh: "指标值：比率（如87.98%）、勾选项（如“①②④”）、等级名称、例数或季度数",
  en: "The indicator's value: a rate (87.98%), ticked items (“①②④”), a level name, or a count",
} as const;

/**
 * PERF.GRADE's help and examples from a scheme's own grade bands (each scheme has its own; the
 * help shows the default scheme's), never a fixed list.
 */
function gradeHelp(s: Scheme) {
  const en = s.grades
    .map((b) => (b.min !== undefined ? `≥${b.min} ${b.grade}` : `otherwise ${b.grade}`))
    .join(", ");
  const [top, next] = s.grades;
  return {
    zh: `评价结果：按评分方案的评价等级给出（默认方案〔${s.id}〕：${gradeBandsText(s)}）；总分不在0至满分之间时返回 #NUM!。`,
    en: `Grade from the total by the scheme's grade bands (default scheme ${s.id}: ${en}); a total outside 0..max gives #NUM!.`,
    examples:
      top?.min !== undefined && next
        ? [
            { formula: `=PERF.GRADE(${top.min})`, result: top.grade },
            { formula: `=PERF.GRADE(${top.min - 0.01})`, result: next.grade },
          ]
        : [],
  };
}

function evaluateNamed(indicator: string, value: unknown, scheme: string | undefined) {
  return scoreIndicator(findIndicator(getScheme(scheme), indicator).indicator, value);
}

function checkRule(rule: Rule, max: D): void {
  const problems = validateRule(rule, max);
  if (problems.length) throw valueError(problems.join("；"));
}

const DIRECTIONS: Record<Direction, string[]> = {
  above: ["above", "超过", "高于", "超出", "上"],
  below: ["below", "低于", "不足", "降低", "下"],
  both: ["both", "双向", "偏离", "超过或低于", "两边"],
};
const STEPPINGS: Record<Stepping, string[]> = {
  proportional: ["proportional", "按比例", "比例", "插值"],
  floor: ["floor", "整步", "向下", "不足一步不扣"],
  ceil: ["ceil", "不足一步按一步", "向上", "进一"],
};
const INCLUSIVE: Record<"lower" | "upper", string[]> = {
  lower: ["lower", "下限", "含下限", "左闭", "以上"],
  upper: ["upper", "上限", "含上限", "右闭", "以下"],
};

export const FUNCTIONS: FunctionSpec[] = [
  {
    id: "CONTROLRATE",
    params: [
      {
        name: "actual",
        type: "number",
        zh: "实际数（如实际支出、实际在职人数）",
        en: "Actual figure (spending, staff in post)",
      },
      {
        name: "budget",
        type: "number",
        zh: "预算数或核定数（如预算安排数、编制数）",
        en: "Budgeted or approved figure",
      },
    ],
    result: { type: "number" },
    zh: "控制率 = 实际数/预算数，如在职人员控制率、公用经费控制率、“三公经费”控制率。",
    en: "Control rate = actual / budget (staff, public funds, 三公经费 ...).",
    examples: [
      { formula: "=PERF.CONTROLRATE(43,43)", result: "1", zh: "在职43人/编制43人 = 100%" },
      { formula: "=PERF.CONTROLRATE(55,50)", result: "1.1" },
    ],
    body: (actual: D, budget: D) =>
      computeWith("ratio", [actual, budget], ["实际数", "预算数"], "控制率").toNumber(),
  },
  {
    id: "RATIO",
    params: [
      { name: "numerator", type: "number", zh: "分子（如重点工作完成数）", en: "Numerator" },
      { name: "denominator", type: "number", zh: "分母（如重点工作交办数）", en: "Denominator" },
    ],
    result: { type: "number" },
    zh: "比率 = 分子/分母，用于办结率、达标率、安排率、调整率等；分母为0时返回 #DIV/0!。",
    en: "Ratio = numerator / denominator, for completion, quality and allocation rates; #DIV/0! for a zero denominator.",
    examples: [{ formula: "=PERF.RATIO(9,10)", result: "0.9" }],
    body: (num: D, den: D) => computeWith("ratio", [num, den], ["分子", "分母"], "比率").toNumber(),
  },
  {
    id: "CHANGERATE",
    params: [
      {
        name: "current",
        type: "number",
        zh: "本年度数（如本年“三公经费”预算数）",
        en: "This year's figure",
      },
      {
        name: "previous",
        type: "number",
        zh: "上年度数（如上年“三公经费”预算数）",
        en: "Last year's figure",
      },
    ],
    result: { type: "number" },
    zh: "变动率 =（本年数−上年数）/上年数；两者均为0时为0；上年数为0时返回 #DIV/0!。",
    en: "Change rate = (current − previous) / previous; 0 when both are 0; #DIV/0! when previous is 0.",
    examples: [
      { formula: "=PERF.CHANGERATE(18,20)", result: "-0.1", zh: "下降10%" },
      { formula: "=PERF.CHANGERATE(-3,10)", result: "-1.3" },
    ],
    body: (cur: D, prev: D) =>
      computeWith("change", [cur, prev], ["本年数", "上年数"], "变动率").toNumber(),
  },
  {
    id: "COMPLETIONRATE",
    params: [
      { name: "carryover", type: "number", zh: "上年结转", en: "Carry-over from last year" },
      { name: "initial", type: "number", zh: "年初预算", en: "Initial budget" },
      {
        name: "supplementary",
        type: "number",
        zh: "本年追加预算",
        en: "Supplementary budget this year",
      },
      { name: "yearEndBalance", type: "number", zh: "年末结余", en: "Balance at year end" },
    ],
    result: { type: "number" },
    zh: "预算完成率（浏阳口径）=（上年结转+年初预算+本年追加预算−年末结余）/（上年结转+年初预算+本年追加预算）。",
    en: "Budget completion rate (浏阳 definition) = (carry-over + initial + supplementary − balance) / (carry-over + initial + supplementary).",
    examples: [{ formula: "=PERF.COMPLETIONRATE(0,90,10,5)", result: "0.95" }],
    body: (c: D, i: D, s: D, b: D) =>
      computeWith(
        "completion",
        [c, i, s, b],
        ["上年结转", "年初预算", "本年追加预算"],
        "预算完成率"
      ).toNumber(),
  },
  {
    id: "SCORE",
    params: [INDICATOR_PARAM, VALUE_PARAM, SCHEME_PARAM],
    result: { type: "any" },
    zh: `按评分方案给指标计分（保留2位小数，不低于0、不超过分值）；指标值为空时返回空白（待填）。默认方案“${DEFAULT_SCHEME_ID}”。`,
    en: `Scores an indicator under a scheme (2 decimals, within 0..max points); blank value gives a blank (to be filled). Default scheme "${DEFAULT_SCHEME_ID}".`,
    examples: [
      {
        formula: '=PERF.SCORE("预算完成率",0.8798,"浏阳2018")',
        result: "0.19",
        zh: "低于100%共12.02个百分点，每低于5%扣2分",
      },
      {
        formula: '=PERF.SCORE("“三公经费”控制率",1.15)',
        result: "0",
        zh: "超过15个百分点，每超过1个百分点扣0.5分，扣完为止",
      },
      { formula: '=PERF.SCORE("预算管理/管理制度健全性","①③")', result: "1.5" },
      { formula: '=PERF.SCORE("行政效能","一般","浏阳2018")', result: "3" },
    ],
    body: (indicator: string, value: unknown, scheme?: string) => {
      const { score } = evaluateNamed(indicator, value, scheme);
      // A blank value leaves the cell blank: the indicator is still 待填.
      return score === null ? "" : score.toNumber();
    },
  },
  {
    id: "EXPLAIN",
    params: [INDICATOR_PARAM, VALUE_PARAM, SCHEME_PARAM],
    result: { type: "string" },
    zh: "扣分说明：说明得分的计算过程，可直接填入计分表的“扣分说明”栏。",
    en: "The scoring arithmetic in Chinese, for the 扣分说明 column.",
    examples: [
      {
        formula: '=PERF.EXPLAIN("预算完成率",0.8798,"浏阳2018")',
        result: "预算完成率87.98%，低于100%共12.02个百分点，每低于5%扣2分，扣4.81分，得0.19分",
      },
    ],
    body: (indicator: string, value: unknown, scheme?: string) =>
      evaluateNamed(indicator, value, scheme).explain(),
  },
  {
    id: "RULE",
    params: [INDICATOR_PARAM, SCHEME_PARAM],
    result: { type: "string" },
    zh: "评价标准原文。",
    en: "The scoring rule's text, verbatim from the source.",
    examples: [
      {
        formula: '=PERF.RULE("预算完成率","浏阳2018")',
        result: "100%计满分，每低于5%扣2分，扣完为止。",
      },
    ],
    body: (indicator: string, scheme?: string) =>
      findIndicator(getScheme(scheme), indicator).indicator.criterion,
  },
  {
    id: "RULESCORE",
    needsRuleReader: true,
    params: [
      CRITERION_PARAM,
      POINTS_PARAM,
      { ...VALUE_PARAM, zh: "指标值：比率、勾选项、等级、例数或季度数，按评价标准的要求" },
      SUBJECT_PARAM,
    ],
    result: { type: "any" },
    zh: "按任意一条评价标准原文计分：读懂评价标准（扣分、分档、按比例、逐项、按例、等级、季度、考核、评定），再给指标值计分；指标值为空时返回空白。读不懂的评价标准返回 #N/A 并说明原因。",
    en: "Scores a value under any 评价标准 text: the text is read into a rule (deduct, bands, proportional, checklist, per case, levels, quarterly, external, judgement); a blank value gives a blank; an unreadable text gives #N/A with the reason.",
    examples: [
      {
        formula: '=PERF.RULESCORE("≤100%计5分，每超过一个百分点扣0.5分，扣完为止",5,1.03)',
        result: "3.5",
        zh: "超过3个百分点，扣1.5分",
      },
      {
        formula: '=PERF.RULESCORE("90%（含）以上计6分；80%（含）-90%，计4分；低于80%不得分",6,0.9)',
        result: "6",
      },
      {
        formula: '=PERF.RULESCORE("①有内部财务管理制度，2分；②有厉行节约制度，2分",4,"①")',
        result: "2",
      },
    ],
    body: (criterion: string, points: D, value: unknown, indicator?: string) => {
      const { rule } = ruleOfText(criterion, points.toNumber());
      const { score } = evaluateRule(rule, points, value, indicator || "指标值");
      return score === null ? "" : score.toNumber();
    },
  },
  {
    id: "RULEEXPLAIN",
    needsRuleReader: true,
    params: [CRITERION_PARAM, POINTS_PARAM, { ...VALUE_PARAM, optional: true }, SUBJECT_PARAM],
    result: { type: "string" },
    zh: "按评价标准原文计分的扣分说明；省略指标值（或为空）时，说明评价标准被读作什么规则。",
    en: "The 扣分说明 of RULESCORE; without a value, how the 评价标准 was read.",
    examples: [
      {
        formula: '=PERF.RULEEXPLAIN("100%计满分，每低于5%扣2分，扣完为止",5,0.8798)',
        result: "指标值87.98%，低于100%共12.02个百分点，每低于5%扣2分，扣4.81分，得0.19分",
      },
      {
        formula: '=PERF.RULEEXPLAIN("下降的计5分，增加的按比例扣减",5)',
        result: "按比例扣减：不超过0%得5分，否则得分=5分×（1−超过的幅度），最低0分",
      },
    ],
    body: (criterion: string, points: D, value: unknown, indicator?: string) => {
      const { rule, reading } = ruleOfText(criterion, points.toNumber());
      if (isBlank(value)) return reading;
      return evaluateRule(rule, points, value, indicator || "指标值").explain();
    },
  },
  {
    id: "GRADE",
    params: [{ name: "total", type: "number", zh: "总分", en: "Total score" }, SCHEME_PARAM],
    result: { type: "string" },
    ...gradeHelp(getScheme(DEFAULT_SCHEME_ID)),
    body: (total: D, scheme?: string) => gradeOfTyped(getScheme(scheme), total),
  },
  {
    id: "INDICATORS",
    params: [SCHEME_PARAM],
    result: { type: "any", matrix: true },
    zh: "列出方案的全部指标（溢出为表格）：一级指标、二级指标、三级指标、分值。",
    en: "Spills the scheme's indicators: level 1, level 2, level 3, points.",
    examples: [{ formula: '=PERF.INDICATORS("浏阳2018")', result: "17行×4列（含表头）" }],
    body: (scheme?: string) => {
      const s = getScheme(scheme);
      return [
        ["一级指标", "二级指标", "三级指标", "分值"],
        ...allIndicators(s).map((r) => [
          r.level1.name,
          r.level2.name,
          r.indicator.name,
          r.indicator.points,
        ]),
      ];
    },
  },
  {
    id: "SCHEMES",
    params: [],
    result: { type: "any", matrix: true },
    zh: "列出内置评分方案：方案、名称、总分、来源。",
    en: "Lists the built-in schemes: id, title, total, source.",
    examples: [{ formula: "=PERF.SCHEMES()", result: "3行×4列（含表头）" }],
    body: () => [
      ["方案", "名称", "总分", "来源"],
      ...BUILT_IN_SCHEMES.map((s) => [s.id, s.title, s.total, s.source]),
    ],
  },
  {
    id: "DEDUCT",
    params: [
      {
        name: "value",
        type: "number",
        zh: "指标值（比率，如115%）",
        en: "The value (a rate such as 115%)",
      },
      { name: "threshold", type: "number", zh: "不扣分的界限，如100%", en: "Threshold, e.g. 100%" },
      {
        name: "step",
        type: "number",
        zh: "每步的幅度，如“每超过5%”填5%",
        en: "Step size, e.g. 5%",
      },
      { name: "points", type: "number", zh: "每步扣分", en: "Points deducted per step" },
      { name: "max", type: "number", zh: "分值（满分）", en: "Maximum points" },
      {
        name: "direction",
        type: "text",
        optional: true,
        zh: "方向：超过（above，默认）、低于（below）或双向（both）",
        en: "above (default), below or both",
      },
      {
        name: "stepping",
        type: "text",
        optional: true,
        zh: "计步方式：按比例（proportional，默认）、整步（floor）或不足一步按一步（ceil）",
        en: "proportional (default), floor (whole steps only) or ceil (a part step counts as one)",
      },
    ],
    result: { type: "number" },
    zh: "通用扣分规则：“每超过/低于N个百分点扣P分，扣完为止”。默认按比例扣分（不足一步按比例计）。",
    en: "Generic deduction rule: P points per step of N beyond the threshold, floored at 0. Proportional by default.",
    examples: [
      { formula: "=PERF.DEDUCT(1.15,1,0.05,1,5)", result: "2", zh: "超过15个百分点=3步，扣3分" },
      { formula: '=PERF.DEDUCT(0.8798,1,0.05,2,5,"below")', result: "0.19" },
      {
        formula: '=PERF.DEDUCT(1.12,1,0.05,1,5,"above","floor")',
        result: "3",
        zh: "只计整步：2步",
      },
    ],
    body: (
      value: D,
      threshold: D,
      step: D,
      points: D,
      max: D,
      direction?: string,
      stepping?: string
    ) => {
      const rule: Rule = {
        kind: "deduct",
        threshold: threshold.toNumber(),
        step: step.toNumber(),
        points: points.toNumber(),
        direction: pickOption(direction, DIRECTIONS, "above", "direction"),
        stepping: pickOption(stepping, STEPPINGS, "proportional", "stepping"),
      };
      if (!max.greaterThan(0)) throw valueError("分值（max）应大于0");
      // Scores have 2 places: a full score of 5.555 would round to 5.56, above the max.
      if (max.decimalPlaces() > 2) throw valueError("分值（max）最多两位小数");
      checkRule(rule, max);
      return (evaluateRule(rule, max, value, "指标值").score as D).toNumber();
    },
  },
  {
    id: "BANDS",
    params: [
      { name: "value", type: "number", zh: "指标值", en: "The value" },
      {
        name: "edges",
        type: "numbers",
        zh: "从小到大的分界点，如{0.7,0.8,0.9}",
        en: "Ascending band edges, e.g. {0.7,0.8,0.9}",
      },
      {
        name: "scores",
        type: "numbers",
        zh: "各区间得分，比分界点多一个，如{0,2,4,6}",
        en: "Scores per band, one more than edges",
      },
      {
        name: "inclusive",
        type: "text",
        optional: true,
        zh: "分界点归属：下限（lower，默认，如“90%（含）以上”）或上限（upper，如“0-10%（含）”）",
        en: 'Which band an edge belongs to: lower (default, "90% and above") or upper ("up to 10% inclusive")',
      },
    ],
    result: { type: "number" },
    zh: "通用分档计分：按指标值所在区间给分。",
    en: "Generic banded scoring: the score of the band the value falls in.",
    examples: [
      { formula: "=PERF.BANDS(0.85,{0.7,0.8,0.9},{0,2,4,6})", result: "4" },
      { formula: '=PERF.BANDS(0.1,{0,0.1,0.2,0.3},{5,4,3,2,0},"upper")', result: "4" },
    ],
    body: (value: D, edges: D[], scores: D[], inclusive?: string) => {
      if (edges.length === 0) throw valueError("分界点（edges）不能为空");
      if (scores.length !== edges.length + 1)
        throw valueError(
          `得分（scores）应比分界点多一个：${edges.length}个分界点需要${edges.length + 1}个得分，实际${scores.length}个`
        );
      for (let i = 1; i < edges.length; i++)
        if (!edges[i].greaterThan(edges[i - 1]))
          throw valueError("分界点（edges）应从小到大排列且不重复");
      const lowerInclusive = pickOption(inclusive, INCLUSIVE, "lower", "inclusive") === "lower";
      const e = edges.map((x) => x.toNumber());
      const bands: Band[] = scores.map((s, i) => ({
        min: i === 0 ? undefined : e[i - 1],
        minInclusive: lowerInclusive,
        max: i === e.length ? undefined : e[i],
        maxInclusive: !lowerInclusive,
        score: s.toNumber(),
      }));
      const max = D.max(...scores);
      if (scores.some((s) => s.isNegative())) throw valueError("得分（scores）不能为负数");
      const rule: Rule = { kind: "bands", bands };
      checkRule(rule, max);
      return (evaluateRule(rule, max, value, "指标值").score as D).toNumber();
    },
  },
  {
    id: "CHECKLIST",
    params: [
      {
        name: "ticks",
        type: "value",
        zh: "符合的项目编号，如“①②④”或“1,2,4”；“全部”或“无”",
        en: 'Items that hold: "①②④", "1,2,4", "全部" (all) or "无" (none)',
      },
      {
        name: "points",
        type: "numbers",
        zh: "各项分数，如{2,2,2,2}",
        en: "Points per item, e.g. {2,2,2,2}",
      },
    ],
    result: { type: "any" }, // "" while the ticks are blank
    zh: "通用逐项计分：符合的项目分数相加。",
    en: "Generic checklist: the sum of the points of the items that hold.",
    examples: [
      { formula: '=PERF.CHECKLIST("①②④",{2,2,2,2})', result: "6" },
      { formula: '=PERF.CHECKLIST("1,3",{1,0.5,0.5})', result: "1.5" },
    ],
    body: (ticks: unknown, points: D[]) => {
      if (points.length === 0) throw valueError("各项分数（points）不能为空");
      const max = points.reduce((s, p) => s.plus(p), new D(0));
      const rule: Rule = {
        kind: "checklist",
        items: points.map((p, i) => ({
          label: tickTokens(i + 1)[0] ?? String(i + 1),
          text: "",
          points: p.toNumber(),
        })),
      };
      checkRule(rule, max);
      const outcome = evaluateRule(rule, max, ticks, "勾选项");
      return outcome.score === null ? "" : outcome.score.toNumber();
    },
  },
];
