/** examples/评价标准计分示例.xlsx is what scripts/make-rule-sample.js writes, and scores as worked out by hand. */
import * as ExcelJS from "exceljs";
import { constant } from "../../src/core";
import { excelReading, excelRule } from "../../src/core/rules/native";
import { readRuleText } from "../../src/core/ruleText";
import { callFunction } from "../../src/functions/registry";
import { SAMPLE, SAMPLE_SCORES } from "./support/ruleSample";

test("the sample's formulas are the emitter's, and its PERF column scores as derived by hand", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet("评价标准计分示例")!;
  expect(ws.getCell("C2").value).toBe("评价标准");
  SAMPLE_SCORES.forEach((expected, i) => {
    const r = i + 3;
    const points = Number(ws.getCell(`B${r}`).value);
    const text = String(ws.getCell(`C${r}`).value);
    const value = ws.getCell(`D${r}`).value;
    const read = readRuleText(text, points);
    if (!read.ok) throw new Error(read.reason);
    expect(ws.getCell(`E${r}`).formula).toBe(`PERF.RULESCORE(C${r},B${r},D${r})`);
    expect(ws.getCell(`I${r}`).formula).toBe(excelReading(read.rule, `D${r}`));
    expect(ws.getCell(`G${r}`).formula).toBe(
      excelRule(read.rule, constant(points), `D${r}`, `I${r}`)
    );
    expect(ws.getCell(`H${r}`).value).toBe(read.reading);
    expect([r, callFunction("RULESCORE", [text, points, value])]).toEqual([
      r,
      { ok: true, value: expected },
    ]);
  });
  expect(ws.getCell(`C${SAMPLE_SCORES.length + 3}`).value).toBeNull();
});
