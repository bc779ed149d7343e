/**
 * The Office.js adapter against the fake workbook: what lands in which cell, in how many round
 * trips, and what happens when Excel says no.
 */
import { FakeOfficeError, FakeWorkbook, cellName } from "../support/fakeExcel";
import {
  BASE_CELLS,
  bigPlan,
  failure,
  smallPlan,
  workbookWithBase,
} from "./fixtures";
import { inspectWorkbook, readSheet, selectCell } from "../../src/excel/readActions";
import { insertSheet, writeScorecard } from "../../src/excel/workbook";
import { READ_WINDOW } from "../../src/excel/read";
import { jsonBytes, widthToPoints } from "../../src/excel/write";
import { textEntry } from "../../src/excel/textEntry";
import type { Plan } from "../../src/scorecard/plan";

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

// Failed writes are logged for the developer console; keep the test output clean.
beforeEach(() =>
  jest.spyOn(console, "error").mockImplementation(() => undefined),
);
afterEach(() => jest.restoreAllMocks());

describe("writeScorecard: a new sheet", () => {
  it("reads and writes in exactly two round trips", async () => {
    const wb = workbookWithBase();
    const result = await writeScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => smallPlan(),
    });
    expect(wb.syncCount).toBe(2);
    expect(result.syncs).toBe(2);
    expect(result.batches).toBe(1);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "说明",
      "基础数据",
      "计分表",
    ]);
    expect(wb.activeSheet).toBe("计分表");
    // Calculation is suspended for the write batch.
    expect(wb.calcSuspensions).toBe(1);
    expect(wb.requests[1].labels[0]).toBe(
      "Application.suspendApiCalculationUntilNextSync",
    );
  });

  it("hands the build step the base sheet as read", async () => {
    const wb = workbookWithBase();
    let seen: string | undefined;
    await writeScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: ({ base, workbook }) => {
        const cell =
          base.grid.cells[7 - 1 - base.grid.origin.row]?.[
            2 - base.grid.origin.column
          ];
        seen = `${base.grid.sheetName}:${String(cell?.value)}:${workbook.sheets.length}`;
        return smallPlan();
      },
    });
    expect(seen).toBe("基础数据:3214.04:2");
  });

  it("writes every value and formula where the plan puts it", async () => {
    const wb = workbookWithBase();
    await writeScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => smallPlan(),
    });
    const at = (a: string) => wb.content("计分表", a);
    expect(at("A1")).toBe("计分表");
    expect(at("B3")).toBe(4);
    expect(at("C3")).toBe("=基础数据!C7/基础数据!C8");
    expect(at("D5")).toBe("=SUM(D3:D4)");
    expect(at("D6")).toBe(
      '=IF(D5>=90,"优",IF(D5>=80,"良",IF(D5>=60,"中","差")))',
    );
    // Text that Excel would read as a date stays text.
    expect(at("B5")).toBe("2020年");
    // Cells the plan leaves empty are not written.
    expect(at("C4")).toBeUndefined();
    expect(at("C5")).toBeUndefined();
    // One 2-D array for all the cells: A1:D6.
    const cellCalls = wb.requests[1].labels.filter(
      (l) => l === "Range.formulas",
    );
    expect(cellCalls).toHaveLength(1);
    expect(wb.sheet("计分表")!.cells.get("C3")!.numberFormat).toBe("0.00%");
    expect(wb.sheet("计分表")!.cells.get("D3")!.numberFormat).toBeUndefined();
  });

  it("applies each style once over all its cells, with borders on every side of every cell", async () => {
    const wb = workbookWithBase();
    await writeScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => smallPlan(),
    });
    const sheet = wb.sheet("计分表")!;
    const f = (a: string) => sheet.formats.get(a)!;
    expect(f("A1")).toMatchObject({
      bold: true,
      size: 16,
      horizontal: "Center",
    });
    for (const a of ["A2", "B2", "C2", "D2", "A5", "D5"])
      expect(f(a)).toMatchObject({
        bold: true,
        fill: "#D9E1F2",
        horizontal: "Center",
      });
    expect(f("A3")).toMatchObject({ vertical: "Center", wrap: true });
    expect(f("C4")).toMatchObject({ fill: "#FFF2CC", locked: false });
    expect(f("C3").locked).toBeUndefined();
    // Every bordered cell (all but the title row and D6) has four thin sides.
    for (let row = 1; row < 5; row++) {
      for (let col = 0; col < 4; col++) {
        const a = cellName(row, col);
        if (a === "C5") continue; // not in the plan
        for (const side of ["top", "bottom", "left", "right"] as const) {
          expect([a, side, f(a).borders[side]?.style]).toEqual([
            a,
            side,
            "Continuous",
          ]);
        }
      }
    }
    // The body style's cells A3,B3,D3,A4,B4,D4,B5 as three rectangles in one multi-area call.
    const sizes = new Map<string, number>();
    for (const l of wb.requests[1].labels)
      sizes.set(l, (sizes.get(l) ?? 0) + 1);
    const styled = smallPlan().styles;
    const withRangeFormat = Object.values(styled).filter((s) =>
      Object.keys(s).some((k) => k !== "numberFormat"),
    ).length;
    // getRanges: one per style with a range format (5) + one per border group with cells
    // (edges: head, body, pct, input = 4; inside-horizontal: head? no (A2:D2 is one row, A5 and D5 single cells),
    // body A3:B4 and D3:D4 yes = 1; inside-vertical: head A2:D2 = 1, body A3:B4 = 1) = 5 + 4 + 1 + 2 + 1 validation.
    expect(withRangeFormat).toBe(5);
    expect(sizes.get("Worksheet.getRanges")).toBe(13);
  });

  it("writes a list that only suggests (checklist ticks) with no error alert", async () => {
    const wb = workbookWithBase();
    const plan = smallPlan();
    plan.validations = [{ ...plan.validations[0], alert: false }];
    await writeScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => plan,
    });
    const [v] = wb.sheet("计分表")!.validations;
    expect(v.rule).toEqual({ list: { inCellDropDown: true, source: "①,②,①②" } });
    expect(v.errorAlert).toMatchObject({ showAlert: false });
  });

  it("merges, sizes columns, freezes panes, validates inputs, adds notes and sets up printing", async () => {
    const wb = workbookWithBase();
    await writeScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => smallPlan(),
    });
    const sheet = wb.sheet("计分表")!;
    expect(sheet.merges).toEqual(["A1:D1"]);
    // Width in characters -> points: (chars × 7 px + 5 px) × 0.75.
    expect(sheet.columnWidths.get(0)).toBe(108.75);
    expect(sheet.columnWidths.get(1)).toBe(45.75);
    expect(sheet.columnWidths.get(2)).toBe(66.75);
    expect(sheet.columnWidths.get(3)).toBe(56.25);
    expect(sheet.freeze).toEqual({ kind: "at", value: "A1:A2" });
    expect(sheet.validations).toEqual([
      {
        address: "C4",
        ignoreBlanks: true,
        rule: { list: { inCellDropDown: true, source: "①,②,①②" } },
        errorAlert: expect.objectContaining({
          showAlert: true,
          style: "Warning",
        }),
        prompt: {
          showPrompt: true,
          title: "支付进度率",
          message: "①完成年终进度 ②按季度完成预算进度",
        },
      },
    ]);
    expect(sheet.notes.get("C4")).toBe("填写满足的项，如“①②”");
    expect(sheet.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$2:$2",
      printArea: "A1:D6",
    });
  });

  it("never overwrites: an existing sheet of that name is refused before anything is written", async () => {
    const wb = workbookWithBase();
    wb.addSheet("计分表", { A1: "我的计分表" });
    const e = await failure(
      writeScorecard(wb.host(), {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        build: () => smallPlan(),
      }),
    );
    expect(e.code).toBe("sheetExists");
    expect(e.message).toBe(
      "工作表“计分表”已存在。为免覆盖，请选择生成新的计分表或更新已有的计分表。",
    );
    expect(wb.syncCount).toBe(1);
    expect(wb.content("计分表", "A1")).toBe("我的计分表");
  });

  it("falls back to comments before ExcelApi 1.18 and skips notes before 1.10", async () => {
    const wb = workbookWithBase();
    wb.apiVersion = "1.12";
    await writeScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => smallPlan(),
    });
    expect(wb.sheet("计分表")!.notes.size).toBe(0);
    expect(wb.comments).toHaveLength(1);
    expect(wb.comments[0].content).toBe("填写满足的项，如“①②”");
    expect(wb.comments[0].address).toMatch(/^'PerfScore-[a-z0-9]+'!C4$/);

    const old = workbookWithBase();
    old.apiVersion = "1.9";
    await writeScorecard(old.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => smallPlan(),
    });
    expect(old.comments).toHaveLength(0);
    expect(old.syncCount).toBe(2);
  });
});

describe("writeScorecard: rollback", () => {
  it.each([
    "Range.formulas",
    "Range.merge",
    "DataValidation.rule",
    "Notes.add",
    "PageLayout.setPrintArea",
    "Worksheet.name",
  ])(
    "a failure at %s deletes the half-built sheet and explains in Chinese",
    async (label) => {
      const wb = workbookWithBase();
      wb.failWhen = (l) =>
        l === label
          ? new FakeOfficeError(
              "GeneralException",
              "An internal error has occurred.",
            )
          : undefined;
      const e = await failure(
        writeScorecard(wb.host(), {
          baseSheet: "基础数据",
          sheetName: "计分表",
          mode: "new",
          build: () => smallPlan(),
        }),
      );
      expect(e.code).toBe("writeFailed");
      expect(
        e.message.startsWith(
          "生成计分表时出错，已撤销未完成的工作表，工作簿保持原样。",
        ),
      ).toBe(true);
      expect(wb.sheets.map((s) => s.name)).toEqual(["说明", "基础数据"]);
    },
  );

  it("says so when the rollback itself fails", async () => {
    const wb = workbookWithBase();
    wb.failWhen = (l) =>
      l === "Range.merge" || l === "Worksheet.delete"
        ? new FakeOfficeError(
            "GeneralException",
            "An internal error has occurred.",
          )
        : undefined;
    const e = await failure(
      writeScorecard(wb.host(), {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        build: () => smallPlan(),
      }),
    );
    expect(e.message).toContain("未能自动删除未完成的工作表");
    expect(hasChinese(e.message)).toBe(true);
  });

  // The final rename is the batch's last call: the sheet is complete under its real name, yet the
  // sync rejects (its response lost). The rollback looks at what exists before it says 已撤销.
  it("deletes the new sheet under its real name when the sync rejects after the final rename took effect", async () => {
    const wb = workbookWithBase();
    wb.rejectAfter = (sync, labels) =>
      sync === 2 && labels.includes("Worksheet.name")
        ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
        : undefined;
    const e = await failure(
      writeScorecard(wb.host(), {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        build: () => smallPlan(),
      }),
    );
    expect(e.message).toMatch(/^生成计分表时出错，已撤销未完成的工作表，工作簿保持原样。/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["说明", "基础数据"]);
  });

  it("says it could not undo when the new sheet under its real name cannot be deleted either", async () => {
    const wb = workbookWithBase();
    wb.rejectAfter = (sync, labels) =>
      sync === 2 && labels.includes("Worksheet.name")
        ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
        : undefined;
    wb.failWhen = (l) =>
      l === "Worksheet.delete"
        ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
        : undefined;
    const e = await failure(
      writeScorecard(wb.host(), {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        build: () => smallPlan(),
      }),
    );
    expect(e.message).toBe(
      "生成计分表时出错，且未能自动删除未完成的工作表“计分表”，请手动删除该工作表。（GeneralException: An internal error has occurred.）",
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(["说明", "基础数据", "计分表"]);
  });

  it("turns Excel's cell-edit-mode refusal into advice", async () => {
    const wb = workbookWithBase();
    wb.failWhen = (l) =>
      l === "WorksheetCollection.add"
        ? new FakeOfficeError(
            "InvalidOperationInCellEditMode",
            "Excel is in cell-editing mode.",
          )
        : undefined;
    const e = await failure(
      writeScorecard(wb.host(), {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        build: () => smallPlan(),
      }),
    );
    expect(e.code).toBe("editMode");
    expect(e.message).toBe(
      "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
    );
    expect(wb.sheets).toHaveLength(2);
  });
});

describe("protection, empty and huge workbooks", () => {
  it("refuses a workbook whose structure is protected, in Chinese, after one read", async () => {
    const wb = workbookWithBase();
    wb.protected = true;
    const e = await failure(
      writeScorecard(wb.host(), {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        build: () => smallPlan(),
      }),
    );
    expect(e.code).toBe("protectedWorkbook");
    expect(e.message).toBe(
      "工作簿结构受保护，无法添加或删除工作表。请在“审阅”选项卡点击“保护工作簿”撤销保护后重试。",
    );
    expect(wb.syncCount).toBe(1);
    const t = await failure(
      insertSheet(wb.host(), () => smallPlan({ sheetName: "基础数据 (2)" })),
    );
    expect(t.code).toBe("protectedWorkbook");
  });

  it("reports a missing base sheet by name", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const e = await failure(
      writeScorecard(wb.host(), {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        build: () => smallPlan(),
      }),
    );
    expect(e.code).toBe("sheetNotFound");
    expect(e.message).toBe(
      "找不到工作表“基础数据”，它可能已被重命名或删除。请返回“数据”步骤重新选择。",
    );
    const r = await failure(readSheet(wb.host(), "基础数据"));
    expect(r.code).toBe("sheetNotFound");
  });

  it("reads an empty workbook as one blank sheet and inserts a template into it in two round trips", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const info = await inspectWorkbook(wb.host());
    expect(info).toEqual({
      sheets: [{ name: "Sheet1", position: 0, visible: true }],
      protected: false,
    });
    const snap = await readSheet(wb.host(), "Sheet1");
    expect(snap.grid.cells.flat().filter(Boolean)).toEqual([]);
    expect(snap.truncated).toBe(false);

    wb.syncCount = 0;
    const template = smallPlan({
      sheetName: "基础数据",
      merges: [],
      validations: [],
    });
    const result = await insertSheet(wb.host(), (workbook) => ({
      ...template,
      sheetName: workbook.sheets.some((s) => s.name === "基础数据")
        ? "基础数据 (2)"
        : "基础数据",
    }));
    expect(result.sheetName).toBe("基础数据");
    expect(wb.syncCount).toBe(2);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "基础数据"]);
    expect(wb.activeSheet).toBe("基础数据");
  });

  it("reads only the top of a base sheet with 50,000 used rows, says so, and stays small", async () => {
    const wb = new FakeWorkbook();
    const cells: Record<string, string | number> = { ...BASE_CELLS };
    for (let r = 10; r <= 50000; r++) cells[`B${r}`] = r;
    wb.addSheet("基础数据", cells);
    const snap = await readSheet(wb.host(), "基础数据");
    expect(wb.syncCount).toBe(1);
    expect(snap.truncated).toBe(true);
    expect(snap.used).toEqual({
      address: "A1:C50000",
      rowCount: 50000,
      columnCount: 3,
    });
    expect(snap.grid.rowCount).toBe(READ_WINDOW.rows);
    expect(snap.grid.cells[6][2]?.value).toBe(3214.04);
    // The scorecard is still generated from the part that was read.
    const result = await writeScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => smallPlan(),
    });
    expect(result.base.truncated).toBe(true);
    expect(result.syncs).toBe(2);
  });

  it("reads values, formulas, number formats and merged areas into the grid", async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet("基础数据", {
      B2: "标题",
      B4: "编制数",
      C4: { formula: "=10+5", value: 15 },
      D4: "87.98%",
    });
    s.cells.get("C4")!.numberFormat = "0.00";
    s.merges.push("B2:D2");
    const snap = await readSheet(wb.host(), "基础数据");
    expect(snap.grid.origin).toEqual({ row: 1, column: 1 });
    expect(snap.grid.rowCount).toBe(3);
    expect(snap.grid.columnCount).toBe(3);
    expect(snap.grid.cells[2][1]).toEqual({
      value: 15,
      formula: "=10+5",
      numberFormat: "0.00",
    });
    expect(snap.grid.cells[2][2]).toEqual({ value: "87.98%" });
    expect(snap.grid.cells[1]).toEqual([]);
    expect(snap.grid.merges).toEqual(["B2:D2"]);

    wb.apiVersion = "1.12"; // no merged-area API: still reads, without merges
    const older = await readSheet(wb.host(), "基础数据");
    expect(older.grid.merges).toEqual([]);
    expect(older.grid.cells[2][1]?.value).toBe(15);
  });
});

describe("payload size", () => {
  it("estimates request bytes counting non-ASCII text at its escaped size", () => {
    expect(jsonBytes("ab")).toBe(4);
    expect(jsonBytes("计分")).toBe(2 + 6 * 2);
  });

  it("splits a plan larger than one request into several batches that each fit", async () => {
    const wb = workbookWithBase();
    wb.payloadLimit = 200_000;
    const result = await writeScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => bigPlan(3000),
      budget: 180_000,
    });
    expect(result.bytes).toBeGreaterThan(200_000);
    expect(result.batches).toBeGreaterThan(1);
    expect(wb.syncCount).toBe(1 + result.batches);
    for (const r of wb.requests) expect(r.bytes).toBeLessThanOrEqual(200_000);
    expect(wb.content("计分表", "A3000")).toBe(
      "第3000行：部门整体支出绩效自评指标说明文字",
    );
    expect(wb.content("计分表", "B1")).toBe(
      '=IF(基础数据!C1="","",ROUND(MIN(基础数据!C1/基础数据!D1,1)*5,2))',
    );
    expect(wb.sheet("计分表")!.cells.get("B2999")!.numberFormat).toBe("0.00%");
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "说明",
      "基础数据",
      "计分表",
    ]);
  });

  it("rolls back and says so when Excel refuses a request as too large", async () => {
    const wb = workbookWithBase();
    wb.payloadLimit = 200_000;
    const e = await failure(
      writeScorecard(wb.host(), {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        build: () => bigPlan(3000),
      }),
    );
    expect(e.code).toBe("payloadTooLarge");
    expect(e.message).toBe(
      "要写入的内容超过了 Excel 单次请求的大小上限（网页版 5 MB）。工作簿未作改动。",
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(["说明", "基础数据"]);
  });

  it("says a read was too large in words of its own, naming the sheet, not the write's", async () => {
    const wb = workbookWithBase();
    wb.failWhen = (l) =>
      l === "Range.load"
        ? new FakeOfficeError(
            "ResponsePayloadSizeLimitExceeded",
            "The response payload size has exceeded the limit.",
          )
        : undefined;
    const r = await failure(readSheet(wb.host(), "基础数据"));
    expect(r.code).toBe("readTooLarge");
    expect(r.message).toBe(
      "工作表“基础数据”要读取的内容超过了 Excel 单次请求的大小上限（网页版 5 MB）。请删除其中多余的内容（如大段文字）后重试。工作簿未作改动。",
    );
    expect(r.messageEn).toMatch(/^Reading the sheet "基础数据" exceeds/);
    const w = await failure(
      writeScorecard(wb.host(), {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        build: () => smallPlan(),
      }),
    );
    expect(w.code).toBe("readTooLarge");
    expect(w.message).toMatch(/^工作表“基础数据”要读取的内容/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["说明", "基础数据"]);
  });
});

describe("small pieces", () => {
  it("selects a cell on its sheet in one round trip", async () => {
    const wb = workbookWithBase();
    await selectCell(wb.host(), "基础数据", "C7");
    expect(wb.selection).toEqual({ sheet: "基础数据", address: "C7" });
    expect(wb.activeSheet).toBe("基础数据");
    expect(wb.syncCount).toBe(1);
  });

  it("keeps text that Excel would convert as text", () => {
    expect(textEntry("2020年")).toBe("'2020年");
    expect(textEntry("-")).toBe("'-");
    expect(textEntry("=不是公式")).toBe("'=不是公式");
    expect(textEntry("TRUE")).toBe("'TRUE");
    expect(textEntry("（万元）")).toBe("'（万元）");
    expect(textEntry("预算完成率")).toBe("预算完成率");
    expect(textEntry("①②")).toBe("①②");
  });

  it("converts column widths from characters to points", () => {
    expect(widthToPoints(10)).toBe(56.25);
    expect(widthToPoints(0)).toBe(3.75);
  });
});
