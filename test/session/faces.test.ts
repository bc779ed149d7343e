/**
 * The pane and the command line give the same result for the same workbook, because both go
 * through the one session (src/scorecard/session.ts). The case that once split them: 95 typed for
 * 满意率 in 补充数据, a rate above 100% without a "%", which the reader and the native formula
 * refuse (#N/A) — the pane scored it as 9500%.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { getScheme } from "../../src/core";
import { generateScorecard } from "../../src/excel/scorecard";
import { generateFile } from "../../src/cli/commands/generate";
import { scoreFile } from "../../src/cli/commands/score";
import { FakeWorkbook } from "../support/fakeExcel";
import { SEED000_MERGES, SEED000_ROWS, seedCells } from "../support/seedBaseSheet";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-faces-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const scheme = getScheme("浏阳2018");

/** Seed 000 with C5 (2018年实际在职人数, 43) replaced by `staff`. */
const seedRows = (staff: number | string) =>
  SEED000_ROWS.map((row, r) => (r === 4 ? row.map((v, c) => (c === 2 ? staff : v)) : row));

/** The pane: generate on seed 000, type `typed` into 补充数据's 满意率 cell, 更新. */
async function paneWith(typed: number | string, staff: number | string = 43) {
  const wb = new FakeWorkbook();
  wb.addSheet("基础数据", seedCells(seedRows(staff))).merges.push(...SEED000_MERGES);
  const options = {
    baseSheet: "基础数据",
    sheetName: "计分表",
    scheme,
    dialect: "portable" as const,
    ruleTexts: true,
    explanations: true,
  };
  const first = await generateScorecard(wb.host(), { ...options, mode: "new" });
  const cell = first.result.plan.scorecard!.figures.find((f) => f.field === "满意率")!.cell;
  wb.sheet("计分表")!.cells.set(cell, { value: typed });
  const second = await generateScorecard(wb.host(), { ...options, mode: "update" });
  return { cell, summary: second.summary };
}

/** The command line: seed 000 in a file, generate with 满意率 typed, then score the result. */
async function cliWith(typed: number | string, name: string, staff: number | string = 43) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("基础数据");
  seedRows(staff).forEach((row) => ws.addRow(row));
  const input = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(input);
  const output = path.join(dir, `${name}.out.xlsx`);
  const g = await generateFile({
    input,
    output,
    scheme,
    dialect: "portable",
    inputs: { 满意率: typed },
  });
  const cell = g.plan.scorecard!.figures.find((f) => f.field === "满意率")!.cell;
  return { cell, json: (await scoreFile(output, {})).json };
}

describe("the pane and the command line agree on what a figure is", () => {
  it.each([95, "95"])("%p typed for 满意率: neither scores it, both name the cell", async (typed) => {
    const pane = await paneWith(typed);
    const cli = await cliWith(typed, `refused-${typeof typed}`);
    expect(cli.cell).toBe(pane.cell);
    // By hand (see test/excel/scorecard.test.ts): 5 + 8 + 0 + 5 + 5 = 23; 满意度 is not scored.
    expect(pane.summary.total.toNumber()).toBe(23);
    expect(cli.json.total).toBe(23);
    const item = pane.summary.pending.find((p) => p.key === "满意率");
    // Not a number as 满意率 can be: 需处理 (error), not 待填.
    expect([item?.status, item?.cell, item?.sheet]).toEqual(["error", pane.cell, undefined]);
    expect(item?.message).toBe(
      `满意率（计分表!${pane.cell}）“95”不是有效的数字，应填写百分比（如95%），不能大于100%`
    );
    const satisfaction = cli.json.indicators.find((i) => i.name === "社会公众或服务对象满意度");
    expect([satisfaction?.status, satisfaction?.score]).toEqual(["error", null]);
    expect(cli.json.problems).toContainEqual({
      cell: `计分表!${cli.cell}`,
      message: `满意率（计分表!${cli.cell}）“95”不是有效的数字，应填写百分比（如95%），不能大于100%`,
    });
  });

  // With a "%" (half- or full-width) the text is taken as written, as on the base sheet.
  it.each([0.95, "95%", "９５％", "１００％"])("%p typed for 满意率: both score 6 (≥90% → 6)", async (typed) => {
    const pane = await paneWith(typed);
    const cli = await cliWith(typed, `accepted-${Buffer.from(String(typed)).toString("hex")}`);
    expect(pane.summary.total.toNumber()).toBe(23 + 6);
    expect(cli.json.total).toBe(23 + 6);
    expect(pane.summary.pending.some((p) => p.key === "满意率")).toBe(false);
  });

  // The pane once called any unusable base figure blank ("基础数据中在职人员数（C5）为空，请填写").
  it("an unusable figure on the base sheet: both say what is wrong with it, in the reader's words", async () => {
    const pane = await paneWith(0.95, "约45");
    const cli = await cliWith(0.95, "unusable-staff", "约45");
    const item = pane.summary.pending.find((p) => p.key === "在职人员数");
    expect([item?.status, item?.sheet, item?.cell]).toEqual(["error", "基础数据", "C5"]);
    expect(item?.message).toBe("在职人员数（C5）“约45”不是有效的数字");
    expect(cli.json.problems).toContainEqual({ cell: "基础数据!C5", message: "在职人员数（C5）“约45”不是有效的数字" });
    expect(cli.json.pending).toContainEqual({
      key: "在职人员数", status: "error", cell: "基础数据!C5", message: "在职人员数（C5）“约45”不是有效的数字",
    });
    // 在职人员控制率 (5) is not scored: 23 − 5 + 6 (满意率 95%).
    expect(pane.summary.total.toNumber()).toBe(24);
    expect(cli.json.total).toBe(24);
  });
});
