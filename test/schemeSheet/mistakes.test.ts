/** A scoring table full of mistakes: each one is reported with its cell, and no scheme comes out. */
import { readBaseData } from "../../src/scorecard/reader";
import { baseOperand, readSchemeSheet, tableGrid } from "../../src/scorecard/schemeSheet";

/** The base sheet the formulas are checked against: 调查人数 is not on it, only a longer label holding it. */
const BASE = readBaseData(
  tableGrid("基础数据", {
    rows: [
      ["编制数", 40],
      ["在职人员数", 42],
      ["本年调查人数合计", 200],
    ],
    merges: [],
  })
);

const H = [
  "一级指标",
  "分值",
  "二级指标",
  "分值",
  "三级指标",
  "分值",
  "指标解释",
  "评分标准",
  "指标值",
];

function read(rows: Array<Array<string | number | null>>) {
  return readSchemeSheet(tableGrid("本地方案", { rows, merges: [] }), baseOperand(BASE));
}

test("each mistake with its cell", () => {
  const r = read([
    ["某某局部门整体支出绩效评价指标"],
    H,
    // 投入 says 20 but its groups add up to 15 (10 + 5)
    [
      "投入",
      20,
      "预算配置",
      10,
      "在职人员控制率",
      5,
      "",
      "≤100%计5分，每超过一个百分点扣0.5分，扣完为止",
      "在职人员数/编制数",
    ],
    // 预算配置 says 10 but holds 5 + 4
    [null, null, null, null, "预算调整率", 4, "", "二者择其一", "预算调整数/年初预算"],
    [
      null,
      null,
      "预算执行",
      5,
      "公用经费控制率",
      5,
      "",
      "100%计满分，每超过1%扣1分",
      "调查人数/编制数",
    ],
    [
      "过程",
      10,
      "预算管理",
      10,
      "管理制度健全性",
      4,
      "",
      "①制度健全计2分；②执行有效计2分",
      "编制数",
    ],
    [null, null, null, null, "资金使用合规性", 0, "", "每出现一例扣1分", null],
    [null, null, null, null, "满意度", 6, "", "按满意率计算得分", "满意率"],
    ["合计", 100],
  ]);
  expect(r.scheme).toBeUndefined();
  expect(r.problems).toEqual(
    [
      {
        cell: "本地方案!H4",
        message: expect.stringMatching(/^评价标准无法读懂：“二者择其一”/),
        // A 计分方式 on row 4 (0-based 3) would fix it; the table has no such column yet.
        fix: { row: 3, headerRow: 1, criterion: "二者择其一", points: 4, need: "rule" },
      },
      {
        cell: "本地方案!I5",
        message:
          "公式中的“调查人数”在基础数据表“基础数据”中找不到（相近的有：A3“本年调查人数合计”）",
      },
      {
        cell: "本地方案!H6",
        message: expect.stringMatching(/^评价标准是“逐项计分”，需要自评输入，但指标值是公式/),
        // Only a rule over a rate fits the formula.
        fix: {
          row: 5,
          headerRow: 1,
          criterion: "①制度健全计2分；②执行有效计2分",
          points: 4,
          need: "rate",
        },
      },
      { cell: "本地方案!F7", message: "“资金使用合规性”的分值应为大于0的数" },
      { cell: "本地方案!B3", message: "一级指标“投入”20分，其下二级指标合计15分" },
      // 5 + 4: the unreadable row's 分值 counts too
      { cell: "本地方案!D3", message: "二级指标“预算配置”10分，其下三级指标合计9分" },
      { cell: "本地方案!D6", message: "二级指标“预算管理”10分，其下三级指标合计10分" },
      { cell: "本地方案", message: expect.stringMatching(/^合计行写100分/) },
    ].filter((p) => p.cell !== "本地方案!D6")
  );
});

test("a sheet without the table's header says what it needs", () => {
  const r = read([
    ["部门", "金额"],
    ["办公室", 3],
  ]);
  expect(r.problems).toEqual([{ cell: "本地方案", message: expect.stringContaining("三级指标") }]);
});

test("one 分值 column only, merged-looking blanks, a title and notes rows: read, levels summed from below", () => {
  const r = readSchemeSheet(
    tableGrid("评分标准", {
      rows: [
        ["2023年度部门整体支出绩效评价指标体系"],
        ["一级指标", "二级指标", "三级指标", "分值", "评价标准", "指标值"],
        [
          "投入",
          "预算配置",
          "在职人员控制率",
          5,
          "≤100%计5分，每超过一个百分点扣0.5分，扣完为止",
          "在职人员数/编制数",
        ],
        [
          null,
          null,
          "“三公经费”变动率",
          5,
          "下降的计5分，增加的按比例扣减",
          "(本年三公经费预算数-上年三公经费预算数)/上年三公经费预算数",
        ],
        [
          "产出",
          "职责履行",
          "重点工作办结率",
          10,
          "按完成比例计分，满分为止",
          "重点工作完成数/重点工作交办数",
        ],
        ["注：指标值中的名称对应基础数据表的项目。"],
      ],
      merges: [],
    })
  );
  expect(r.problems).toEqual([]);
  expect(
    r.scheme!.levels.map((l) => [
      l.name,
      l.points,
      l.groups.map((g) => [g.name, g.points, g.indicators.length]),
    ])
  ).toEqual([
    ["投入", 10, [["预算配置", 10, 2]]],
    ["产出", 10, [["职责履行", 10, 1]]],
  ]);
  expect(r.scheme!.total).toBe(20);
});

test("levels summed from decimal points add up exactly (0.1 + 0.2 is 0.3, not 0.30000000000000004)", () => {
  const r = readSchemeSheet(
    tableGrid("评分标准", {
      rows: [
        ["一级指标", "二级指标", "三级指标", "分值", "评价标准"],
        ["过程", "预算管理", "信息真实", 0.1, "基础数据信息真实（0.1分）"],
        [null, null, "信息完整", 0.2, "基础数据信息完整（0.2分）"],
        ["合计", null, null, 0.3],
      ],
      merges: [],
    })
  );
  expect(r.problems).toEqual([]);
  expect([
    r.scheme!.levels[0].points,
    r.scheme!.levels[0].groups[0].points,
    r.scheme!.total,
  ]).toEqual([0.3, 0.3, 0.3]);
});

test("arithmetic the value formulas do not take, in 指标值 or in 指标说明, is named with its cell", () => {
  const r = read([
    H,
    [
      "投入",
      10,
      "预算配置",
      10,
      "人均公用经费",
      5,
      "",
      "按完成比例计分，满分为止",
      "本年公用经费决算数×编制数",
    ],
    [
      null,
      null,
      null,
      null,
      "人均支出",
      5,
      "X=本年公用经费决算数*编制数",
      "按完成比例计分，满分为止",
      null,
    ],
  ]);
  const form = (f: string) => `公式“${f}”的形式暂不支持（可用：A/B、(A-B)/B、(A+B+C-D)/(A+B+C)）`;
  expect(r.problems).toEqual([
    { cell: "本地方案!I2", message: form("本年公用经费决算数×编制数") },
    { cell: "本地方案!G3", message: form("X=本年公用经费决算数*编制数") },
  ]);
});
