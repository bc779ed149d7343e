/**
 * Pins through the Office.js adapter (src/excel/pins.ts) on the fake host: pinning the selected
 * cell saves a defined name, the reader honours it, and the same workbook saved as .xlsx and read
 * by the command line's code path gives the same figure.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { getScheme } from "../../src/core";
import { scoreFile } from "../../src/cli/commands/score";
import {
  inspectWorkbookPins,
  pinnedCells,
  pinSelectedCell,
  readBaseWithPins,
  readPins,
  removePin,
} from "../../src/excel/pins";
import { readSheet } from "../../src/excel/readActions";
import { generateScorecard } from "../../src/excel/scorecard";
import { FakeWorkbook } from "../support/fakeExcel";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-pane-pins-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const scheme = getScheme("浏阳2018");

/** 核定编制数 43 by its label (B2), 50 in D5 and on "my sheet"!B4; 在职人员数 45. */
function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("基础数据", {
    A1: "年度",
    B1: 2021,
    A2: "核定编制数",
    B2: 43,
    A3: "在职人员数",
    B3: 45,
    D5: 50,
  });
  wb.addSheet("my sheet", { B4: 48 });
  return wb;
}

/** The fake workbook as an .xlsx file: cell values and its defined names, as Excel would save them. */
async function saveAsXlsx(wb: FakeWorkbook, name: string): Promise<string> {
  const out = new ExcelJS.Workbook();
  for (const s of wb.sheets) {
    const ws = out.addWorksheet(s.name);
    for (const [address, cell] of s.cells)
      if (cell.value !== null) ws.getCell(address).value = cell.value;
  }
  for (const n of wb.names) out.definedNames.add(n.formula.replace(/^=/, ""), n.name);
  const file = path.join(dir, name);
  await out.xlsx.writeFile(file);
  return file;
}

describe("pinSelectedCell", () => {
  it("saves the selected cell as the figure's name in two round trips, replacing an earlier pin", async () => {
    const wb = workbook();
    const host = wb.host();
    wb.selection = { sheet: "my sheet", address: "B4" };
    const before = wb.syncCount;
    const first = await pinSelectedCell(host, "编制数");
    expect(first).toEqual({
      figure: "编制数",
      name: "PS_编制数",
      sheet: "my sheet",
      address: "B4",
      syncs: 2,
    });
    expect(wb.syncCount - before).toBe(2);
    expect(wb.names).toEqual([
      { name: "PS_编制数", formula: "='my sheet'!$B$4", comment: "PerfScore：编制数取自此单元格" },
    ]);
    // A range selected: its top-left cell.
    wb.selection = { sheet: "基础数据", address: "D5:E6" };
    const second = await pinSelectedCell(host, "编制数");
    expect(second).toMatchObject({
      sheet: "基础数据",
      address: "D5",
      replaced: "='my sheet'!$B$4",
    });
    expect(wb.names.map((n) => [n.name, n.formula])).toEqual([["PS_编制数", "=基础数据!$D$5"]]);
    expect((await readPins(host)).pins).toEqual([
      { figure: "编制数", name: "PS_编制数", target: { sheet: "基础数据", address: "D5" } },
    ]);
  });

  it("removes a pin in one round trip", async () => {
    const wb = workbook();
    wb.selection = { sheet: "基础数据", address: "D5" };
    await pinSelectedCell(wb.host(), "编制数");
    expect(await removePin(wb.host(), "编制数")).toEqual({ removed: true, syncs: 1 });
    expect(wb.names).toEqual([]);
    expect(await removePin(wb.host(), "编制数")).toEqual({ removed: false, syncs: 1 });
  });
});

describe("the pane's reader honours pins", () => {
  it("reads a pin on the base sheet in the same round trip, one on another sheet in one more", async () => {
    const wb = workbook();
    const host = wb.host();
    const byLabel = await readBaseWithPins(host, "基础数据", scheme);
    expect([byLabel.syncs, byLabel.base.figures["编制数"].address]).toEqual([1, "B2"]);
    wb.selection = { sheet: "基础数据", address: "D5" };
    await pinSelectedCell(host, "编制数");
    const near = await readBaseWithPins(host, "基础数据", scheme);
    expect(near.syncs).toBe(1);
    expect(near.base.figures["编制数"]).toMatchObject({ address: "D5", raw: 50, pin: "PS_编制数" });
    wb.selection = { sheet: "my sheet", address: "B4" };
    await pinSelectedCell(host, "在职人员数");
    const far = await readBaseWithPins(host, "基础数据", scheme);
    expect(far.syncs).toBe(2);
    expect(far.base.figures["在职人员数"]).toMatchObject({
      address: "B4",
      sheet: "my sheet",
      raw: 48,
    });
  });

  it("a pin follows its sheet's new name, and is reported once the sheet is deleted", async () => {
    const wb = workbook();
    wb.selection = { sheet: "my sheet", address: "B4" };
    await pinSelectedCell(wb.host(), "在职人员数");
    wb.renameSheet(wb.sheet("my sheet")!, "人员");
    const renamed = await readBaseWithPins(wb.host(), "基础数据", scheme);
    expect(renamed.base.figures["在职人员数"]).toMatchObject({
      sheet: "人员",
      address: "B4",
      raw: 48,
    });
    wb.removeSheet(wb.sheet("人员")!);
    const gone = await readBaseWithPins(wb.host(), "基础数据", scheme);
    expect(gone.base.figures["在职人员数"]).toBeUndefined();
    expect(gone.base.problems).toContainEqual(
      expect.objectContaining({
        kind: "missing",
        field: "在职人员数",
        pin: "PS_在职人员数",
        message:
          "在职人员数：名称 PS_在职人员数 指向的单元格已被删除（#REF!），请在“公式 > 名称管理器”中改正或删除该名称后重新读取",
      })
    );
  });

  it("generates a 计分表 in the usual two round trips with a pin on the base sheet", async () => {
    const wb = workbook();
    wb.selection = { sheet: "基础数据", address: "D5" };
    await pinSelectedCell(wb.host(), "编制数");
    const out = await generateScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      scheme,
      dialect: "portable",
      ruleTexts: false,
      explanations: false,
    });
    expect(out.result.syncs).toBe(2);
    // 45 / 50 = 90% → 5.
    expect(out.summary.indicators.find((i) => i.name === "在职人员控制率")!.score?.toNumber()).toBe(5);
  });

  it("generates a 计分表 linked to the pinned cell", async () => {
    const wb = workbook();
    wb.selection = { sheet: "my sheet", address: "B4" };
    await pinSelectedCell(wb.host(), "编制数");
    const out = await generateScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      scheme,
      dialect: "portable",
      ruleTexts: false,
      explanations: false,
    });
    // Read, the pinned cell on another sheet, write: one round trip more than without the pin.
    expect(out.result.syncs).toBe(3);
    const formulas = [...wb.sheet("计分表")!.cells.values()].map((c) => c.formula ?? "");
    // Through the pin's name: editing it in 名称管理器 moves the formula with it.
    expect(formulas.some((f) => /[(,]PS_编制数[),]/.test(f))).toBe(true);
    expect(formulas.some((f) => f.includes("'my sheet'!B4"))).toBe(false);
    // 45 / 48 = 93.75% ≤ 100% → 5 (by its label, 45 / 43, it would be 2.67).
    const rate = out.summary.indicators.find((i) => i.name === "在职人员控制率")!;
    expect(rate.score?.toNumber()).toBe(5);
    expect(out.summary.figures.find((f) => f.field === "编制数")).toMatchObject({
      source: "pin",
      pin: "PS_编制数",
      sheet: "my sheet",
      cell: "B4",
    });
  });
});

describe("set in the pane, read by the command line", () => {
  it("gives the same figure from the saved workbook", async () => {
    const wb = workbook();
    wb.selection = { sheet: "my sheet", address: "B4" };
    await pinSelectedCell(wb.host(), "编制数");
    const pane = await readBaseWithPins(wb.host(), "基础数据", scheme);
    const file = await saveAsXlsx(wb, "pinned.xlsx");
    const cli = await scoreFile(file, { scheme });
    const fromPane = pane.base.figures["编制数"];
    const fromCli = cli.summary.figures.find((f) => f.field === "编制数")!;
    expect([fromCli.source, fromCli.pin, fromCli.sheet, fromCli.cell, fromCli.value]).toEqual([
      "pin",
      fromPane.pin,
      fromPane.sheet,
      fromPane.address,
      fromPane.raw,
    ]);
    expect(fromCli.value).toBe(48);
    expect(cli.json.indicators.find((i) => i.name === "在职人员控制率")!.score).toBe(5);
  });
});

describe("the pane's reads of pins", () => {
  it("reads the sheet list and the names in one round trip, and resolves pins on the base sheet without another", async () => {
    const wb = workbook();
    wb.names.push({ name: "PS_编制数", formula: "=基础数据!$D$5" });
    const host = wb.host();
    const before = wb.syncCount;
    const { workbook: info, pins, syncs } = await inspectWorkbookPins(host);
    expect(syncs).toBe(1);
    expect(wb.syncCount - before).toBe(1);
    expect(info.sheets.map((s) => s.name)).toEqual(["基础数据", "my sheet"]);
    expect(pins.map((p) => p.figure)).toEqual(["编制数"]);

    const snapshot = await readSheet(host, "基础数据");
    const afterRead = wb.syncCount;
    const resolved = await pinnedCells(host, pins, snapshot, ["基础数据", "my sheet"]);
    expect(resolved.syncs).toBe(0);
    expect(wb.syncCount - afterRead).toBe(0);
    // D5 holds 50 (the label's B2 holds 43): the pin wins.
    expect(resolved.pins[0].cell?.value).toBe(50);
  });

  it("takes one more round trip only for a pin on another sheet, and none without pins", async () => {
    const wb = workbook();
    wb.names.push({ name: "PS_编制数", formula: "='my sheet'!$B$4" });
    const host = wb.host();
    const { pins } = await inspectWorkbookPins(host);
    const snapshot = await readSheet(host, "基础数据");
    const before = wb.syncCount;
    const resolved = await pinnedCells(host, pins, snapshot, ["基础数据", "my sheet"]);
    expect([resolved.syncs, wb.syncCount - before]).toEqual([1, 1]);
    expect(resolved.pins[0].cell?.value).toBe(48);
    const none = await pinnedCells(host, [], snapshot, ["基础数据", "my sheet"]);
    expect([none.pins, none.syncs, wb.syncCount - before]).toEqual([[], 0, 1]);
  });
});
