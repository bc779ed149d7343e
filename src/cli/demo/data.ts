/**
 * The demo's example: 浏阳市经济和信息化局, 2018 (seed 000, test/fixtures/seeds/liuyang2018.txt),
 * scored with the 浏阳2018 scheme. Every figure below is quoted from the report; figures the
 * report does not give are left blank on purpose, so the demo shows what "待填" looks like.
 */

export const DEMO_SCHEME = "浏阳2018";
export const DEMO_YEAR = 2018;
export const DEMO_UNIT = "浏阳市经济和信息化局";

/** 基础数据 values by field id (万元, 人), with where the report gives each. */
export const DEMO_FIGURES: Record<string, number> = {
  // 附件4 财政供养人员情况: 编制数 43 | 2018年实际在职人数 43.
  编制数: 43,
  在职人员数: 43,
  // 附件4 经费控制情况, 三公经费: 2017年决算数 25.17 | 2018年预算数 18 | 2018年决算数 4.63.
  上年三公经费决算数: 25.17,
  本年三公经费预算数: 18,
  本年三公经费决算数: 4.63,
  // 附件4: 1、公务用车购置和维护经费 2017 8.1 (其中公车运行维护 8.1); 3、公务接待 17.07 | 18 | 4.63.
  上年公务用车购置及运行维护费决算数: 8.1,
  上年公务用车运行维护费决算数: 8.1,
  上年公务接待费决算数: 17.07,
  本年公务接待费预算数: 18,
  本年公务接待费决算数: 4.63,
  // Report: "“三公”经费预算18万元（公务接待18万元）…年终决算共支出4.63万元（公务接待4.63万元）",
  // "全年无因公出国（境）费用支出金额发生": the other items are 0 in 2018.
  本年公务用车购置及运行维护费预算数: 0,
  本年公务用车购置及运行维护费决算数: 0,
  "本年因公出国（境）费预算数": 0,
  "本年因公出国（境）费决算数": 0,
  // Report: "2018年公用经费预算47.5万元，年终决算51.64万元".
  本年公用经费预算数: 47.5,
  本年公用经费决算数: 51.64,
  // Report: "全年政府采购预算金额22万元，实际采购金额155.55万元".
  本年政府采购预算数: 22,
  本年政府采购决算数: 155.55,
  // Report: "年初基本支出预算778.27万元" + "年初项目支出预算137.92万元" = 916.19.
  年初预算: 916.19,
  // Report: "涉及上级追加资金4382.11万元".
  本年追加预算: 4382.11,
};

/**
 * Not in the report, left blank: 上年三公经费预算数 (附件4 has only the 2017 决算数, which is not
 * the 预算数), 上年结转, 年末结余, 重点工作交办数/完成数, 满意率. No 新建楼堂馆所 project is mentioned:
 * those cells stay empty (full marks under the rule "没有楼堂馆所项目的部门按满分计算").
 */
export const DEMO_BLANK = [
  "上年三公经费预算数",
  "上年结转",
  "年末结余",
  "重点工作交办数",
  "重点工作完成数",
  "满意率",
];

/** The evaluator's inputs, plausible for the report (by indicator path). */
export const DEMO_INPUTS: Record<string, string | number> = {
  // The report lists its 财务管理规定, 会议管理办法, 接待工作管理规定 and 厉行节约 measures, but also
  // "管理制度尚不健全": ① ② ④ hold, ③ (合法、合规、完整) does not.
  "过程/预算管理/管理制度健全性": "①②④",
  // "未严格按照预算科目及专项项目进行列支": one case against ④ (支出符合部门预算批复的用途).
  "过程/预算管理/资金使用合规性": 1,
  // "“三公”经费支出情况定期在局机关宣传栏、浏阳市政府门户网站进行公示".
  "过程/预算管理/预决算信息公开": "全部",
  "产出及效率/履职效益/经济效益、社会效益": 6,
  "产出及效率//行政效能": "较好",
};

/** The report's own 得分 column (附件3), for comparison: total 95. */
export const REPORTED_SCORES: Record<string, number> = {
  "投入/预算配置/在职人员控制率": 5,
  "投入/预算配置/“三公经费”变动率": 8,
  "过程/预算执行/预算完成率": 4,
  "过程/预算执行/预算控制率": 4,
  "过程/预算执行/新建楼堂馆所面积控制率": 5,
  "过程/预算执行/新建楼堂馆所投资概算控制率": 5,
  "过程/预算管理/公用经费控制率": 8,
  "过程/预算管理/“三公经费”控制率": 8,
  "过程/预算管理/政府采购执行率": 5,
  "过程/预算管理/管理制度健全性": 6,
  "过程/预算管理/资金使用合规性": 6,
  "过程/预算管理/预决算信息公开": 5,
  "产出及效率/职责履行/重点工作办结率": 8,
  "产出及效率/履职效益/经济效益、社会效益": 6,
  "产出及效率//行政效能": 6,
  "产出及效率//社会公众或服务对象满意度": 6,
};
