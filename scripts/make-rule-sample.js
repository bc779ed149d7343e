#!/usr/bin/env node
// Writes examples/评价标准计分示例.xlsx: other localities' 评价标准 beside PERF.RULESCORE and the native formula
// the reader emits for each (`npm run samples`; needs `npm run prepare` first). test/functions/ruleSample.test.ts
// checks the committed file is what this script writes.
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");
const { evaluateRule, D } = require("../lib/core/index.js");
const { excelReading, excelRule } = require("../lib/core/rules/native/index.js");
const { readRuleText } = require("../lib/core/ruleText/index.js");

const ROWS = [
  ["在职人员控制率", 5, "在职人员控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止。", 1.03],
  ["公用经费控制率", 2, "为100%的计2分，每超过1个百分点扣0.1分，不足1个百分点的不扣分，扣完为止。", 1.055],
  ["预算执行率", 10, "预算执行率=（执行数/调整后预算数）×100%。完成指标值的，记全部分值；未完成的，按照完成值与指标值的比例记分。", 0.9567],
  ["政府采购执行率", 6, "以100%为标准，每偏离5个百分点扣2分，扣完为止", 0.9],
  ["预算控制率", 5, "预算控制率=0，计5分；0-10%（含），计4分；10-20%（含），计3分；20-30%（含），计2分；大于30%不得分。", 0.12],
  ["“三公经费”变动率", 4, "较上年下降的得满分，持平的得2分，上升的不得分", 0],
  ["社会公众满意度", 6, "满意度90%（含）以上计6分；80%（含）-90%，计4分；70%（含）-80%，计2分；低于70%计0分。", 0.88],
  ["管理制度健全性", 4, "1、已制定内部财务管理制度（1分）；2、制度合法合规完整（1分）；3、制度得到有效执行（2分）", "1,3"],
  ["信息公开", 2, "按规定时限公开预决算信息（2分）", "是"],
  ["决算报送", 3, "按时报送决算报表的得3分，每延迟一个月扣1分，扣完为止。", 1],
  ["行政效能", 6, "效果较好的计6分；一般3分；无效果0分", "一般"],
  ["完成及时率", 4, "1-4季度各得1分", 3],
  ["经济效益", 5, "根据部门履职产生的经济效益综合评定", 4],
];

const HEADERS = ["三级指标", "分值", "评价标准", "指标值", "得分（PERF 函数）", "扣分说明（PERF 函数）", "得分（通用公式）", "读作", "读数"];

function sample() {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  const ws = wb.addWorksheet("评价标准计分示例");
  ws.addRow(["评价标准计分示例：在“评价标准”列填本地财政局的原文，“得分（PERF 函数）”列即按原文计分（需加载项）；“得分（通用公式）”列是生成时按原文写出的原生公式，不需加载项。"]);
  ws.addRow(HEADERS);
  ROWS.forEach(([name, points, text, value], i) => {
    const r = i + 3;
    const read = readRuleText(text, points);
    if (!read.ok) throw new Error(`${text}: ${read.reason}`);
    const score = evaluateRule(read.rule, new D(points), value, "指标值").score.toNumber();
    ws.addRow([name, points, text, value]);
    ws.getCell(`E${r}`).value = { formula: `PERF.RULESCORE(C${r},B${r},D${r})`, result: score };
    ws.getCell(`F${r}`).value = { formula: `PERF.RULEEXPLAIN(C${r},B${r},D${r})` };
    // The input as the rule reads it ("３", "１０３％" typed as text), in a hidden column, as the 计分表 does.
    ws.getCell(`I${r}`).value = { formula: excelReading(read.rule, `D${r}`) };
    ws.getCell(`G${r}`).value = { formula: excelRule(read.rule, new D(points), `D${r}`, `I${r}`), result: score };
    ws.getCell(`H${r}`).value = read.reading;
    if (typeof value === "number" && !Number.isInteger(value)) ws.getCell(`D${r}`).numFmt = "0.00%";
  });
  ws.columns.forEach((c, i) => (c.width = [16, 6, 48, 10, 12, 40, 12, 60, 8][i]));
  ws.getColumn("I").hidden = true;
  for (const col of ["C", "F", "H"]) ws.getColumn(col).alignment = { wrapText: true, vertical: "top" };
  return wb;
}

module.exports = { ROWS, sample };

if (require.main === module) {
  const out = path.join(__dirname, "..", "examples", "评价标准计分示例.xlsx");
  sample()
    .xlsx.writeFile(out)
    .then(() => console.log(`wrote ${out}`));
}
