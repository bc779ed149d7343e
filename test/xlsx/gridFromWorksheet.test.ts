import * as ExcelJS from "exceljs";
import { gridFromWorksheet, plainValue } from "../../src/cli/xlsx";
import { addSheet, cellAt, gridOf, roundTrip } from "../reader/sheetBuilder";

describe("gridFromWorksheet", () => {
  it("reads plain values and keeps absolute addresses through the origin", async () => {
    const grid = await gridOf({ rows: [["编制数", 43], [null, "2,886.58"], [true]], at: { row: 3, column: 2 } });
    expect(grid.origin).toEqual({ row: 2, column: 1 });
    expect(grid.rowCount).toBe(3);
    expect(grid.columnCount).toBe(2);
    expect(cellAt(grid, "B3")?.value).toBe("编制数");
    expect(cellAt(grid, "C3")?.value).toBe(43);
    expect(cellAt(grid, "C4")?.value).toBe("2,886.58");
    expect(cellAt(grid, "B4")).toBeUndefined();
    expect(cellAt(grid, "B5")?.value).toBe(true);
  });

  it("gives a formula's cached result, including a 0 result that exceljs drops from cell.value", async () => {
    const wb = new ExcelJS.Workbook();
    addSheet(wb, { rows: [[5, { f: "A1-A1", result: 0 }, { f: "A1*2", result: 10 }, { f: "\"x\"&A1", result: "x5" }]] });
    const back = await roundTrip(wb);
    const ws = back.worksheets[0];
    // The trap this guards against:
    expect((ws.getCell("B1").value as ExcelJS.CellFormulaValue).result).toBeUndefined();
    const grid = gridFromWorksheet(ws);
    expect(cellAt(grid, "B1")).toEqual({ value: 0, formula: "=A1-A1" });
    expect(cellAt(grid, "C1")).toEqual({ value: 10, formula: "=A1*2" });
    expect(cellAt(grid, "D1")).toEqual({ value: "x5", formula: '="x"&A1' });
  });

  it("keeps a formula without a cached result (value null)", async () => {
    const grid = await gridOf({ rows: [[1, { f: "A1+1" }]] });
    expect(cellAt(grid, "B1")).toEqual({ value: null, formula: "=A1+1" });
  });

  it("translates shared formulas for every cell that uses them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellSharedFormulaValue;
    const grid = gridFromWorksheet((await roundTrip(wb)).worksheets[0]);
    expect(cellAt(grid, "B1")).toEqual({ value: 2, formula: "=A1*2" });
    expect(cellAt(grid, "B2")).toEqual({ value: 4, formula: "=A2*2" });
  });

  it("turns rich text and hyperlinks into plain text and errors into their code", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.getCell("A1").value = { richText: [{ text: "三公", font: { bold: true } }, { text: "经费" }] };
    ws.getCell("A2").value = { text: "政府采购", hyperlink: "https://example.org" };
    ws.getCell("A3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("A4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    const grid = gridFromWorksheet((await roundTrip(wb)).worksheets[0]);
    expect(cellAt(grid, "A1")?.value).toBe("三公经费");
    expect(cellAt(grid, "A2")?.value).toBe("政府采购");
    expect(cellAt(grid, "A3")?.value).toBe("#DIV/0!");
    expect(cellAt(grid, "A4")).toEqual({ value: "#DIV/0!", formula: "=1/0" });
  });

  it("gives dates as Excel serial numbers with their format, as Office.js does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.getCell("A1").value = new Date(Date.UTC(2021, 0, 1));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    ws.getCell("A2").value = 0.8798;
    ws.getCell("A2").numFmt = "0.00%";
    const grid = gridFromWorksheet((await roundTrip(wb)).worksheets[0]);
    // 2021-01-01 is serial 44197 in the 1900 date system.
    expect(cellAt(grid, "A1")).toEqual({ value: 44197, numberFormat: "yyyy-mm-dd" });
    expect(cellAt(grid, "A2")).toEqual({ value: 0.8798, numberFormat: "0.00%" });
  });

  it("leaves merged cells other than the top-left one empty and lists the merges", async () => {
    const grid = await gridOf({ rows: [["经费控制情况", null, null], ["三公经费", 25.17, null]], merges: ["A1:C1", "B2:C2"] });
    expect(cellAt(grid, "A1")?.value).toBe("经费控制情况");
    expect(cellAt(grid, "B1")).toBeUndefined();
    expect(cellAt(grid, "C2")).toBeUndefined();
    expect([...grid.merges].sort()).toEqual(["A1:C1", "B2:C2"]);
  });

  it("reads an empty sheet as an empty grid", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空");
    const grid = gridFromWorksheet((await roundTrip(wb)).worksheets[0]);
    expect(grid).toMatchObject({ sheetName: "空", rowCount: 0, columnCount: 0, merges: [] });
  });

  it("plainValue handles every exceljs value shape", () => {
    expect(plainValue(null)).toBeNull();
    expect(plainValue(Number.NaN)).toBeNull();
    expect(plainValue({ formula: "A1", result: 0 })).toBe(0);
    expect(plainValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toBe("ab");
    // 1904 system: 1904-01-01 is serial 0.
    expect(plainValue(new Date(Date.UTC(1904, 0, 1)), true)).toBe(0);
  });
});
