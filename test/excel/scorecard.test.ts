/**
 * The task pane's generate action end to end against the fake workbook: the real reader and
 * planner, both schemes, both dialects. The adapter must put every planned cell, formula and
 * format into the sheet, in two round trips, and keep typed inputs when updating.
 */
import { FakeWorkbook, type FakeSheet } from "../support/fakeExcel";
import { SEED000_MERGES, seedCells } from "../support/seedBaseSheet";
import { generateScorecard, inspectExistingSheet } from "../../src/excel/scorecard";
import { baseDataOf, readSheet } from "../../src/excel/readActions";
import { writeScorecard } from "../../src/excel/workbook";
import { isBlankSheet } from "../../src/excel/read";
import { failure } from "./fixtures";
import { getScheme } from "../../src/core";
import { parseRect } from "../../src/excel/areas";
import { a1 } from "../../src/scorecard/grid";
import type { Plan } from "../../src/scorecard/plan";

function seedWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const s = wb.addSheet("基础数据", seedCells());
  s.merges.push(...SEED000_MERGES);
  return wb;
}

function cellsOf(address: string): string[] {
  const r = parseRect(address);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  return out;
}

/** Checks that `sheet` holds everything `plan` asks for. */
function expectWritten(sheet: FakeSheet, plan: Plan): void {
  for (const c of plan.cells) {
    const cell = sheet.cells.get(c.address);
    if (c.formula !== undefined) {
      expect([c.address, cell?.formula]).toEqual([c.address, c.formula]);
    } else if (c.value === undefined || c.value === null || c.value === "") {
      expect([c.address, cell?.value ?? null]).toEqual([c.address, null]);
    } else {
      expect([c.address, cell?.value]).toEqual([c.address, c.value]);
    }
    const style = c.style ? plan.styles[c.style] : undefined;
    if (!style) continue;
    const f = sheet.formats.get(c.address);
    if (style.numberFormat)
      expect([c.address, cell?.numberFormat]).toEqual([
        c.address,
        style.numberFormat,
      ]);
    if (style.bold) expect([c.address, f?.bold]).toEqual([c.address, true]);
    if (style.fill)
      expect([c.address, f?.fill]).toEqual([c.address, style.fill]);
    if (style.fontColor)
      expect([c.address, f?.color]).toEqual([c.address, style.fontColor]);
    if (style.wrap !== undefined)
      expect([c.address, f?.wrap]).toEqual([c.address, style.wrap]);
    if (style.unlocked)
      expect([c.address, f?.locked]).toEqual([c.address, false]);
    if (style.border === "thin") {
      for (const side of ["top", "bottom", "left", "right"] as const) {
        expect([c.address, side, f?.borders[side]?.style]).toEqual([
          c.address,
          side,
          "Continuous",
        ]);
      }
    }
  }
  expect([...sheet.merges].sort()).toEqual([...plan.merges].sort());
  for (const v of plan.validations) {
    for (const a of cellsOf(v.range)) {
      const hit = sheet.validations.find((x) => cellsOf(x.address).includes(a));
      expect([a, Boolean(hit?.rule || hit?.prompt)]).toEqual([a, true]);
    }
  }
  for (const rh of plan.rowHeights ?? [])
    expect(sheet.rowHeights.get(rh.row - 1)).toBe(rh.height);
  for (const c of plan.hiddenColumns ?? [])
    expect(sheet.hiddenColumns.has(c)).toBe(true);
  const notes = plan.cells.filter((c) => c.note);
  for (const n of notes) expect(sheet.notes.get(n.address)).toBe(n.note);
}

describe.each([
  ["浏阳2018", "perf"],
  ["浏阳2018", "portable"],
  ["湘潭县2020", "perf"],
  ["湘潭县2020", "portable"],
] as const)("generateScorecard %s (%s formulas)", (schemeId, dialect) => {
  it("writes the planned sheet exactly, in two round trips", async () => {
    const wb = seedWorkbook();
    const scheme = getScheme(schemeId);
    const out = await generateScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      scheme,
      dialect,
      ruleTexts: true,
      explanations: true,
    });
    expect(wb.syncCount).toBe(2);
    expect(out.result.batches).toBe(1);
    expect(wb.activeSheet).toBe("计分表");
    const sheet = wb.sheet("计分表")!;
    expectWritten(sheet, out.result.plan);
    // The request stays far below Excel on the web's 5 MB.
    expect(wb.requests[1].bytes).toBeLessThan(1024 * 1024);

    // By hand from seed 000 附件4: 编制数 is B5, 在职人数 C5 on 基础数据; the 在职人员控制率 row links them.
    const layout = out.result.plan.scorecard!;
    const staff = layout.rows.find((r) => r.key.endsWith("/在职人员控制率"))!;
    const staffFormula = wb.content("计分表", staff.valueCell) as string;
    expect(staffFormula).toContain("基础数据!C5");
    expect(staffFormula).toContain("基础数据!B5");
    if (dialect === "perf") expect(staffFormula).toMatch(/PERF\./);
    else expect(staffFormula).not.toMatch(/PERF\./);
    // 43/43 = 100%: full marks (5) in both schemes.
    expect(
      out.summary.pending.some((p) => p.key.endsWith("/在职人员控制率")),
    ).toBe(false);
  });
});

describe("generateScorecard: summary and update", () => {
  it("summarises 浏阳2018 on seed 000: what scores, what is pending, and where to go", async () => {
    const wb = seedWorkbook();
    const scheme = getScheme("浏阳2018");
    const out = await generateScorecard(wb.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      scheme,
      dialect: "perf",
      ruleTexts: true,
      explanations: true,
    });
    const layout = out.result.plan.scorecard!;
    // Scored by hand from 附件4: 在职人员控制率 43/43 → 5; 三公控制率 4.63/18 = 25.7% → 8;
    // 公用经费控制率 51.64/47.5 = 108.7%, 8.72 points over at 1 per point → 0;
    // the two 楼堂馆所 indicators have no project → 5 each. Everything else needs a figure or an input.
    expect(out.summary.total.toNumber()).toBe(5 + 8 + 0 + 5 + 5);
    expect(out.summary.grade).toBeNull();
    const management = out.summary.pending.find(
      (p) => p.key === "过程/预算管理/管理制度健全性",
    )!;
    expect(management.status).toBe("input");
    // An indicator's message is its 扣分说明: domain text, Chinese in either language.
    expect(management.messageEn).toBe(management.message);
    expect(management.cell).toBe(
      layout.rows.find((r) => r.key === "过程/预算管理/管理制度健全性")!
        .valueCell,
    );
    // 上年三公经费预算数 is not on 附件4 (it has 2017年决算数, which is not a budget): a missing figure with its input cell.
    const missing = out.summary.pending.find(
      (p) => p.key === "上年三公经费预算数",
    );
    expect(missing?.status).toBe("missing");
    expect(missing?.cell).toBe(
      layout.figures.find((f) => f.field === "上年三公经费预算数")!.cell,
    );
    expect(missing?.sheet).toBeUndefined();
    expect([missing?.message, missing?.messageEn]).toEqual([
      "基础数据缺少：上年三公经费预算数",
      "Missing from the base data: 上年三公经费预算数",
    ]);
    // 政府采购金额 is on 附件4 (row 22) with its cells left blank: go to the base sheet's 2018年决算数 cell.
    const blank = out.summary.pending.find((p) => p.key === "本年政府采购决算数");
    expect([blank?.status, blank?.sheet, blank?.cell]).toEqual(["missing", "基础数据", "D22"]);
    // In the reader's words, as the 数据 step and the command line say it.
    expect([blank?.message, blank?.messageEn]).toEqual([
      "本年政府采购决算数（D22）为空，请填写",
      "本年政府采购决算数 (D22) is blank; please fill it in",
    ]);
    expect(out.summary.totalCell).toBe(layout.totalCell);
  });

  it("update keeps what the user typed into input cells, in two round trips", async () => {
    const wb = seedWorkbook();
    const scheme = getScheme("浏阳2018");
    const options = {
      baseSheet: "基础数据",
      sheetName: "计分表",
      scheme,
      dialect: "perf" as const,
      ruleTexts: true,
      explanations: true,
    };
    const first = await generateScorecard(wb.host(), {
      ...options,
      mode: "new",
    });
    const layout = first.result.plan.scorecard!;
    const management = layout.rows.find(
      (r) => r.key === "过程/预算管理/管理制度健全性",
    )!.valueCell;
    const figure = layout.figures.find(
      (f) => f.field === "上年三公经费预算数",
    )!.cell;
    const sheet = wb.sheet("计分表")!;
    sheet.cells.set(management, { value: "①②④" });
    sheet.cells.set(figure, { value: 20 });
    wb.addSheet("附表");

    wb.syncCount = 0;
    const second = await generateScorecard(wb.host(), {
      ...options,
      mode: "update",
    });
    expect(wb.syncCount).toBe(2);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "基础数据",
      "计分表",
      "附表",
    ]);
    expect(second.kept).toEqual({
      "过程/预算管理/管理制度健全性": "①②④",
      上年三公经费预算数: 20,
    });
    expect(wb.content("计分表", management)).toBe("①②④");
    expect(wb.content("计分表", figure)).toBe(20);
    // ①②④ at 2 points each = 6; 三公变动率 (18 − 20)/20 = −10% ≤ 0 → full 8.
    expect(second.summary.total.toNumber()).toBe(23 + 6 + 8);
    expect(
      second.summary.pending.some((p) => p.key === "上年三公经费预算数"),
    ).toBe(false);
    expectWritten(wb.sheet("计分表")!, second.result.plan);
  });

  it("update with other options leaves the sheet as a new one written from the same plan would be", async () => {
    const wb = seedWorkbook();
    const options = {
      baseSheet: "基础数据",
      sheetName: "计分表",
      scheme: getScheme("湘潭县2020"),
      dialect: "portable" as const,
    };
    await generateScorecard(wb.host(), {
      ...options,
      mode: "new",
      ruleTexts: true,
      explanations: true,
    });
    const second = await generateScorecard(wb.host(), {
      ...options,
      mode: "update",
      ruleTexts: false,
      explanations: false,
    });
    const plan = second.result.plan;
    const fresh = seedWorkbook();
    await writeScorecard(fresh.host(), {
      baseSheet: "基础数据",
      sheetName: "计分表",
      mode: "new",
      build: () => plan,
    });
    const state = (s: FakeSheet) => {
      const { id: _id, ...rest } = structuredClone(s);
      return rest;
    };
    expect(state(wb.sheet("计分表")!)).toEqual(state(fresh.sheet("计分表")!));
  });
});

describe("generateScorecard: what it refuses before writing anything", () => {
  const options = {
    baseSheet: "基础数据",
    sheetName: "计分表",
    scheme: getScheme("浏阳2018"),
    dialect: "perf" as const,
    ruleTexts: true,
    explanations: true,
  };
  const sheetsOf = (wb: FakeWorkbook) =>
    wb.sheets.map((s) => [s.name, structuredClone(s)]);

  it("will not 更新 a sheet of the user's own that happens to be called 计分表", async () => {
    const wb = seedWorkbook();
    wb.addSheet("计分表", { A1: "我的计分表", B2: "三级指标", C2: "备注" });
    wb.addSheet("计分表 (2)");
    const before = sheetsOf(wb);
    const e = await failure(
      generateScorecard(wb.host(), { ...options, mode: "update" }),
    );
    expect(e.code).toBe("notScorecard");
    expect(e.message).toBe(
      "工作表“计分表”不是 PerfScore 生成的计分表，为免覆盖其中的内容，不会更新它。请为计分表另取一个名称（如“计分表 (3)”）。工作簿未作改动。",
    );
    expect(e.messageEn).toMatch(/^The sheet "计分表" is not a scorecard generated by PerfScore/);
    expect(wb.syncCount).toBe(1);
    expect(sheetsOf(wb)).toEqual(before);
    expect(await inspectExistingSheet(wb.host(), "计分表", options.scheme)).toEqual({
      kind: "other",
    });
  });

  it("will not 更新 a 计分表 generated for another scheme, and says which", async () => {
    const wb = seedWorkbook();
    await generateScorecard(wb.host(), {
      ...options,
      scheme: getScheme("湘潭县2020"),
      mode: "new",
    });
    const before = sheetsOf(wb);
    wb.syncCount = 0;
    const e = await failure(
      generateScorecard(wb.host(), { ...options, mode: "update" }),
    );
    expect(e.code).toBe("otherScheme");
    expect(e.message).toBe(
      "工作表“计分表”是按评分方案“湘潭县2020”生成的计分表，与所选的方案“浏阳2018”不同，不会更新它。请为计分表另取一个名称（如“计分表 (2)”），或在“方案”步骤改选“湘潭县2020”。工作簿未作改动。",
    );
    expect(wb.syncCount).toBe(1);
    expect(sheetsOf(wb)).toEqual(before);
    wb.syncCount = 0;
    expect(await inspectExistingSheet(wb.host(), "计分表", options.scheme)).toEqual({
      kind: "otherScheme",
      schemeId: "湘潭县2020",
    });
    expect(
      await inspectExistingSheet(wb.host(), "计分表", getScheme("湘潭县2020")),
    ).toEqual({ kind: "scorecard" });
    expect(wb.syncCount).toBe(2);
  });

  it("reads an empty base sheet as one problem, and generates nothing from it", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const snapshot = await readSheet(wb.host(), "Sheet1");
    expect(isBlankSheet(snapshot)).toBe(true);
    expect(baseDataOf(snapshot, options.scheme)).toEqual({
      sheetName: "Sheet1",
      figures: {},
      problems: [
        {
          kind: "sheet",
          message:
            "工作表“Sheet1”是空的，没有基础数据。请选择填有基础数据的工作表，或插入基础数据模板并填写。",
          messageEn:
            'The sheet "Sheet1" is empty: it has no base data. Choose the sheet that holds the base data, or insert the base-data template and fill it in.',
        },
      ],
    });
    wb.syncCount = 0;
    const e = await failure(
      generateScorecard(wb.host(), { ...options, baseSheet: "Sheet1", mode: "new" }),
    );
    expect(e.code).toBe("emptySheet");
    expect(e.messageEn).toBe(
      'The sheet "Sheet1" is empty: it has no base data. Choose the sheet that holds the base data, or insert the base-data template and fill it in.',
    );
    expect(wb.syncCount).toBe(1);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    // A sheet with anything at all in it is not empty.
    expect(isBlankSheet(await readSheet(seedWorkbook().host(), "基础数据"))).toBe(false);
  });
});
