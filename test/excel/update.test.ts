/**
 * 更新 (update in place) against the fake workbook: the scorecard sheet is rewritten in place, so
 * formulas in other sheets that cite it keep pointing at it; a failure at any step leaves the
 * workbook as it was.
 */
import {
  FakeOfficeError,
  FakeWorkbook,
  type FakeSheet,
} from "../support/fakeExcel";
import { bigPlan, failure, smallPlan, workbookWithBase } from "./fixtures";
import { writeScorecard, type ScorecardRequest } from "../../src/excel/workbook";
import type { ExcelHost } from "../../src/excel/host";
import type { Plan } from "../../src/scorecard/plan";

/** 说明, 基础数据, an earlier 计分表 (a typed input in C4), 附表, and a 自评报告 citing the total and grade. */
function withScorecard(): FakeWorkbook {
  const wb = workbookWithBase();
  wb.addSheet("计分表", { A1: "旧计分表", C4: "①", D5: 88 });
  wb.addSheet("附表", { A1: "附表" });
  wb.addSheet("自评报告", {
    A1: "自评得分",
    B1: { formula: "='计分表'!D5" },
    B2: { formula: '=计分表!D6&"等"' },
    B3: { formula: '="计分表!D5"' },
  });
  return wb;
}

const ORDER = ["说明", "基础数据", "计分表", "附表", "自评报告"];

/** Stand-in for readScorecardInputs: the typed value of each input cell of the existing sheet. */
const keepInputs = (
  plan: Plan,
  existing?: {
    grid: {
      cells: ReadonlyArray<ReadonlyArray<{ value: unknown } | undefined>>;
      origin: { row: number; column: number };
    };
  },
): Plan => ({
  ...plan,
  cells: plan.cells.map((c) => {
    const input = plan.inputs.find((i) => i.address === c.address);
    if (!input || !existing) return c;
    const row = Number(c.address.slice(1)) - 1 - existing.grid.origin.row;
    const col = c.address.charCodeAt(0) - 65 - existing.grid.origin.column;
    const typed = existing.grid.cells[row]?.[col]?.value;
    return typed === undefined || typed === null
      ? c
      : { ...c, value: typed as string };
  }),
});

const update = (
  host: ExcelHost,
  more: Partial<ScorecardRequest> = {},
): ReturnType<typeof writeScorecard> =>
  writeScorecard(host, {
    baseSheet: "基础数据",
    sheetName: "计分表",
    mode: "update",
    build: ({ existing }) => keepInputs(smallPlan(), existing),
    ...more,
  });

/** Everything the fake knows about a sheet, except its identity. */
function sheetState(sheet: FakeSheet) {
  const { id: _id, ...rest } = structuredClone(sheet);
  return rest;
}

/** The whole workbook as a user sees it: sheets in order with their state, and comments by sheet name. */
function workbookState(wb: FakeWorkbook) {
  return {
    sheets: wb.sheets.map(sheetState),
    comments: wb.comments.map((c) => ({
      sheet: wb.sheets.find((s) => s.id === c.sheetId)?.name,
      cell: c.cell,
      content: c.content,
    })),
  };
}

/** Fails the first call labelled `label` (later ones, e.g. the rollback's own, go through). */
function failOnce(wb: FakeWorkbook, label: string, when = () => true): void {
  let fired = false;
  wb.failWhen = (l) => {
    if (l !== label || fired || !when()) return undefined;
    fired = true;
    return new FakeOfficeError(
      "GeneralException",
      "An internal error has occurred.",
    );
  };
}

const backups = (wb: FakeWorkbook) =>
  wb.sheets.filter((s) => s.name.startsWith("PerfScore"));

// Failed writes are logged for the developer console; keep the test output clean.
beforeEach(() =>
  jest.spyOn(console, "error").mockImplementation(() => undefined),
);
afterEach(() => jest.restoreAllMocks());

describe("更新 in place", () => {
  it("rewrites the same sheet in two round trips, keeping typed inputs, its name and its position", async () => {
    const wb = withScorecard();
    const id = wb.sheet("计分表")!.id;
    const result = await update(wb.host());
    expect(result.syncs).toBe(2);
    expect(result.batches).toBe(1);
    expect(wb.syncCount).toBe(2);
    expect(wb.sheets.map((s) => s.name)).toEqual(ORDER);
    expect(wb.sheet("计分表")!.id).toBe(id);
    expect(wb.sheet("计分表")!.visibility).toBe("Visible");
    expect(backups(wb)).toEqual([]);
    expect(wb.content("计分表", "A1")).toBe("计分表");
    expect(wb.content("计分表", "C4")).toBe("①");
    expect(wb.content("计分表", "C3")).toBe("=基础数据!C7/基础数据!C8");
    expect(wb.activeSheet).toBe("计分表");
    // One write request: calculation suspended, the backup made before the sheet is emptied,
    // emptied before it is written, and deleted as the very last call.
    const labels = wb.requests[1].labels;
    expect(labels[0]).toBe("Application.suspendApiCalculationUntilNextSync");
    expect(wb.calcSuspensions).toBe(1);
    const at = (l: string) => labels.indexOf(l);
    expect(at("Worksheet.copy")).toBeGreaterThan(0);
    expect(at("Worksheet.copy")).toBeLessThan(at("Range.clear"));
    expect(at("Range.clear")).toBeLessThan(at("Range.formulas"));
    expect(labels.filter((l) => l === "Worksheet.delete")).toHaveLength(1);
    expect(labels[labels.length - 1]).toBe("Worksheet.delete");
  });

  it("keeps formulas in other sheets that cite the scorecard pointing at it, not #REF!", async () => {
    const wb = withScorecard();
    const id = wb.sheet("计分表")!.id;
    await update(wb.host());
    expect(wb.content("自评报告", "B1")).toBe("='计分表'!D5");
    expect(wb.content("自评报告", "B2")).toBe('=计分表!D6&"等"');
    expect(wb.content("自评报告", "B3")).toBe('="计分表!D5"');
    // They still name the sheet that now holds the new total and grade (smallPlan's D5 and D6).
    const cited = wb.sheet("计分表")!;
    expect(cited.id).toBe(id);
    expect(wb.content("计分表", "D5")).toBe("=SUM(D3:D4)");
    expect(wb.content("计分表", "D6")).toBe(
      '=IF(D5>=90,"优",IF(D5>=80,"良",IF(D5>=60,"中","差")))',
    );
  });

  it("leaves the sheet exactly as a new one would be: nothing of the old layout survives", async () => {
    const wb = withScorecard();
    const old = wb.sheet("计分表")!;
    old.cells.set("H20", { value: "旧备注", numberFormat: "0.00" });
    old.cells.get("D5")!.numberFormat = "0.0";
    old.formats.set("H20", { bold: true, fill: "#FF0000", borders: {} });
    old.merges.push("A10:C10", "A1:D1");
    old.validations.push({
      address: "H1:H5",
      rule: { wholeNumber: { operator: "Between", formula1: 1, formula2: 9 } },
    });
    old.conditionalFormats.push("A1:D6");
    old.hiddenColumns.add(2);
    old.hiddenRows.add(8);
    old.columnWidths.set(5, 200);
    old.rowHeights.set(11, 40);
    old.freeze = { kind: "rows", value: 4 };
    old.notes.set("C4", "旧批注");
    old.notes.set("A1", "旧标题批注");
    await update(wb.host(), { build: () => smallPlan() });

    const fresh = workbookWithBase();
    await writeScorecard(fresh.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => smallPlan(),
    });
    expect(sheetState(wb.sheet("计分表")!)).toEqual(
      sheetState(fresh.sheet("计分表")!),
    );
  });

  it("resets widths, heights and hidden rows only where a failed 更新 could restore them (the first 200 rows here)", async () => {
    const wb = withScorecard();
    const card = wb.sheet("计分表")!;
    card.hiddenRows.add(150).add(1499);
    card.rowHeights.set(180, 40).set(1199, 33);
    await update(wb.host());
    // withScorecard's used range ends at D5, so the saved part is rows 1–200 and columns A–AZ.
    expect(card.hiddenRows.has(150)).toBe(false);
    expect(card.rowHeights.has(180)).toBe(false);
    expect(card.hiddenRows.has(1499)).toBe(true);
    expect(card.rowHeights.get(1199)).toBe(33);
    expect(wb.syncCount).toBe(2);
  });

  it("unfreezes panes the new plan does not freeze", async () => {
    const wb = withScorecard();
    wb.sheet("计分表")!.freeze = { kind: "rows", value: 4 };
    await update(wb.host(), {
      build: () => smallPlan({ freeze: { rows: 0, columns: 0 } }),
    });
    expect(wb.sheet("计分表")!.freeze).toBeNull();
  });

  it("deletes the old notes (its hints) and keeps the user's threaded comments, except on a cell that gets a note (ExcelApi 1.18)", async () => {
    const wb = withScorecard();
    const card = wb.sheet("计分表")!;
    card.notes.set("F10", "基础数据缺少：上年三公经费预算数");
    card.notes.set("C4", "旧提示");
    wb.comments.push(
      {
        address: "'计分表'!G10",
        content: "依据：县财政局文件",
        sheetId: card.id,
        cell: "G10",
      },
      {
        address: "'计分表'!C4",
        content: "已核对",
        sheetId: card.id,
        cell: "C4",
      },
    );
    await update(wb.host());
    expect([...card.notes]).toEqual([["C4", "填写满足的项，如“①②”"]]);
    expect(workbookState(wb).comments).toEqual([
      { sheet: "计分表", cell: "G10", content: "依据：县财政局文件" },
    ]);
    expect(wb.syncCount).toBe(2);
  });

  it("replaces the comments it writes and keeps the user's other comments (threaded comments for hints, ExcelApi 1.10)", async () => {
    const wb = withScorecard();
    wb.apiVersion = "1.12";
    const card = wb.sheet("计分表")!;
    wb.comments.push(
      {
        address: "'计分表'!C4",
        content: "旧提示",
        sheetId: card.id,
        cell: "C4",
      },
      {
        address: "'计分表'!F10",
        content: "请财务科复核",
        sheetId: card.id,
        cell: "F10",
      },
    );
    await update(wb.host());
    expect(workbookState(wb).comments).toEqual([
      { sheet: "计分表", cell: "F10", content: "请财务科复核" },
      { sheet: "计分表", cell: "C4", content: "填写满足的项，如“①②”" },
    ]);
  });

  it("writes a plan larger than one request in several, making the backup in the first and deleting it in the last", async () => {
    const wb = withScorecard();
    wb.payloadLimit = 200_000;
    const id = wb.sheet("计分表")!.id;
    const result = await update(wb.host(), {
      build: () => bigPlan(3000),
      budget: 180_000,
    });
    expect(result.batches).toBeGreaterThan(1);
    expect(wb.syncCount).toBe(1 + result.batches);
    const writes = wb.requests.slice(1);
    for (const r of writes) expect(r.bytes).toBeLessThanOrEqual(200_000);
    const holding = (l: string) =>
      writes.flatMap((r, i) => (r.labels.includes(l) ? [i] : []));
    expect(holding("Worksheet.copy")).toEqual([0]);
    expect(holding("Worksheet.delete")).toEqual([writes.length - 1]);
    expect(wb.sheet("计分表")!.id).toBe(id);
    expect(wb.content("计分表", "A3000")).toBe(
      "第3000行：部门整体支出绩效自评指标说明文字",
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(ORDER);
    expect(wb.content("自评报告", "B1")).toBe("='计分表'!D5");
  });

  it("refuses a protected sheet or workbook after one read, before writing anything", async () => {
    const wb = withScorecard();
    wb.sheet("计分表")!.protected = true;
    const before = workbookState(wb);
    const e = await failure(update(wb.host()));
    expect(e.code).toBe("protectedSheet");
    expect(wb.syncCount).toBe(1);
    expect(workbookState(wb)).toEqual(before);

    const locked = withScorecard();
    locked.protected = true;
    const w = await failure(update(locked.host()));
    expect(w.code).toBe("protectedWorkbook");
    expect(locked.syncCount).toBe(1);
  });

  it("never rewrites the base sheet itself, whatever its case, and asks Excel nothing", async () => {
    const wb = withScorecard();
    const before = workbookState(wb);
    const e = await failure(update(wb.host(), { sheetName: "基础数据" }));
    expect(e.code).toBe("isBaseSheet");
    expect(e.message).toBe(
      "工作表“基础数据”是基础数据所在的工作表，不能用计分表覆盖。请为计分表另取一个名称。",
    );
    const data = workbookWithBase();
    data.sheet("基础数据")!.name = "Data";
    const d = await failure(
      update(data.host(), { baseSheet: "Data", sheetName: "DATA" }),
    );
    expect(d.code).toBe("isBaseSheet");
    expect([wb.syncCount, data.syncCount]).toEqual([0, 0]);
    expect(workbookState(wb)).toEqual(before);
  });

  it("names the missing sheet when the scorecard to update is gone", async () => {
    const wb = workbookWithBase();
    const e = await failure(update(wb.host()));
    expect(e.code).toBe("sheetNotFound");
    expect(e.message).toBe(
      "找不到工作表“计分表”，它可能已被重命名或删除。请返回“数据”步骤重新选择。",
    );
  });
});

/**
 * withScorecard's 计分表 dressed as a user's sheet: formats, merges, validation, a conditional
 * format, custom widths and heights, a hidden column and row, frozen panes, page setup, a note and
 * comments (one on C4, where the plan puts a note).
 */
function dressedScorecard(): FakeWorkbook {
  const wb = withScorecard();
  const card = wb.sheet("计分表")!;
  card.cells.get("D5")!.numberFormat = "0.0";
  card.cells.set("H20", { value: "旧备注", numberFormat: "0.00" });
  card.formats.set("A1", { bold: true, size: 18, borders: {} });
  card.formats.set("H20", { fill: "#FF0000", borders: { top: { style: "Continuous" } } });
  card.merges.push("A1:D1", "A10:C10");
  card.validations.push({
    address: "H1:H5",
    rule: { wholeNumber: { operator: "Between", formula1: 1, formula2: 9 } },
  });
  card.conditionalFormats.push("D3:D5");
  card.columnWidths.set(0, 120).set(5, 200);
  card.rowHeights.set(0, 30).set(150, 40);
  card.hiddenColumns.add(7);
  card.hiddenRows.add(8);
  card.freeze = { kind: "rows", value: 4 };
  // Unlike smallPlan's (landscape A4, fit to one page wide, title row 2, A1:D6).
  card.page = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 90 },
    titleRows: "$1:$1",
    printArea: "A1:H20",
  };
  card.notes.set("D5", "旧批注");
  wb.comments.push(
    { address: "'计分表'!G10", content: "依据：县财政局文件", sheetId: card.id, cell: "G10" },
    { address: "'计分表'!C4", content: "已核对", sheetId: card.id, cell: "C4" },
  );
  return wb;
}

const requested = (wb: FakeWorkbook, label: string) =>
  wb.requests.some((r) => r.labels.includes(label));

describe("更新 in place: a failure leaves the workbook as it was", () => {
  // Before the backup is named the original is untouched: nothing to restore, references intact.
  it.each([
    ["the copy", "Worksheet.copy"],
    ["hiding the copy", "Worksheet.visibility"],
    ["naming the copy", "Worksheet.name"],
  ])("at %s (%s): the original was never touched", async (_what, label) => {
    const wb = withScorecard();
    const id = wb.sheet("计分表")!.id;
    const before = workbookState(wb);
    failOnce(wb, label);
    const e = await failure(update(wb.host()));
    expect(e.code).toBe("writeFailed");
    expect(e.message).toMatch(
      /^生成计分表时出错，已撤销未完成的工作表，工作簿保持原样。（GeneralException/,
    );
    expect(workbookState(wb)).toEqual(before);
    expect(wb.sheet("计分表")!.id).toBe(id);
    expect(wb.content("自评报告", "B1")).toBe("='计分表'!D5");
    expect(requested(wb, "Range.copyFrom")).toBe(false);
  });

  // A hidden original's copy is hidden from the start: still, before the backup has its name
  // nothing was touched, so nothing is restored.
  it.each([
    ["hiding the copy", "Worksheet.visibility"],
    ["naming the copy", "Worksheet.name"],
  ])("at %s (%s) of a hidden scorecard: not restored, nothing was touched", async (_what, label) => {
    const wb = withScorecard();
    wb.sheet("计分表")!.visibility = "Hidden";
    const before = workbookState(wb);
    failOnce(wb, label);
    const e = await failure(update(wb.host()));
    expect(e.message).toMatch(/^生成计分表时出错，已撤销未完成的工作表，工作簿保持原样。/);
    expect(requested(wb, "Range.copyFrom")).toBe(false);
    expect(workbookState(wb)).toEqual(before);
  });

  // Once the original may have been emptied, it is refilled from the backup: the same sheet, so
  // the formulas citing it keep their reference.
  it.each([
    ["deleting its notes", "Note.delete"],
    ["emptying the sheet", "Range.clear"],
    ["a step of the write", "Range.merge"],
    ["the last steps of the write (after widths, freezing and validation)", "Notes.add"],
    ["activating it", "Worksheet.activate"],
  ])(
    "at %s (%s): the original is restored in place from the backup",
    async (_what, label) => {
      const wb = dressedScorecard();
      const id = wb.sheet("计分表")!.id;
      const before = workbookState(wb);
      failOnce(wb, label);
      const e = await failure(update(wb.host()));
      expect(e.code).toBe("writeFailed");
      expect(e.message).toMatch(
        /^更新计分表时出错，已从备份恢复原来的计分表，工作簿保持原样。（GeneralException/,
      );
      expect(requested(wb, "Range.copyFrom")).toBe(true);
      // Every sheet as it was, the 计分表 with every cell, format, merge, validation, width,
      // height, hidden row and column, frozen pane, note and comment; the same sheet object.
      expect(workbookState(wb)).toEqual(before);
      expect(wb.sheet("计分表")!.id).toBe(id);
      expect(wb.content("计分表", "A1")).toBe("旧计分表");
      expect(wb.content("自评报告", "B1")).toBe("='计分表'!D5");
      expect(wb.content("自评报告", "B2")).toBe('=计分表!D6&"等"');
      expect(wb.content("自评报告", "B3")).toBe('="计分表!D5"');
      expect(backups(wb)).toEqual([]);
    },
  );

  // Widths, heights and hidden rows are saved (read from the backup) for the first 200–1,000 rows
  // and 52–200 columns only: 更新 clears that much and no more, so what lies past it was never touched.
  it("at a step of the write: layout past the saved rows and columns was never cleared, so it is as it was", async () => {
    const wb = dressedScorecard();
    const card = wb.sheet("计分表")!;
    card.hiddenRows.add(1499);
    card.rowHeights.set(1199, 33);
    const before = workbookState(wb);
    failOnce(wb, "Range.merge");
    const e = await failure(update(wb.host()));
    expect(e.message).toMatch(/^更新计分表时出错，已从备份恢复原来的计分表，/);
    expect(workbookState(wb)).toEqual(before);
    expect(card.hiddenRows.has(1499)).toBe(true);
    expect(card.rowHeights.get(1199)).toBe(33);
  });

  // The print step is the write's last: a failure inside it, or at the marker rename after it,
  // leaves the original's page setup changed, and Paste All does not bring it back.
  it.each([
    ["inside the print step, after orientation and paper size", "PageLayout.zoom", 1],
    ["inside the print step, after the title rows", "PageLayout.setPrintArea", 1],
    ["at the marker rename, after the whole print step", "Worksheet.name", 2],
  ])("%s (%s): the page setup is restored too", async (_what, label, nth) => {
    const wb = dressedScorecard();
    const before = workbookState(wb);
    let seen = 0;
    wb.failWhen = (l) =>
      l === label && ++seen === nth
        ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
        : undefined;
    const e = await failure(update(wb.host()));
    expect(e.message).toMatch(/^更新计分表时出错，已从备份恢复原来的计分表，/);
    expect(wb.sheet("计分表")!.page).toEqual({
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 90 },
      titleRows: "$1:$1",
      printArea: "A1:H20",
    });
    expect(workbookState(wb)).toEqual(before);
  });

  it("restores a print area of several areas on a sheet whose name holds a comma", async () => {
    const wb = dressedScorecard();
    wb.renameSheet(wb.sheet("计分表")!, "计分表,2020");
    wb.sheet("计分表,2020")!.page.printArea = "A1:D6,F1:G2";
    const before = workbookState(wb);
    let names = 0;
    wb.failWhen = (l) =>
      l === "Worksheet.name" && ++names === 2
        ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
        : undefined;
    const e = await failure(update(wb.host(), { sheetName: "计分表,2020" }));
    expect(e.message).toMatch(/^更新计分表时出错，已从备份恢复原来的计分表，/);
    expect(wb.sheet("计分表,2020")!.page.printArea).toBe("A1:D6,F1:G2");
    expect(workbookState(wb)).toEqual(before);
  });

  it("restores a hidden scorecard as hidden, at its place", async () => {
    const wb = withScorecard();
    wb.sheet("计分表")!.visibility = "Hidden";
    const before = workbookState(wb);
    failOnce(wb, "Range.formulas");
    const e = await failure(update(wb.host()));
    expect(e.message).toMatch(/^更新计分表时出错，已从备份恢复原来的计分表，/);
    expect(workbookState(wb)).toEqual(before);
  });

  it("restores from the backup when a later request of a large plan fails", async () => {
    const wb = withScorecard();
    wb.payloadLimit = 200_000;
    const before = workbookState(wb);
    failOnce(wb, "Range.formulas", () => wb.syncCount === 3);
    const e = await failure(
      update(wb.host(), { build: () => bigPlan(3000), budget: 180_000 }),
    );
    expect(e.message).toMatch(/^更新计分表时出错，已从备份恢复原来的计分表，/);
    expect(wb.syncCount).toBeGreaterThan(3); // the failure came after the first write request
    expect(workbookState(wb)).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).toEqual(ORDER);
  });

  it("says where the original is when even the restore fails", async () => {
    const wb = withScorecard();
    const before = workbookState(wb);
    wb.failWhen = (l) =>
      l === "Range.merge" || l === "Range.copyFrom"
        ? new FakeOfficeError(
            "GeneralException",
            "An internal error has occurred.",
          )
        : undefined;
    const e = await failure(update(wb.host()));
    const [backup] = backups(wb);
    expect(e.message).toBe(
      `更新计分表时出错，且未能自动恢复。如工作簿中有工作表“${backup.name}”，它就是原计分表的完整副本（若看不到它：右键单击任一工作表标签，选择“取消隐藏”）。（GeneralException: An internal error has occurred.）`,
    );
    // The backup holds the original exactly.
    expect({
      ...sheetState(backup),
      name: "计分表",
      visibility: "Visible",
    }).toEqual(before.sheets[2]);
  });
});

describe("更新 in place: only deleting the backup fails", () => {
  it("tries once more and reports the finished update", async () => {
    const wb = withScorecard();
    const id = wb.sheet("计分表")!.id;
    failOnce(wb, "Worksheet.delete");
    const result = await update(wb.host());
    expect(result.notice).toBeUndefined();
    // The write, a look at the sheets' names, the second deletion.
    expect(result.syncs).toBe(4);
    expect(result.batches).toBe(1);
    expect(requested(wb, "Range.copyFrom")).toBe(false);
    expect(wb.sheets.map((s) => s.name)).toEqual(ORDER);
    expect(wb.sheet("计分表")!.id).toBe(id);
    expect(wb.content("计分表", "A1")).toBe("计分表");
    expect(wb.content("计分表", "C4")).toBe("①");
    expect(wb.content("自评报告", "B1")).toBe("='计分表'!D5");
    expect(backups(wb)).toEqual([]);
  });

  // The write's last call deleted the backup, then the sync rejected (its response lost): neither
  // backup nor marker is left. The sheet, changed since it was read, shows the update went through.
  it("reports the finished update when the sync rejects after the whole write took effect", async () => {
    const wb = withScorecard();
    const id = wb.sheet("计分表")!.id;
    wb.rejectAfter = (sync, labels) =>
      sync === 2 && labels.includes("Worksheet.delete")
        ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
        : undefined;
    const result = await update(wb.host());
    expect(result.notice).toBeUndefined();
    // The read, the write, a look at the sheets' names, a look at the sheet's contents.
    expect(result.syncs).toBe(4);
    expect(wb.sheets.map((s) => s.name)).toEqual(ORDER);
    expect(wb.sheet("计分表")!.id).toBe(id);
    expect(wb.content("计分表", "A1")).toBe("计分表");
    expect(wb.content("计分表", "C4")).toBe("①");
    expect(backups(wb)).toEqual([]);
  });

  it("keeps the update and names the hidden backup left behind when it cannot be deleted", async () => {
    const wb = withScorecard();
    wb.failWhen = (l) =>
      l === "Worksheet.delete"
        ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
        : undefined;
    const result = await update(wb.host());
    const [left] = backups(wb);
    expect(left.visibility).toBe("Hidden");
    expect(result.notice?.message).toBe(
      `计分表已更新，但未能删除临时备份工作表“${left.name}”（已隐藏）。可右键单击任一工作表标签，选择“取消隐藏”，再删除该表。`,
    );
    expect(result.notice?.messageEn).toContain(`"${left.name}"`);
    expect(wb.content("计分表", "A1")).toBe("计分表");
    expect(wb.content("自评报告", "B1")).toBe("='计分表'!D5");
  });
});
