/**
 * 在此表中计分 end to end: the officer's blank 计分表 filled on a copy through the command line's path
 * (fillFile: exceljs, reader, fill planner, writer), the self-evaluation inputs typed into the cells
 * it left for them, recalculated by LibreOffice: every 得分, the 合计 and the 评价结果 equal the engine
 * on the same figures and inputs (the sample workbook, and both built-in tables with full data).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { D, getScheme } from "../../../src/core";
import { fillFile, type FillFileResult } from "../../../src/cli/commands/fill";
import { DEMO_INPUTS } from "../../../src/cli/demo/data";
import { fillSampleWorkbook, FILL_SAMPLE_SHEET } from "../../../src/cli/demo/fillSample";
import { gridFromWorksheet } from "../../../src/cli/xlsx";
import { blankScorecardTable } from "../../../src/scorecard/fillInPlace";
import { readSchemeBase } from "../../../src/scorecard/reader";
import { readSchemeSheet } from "../../../src/scorecard/schemeSheet";
import { evaluateSession } from "../../../src/scorecard/session";
import { isError, type Scalar } from "../../planner/support/excelFormula";
import { handMadeBase } from "../../planner/support/scorecard";
import { FULL_FIGURES, FULL_INPUTS } from "../../fillInPlace/support";
import { computedSheet, libreOfficeOrSkip, recalculate } from "./support/libreoffice";

const run = libreOfficeOrSkip("the fill-in-place end-to-end test");
const maybe = run ? describe : describe.skip;
jest.setTimeout(5 * 60 * 1000);

interface Case {
  name: string;
  workbook: () => ExcelJS.Workbook;
  inputs: Record<string, string | number>;
  filled?: FillFileResult;
  recalculated?: string;
}

/** A blank built-in table beside a base sheet holding every figure (label | value). */
function fullWorkbook(schemeId: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(FILL_SAMPLE_SHEET);
  const table = blankScorecardTable(getScheme(schemeId));
  table.rows.forEach((row) => ws.addRow(row.map((v) => (v === null ? undefined : v))));
  for (const m of table.merges) ws.mergeCells(m);
  const base = wb.addWorksheet("基础数据");
  for (const [address, cell] of handMadeBase(FULL_FIGURES).cells)
    if (cell.value !== null && cell.value !== undefined) base.getCell(address).value = cell.value;
  return wb;
}

const CASES: Case[] = [
  { name: "sample", workbook: fillSampleWorkbook, inputs: DEMO_INPUTS },
  { name: "liuyang", workbook: () => fullWorkbook("浏阳2018"), inputs: FULL_INPUTS["浏阳2018"] },
  { name: "xiangtan", workbook: () => fullWorkbook("湘潭县2020"), inputs: FULL_INPUTS["湘潭县2020"] },
];

maybe("在此表中计分, recalculated in LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-fill-e2e-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const typedFiles: string[] = [];
    for (const c of CASES) {
      const input = path.join(dir, `${c.name}.xlsx`);
      await c.workbook().xlsx.writeFile(input);
      c.filled = await fillFile({ input, output: path.join(dir, `${c.name}.filled.xlsx`) });
      // The officer types the inputs into the cells the fill left for them.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(c.filled.output!);
      const ws = wb.getWorksheet(FILL_SAMPLE_SHEET)!;
      for (const i of c.filled.plan.inputs) if (c.inputs[i.key] !== undefined) ws.getCell(i.address).value = c.inputs[i.key];
      const typed = path.join(dir, "typed", `${c.name}.xlsx`);
      fs.mkdirSync(path.dirname(typed), { recursive: true });
      await wb.xlsx.writeFile(typed);
      typedFiles.push(typed);
    }
    const out = await recalculate(typedFiles, path.join(dir, "out"), 1);
    CASES.forEach((c, i) => (c.recalculated = out[i]));
  });

  test.each(CASES.map((c) => [c.name, c] as const))("%s: every 得分, the 合计 and the 评价结果 equal the engine", async (_, c) => {
    const plan = c.filled!.plan;
    const read = await computedSheet(c.recalculated!, FILL_SAMPLE_SHEET);
    // The engine, over the scheme and figures as the fill read them from the typed workbook.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(c.recalculated!);
    const reading = readSchemeSheet(gridFromWorksheet(wb.getWorksheet(FILL_SAMPLE_SHEET)!));
    expect(reading.problems).toEqual([]);
    const scheme = reading.scheme!;
    const base = readSchemeBase(gridFromWorksheet(wb.getWorksheet("基础数据")!), scheme);
    const inputs = Object.fromEntries(plan.inputs.map((i) => [i.key, c.inputs[i.key] ?? null]));
    const engine = evaluateSession(scheme, base, inputs);
    const byKey = new Map(engine.indicators.map((r) => [r.ref.path, r]));
    const diffs: string[] = [];
    for (const row of plan.rows) {
      const want = byKey.get(row.key)!;
      const got: Scalar = read(row.scoreCell);
      const same = want.score ? typeof got === "number" && new D(got).equals(want.score) : got === "" || got === null || isError(got);
      if (!same) diffs.push(`${row.key}: LibreOffice ${String(got)}, engine ${want.score ?? want.status}`);
      if (want.score && row.explainCell && plan.cells.some((x) => x.address === row.explainCell)) {
        const text = read(row.explainCell);
        if (typeof text !== "string" || text === "") diffs.push(`${row.key} 扣分说明: ${String(text)}`);
      }
    }
    expect(diffs).toEqual([]);
    expect(plan.rows.filter((r) => typeof read(r.scoreCell) === "number").length).toBeGreaterThan(plan.rows.length / 2);
    expect(read(plan.totalCell!)).toBe(engine.total.toNumber());
    const grade = read(plan.gradeCell!);
    if (engine.pendingCount === 0) expect(grade).toBe(engine.grade);
    else expect(grade).toBe(`待定（${engine.pendingCount}项待填或需处理）`);
  });
});
