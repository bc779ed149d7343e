import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { workbookBuffer, writePlan } from "../../src/cli/xlsx";
import type { Plan } from "../../src/scorecard/plan";
import { roundTrip } from "../reader/sheetBuilder";

const longText = "说明".repeat(200); // 400 characters

function samplePlan(): Plan {
  return {
    sheetName: "计分表",
    range: "A1:D6",
    cells: [
      { address: "A1", value: "部门整体支出绩效计分表", style: "title" },
      { address: "A2", value: "编制数", style: "label" },
      { address: "B2", value: 43, style: "number" },
      { address: "C2", formula: "=B2*2", style: "number" },
      { address: "D2", formula: "=B2-B2", style: "number" },
      { address: "A3", value: "自评输入", style: "label", note: "基础数据缺少：上年三公经费预算数" },
      { address: "B3", style: "input" },
      { address: "B4", style: "input" },
      { address: "B5", style: "input" },
      { address: "B6", style: "input" },
      { address: "C6", value: true },
    ],
    styles: {
      title: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle", border: "thin" },
      label: { italic: true, fontColor: "#1F4E79", wrap: true, border: "thin" },
      number: { numberFormat: "0.00", horizontal: "right" },
      input: { fill: "#FFF2CC", unlocked: true, border: "thin", numberFormat: "0.00%" },
    },
    merges: ["A1:D1"],
    columnWidths: [20, 12, 0, 8],
    rowHeights: [{ row: 1, height: 30 }],
    hiddenColumns: [2],
    freeze: { rows: 2, columns: 1 },
    validations: [
      {
        range: "B3",
        rule: { type: "list", values: ["较好", "一般", "无效果"] },
        prompt: { title: "这是一个超过三十二个字符的非常非常长的输入提示标题文字内容啊", message: longText },
        error: { title: "输入有误", message: "请从列表中选择", strict: true },
      },
      { range: "B4:B5", rule: { type: "decimal", min: 0 }, prompt: { title: "上年结转", message: "上年结转到本年的资金" } },
      { range: "B6", rule: { type: "whole", min: 0, max: 4 } },
      { range: "C3", rule: { type: "custom", formula: "=ISNUMBER(C3)" } },
      { range: "D3", rule: { type: "any" }, prompt: { title: "提示", message: "任意内容" } },
      { range: "D4", rule: { type: "list", values: Array.from({ length: 60 }, (_, i) => `选项${i + 1}`) } },
      { range: "D5", rule: { type: "list", values: ["①②", "a,b"] } },
      { range: "C4", rule: { type: "list", values: ["全部", "①", "无"] }, alert: false },
    ],
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: 1, fitToHeight: 0, titleRows: "1:2", area: "A1:D6" },
    inputs: [
      { address: "B4", key: "上年结转", kind: "figure", label: "上年结转", initial: 12.5 },
      { address: "B5", key: "年初预算", kind: "figure", label: "年初预算" },
    ],
  };
}

async function written(options?: Parameters<typeof writePlan>[2]) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("基础数据");
  writePlan(wb, samplePlan(), options);
  const buffer = await workbookBuffer(wb);
  const back = await roundTrip(wb);
  return { buffer, ws: back.getWorksheet("计分表")! };
}

describe("writePlan", () => {
  it("writes values, and formulas without cached results", async () => {
    const { ws } = await written();
    expect(ws.getCell("A1").value).toBe("部门整体支出绩效计分表");
    expect(ws.getCell("B2").value).toBe(43);
    expect(ws.getCell("C2").formula).toBe("B2*2");
    expect(ws.getCell("C2").result).toBeUndefined();
    expect(ws.getCell("D2").result).toBeUndefined();
    expect(ws.getCell("C6").value).toBe(true);
    // An input's initial value is written; one without stays empty.
    expect(ws.getCell("B4").value).toBe(12.5);
    expect(ws.getCell("B5").value).toBeNull();
  });

  it("flags the workbook for a full recalculation on load and writes no <v> for formulas", async () => {
    const { buffer } = await written();
    const zip = await JSZip.loadAsync(buffer);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/fullCalcOnLoad="1"/);
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheetXml).toMatch(/<c r="C2"[^>]*><f>B2\*2<\/f><\/c>/);
  });

  it("applies fonts, fills, borders, alignment, number formats and unlocks input cells", async () => {
    const { ws } = await written();
    const title = ws.getCell("A1");
    expect(title.font).toMatchObject({ bold: true, size: 16 });
    expect(title.alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    expect(title.border.top).toMatchObject({ style: "thin" });
    const label = ws.getCell("A2");
    expect(label.font).toMatchObject({ italic: true, color: { argb: "FF1F4E79" } });
    expect(label.alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    const input = ws.getCell("B3");
    expect(input.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(input.protection).toMatchObject({ locked: false });
    expect(input.numFmt).toBe("0.00%");
    expect(ws.getCell("A2").protection?.locked).not.toBe(false);
  });

  it("writes notes, merges (styled across the area), widths, heights and freeze panes", async () => {
    const { ws } = await written();
    expect(ws.getCell("A3").note).toBe("基础数据缺少：上年三公经费预算数");
    expect(ws.getCell("D1").isMerged).toBe(true);
    expect(ws.getCell("D1").master.address).toBe("A1");
    expect(ws.getCell("D1").border.right).toMatchObject({ style: "thin" });
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getColumn(3).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" });
  });

  it("writes data validations with prompts and errors inside Excel's limits", async () => {
    const { ws } = await written();
    const list = ws.getCell("B3").dataValidation;
    expect(list).toMatchObject({ type: "list", formulae: ['"较好,一般,无效果"'], showInputMessage: true, errorStyle: "stop", error: "请从列表中选择" });
    expect(list.promptTitle!.length).toBeLessThanOrEqual(32);
    expect(list.prompt!.length).toBeLessThanOrEqual(255);
    expect(list.prompt!.endsWith("…")).toBe(true);

    for (const a of ["B4", "B5"]) {
      expect(ws.getCell(a).dataValidation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0], prompt: "上年结转到本年的资金" });
    }
    expect(ws.getCell("B6").dataValidation).toMatchObject({ type: "whole", operator: "between", formulae: [0, 4], errorStyle: "warning" });
    expect(ws.getCell("C3").dataValidation).toMatchObject({ type: "custom", formulae: ["ISNUMBER(C3)"] });
    expect(ws.getCell("D3").dataValidation).toMatchObject({ type: "any", prompt: "任意内容" });
    // A list that only suggests (checklist ticks): a dropdown, and other input without an alert.
    const open = ws.getCell("C4").dataValidation;
    expect(open).toMatchObject({ type: "list", formulae: ['"全部,①,无"'] });
    expect(open.showErrorMessage).not.toBe(true);
  });

  it("puts lists that cannot be written inline into a hidden column and refers to them", async () => {
    const { ws } = await written();
    // Range A1:D6 -> spill column F (one column gap).
    expect(ws.getCell("D4").dataValidation).toMatchObject({ type: "list", formulae: ["$F$1:$F$60"] });
    expect(ws.getCell("F1").value).toBe("选项1");
    expect(ws.getCell("F60").value).toBe("选项60");
    expect(ws.getCell("D5").dataValidation).toMatchObject({ type: "list", formulae: ["$F$61:$F$62"] });
    expect(ws.getCell("F62").value).toBe("a,b");
    expect(ws.getColumn(6).hidden).toBe(true);
  });

  it("sets up A4 printing: orientation, fit to one page wide, print titles and area", async () => {
    const { ws } = await written();
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printArea).toBe("A1:D6");
    expect(ws.pageSetup.printTitlesRow).toBe("1:2");
  });

  it("never overwrites an existing sheet", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("计分表");
    expect(() => writePlan(wb, samplePlan())).toThrow(/已存在/);
    expect(() => writePlan(wb, { ...samplePlan(), sheetName: "计分表" }, { sheetName: "计分表 (2)" })).not.toThrow();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["计分表", "计分表 (2)"]);
  });

  it("protects the sheet on request", async () => {
    const { buffer } = await written({ protect: true });
    const zip = await JSZip.loadAsync(buffer);
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
  });
});
