/**
 * The layout corpus (issue 11): base-data sheets written as finance officers write them. Every
 * expected cell is written by hand from the rows as drawn here (row 1 is rows[0], column A is [0]).
 * `found`: field -> [value cell, value]; `near`: label cell -> the field it is reported to resemble.
 */
import type { Expected } from "./expect";
import type { TestCell } from "./sheetBuilder";

export interface Layout {
  name: string;
  rows: TestCell[][];
  merges?: string[];
  /** A second sheet after the base sheet (never read: the base sheet is the first). */
  second?: TestCell[][];
  found: Expected;
  near?: Record<string, string>;
  /** Wanted fields beyond found and near (reported missing). */
  alsoWanted?: string[];
}

const Y = ["年度", 2023];

export const LAYOUTS: Layout[] = [
  {
    name: "01 label-left, no year prefix on 公用经费 and 政府采购",
    rows: [Y, ["公用经费预算数", 51.64], ["公用经费决算数", 50.1], ["政府采购预算数", 120], ["实际政府采购金额", 98.5]],
    found: { 本年公用经费预算数: ["B2", 51.64], 本年公用经费决算数: ["B3", 50.1], 本年政府采购预算数: ["B4", 120], 本年政府采购决算数: ["B5", 98.5] },
  },
  {
    name: "02 公用经费（商品和服务支出） is a near miss",
    rows: [Y, ["公用经费预算数", 60], ["公用经费（商品和服务支出）", 58.2]],
    found: { 本年公用经费预算数: ["B2", 60] },
    near: { A3: "本年公用经费决算数" },
  },
  {
    name: "03 在职 headcount wordings",
    rows: [Y, ["核定编制数", 45], ["年末实有在职人数", 43]],
    found: { 编制数: ["B2", 45], 在职人员数: ["B3", 43] },
  },
  {
    name: "04 在职职工人数 with a 单位 column",
    rows: [Y, ["项目", "单位", "数值"], ["编制人数", "人", 30], ["在职职工人数", "人", 28]],
    found: { 编制数: ["C3", 30], 在职人员数: ["C4", 28] },
  },
  {
    name: "05 项目支出预算合计 with its sub-items under it",
    rows: [Y, ["项目支出预算合计", 1000], ["其中：1、信息化建设项目", 600], ["2、办公楼维修项目", 400], ["重点项目支出", 600]],
    found: { 项目总支出: ["B2", 1000], 重点项目支出: ["B5", 600] },
  },
  {
    name: "06 项目支出决算数 is not the budgeted total: near miss",
    rows: [Y, ["项目支出决算数", 950]],
    found: {},
    near: { A2: "项目总支出" },
  },
  {
    name: "07 year cross table, 三公 sub-items under the total",
    rows: [
      Y,
      ["项目", "2022年预算数", "2022年决算数", "2023年预算数", "2023年决算数"],
      ["“三公”经费", 20, 18, 19, 15],
      ["其中：公务用车购置及运行维护费", 10, 9, 9, 7],
      ["  公务接待费", 6, 5, 6, 5],
      ["  因公出国（境）费", 4, 4, 4, 3],
    ],
    found: {
      上年三公经费预算数: ["B3", 20], 上年三公经费决算数: ["C3", 18], 本年三公经费预算数: ["D3", 19], 本年三公经费决算数: ["E3", 15],
      本年公务用车购置及运行维护费决算数: ["E4", 7], 本年公务接待费决算数: ["E5", 5], "本年因公出国（境）费决算数": ["E6", 3],
    },
  },
  {
    name: "08 cross table with 本年度/上年度 headings and 公用经费（商品和服务支出） as a row",
    rows: [
      Y,
      ["经费项目", "上年度预算安排数", "上年度决算数", "本年度预算安排数", "本年度实际支出数"],
      ["公用经费（商品和服务支出）", 50, 48, 52, 51],
      ["政府采购", 100, 90, 110, 105],
    ],
    found: {
      上年公用经费预算数: ["B3", 50], 上年公用经费决算数: ["C3", 48], 本年公用经费预算数: ["D3", 52], 本年公用经费决算数: ["E3", 51],
      上年政府采购预算数: ["B4", 100], 本年政府采购决算数: ["E4", 105],
    },
  },
  {
    name: "09 two-level headings: merged years over 预算数 | 决算数, merged title",
    rows: [
      ["2023年度部门整体支出绩效评价基础数据表"],
      ["项目", "2022年", null, "2023年", null],
      [null, "预算数", "决算数", "预算数", "决算数"],
      ["公用经费", 40, 39, 42, 41],
      ["三公经费合计", 12, 10, 11, 9],
    ],
    merges: ["A1:E1", "B2:C2", "D2:E2", "A2:A3"],
    found: { 上年公用经费预算数: ["B4", 40], 本年公用经费决算数: ["E4", 41], 本年三公经费预算数: ["D5", 11], 上年三公经费决算数: ["C5", 10] },
  },
  {
    name: "10 label above value, a row of headings",
    rows: [Y, ["编制数", "实际在职人数", "满意度"], [20, 19, "96%"]],
    found: { 编制数: ["A3", 20], 在职人员数: ["B3", 19], 满意率: ["C3", 0.96] },
  },
  {
    name: "11 text numbers and units in values",
    rows: [Y, ["年初预算数", "2,886.58万元"], ["本年追加预算", "300"], ["上年结转资金", "１２０．５"], ["年末结余", "12.3万元"]],
    found: { 年初预算: ["B2", 2886.58], 本年追加预算: ["B3", 300], 上年结转: ["B4", 120.5], 年末结余: ["B5", 12.3] },
  },
  {
    name: "12 numbering prefixes and unit notes in labels",
    rows: [Y, ["一、预算执行"], ["1、预算执行数（万元）", 2900], ["2、预算调整数（剔除特殊原因）", 50], ["（三）重点项目支出总额", 800], ["（四）项目支出总额", 1200]],
    found: { 预算完成数: ["B3", 2900], 预算调整数: ["B4", 50], 重点项目支出: ["B5", 800], 项目总支出: ["B6", 1200] },
  },
  {
    name: "13 结转结余 by period, label-left",
    rows: [Y, ["本年度结转结余总额", 80], ["上年度结转结余总额", 95]],
    found: { 本年结转结余总额: ["B2", 80], 上年结转结余总额: ["B3", 95] },
  },
  {
    name: "14 结转结余 as a row of a year table",
    rows: [Y, ["项目", "2022年决算数", "2023年决算数"], ["结转结余资金", 95, 80]],
    found: { 本年结转结余总额: ["C3", 80], 上年结转结余总额: ["B3", 95] },
  },
  {
    name: "15 楼堂馆所 block",
    rows: [Y, ["新建楼堂馆所"], ["批准建设面积（平方米）", 1200], ["实际建设面积", 1150], ["批准投资金额", 800], ["实际投资额", 790]],
    found: { 批准建设面积: ["B3", 1200], 实际建设面积: ["B4", 1150], 批准投资金额: ["B5", 800], 实际投资金额: ["B6", 790] },
  },
  {
    name: "16 固定资产 pair",
    rows: [Y, ["固定资产总值", 580], ["在用固定资产", 560]],
    found: { 固定资产总额: ["B2", 580], 在用固定资产总额: ["B3", 560] },
  },
  {
    name: "17 履职 counts with a unit column",
    rows: [Y, ["指标", "单位", "数量"], ["交办重点工作数", "项", 12], ["完成重点工作数", "项", 11], ["年度计划工作数", "项", 30], ["质量达标工作数", "项", 29]],
    found: { 重点工作交办数: ["C3", 12], 重点工作完成数: ["C4", 11], 计划工作数: ["C5", 30], 质量达标工作数: ["C6", 29] },
  },
  {
    name: "18 满意率 written as a percent text",
    rows: [Y, ["社会公众满意率", "87.98%"]],
    found: { 满意率: ["B2", 0.8798] },
  },
  {
    name: "19 2023年-prefixed single figures",
    rows: [["年度：2023"], ["2023年公用经费预算数", 33], ["2023年公用经费决算数", 31], ["2022年公用经费决算数", 30]],
    found: { 本年公用经费预算数: ["B2", 33], 本年公用经费决算数: ["B3", 31], 上年公用经费决算数: ["B4", 30] },
  },
  {
    name: "20 上年 figures label-left",
    rows: [Y, ["上年“三公”经费预算数", 22], ["上年三公经费决算数", 20], ["本年三公经费预算数", 21], ["本年三公经费决算数", 19]],
    found: { 上年三公经费预算数: ["B2", 22], 上年三公经费决算数: ["B3", 20], 本年三公经费预算数: ["B4", 21], 本年三公经费决算数: ["B5", 19] },
  },
  {
    name: "21 批复数 / 完成数 as kinds",
    rows: [Y, ["政府采购批复数", 140], ["政府采购完成数", 133]],
    found: { 本年政府采购预算数: ["B2", 140], 本年政府采购决算数: ["B3", 133] },
  },
  {
    name: "22 公务用车 sub-items label-left with kinds",
    rows: [Y, ["公务用车购置费预算数", 0], ["公务用车运行维护费预算数", 8], ["公务接待费预算数", 5]],
    found: { 本年公务用车购置费预算数: ["B2", 0], 本年公务用车运行维护费预算数: ["B3", 8], 本年公务接待费预算数: ["B4", 5] },
  },
  {
    name: "23 (盖章) note on the unit line and on a label",
    rows: [["填报单位（盖章）：某县财政局"], Y, ["公用经费决算数（盖章）", 44]],
    found: { 本年公用经费决算数: ["B3", 44] },
  },
  {
    name: "24 base sheet followed by a second sheet",
    rows: [Y, ["编制数", 12], ["在职人数", 11]],
    second: [["说明"], ["在职人数以年末为准"]],
    found: { 编制数: ["B2", 12], 在职人员数: ["B3", 11] },
  },
  {
    name: "25 values two columns right, a blank between",
    rows: [Y, ["核定编制", null, 50], ["实有人数", null, 47]],
    found: { 编制数: ["C2", 50], 在职人员数: ["C3", 47] },
  },
  {
    name: "26 merged label cells",
    rows: [Y, ["年初预算", null, 3000], ["本年追加", null, 200]],
    merges: ["A2:B2", "A3:B3"],
    found: { 年初预算: ["C2", 3000], 本年追加预算: ["C3", 200] },
  },
  {
    name: "27 labels in column C, moved down",
    rows: [[], [], [null, null, "评价年度", 2023], [null, null, "固定资产原值", 900], [null, null, "在用固定资产原值", 850]],
    found: { 固定资产总额: ["D4", 900], 在用固定资产总额: ["D5", 850] },
  },
  {
    name: "28 cross table with a 单位 column",
    rows: [Y, ["项目", "单位", "2022年决算数", "2023年预算数", "2023年决算数"], ["公务接待费", "万元", 5, 6, 4.5], ["公用经费", "万元", 40, 42, 41]],
    found: { 上年公务接待费决算数: ["C3", 5], 本年公务接待费预算数: ["D3", 6], 本年公务接待费决算数: ["E3", 4.5], 本年公用经费决算数: ["E4", 41] },
  },
  {
    name: "29 上年 headcount is not this year's: near miss",
    rows: [Y, ["上年在职人数", 40]],
    found: {},
    near: { A2: "在职人员数" },
  },
  {
    name: "30 a label with the subject inside other words: near miss",
    rows: [Y, ["其中：公用经费中的商品和服务支出合计数", 30]],
    found: {},
    near: { A2: "本年公用经费决算数" },
  },
  {
    name: "31 three公 total with 小计 and kind words",
    rows: [Y, ["三公经费小计预算数", 15]],
    found: { 本年三公经费预算数: ["B2", 15] },
  },
  {
    name: "32 预算安排数 and 实际支出数 label-left",
    rows: [Y, ["公务接待费预算安排数", 3], ["公务接待费实际支出数", 2.5]],
    found: { 本年公务接待费预算数: ["B2", 3], 本年公务接待费决算数: ["B3", 2.5] },
  },
  {
    name: "33 因公出国（境）费 with kinds",
    rows: [Y, ["因公出国（境）费预算数", 4], ["因公出国（境）费决算数", 0]],
    found: { "本年因公出国（境）费预算数": ["B2", 4], "本年因公出国（境）费决算数": ["B3", 0] },
  },
  {
    name: "34 满意度 label above with a unit row",
    rows: [Y, ["满意度调查结果"], ["（%）"], ["92%"]],
    found: { 满意率: ["A4", 0.92] },
  },
  {
    name: "35 a year table of amounts by 年度 with sub-items under 项目支出",
    rows: [
      Y,
      ["项目", "2022年预算数", "2023年预算数", "2023年决算数"],
      ["项目支出", 900, 1000, 950],
      ["其中：1、专项业务费", 500, 600, 560],
      ["2、设备购置费", 400, 400, 390],
    ],
    found: { 项目总支出: ["C3", 1000] },
  },
  {
    name: "36 预算执行 block with 年初批复预算",
    rows: [Y, ["上年结转数", 100], ["年初批复预算", 2500], ["追加预算数", 300], ["年末结余资金", 20], ["预算实际完成数", 2850]],
    found: { 上年结转: ["B2", 100], 年初预算: ["B3", 2500], 本年追加预算: ["B4", 300], 年末结余: ["B5", 20], 预算完成数: ["B6", 2850] },
  },
  {
    name: "37 公用经费 alone, both kinds wanted: ambiguous",
    rows: [Y, ["公用经费", 50]],
    found: {},
    near: { A2: "本年公用经费预算数" },
    alsoWanted: ["本年公用经费决算数"],
  },
  {
    name: "38 政府采购 with spending words: 政府采购支出额",
    rows: [Y, ["政府采购预算数", 80], ["政府采购支出额", 70]],
    found: { 本年政府采购预算数: ["B2", 80] },
    near: { A3: "本年政府采购决算数" },
  },
  {
    name: "39 公车 sub-items in a cross table under 公务用车购置及运行维护费",
    rows: [
      Y,
      ["项目", "2023年预算数", "2023年决算数"],
      ["公务用车购置及运行维护费", 10, 9],
      ["  1、公车购置费", 2, 2],
      ["  2、公车运行维护费", 8, 7],
    ],
    found: { 本年公务用车购置费预算数: ["B4", 2], 本年公务用车运行维护费决算数: ["C5", 7], 本年公务用车购置及运行维护费预算数: ["B3", 10] },
  },
  {
    name: "40 title, 填报单位 and a 金额单位 line above label-left figures",
    rows: [["2023年度部门整体支出绩效评价基础数据表"], ["填报单位：某某局", null, "金额单位：万元"], ["重点项目支出金额", 500], ["项目支出总数", 700]],
    merges: ["A1:C1"],
    found: { 重点项目支出: ["B3", 500], 项目总支出: ["B4", 700] },
  },
  {
    name: "41 在职人员 near miss from a 上年 label beside this year's",
    rows: [Y, ["年末在职人数", 41], ["上年末在职人数", 40]],
    found: { 在职人员数: ["B2", 41] },
  },
  {
    name: "42 本年度 prefix on composed labels",
    rows: [Y, ["本年度政府采购预算安排数", 60], ["本年度政府采购执行数", 55]],
    found: { 本年政府采购预算数: ["B2", 60], 本年政府采购决算数: ["B3", 55] },
  },
];
