/**
 * PERF-dialect workbooks as written to disk: every formula of the 计分表 parses as Excel formula
 * syntax and refers only to cells that exist, and the workbook evaluated from the file's own
 * formulas (PERF.* through the engine's callFunction) gives the engine's results.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { BUILT_IN_SCHEMES, type Scheme } from "../../src/core";
import { generateFile } from "../../src/cli/commands/generate";
import { templateFile } from "../../src/cli/commands/template";
import { MiniWorkbook, references } from "../planner/support/excelFormula";
import { compareWithEngine } from "../planner/support/scorecard";
import { cellsOf } from "./support/sheetCells";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-perfwb-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Some figures present, some blank (so the 待填 paths are written too). */
const VALUES = { 编制数: 43, 在职人员数: 45, 本年三公经费预算数: 18, 上年三公经费预算数: 0, 年初预算: 916.19, 本年追加预算: 100, 满意率: 0.88 };

describe.each(BUILT_IN_SCHEMES.map((s) => [s.id, s] as const))("%s", (id, scheme: Scheme) => {
  test("the file's formulas parse, refer to existing cells, and evaluate to the engine's results", async () => {
    const input = path.join(dir, `base-${id}.xlsx`);
    await templateFile({ output: input, year: 2021, values: VALUES, force: true });
    const g = await generateFile({ input, output: path.join(dir, `perf-${id}.xlsx`), scheme, dialect: "perf" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(g.output);
    const sheets = new Map(wb.worksheets.map((ws) => [ws.name, cellsOf(ws)]));
    const own = sheets.get(g.sheetName)!;
    const base = sheets.get(g.baseSheetName)!;
    const inputCells = new Set(g.plan.inputs.map((i) => i.address));
    const baseInputs = new Set(Object.values(g.base.figures).map((f) => f.address));

    const problems: string[] = [];
    let formulas = 0;
    let perfCalls = 0;
    for (const [address, cell] of own) {
      if (!cell.formula) continue;
      formulas++;
      perfCalls += (cell.formula.match(/PERF\./g) ?? []).length;
      let refs: Array<{ sheet?: string; address: string }>;
      try {
        refs = references(cell.formula);
      } catch (e) {
        problems.push(`${address}: ${(e as Error).message}`);
        continue;
      }
      for (const r of refs) {
        const sheet = r.sheet ?? g.sheetName;
        if (!sheets.has(sheet)) problems.push(`${address}: sheet ${sheet} does not exist`);
        else if (sheet === g.sheetName && !own.has(r.address) && !inputCells.has(r.address)) problems.push(`${address}: ${r.address} is empty`);
        else if (sheet === g.baseSheetName && !base.has(r.address) && !baseInputs.has(r.address)) problems.push(`${address}: ${sheet}!${r.address} is not a figure`);
      }
    }
    expect(problems).toEqual([]);
    expect(formulas).toBeGreaterThan(60);
    expect(perfCalls).toBeGreaterThan(40);

    const engine = new MiniWorkbook(sheets);
    const mismatches = compareWithEngine(g.plan, g.result, (a) => engine.value(g.sheetName, a), { base: g.base, inputs: g.inputs });
    expect(mismatches).toEqual([]);
  });
});
