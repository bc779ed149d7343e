/**
 * Full, realistic data for both built-in schemes (seed 000 and 004 orders of magnitude): every
 * figure present and every self-evaluation input typed. Shared by the LibreOffice suite, the
 * fill-in-place tests and the seeds pasted as scheme sheets, so they all score the same case.
 */

/** Every figure both schemes read, by catalogue label. */
export const FULL_FIGURES: Readonly<Record<string, number>> = {
  编制数: 43, 在职人员数: 45, 上年三公经费预算数: 20, 本年三公经费预算数: 18, 本年三公经费决算数: 4.63,
  本年公用经费预算数: 47.5, 本年公用经费决算数: 51.64, 本年政府采购预算数: 22, 本年政府采购决算数: 21.5,
  上年结转: 10, 年初预算: 916.19, 本年追加预算: 100, 年末结余: 30, 预算完成数: 900, 预算调整数: 50,
  重点项目支出: 80, 项目总支出: 137.92, 本年结转结余总额: 115, 上年结转结余总额: 100, 固定资产总额: 200,
  在用固定资产总额: 190, 重点工作交办数: 10, 重点工作完成数: 9, 计划工作数: 20, 质量达标工作数: 19, 满意率: 0.93,
};

/** Every self-evaluation input typed, by scheme id and indicator path (一级/二级/三级). */
export const FULL_INPUTS: Readonly<Record<string, Readonly<Record<string, string | number>>>> = {
  浏阳2018: {
    "过程/预算管理/管理制度健全性": "①②④",
    "过程/预算管理/资金使用合规性": 2,
    "过程/预算管理/预决算信息公开": "1,2,3",
    "产出及效率/履职效益/经济效益、社会效益": 5.5,
    "产出及效率//行政效能": "一般",
  },
  湘潭县2020: {
    "投入/目标设定/绩效目标合理性": "全部",
    "投入/目标设定/绩效指标明确性": "①③④",
    "过程/预算执行/支付进度率": "1",
    "过程/预算管理/管理制度健全性": "①②",
    "过程/预算管理/资金使用合规性": "1、2、3、5",
    "过程/预算管理/预决算信息公开性": "全部",
    "过程/预算管理/基础信息完善性": "①③",
    "过程/资产管理/管理制度健全性": "无",
    "过程/资产管理/资产管理安全性": "12345",
    "产出/职责履行/实际完成率": "92/100",
    "产出/职责履行/完成及时率": 3,
    "效果/履职效益/经济效益": 0.95,
    "效果/履职效益/社会效益": 0.9,
    "效果/履职效益/生态效益": 1,
  },
};
