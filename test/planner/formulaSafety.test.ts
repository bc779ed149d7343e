/**
 * Every formula of every plan is Excel syntax, references only cells that exist, stays within
 * Excel's limits, and no label can break out of a string literal or inject a formula.
 */
import { BUILT_IN_SCHEMES, getScheme, qualifiedName, indicatorsOf, type Scheme } from "../../src/core";
import type { Plan } from "../../src/scorecard/plan";
import { planScorecard } from "../../src/scorecard/planner";
import { functionNames, MiniWorkbook, nestingDepth, parseFormula, references, stringLiterals } from "./support/excelFormula";
import { compareWithEngine, expected, handMadeBase, miniWorkbook, numberAsText, type FigureValues } from "./support/scorecard";

const PORTABLE_FUNCTIONS = new Set([
  "IF", "AND", "OR", "NOT", "ROUND", "ROUNDUP", "INT", "MIN", "MAX", "ABS", "SUM", "SUMIF", "COUNT",
  "TRIM", "SUBSTITUTE", "FIND", "ISNUMBER", "ISERROR", "LEN", "LEFT", "MID", "VALUE", "NA", "TEXT",
  // Reading numbers typed as text in base figures (xNumber): all in Excel since 2000 and in LibreOffice.
  "ASC", "T", "EXACT", "CHAR",
]);
const PERF_FUNCTIONS = new Set(["PERF.SCORE", "PERF.EXPLAIN", "PERF.GRADE", "PERF.RATIO", "PERF.CHANGERATE", "PERF.COMPLETIONRATE", "PERF.RULESCORE", "PERF.RULEEXPLAIN"]);

/** Checks every formula; returns problems. */
function check(plan: Plan, baseSheet: string, baseAddresses: Set<string>, dialect: "perf" | "portable"): string[] {
  const own = new Set(plan.cells.map((c) => c.address));
  const problems: string[] = [];
  for (const c of plan.cells) {
    if (!c.formula) continue;
    const where = `${c.address} ${c.formula.slice(0, 60)}`;
    try {
      const ast = parseFormula(c.formula);
      if (nestingDepth(ast) > 64) problems.push(`${where}: nesting ${nestingDepth(ast)} > 64`);
    } catch (e) {
      problems.push(`${where}: ${(e as Error).message}`);
      continue;
    }
    if (c.formula.length > 8192) problems.push(`${where}: ${c.formula.length} characters`);
    for (const s of stringLiterals(c.formula)) if (Array.from(s).length > 255) problems.push(`${where}: literal of ${s.length}`);
    for (const r of references(c.formula)) {
      if (r.sheet === undefined || r.sheet === plan.sheetName) {
        if (!own.has(r.address)) problems.push(`${where}: refers to ${r.address}, which the plan does not write`);
      } else if (r.sheet !== baseSheet) problems.push(`${where}: refers to sheet ${r.sheet}`);
      else if (!baseAddresses.has(r.address)) problems.push(`${where}: refers to ${baseSheet}!${r.address}, not a figure`);
    }
    for (const f of functionNames(c.formula)) {
      const ok = PORTABLE_FUNCTIONS.has(f) || (dialect === "perf" && PERF_FUNCTIONS.has(f));
      if (!ok) problems.push(`${where}: function ${f} in the ${dialect} dialect`);
    }
  }
  return problems;
}

const FULL: FigureValues = {
  编制数: 43, 在职人员数: 45, 上年三公经费预算数: 20, 本年三公经费预算数: 18, 本年三公经费决算数: 4.63,
  本年公用经费预算数: 47.5, 本年公用经费决算数: 51.64, 本年政府采购预算数: 22, 本年政府采购决算数: 155.55,
  上年结转: 10, 年初预算: 916.19, 本年追加预算: 100, 年末结余: 30, 预算完成数: 900, 预算调整数: 50,
  重点项目支出: 80, 项目总支出: 137.92, 本年结转结余总额: 115, 上年结转结余总额: 100, 批准建设面积: null,
  实际建设面积: null, 批准投资金额: null, 实际投资金额: null, 固定资产总额: 200, 在用固定资产总额: 190,
  重点工作交办数: 10, 重点工作完成数: 9, 计划工作数: 20, 质量达标工作数: 19, 满意率: 0.93,
};

/** The figures typed as text: `form(x)` for each number. */
const asText = (form: (x: number) => string): FigureValues =>
  Object.fromEntries(Object.entries(FULL).map(([k, v]) => [k, typeof v === "number" ? form(v) : v]));
/** The longest sheet name Excel allows (31 characters), needing quotes. */
const LONGEST_NAME = "O'Brien " + "基".repeat(23);

describe.each(BUILT_IN_SCHEMES.map((s) => [s.id, s] as const))("%s", (_id, scheme) => {
  const cases: Array<[string, FigureValues, string]> = [
    ["every figure found", FULL, "基础数据"],
    ["no figures at all (everything in 补充数据)", {}, "基础数据"],
    ["a sheet name needing quotes", FULL, "O'Brien 数据 (2)"],
    ["every figure typed as text (“１，２３４．５万元”), the longest sheet name", asText((x) => numberAsText(x, "wideGrouped") + "万元"), LONGEST_NAME],
    // Text the portable formula leaves out is matched as typed, up to 60 characters: the longest formulas.
    ["every figure as 60 characters of text matched as typed, the longest sheet name", asText((x) => String(x).padEnd(60, "\u2003")), LONGEST_NAME],
  ];
  test.each(cases)("%s: formulas parse, refer to existing cells, stay in Excel's limits", (_what, figures, sheet) => {
    const hand = handMadeBase(figures, { sheetName: sheet });
    const addresses = new Set(Object.values(hand.base.figures).map((f) => f.address));
    for (const dialect of ["perf", "portable"] as const) {
      const plan = planScorecard(hand.base, scheme, { dialect, sheetName: "计分表", baseSheetName: sheet });
      expect(check(plan, sheet, addresses, dialect)).toEqual([]);
      if (dialect === "portable") expect(plan.cells.some((c) => c.formula?.includes("PERF."))).toBe(false);
    }
  });
});

describe("labels cannot break or inject formulas", () => {
  const NASTY = '恶意",1)+HYPERLINK("http://x","点我")&"';
  const scheme: Scheme = {
    id: '自定义"方案=1+1',
    title: '=HYPERLINK("http://x")',
    source: "test",
    descriptionHeading: "=1+1",
    total: 20,
    grades: [{ grade: '优"', min: 10 }, { grade: "=差" }],
    levels: [
      {
        name: '投入"=1',
        points: 20,
        groups: [
          {
            name: "a'b!C1",
            points: 20,
            indicators: [
              {
                name: NASTY,
                points: 10,
                description: "=SUM(A1)",
                criterion: '="',
                // The text PERF.RULESCORE reads (this scheme is no built-in): a literal, as it is not the 评价标准.
                ruleText: '≤100%计满分，每超过1个百分点扣0.5分，扣完为止"=1',
                value: { kind: "ratio", numerator: "在职人员数", denominator: "编制数" },
                rule: { kind: "deduct", threshold: 1, direction: "above", step: 0.01, points: 0.5 },
              },
              {
                name: "=CMD|' /C calc'!A0",
                points: 10,
                description: "",
                criterion: "@SUM(1)",
                rule: { kind: "levels", levels: [{ name: '很"好', points: 10 }, { name: "=差", points: 0 }] },
              },
            ],
          },
        ],
      },
    ],
  };
  const hand = handMadeBase({ 编制数: 40, 在职人员数: 42 }, { sheetName: "O'Brien 数据" });
  const typed = { [indicatorsOf(scheme)[1].path]: '很"好' };

  test.each(["perf", "portable"] as const)("%s: every string literal decodes to the label, values stay values", (dialect) => {
    const plan = planScorecard(hand.base, scheme, {
      dialect,
      sheetName: "计分表",
      baseSheetName: "O'Brien 数据",
      unitName: '=HYPERLINK("x")',
      inputs: typed,
    });
    const addresses = new Set(Object.values(hand.base.figures).map((f) => f.address));
    expect(check(plan, "O'Brien 数据", addresses, dialect)).toEqual([]);
    const refs = indicatorsOf(scheme);
    for (const row of plan.scorecard!.rows) {
      const ref = refs.find((r) => r.path === row.key)!;
      const score = plan.cells.find((c) => c.address === row.scoreCell)!.formula!;
      // PERF: the rule's text and the name, never the scheme's id (no add-in knows it); a rule without a
      // text is scored natively, as in the portable dialect.
      if (dialect === "perf" && ref.indicator.ruleText)
        expect(stringLiterals(score).filter((x) => x !== "")).toEqual([ref.indicator.ruleText, ref.indicator.name]);
      else expect(functionNames(score).every((f) => PORTABLE_FUNCTIONS.has(f))).toBe(true);
      expect(score).not.toContain(scheme.id);
    }
    // Labels that look like formulas are written as values, never as formulas.
    for (const c of plan.cells) if (c.formula) expect(c.value).toBeUndefined();
    expect(plan.cells.find((c) => c.value === NASTY)).toBeDefined();
    expect(plan.cells.find((c) => c.value === "=CMD|' /C calc'!A0")).toBeDefined();
    const i = plan.scorecard!.rows[0].valueCell;
    expect(references(plan.cells.find((c) => c.address === i)!.formula!).map((r) => r.sheet)).toEqual(
      expect.arrayContaining(["O'Brien 数据"]),
    );
  });

  test("the portable scorecard still computes: a level named 很\"好 scores 10, 42/40 = 105% scores 7.5", () => {
    const plan = planScorecard(hand.base, scheme, { dialect: "portable", sheetName: "计分表", baseSheetName: "O'Brien 数据", inputs: typed });
    const wb = miniWorkbook(plan, hand);
    const read = (a: string) => wb.value("计分表", a);
    const [ratio, level] = plan.scorecard!.rows;
    expect(read(ratio.scoreCell)).toBe(7.5); // 10 − 0.5 × 5
    expect(read(level.scoreCell)).toBe(10);
    expect(read(plan.scorecard!.totalCell)).toBe(17.5);
    expect(read(plan.scorecard!.gradeCell)).toBe('优"');
    expect(compareWithEngine(plan, expected(scheme, hand.base, typed), read)).toEqual([]);
  });
});

test("a label longer than Excel's 255-character literal limit is joined from pieces, whole", () => {
  const base = getScheme("浏阳2018");
  const long = "很长的指标名称".repeat(60);
  const scheme: Scheme = JSON.parse(JSON.stringify(base));
  scheme.levels[0].groups[0].indicators[0].name = long;
  scheme.levels[0].groups[0].indicators[0].ruleText = scheme.levels[0].groups[0].indicators[0].criterion;
  const hand = handMadeBase({ 编制数: 43, 在职人员数: 43 });
  const plan = planScorecard(hand.base, scheme, { dialect: "perf", sheetName: "计分表", baseSheetName: "基础数据" });
  const addresses = new Set(Object.values(hand.base.figures).map((f) => f.address));
  expect(check(plan, "基础数据", addresses, "perf")).toEqual([]);
  const score = plan.cells.find((c) => c.address === plan.scorecard!.rows[0].scoreCell)!.formula!;
  // A copy of a built-in is no built-in: PERF.RULESCORE(评价标准, 分值, 指标值, name).
  expect(score.startsWith("=PERF.RULESCORE(H5,F5,I5,")).toBe(true);
  const arg = score.slice("=PERF.RULESCORE(H5,F5,I5,".length, -1);
  const wb = new MiniWorkbook(new Map([["s", new Map([["A1", { formula: "=" + arg }]])]]));
  expect(wb.value("s", "A1")).toBe(long);
});

describe("the largest rules a scheme may hold stay within Excel's limits in the portable dialect", () => {
  // Nine bands (eight edges to keep the value apart from), a nine-item checklist, a fraction, and
  // a bands rule on a typed rate: the portable 扣分说明 and the reading cells are longest here.
  const nineBands = Array.from({ length: 9 }, (_, i) => ({
    ...(i > 0 ? { min: i / 10, minInclusive: true } : {}),
    ...(i < 8 ? { max: (i + 1) / 10, maxInclusive: false } : {}),
    score: i,
  }));
  const ind = (name: string, rule: Scheme["levels"][0]["groups"][0]["indicators"][0]["rule"], value?: boolean) => ({
    name, points: 9, description: "", criterion: "",
    ...(value ? { value: { kind: "ratio" as const, numerator: "在职人员数", denominator: "编制数" } } : {}),
    rule,
  });
  const scheme: Scheme = {
    id: "大方案", title: "大方案", source: "test", descriptionHeading: "指标说明", total: 45,
    grades: [{ grade: "优", min: 40 }, { grade: "差" }],
    levels: [{ name: "一级", points: 45, groups: [{ name: "二级", points: 45, indicators: [
      ind("九档", { kind: "bands", bands: nineBands }, true),
      ind("九档自评", { kind: "notApplicable", reason: "无此项", rule: { kind: "bands", bands: nineBands } }),
      ind("九项", { kind: "checklist", items: Array.from({ length: 9 }, (_, i) => ({ label: "①②③④⑤⑥⑦⑧⑨"[i], text: `第${i + 1}项`, points: 1 })) }),
      ind("考核", { kind: "external" }),
      ind("双向扣分", { kind: "deduct", threshold: 1, direction: "both", step: 0.05, points: 2, stepping: "ceil" }),
    ] }] }],
  };
  test("length and nesting of every formula", () => {
    const hand = handMadeBase({ 编制数: 43, 在职人员数: 45 }, { sheetName: LONGEST_NAME });
    const plan = planScorecard(hand.base, scheme, { dialect: "portable", sheetName: "计分表", baseSheetName: LONGEST_NAME });
    const addresses = new Set(Object.values(hand.base.figures).map((f) => f.address));
    expect(check(plan, LONGEST_NAME, addresses, "portable")).toEqual([]);
    const sizes = plan.cells.filter((c) => c.formula).map((c) => ({ length: c.formula!.length, depth: nestingDepth(parseFormula(c.formula!)) }));
    // eslint-disable-next-line no-console
    console.log(`largest portable formula: ${Math.max(...sizes.map((s) => s.length))} characters, nesting ${Math.max(...sizes.map((s) => s.depth))}`);
  });
});
