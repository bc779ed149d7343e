/**
 * A PERF-dialect 计分表 for a scheme the add-in does not know (a workbook's 评分方案 sheet, a JSON
 * file under its own id) names no scheme: each score is PERF.RULESCORE on the rule's text (the 评价标准
 * cell, or the 计分方式 text as a literal), the grade is written out. Evaluated from the file's own
 * formulas (PERF.* through the function registry), it gives the engine's results, and the same
 * scores as the built-in scheme it was written from.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { BUILT_IN_SCHEMES, getScheme } from "../../src/core";
import { addSchemeSheet } from "../../src/cli/commands/scheme";
import { generateFile, type GenerateFileResult } from "../../src/cli/commands/generate";
import { templateFile } from "../../src/cli/commands/template";
import { DEMO_FIGURES, DEMO_INPUTS, DEMO_YEAR } from "../../src/cli/demo/data";
import { MiniWorkbook } from "../planner/support/excelFormula";
import { compareWithEngine } from "../planner/support/scorecard";
import { runCli } from "./support/runCli";
import { cellsOf } from "./support/sheetCells";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-own-perf-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const base = path.join(dir, "基础数据.xlsx");
const own = path.join(dir, "带评分方案.xlsx");

/** Seed 000's figures with the report's blanks filled (so every quantitative row scores), 楼堂馆所 left blank. */
const FIGURES = {
  ...DEMO_FIGURES,
  上年三公经费预算数: 20,
  上年结转: 0,
  年末结余: 35.5,
  重点工作交办数: 12,
  重点工作完成数: 11,
  满意率: 0.93,
};

beforeAll(async () => {
  await templateFile({ output: base, year: DEMO_YEAR, values: FIGURES, force: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(base);
  addSchemeSheet(wb, getScheme("浏阳2018"));
  await wb.xlsx.writeFile(own);
});

/** The written file's 计分表, evaluated from its own formulas. */
async function evaluated(g: GenerateFileResult) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(g.output);
  const sheets = new Map(wb.worksheets.map((ws) => [ws.name, cellsOf(ws)]));
  const engine = new MiniWorkbook(sheets);
  const formulas = [...sheets.get(g.sheetName)!.values()].flatMap((c) =>
    c.formula ? [c.formula] : []
  );
  return { read: (a: string) => engine.value(g.sheetName, a), formulas };
}

/** Every PERF call that takes a scheme, and every literal naming a scheme id that is not built in. */
function schemeNames(formulas: string[], id: string): string[] {
  const known = new Set(BUILT_IN_SCHEMES.map((s) => s.id));
  return formulas.flatMap((f) => [
    ...(f.match(/PERF\.(SCORE|EXPLAIN|GRADE|RULE|INDICATORS)\(/g) ?? []),
    ...(f.includes(`"${id}"`) && !known.has(id) ? [id] : []),
  ]);
}

test("the workbook's own scheme sheet: PERF formulas score as the engine and as 浏阳2018, naming no scheme", async () => {
  const g = await generateFile({
    input: own,
    output: path.join(dir, "own-perf.xlsx"),
    dialect: "perf",
    inputs: DEMO_INPUTS,
    force: true,
  });
  expect(g.summary.schemeId).toBe("本地:评分方案");
  const { read, formulas } = await evaluated(g);
  expect(schemeNames(formulas, g.summary.schemeId)).toEqual([]);
  // One RULESCORE per indicator (16) and one RULEEXPLAIN; the 评价标准 cell where it is the rule's text.
  expect(formulas.join("\n").match(/PERF\.RULESCORE\(/g)).toHaveLength(16);
  expect(formulas.join("\n").match(/PERF\.RULEEXPLAIN\(/g)).toHaveLength(16);
  const budget = g.plan.scorecard!.rows.find((r) => r.key === "过程/预算执行/预算完成率")!;
  const score = g.plan.cells.find((c) => c.address === budget.scoreCell)!.formula;
  expect(score).toBe(
    `=PERF.RULESCORE(H${budget.row},F${budget.row},${budget.valueCell},"预算完成率")`
  );
  // The engine's results, 扣分说明 included, and 浏阳2018's own scores on the same figures.
  expect(
    compareWithEngine(g.plan, g.result, read, {
      base: g.base,
      inputs: g.inputs,
      explanations: true,
    })
  ).toEqual([]);
  const b = await generateFile({
    input: base,
    output: path.join(dir, "builtin-perf.xlsx"),
    scheme: getScheme("浏阳2018"),
    dialect: "perf",
    inputs: DEMO_INPUTS,
    force: true,
  });
  const scores = (r: GenerateFileResult) =>
    r.summary.indicators.map((i) => [i.path, i.score?.toString() ?? i.status]);
  expect(scores(g)).toEqual(scores(b));
  expect(g.summary.pendingCount).toBe(0);
  const builtIn = await evaluated(b);
  const layout = g.plan.scorecard!;
  expect([read(layout.totalCell), read(layout.gradeCell)]).toEqual([
    builtIn.read(b.plan.scorecard!.totalCell),
    builtIn.read(b.plan.scorecard!.gradeCell),
  ]);
});

test("a JSON scheme under its own id: the same, with rule texts the 评价标准 does not say written as literals", async () => {
  const s = JSON.parse(JSON.stringify(getScheme("浏阳2018")));
  s.id = "某县2023";
  s.aliases = [];
  const file = path.join(dir, "某县2023.json");
  fs.writeFileSync(file, JSON.stringify(s));
  const out = path.join(dir, "json-perf.xlsx");
  const r = await runCli(["generate", base, "--scheme", file, "--perf", "-o", out]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const card = cellsOf(wb.getWorksheet("计分表")!);
  const formulas = [...card.values()].flatMap((c) => (c.formula ? [c.formula] : []));
  expect(schemeNames(formulas, "某县2023")).toEqual([]);
  // 重点工作办结率 has no rule in its 评价标准 (附件3 gives none): its text travels in the formula.
  expect(formulas.some((f) => f.startsWith('=PERF.RULESCORE("按完成比例计分，满分为止",'))).toBe(
    true
  );
  const sheets = new Map(wb.worksheets.map((ws) => [ws.name, cellsOf(ws)]));
  const engine = new MiniWorkbook(sheets);
  const builtIn = await generateFile({
    input: base,
    output: path.join(dir, "builtin-perf-2.xlsx"),
    scheme: getScheme("浏阳2018"),
    dialect: "perf",
    force: true,
  });
  const layout = builtIn.plan.scorecard!;
  // Same layout as the built-in's 计分表 (same tree): the same score in every 得分 cell.
  const scoreCells = layout.rows.map((row) => row.scoreCell);
  expect(scoreCells.map((a) => engine.value("计分表", a))).toEqual(
    scoreCells.map(
      (a) =>
        builtIn.summary.indicators
          .find((i) => i.path === layout.rows.find((x) => x.scoreCell === a)!.key)!
          .score?.toNumber() ?? ""
    )
  );
});

test("a JSON file under a built-in's id is that built-in when it holds just that, refused otherwise", async () => {
  const same = path.join(dir, "same.json");
  expect((await runCli(["scheme", "export", "浏阳2018", "--json", "-o", same])).code).toBe(0);
  const g = await runCli([
    "generate",
    base,
    "--scheme",
    same,
    "--perf",
    "-o",
    path.join(dir, "same-perf.xlsx"),
  ]);
  expect(g.code).toBe(0);
  const s = JSON.parse(fs.readFileSync(same, "utf8"));
  s.levels[0].groups[0].indicators[0].points = 4;
  s.levels[0].groups[0].indicators[1].points = 9;
  fs.writeFileSync(same, JSON.stringify(s));
  const r = await runCli(["score", base, "--scheme", same]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain("是内置方案的编号，但内容与内置方案不同");
});
