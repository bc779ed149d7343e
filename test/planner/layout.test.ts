/**
 * The 计分表's layout and exact formulas for a few rows, written out by hand from the rule texts
 * (浏阳2018 附件3, 湘潭县2020 计分表) and the layout the seeds' tables use.
 * Base data: seed 000's 附件4 layout (编制数 B5, 实际在职人数 C5; 经费控制情况 rows 7–… with
 * 2017年决算数 | 2018年预算数 | 2018年决算数 in B | C | D).
 */
import { D, getScheme, type Scheme } from "../../src/core";
import type { BaseData, Figure } from "../../src/scorecard/baseData";
import type { Plan } from "../../src/scorecard/plan";
import { finalizePlan } from "../../src/scorecard/finalize";
import { planScorecard, type ScorecardOptions } from "../../src/scorecard/planner";
import { guarded, nativeNumber } from "./support/scorecard";


const liuyang = getScheme("浏阳2018");
const xiangtan = getScheme("湘潭县2020");

const fig = (field: string, address: string, value: number | null): Figure => ({
  field,
  address,
  value: value === null ? undefined : new D(value),
  raw: value,
  label: field,
  labelAddress: "A1",
});

/** Seed 000 附件4: every 浏阳2018 figure at the address the table gives it (others in rows below it). */
const SEED_BASE: BaseData = {
  sheetName: "基础数据",
  year: 2018,
  unitName: "浏阳市经济和信息化局",
  problems: [],
  figures: Object.fromEntries(
    [
      fig("编制数", "B5", 43),
      fig("在职人员数", "C5", 43),
      fig("上年三公经费预算数", "E7", 20),
      fig("本年三公经费预算数", "C7", 18),
      fig("本年三公经费决算数", "D7", 4.63),
      fig("本年公用经费预算数", "C16", 47.5),
      fig("本年公用经费决算数", "D16", 51.64),
      fig("本年政府采购预算数", "C21", 22),
      fig("本年政府采购决算数", "D21", 155.55),
      fig("上年结转", "B30", 0),
      fig("年初预算", "B31", 916.19),
      fig("本年追加预算", "B32", 4382.11),
      fig("年末结余", "B33", null),
      fig("批准建设面积", "B40", null),
      fig("实际建设面积", "B41", null),
      fig("批准投资金额", "B42", null),
      fig("实际投资金额", "B43", null),
      fig("重点工作交办数", "B50", 10),
      fig("重点工作完成数", "B51", 9),
      fig("满意率", "B52", 0.95),
    ].map((f) => [f.field, f]),
  ),
};

const plan = (scheme: Scheme, o: Partial<ScorecardOptions> = {}, base = SEED_BASE): Plan =>
  planScorecard(base, scheme, { dialect: "perf", sheetName: "计分表", baseSheetName: "基础数据", ...o });

const at = (p: Plan, address: string) => p.cells.find((c) => c.address === address);
const formula = (p: Plan, address: string) => at(p, address)?.formula;
const value = (p: Plan, address: string) => at(p, address)?.value;

describe("浏阳2018 layout (rows: 投入 5–8, 过程 9–21, 产出及效率 22–29, 合计 30, 评价结果 31)", () => {
  const perf = plan(liuyang);
  const portable = plan(liuyang, { dialect: "portable" });

  test("title rows name the unit, the year, the scheme and the formula dialect", () => {
    expect(value(perf, "A1")).toBe("浏阳市经济和信息化局2018年度部门整体支出绩效计分表");
    expect(value(perf, "A2")).toContain("评价年度：2018年");
    expect(value(perf, "A2")).toContain("评分方案：浏阳市部门整体支出绩效评价指标（2018年度）〔浏阳2018〕");
    expect(value(perf, "A3")).toContain("PERF 函数");
    expect(value(portable, "A3")).toContain("通用 Excel 公式");
    expect(perf.merges).toEqual(expect.arrayContaining(["A1:K1", "A2:K2", "A3:K3"]));
  });

  test("column headings as in the seeds, with the scheme's own name for the formula column", () => {
    const headings = "ABCDEFGHIJK".split("").map((c) => value(perf, `${c}4`));
    expect(headings).toEqual(["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "指标说明", "评价标准", "指标值/自评输入", "得分", "扣分说明"]);
    expect(value(plan(xiangtan), "G4")).toBe("指标解释");
    // L: the row's key; M: the input as its rule reads it (the portable dialect's reading cells).
    expect(perf.hiddenColumns).toEqual([11, 12]);
    expect([value(perf, "L4"), value(perf, "M4")]).toEqual(["键", "读数"]);
  });

  test("一级 and 二级 cells are merged down to their 小计 rows", () => {
    expect(perf.merges).toEqual(
      expect.arrayContaining([
        "A5:A8", "B5:B8", "C5:C7", "D5:D7", // 投入 13 / 预算配置 13
        "A9:A21", "B9:B21", "C9:C13", "D9:D13", "C14:C20", "D14:D20", // 过程 61 / 预算执行 20 / 预算管理 41
        "A22:A29", "B22:B29", "C22:C23", "C24:C25", "C26:C28", // 产出及效率 26 / 职责履行 8 / 履职效益 6 / (unnamed) 12
      ]),
    );
    expect([value(perf, "A5"), value(perf, "B5"), value(perf, "C5"), value(perf, "D5")]).toEqual(["投入", 13, "预算配置", 13]);
    expect([value(perf, "A9"), value(perf, "B9"), value(perf, "C14"), value(perf, "D14")]).toEqual(["过程", 61, "预算管理", 41]);
    expect([value(perf, "C26"), value(perf, "D26")]).toEqual(["", 12]);
    expect(value(perf, "E5")).toBe("在职人员控制率");
    expect(value(perf, "E27")).toBe("社会公众或服务对象满意度");
    expect(value(perf, "H9")).toBe("100%计满分，每低于5%扣2分，扣完为止。");
  });

  test("quantitative value and score formulas, PERF dialect", () => {
    expect(formula(perf, "I5")).toBe(
      guarded(["基础数据!C5", "基础数据!B5"], '=IF(OR(TRIM(基础数据!C5&"")="",TRIM(基础数据!B5&"")=""),"",PERF.RATIO(基础数据!C5,基础数据!B5))'),
    );
    expect(formula(perf, "J5")).toBe('=PERF.SCORE("在职人员控制率",I5,"浏阳2018")');
    expect(formula(perf, "I6")).toBe(
      guarded(["基础数据!C7", "基础数据!E7"], '=IF(OR(TRIM(基础数据!C7&"")="",TRIM(基础数据!E7&"")=""),"",PERF.CHANGERATE(基础数据!C7,基础数据!E7))'),
    );
    expect(formula(perf, "J6")).toBe('=PERF.SCORE("“三公经费”变动率",I6,"浏阳2018")');
    expect(formula(perf, "I9")).toBe(
      guarded(
        ["基础数据!B30", "基础数据!B31", "基础数据!B32", "基础数据!B33"],
        '=IF(OR(TRIM(基础数据!B30&"")="",TRIM(基础数据!B31&"")="",TRIM(基础数据!B32&"")="",TRIM(基础数据!B33&"")=""),"",' +
          "PERF.COMPLETIONRATE(基础数据!B30,基础数据!B31,基础数据!B32,基础数据!B33))",
      ),
    );
    // No project when both are 0 or empty: text such as "0平方米" is 0 too, as the engine reads it.
    const zero = (r: string) => `IF(ISNUMBER(${r}),${r},IF(TRIM(${r}&"")="",0,PERF.RATIO(${r},1)))=0`;
    expect(formula(perf, "I11")).toBe(
      guarded(
        ["基础数据!B41", "基础数据!B40"],
        `=IF(AND(${zero("基础数据!B41")},${zero("基础数据!B40")}),"无项目",` +
          'IF(OR(TRIM(基础数据!B41&"")="",TRIM(基础数据!B40&"")=""),NA(),PERF.RATIO(基础数据!B41,基础数据!B40)))',
      ),
    );
    expect(formula(perf, "K5")).toBe(
      '=IF(ISERROR(I5),"编制数为0或不是数字，或有负数、大于其总数等不可能的数据，无法计算在职人员控制率，需处理",' +
        'IF(TRIM(I5&"")="","待填：请填写"&MID(IF(TRIM(基础数据!C5&"")="","、在职人员数（基础数据!C5）","")&' +
        'IF(TRIM(基础数据!B5&"")="","、编制数（基础数据!B5）",""),2,999),' +
        'IF(ISERROR(J5),IF(ISNUMBER(I5),"指标值"&TEXT(I5,"0.00%"),I5&"")&"无法按评价标准计分，需人工判断",' +
        'PERF.EXPLAIN("在职人员控制率",I5,"浏阳2018"))))',
    );
    // Only a bands rule (预算控制率, row 10) says a value falls in no band; a deduct rule never refuses one.
    expect(formula(perf, "K10")).toContain('"预算控制率"&');
    expect(formula(perf, "K10")).toContain("不在评价标准的任何区间内，需人工判断");
    expect(formula(perf, "K5")).not.toContain("区间");
    expect(at(perf, "I5")?.style).toBe("value");
    expect(perf.styles.value.numberFormat).toBe("0.00%");
  });

  test("portable scores: the rule texts as native formulas", () => {
    // ≤100% → 5; −0.5 per percentage point over.
    expect(formula(portable, "J5")).toBe('=IF(TRIM(I5&"")="","",ROUND(ROUND(MAX(0,MIN(5,5-0.5*(MAX(0,ROUND(I5,9)-1)/0.01))),9),2))');
    // ≤100% full 8; −1 per point over.
    expect(formula(portable, "J14")).toBe('=IF(TRIM(I14&"")="","",ROUND(ROUND(MAX(0,MIN(8,8-1*(MAX(0,ROUND(I14,9)-1)/0.01))),9),2))');
    // =0 → 5; (0,10%] → 4; (10%,20%] → 3; (20%,30%] → 2; >30% → 0.
    const v = "ROUND(I10,9)";
    expect(formula(portable, "J10")).toBe(
      `=IF(TRIM(I10&"")="","",IF(AND(${v}>=0,${v}<=0),5,IF(AND(${v}>0,${v}<=0.1),4,IF(AND(${v}>0.1,${v}<=0.2),3,` +
        `IF(AND(${v}>0.2,${v}<=0.3),2,IF(${v}>0.3,0,NA()))))))`,
    );
    // 90%（含）以上 6; [80%,90%) 4; [70%,80%) 2; <70% 0.
    expect(formula(portable, "J27")).toBe(
      `=IF(TRIM(I27&"")="","",IF(ROUND(I27,9)>=0.9,6,IF(AND(ROUND(I27,9)>=0.8,ROUND(I27,9)<0.9),4,` +
        `IF(AND(ROUND(I27,9)>=0.7,ROUND(I27,9)<0.8),2,IF(ROUND(I27,9)<0.7,0,NA())))))`,
    );
    // Value formulas are native too, each figure read as the engine reads it (numbers as they are).
    expect(formula(portable, "I5")).toBe(
      guarded(
        ["基础数据!C5", "基础数据!B5"],
        `=IF(OR(TRIM(基础数据!C5&"")="",TRIM(基础数据!B5&"")=""),"",${nativeNumber("基础数据!C5")}/${nativeNumber("基础数据!B5")})`,
      ),
    );
  });

  test("subtotals, total, pending count and grade", () => {
    expect(formula(perf, "F7")).toBe("=SUM(F5:F6)");
    expect(formula(perf, "J7")).toBe('=ROUND(SUMIF(J5:J6,">=0"),2)');
    expect(formula(perf, "F21")).toBe("=SUM(F13,F20)");
    expect(formula(perf, "J21")).toBe("=ROUND(SUM(J13,J20),2)");
    expect(formula(perf, "J23")).toBe('=ROUND(SUMIF(J22,">=0"),2)');
    expect(value(perf, "A30")).toBe("合计");
    expect(formula(perf, "F30")).toBe("=SUM(F8,F21,F29)");
    expect(formula(perf, "J30")).toBe("=ROUND(SUM(J8,J21,J29),2)");
    // The pending count (a number) beside the total: 16 indicators minus those with a numeric score.
    expect(formula(perf, "K30")).toBe("=16-COUNT(J5:J6,J9:J12,J14:J19,J22,J24,J26:J27)");
    expect(value(perf, "A31")).toBe("评价结果");
    expect(formula(perf, "J31")).toBe('=IF(K30>0,"待定（"&K30&"项待填或需处理）",PERF.GRADE(J30,"浏阳2018"))');
    expect(formula(portable, "J31")).toBe('=IF(K30>0,"待定（"&K30&"项待填或需处理）",IF(J30>=90,"优",IF(J30>=80,"良",IF(J30>=60,"中","差"))))');
    expect(perf.merges).toContain("J31:K31");
    expect(value(perf, "F31")).toBe("总分≥90为优，≥80为良，≥60为中，低于60为差");
    expect(perf.summary).toEqual({ totalCell: "J30", gradeCell: "J31", pendingCell: "K30" });
  });

  test("frozen header, A4 landscape one page wide, repeated heading row", () => {
    expect(perf.freeze).toEqual({ rows: 4, columns: 0 });
    expect(perf.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1, fitToHeight: 0, titleRows: "4:4" });
    expect(perf.print.area).toMatch(/^A1:K\d+$/);
    expect(perf.columnWidths).toHaveLength(13);
    expect(perf.styles.text.wrap).toBe(true);
  });

  test("qualitative rows: yellow unlocked input cells with validation and an input message", () => {
    const inputAt = (a: string) => perf.inputs.find((i) => i.address === a);
    const validation = (a: string) => perf.validations.find((v) => v.range === a)!;
    // 管理制度健全性 (I17): ticks; 资金使用合规性 (I18): count; 经济效益、社会效益 (I24): score 0–6; 行政效能 (I26): levels.
    expect(inputAt("I17")).toMatchObject({ key: "过程/预算管理/管理制度健全性", kind: "ticks" });
    // Every combination of the four items as a dropdown: 全部, the 3s, the 2s, the 1s, 无 (2^4 = 16 lines)…
    expect(validation("I17").rule).toEqual({
      type: "list",
      values: ["全部", "①②③", "①②④", "①③④", "②③④", "①②", "①③", "①④", "②③", "②④", "③④", "①", "②", "③", "④", "无"],
    });
    // …that only suggests: "1,2,4" is typed without an alert.
    expect(validation("I17")).toMatchObject({ alert: false });
    expect(validation("I17").error).toBeUndefined();
    expect(validation("I17").prompt!.message).toContain("①有内部财务管理制度、会计核算制度等管理制度（2分）");
    expect(validation("I18").rule).toEqual({ type: "whole", min: 0, max: undefined });
    expect(validation("I24").rule).toEqual({ type: "decimal", min: 0, max: 6 });
    expect(validation("I26").rule).toEqual({ type: "list", values: ["较好", "一般", "无效果"] });
    // As written (after finalizePlan): within Excel's limits, counted in UTF-16 units as Excel does.
    for (const v of finalizePlan(perf).validations) {
      expect(v.prompt!.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt!.message.length).toBeLessThanOrEqual(255);
      if (v.alert) expect(v.alert.message.length).toBeLessThanOrEqual(224);
    }
    for (const i of perf.inputs) {
      const style = perf.styles[at(perf, i.address)!.style!];
      expect(style).toMatchObject({ fill: "#FFF2CC", unlocked: true });
    }
    // Ticks and levels stay text ("1,2" must not become a number, "3/4" not a date).
    expect(perf.styles[at(perf, "I17")!.style!].numberFormat).toBe("@");
    // A blank input never reaches PERF.SCORE: desktop Excel would pass it as 0.
    expect(formula(perf, "J17")).toBe('=IF(TRIM(I17&"")="","",PERF.SCORE("管理制度健全性",I17,"浏阳2018"))');
    const hint = "填写符合的项目编号，如“①②”或“1,2”，也可从下拉列表中选择；全部符合填“全部”，均不符合填“无”";
    expect(formula(perf, "K17")).toBe(
      `=IF(TRIM(I17&"")="","待填：${hint}",IF(ISERROR(J17),"自评输入“"&I17&"”无法识别："&"${hint}",` +
        'PERF.EXPLAIN("管理制度健全性",I17,"浏阳2018")))',
    );
  });

  test("quarterly input: whole number 0–4 (湘潭县2020 完成及时率)", () => {
    const x = plan(xiangtan);
    const row = x.scorecard!.rows.find((r) => r.key === "产出/职责履行/完成及时率")!;
    expect(x.validations.find((v) => v.range === row.valueCell)!.rule).toEqual({ type: "whole", min: 0, max: 4 });
  });

  test("the scheme's notes are cell notes on the indicator and lines under the table", () => {
    const note = liuyang.levels[1].groups[0].indicators[0 + 1].note!; // 预算控制率
    expect(at(perf, "E10")!.note).toBe(`说明：${note}`);
    const texts = perf.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.includes(`预算控制率：${note}`))).toBe(true);
    expect(texts.some((t) => t.includes("按比例扣分"))).toBe(true);
  });

  test("ruleTexts: false leaves 指标说明 and 评价标准 empty", () => {
    const bare = plan(liuyang, { ruleTexts: false });
    expect(value(bare, "G5")).toBe("");
    expect(value(bare, "H5")).toBe("");
    expect(formula(bare, "J5")).toBe(formula(perf, "J5"));
    expect(formula(bare, "K5")).toBe(formula(perf, "K5"));
  });

  test("explanations: false leaves 扣分说明 empty and keeps the scores", () => {
    const bare = plan(liuyang, { explanations: false });
    expect(formula(perf, "K5")).toMatch(/^=.*PERF\.EXPLAIN/);
    expect(formula(bare, "K5")).toBeUndefined();
    expect(value(bare, "K5")).toBeNull();
    expect(formula(bare, "J5")).toBe(formula(perf, "J5"));
    expect(value(bare, "H5")).toBe(value(perf, "H5"));
  });

  test("a base sheet name that needs quotes is quoted in every reference", () => {
    const quoted = plan(liuyang, { baseSheetName: "基础 数据" });
    expect(formula(quoted, "I5")).toBe(
      guarded(
        ["'基础 数据'!C5", "'基础 数据'!B5"],
        `=IF(OR(TRIM('基础 数据'!C5&"")="",TRIM('基础 数据'!B5&"")=""),"",PERF.RATIO('基础 数据'!C5,'基础 数据'!B5))`,
      ),
    );
  });
});

describe("湘潭县2020", () => {
  const x = plan(xiangtan);
  const row = (path: string) => x.scorecard!.rows.find((r) => r.key === path)!;

  test("names that repeat across 二级 are qualified in PERF calls", () => {
    const a = row("过程/预算管理/管理制度健全性");
    const b = row("过程/资产管理/管理制度健全性");
    expect(formula(x, a.scoreCell)).toBe(`=IF(TRIM(${a.valueCell}&"")="","",PERF.SCORE("预算管理/管理制度健全性",${a.valueCell},"湘潭县2020"))`);
    expect(formula(x, b.scoreCell)).toBe(`=IF(TRIM(${b.valueCell}&"")="","",PERF.SCORE("资产管理/管理制度健全性",${b.valueCell},"湘潭县2020"))`);
  });

  test("效益 indicators are typed rates (percent format, decimal ≥ 0)", () => {
    const r = row("效果/履职效益/经济效益");
    expect(r.input).toBe(true);
    expect(x.styles[at(x, r.valueCell)!.style!].numberFormat).toBe("0.00%");
    expect(x.validations.find((v) => v.range === r.valueCell)!.rule).toEqual({ type: "decimal", min: 0 });
  });

  test("the 一级 分值 equal the sums of their 二级 分值 and the total is 100", () => {
    const layout = x.scorecard!;
    for (const sub of layout.subtotals.filter((s) => s.level === 1)) {
      const l1 = xiangtan.levels.find((l) => l.name === sub.key)!;
      expect(l1.groups.reduce((n, g) => n + g.points, 0)).toBe(l1.points);
      expect(formula(x, sub.pointsCell)).toMatch(/^=SUM\(/);
    }
    expect(formula(x, layout.totalPointsCell)).toMatch(/^=SUM\(/);
  });
});

test("a not-applicable rule on an input cell gets an explicit \"\" for a blank (desktop Excel would pass 0)", () => {
  const scheme: Scheme = {
    id: "自定义",
    title: "自定义",
    source: "test",
    descriptionHeading: "指标说明",
    total: 5,
    grades: [{ grade: "合格", min: 3 }, { grade: "不合格" }],
    levels: [
      {
        name: "过程",
        points: 5,
        groups: [
          {
            name: "管理",
            points: 5,
            indicators: [
              {
                name: "整改情况",
                points: 5,
                description: "",
                criterion: "每出现一例扣1分；没有检查的按满分计算。",
                ruleText: "每出现一例扣1分；没有检查的按满分计算。",
                rule: { kind: "notApplicable", reason: "本年未检查", rule: { kind: "perCase", points: 1 } },
              },
            ],
          },
        ],
      },
    ],
  };
  const p = planScorecard(SEED_BASE, scheme, { dialect: "perf", sheetName: "计分表", baseSheetName: "基础数据" });
  // No built-in: PERF.RULESCORE on the 评价标准 cell; a blank goes as the not-applicable marker, which
  // PERF.RULEEXPLAIN explains as full marks too (a blank would ask it for the rule's reading).
  expect(formula(p, "J5")).toBe('=PERF.RULESCORE(H5,F5,IF(TRIM(I5&"")="","无项目",I5),"整改情况")');
  expect(formula(p, "K5")).toContain('PERF.RULEEXPLAIN(H5,F5,IF(TRIM(I5&"")="","无项目",I5),"整改情况")');
});
