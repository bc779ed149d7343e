import { classify, titleYear, yearValue } from "../../src/scorecard/reader/classify";
import { isUnitOnly, labelKey } from "../../src/scorecard/reader/labels";
import { findBaseSheet, readBaseData } from "../../src/scorecard/reader";
import { expectFigures } from "./expect";
import { gridFromRows } from "./sheetBuilder";

describe("labelKey", () => {
  it.each([
    ["   3、公务接待", "公务接待"],
    ["       其中：公车购置", "公车购置"],
    ["“三公”经费（万元）：", "三公经费"],
    ["编 制 数", "编制数"],
    ["编　制　数（人）", "编制数"],
    ["（三）年初预算数（单位：万元）", "年初预算数"],
    ["⑵公务用车运行维护费", "公务用车运行维护费"],
    ["①公务接待费", "公务接待费"],
    ["二、因公出国（境）费", "因公出国(境)费"],
    ["因公出国【境】费", "因公出国(境)费"],
    ["项目支出：", "项目支出"],
    ["3、其他项目支出…", "其他项目支出"],
    ["满意率（%）", "满意率"],
    ["固定资产总额 单位：万元", "固定资产总额"],
    ["部门整体支出预算调整 ", "部门整体支出预算调整"],
    ["2018年实际在职人数", "2018年实际在职人数"],
  ])("%s -> %s", (text, key) => {
    expect(labelKey(text)).toBe(key);
  });

  it("recognises cells that only state a unit", () => {
    for (const t of ["万元", "（人）", "单位：万元", "平方米", "(%)", "金额单位：万元"]) expect(isUnitOnly(t)).toBe(true);
    for (const t of ["编制数", "43", "", "万元整"]) expect(isUnitOnly(t)).toBe(false);
  });
});

describe("classify", () => {
  it("tells figures, table rows, headings, the year and the unit apart", () => {
    expect(classify("核定编制数")?.scalar).toEqual({ type: "field", field: "编制数" });
    expect(classify("2018年实际在职人数")?.scalar).toEqual({ type: "field", field: "在职人员数", period: { year: 2018 } });
    expect(classify("本年三公经费预算数")?.scalar).toEqual({ type: "cross", row: "三公经费", kind: "预算", period: "本年" });
    expect(classify("出国经费")?.row).toEqual({ type: "cross", row: "因公出国（境）费" });
    // A bare "公务用车" row is the 公务用车 total, so its sub-items are checked against it.
    expect(classify("公务用车")?.row).toEqual({ type: "cross", row: "公务用车购置及运行维护费" });
    expect(classify("2、公车")?.row).toEqual({ type: "cross", row: "公务用车购置及运行维护费" });
    expect(classify("2017年决算数")?.header).toEqual({ period: { year: 2017 }, kind: "决算" });
    expect(classify("上年度预算数")?.header).toEqual({ period: "上年", kind: "预算" });
    expect(classify("本年度实际支出数")?.header).toEqual({ period: "本年", kind: "决算" });
    expect(classify("决算数")?.header).toEqual({ kind: "决算" });
    expect(classify("年度：2021")?.year).toBe(2021);
    expect(classify("评价年度:2021年")?.year).toBe(2021);
    expect(classify("2021年度")).toMatchObject({ year: 2021, yearAlone: true, header: { period: { year: 2021 } } });
    expect(classify("年度")?.yearLabel).toBe(true);
    expect(classify("填报单位：浏阳市经济和信息化局")?.unitName).toBe("浏阳市经济和信息化局");
    expect(classify("填报单位（盖章）：某局　　单位：万元")?.unitName).toBe("某局");
    expect(classify("填报单位（盖章）")?.unitLabel).toBe(true);
    expect(classify("填报单位：某某局    填报日期：2022年3月")?.unitName).toBe("某某局");
    expect(classify("填报单位")?.unitLabel).toBe(true);
    expect(classify("单位：万元")).toBeUndefined();
    expect(classify("控制率")).toBeUndefined();
    expect(classify("说明：“项目支出”需要填报除专项资金和基本支出以外的所有项目情况")).toBeUndefined();
  });

  it("reads years from 年度 values and titles", () => {
    expect(yearValue(2021)).toBe(2021);
    expect(yearValue("２０２１年")).toBe(2021);
    expect(yearValue("2021年度")).toBe(2021);
    expect(yearValue(21)).toBeUndefined();
    expect(yearValue("二〇二一")).toBeUndefined();
    expect(titleYear("浏阳市经信局2018年度部门整体支出绩效评价基础数据表")).toBe(2018);
    expect(titleYear("2018年度部门整体支出绩效自评报告")).toBeUndefined();
  });
});

describe("findBaseSheet", () => {
  it("finds the base sheet by name, ignoring spaces and full-width forms", () => {
    expect(findBaseSheet(["封面", "基础数据", "计分表"])).toBe("基础数据");
    expect(findBaseSheet(["计分表", "基础数据 "])).toBe("基础数据 ");
    expect(findBaseSheet(["基础数据　表"])).toBe("基础数据　表");
    expect(findBaseSheet(["附件3", "部门整体支出绩效评价基础数据表"])).toBe("部门整体支出绩效评价基础数据表");
    expect(findBaseSheet(["部门整体支出绩效评价基础数据表", "基础数据表"])).toBe("基础数据表");
    expect(findBaseSheet(["基础数据计分表", "附件4基础数据"])).toBe("附件4基础数据");
    expect(findBaseSheet(["基础信息表"])).toBe("基础信息表");
    expect(findBaseSheet(["Sheet1", "计分表"])).toBeUndefined();
    expect(findBaseSheet([])).toBeUndefined();
  });
});

describe("本年度 / 上年度 columns", () => {
  it("reads 本年度 / 上年度 headings without any year", () => {
    const data = readBaseData(
      gridFromRows([
        ["项目", "本年度预算数", "本年度决算数", "上年度预算数"],
        ["公务接待费", 9, 7, 10],
      ]),
      { fields: [] },
    );
    expectFigures(data, { 本年公务接待费预算数: ["B2", 9], 本年公务接待费决算数: ["C2", 7], 上年公务接待费预算数: ["D2", 10] });
    expect(data.problems).toEqual([]);
  });
});
