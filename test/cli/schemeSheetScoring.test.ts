/**
 * A workbook holding its own 评分方案 sheet (浏阳2018 written out as an officer would keep it) scores and
 * generates exactly as the built-in scheme does on the same 基础数据: same scores, same formulas.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { getScheme } from "../../src/core";
import { addSchemeSheet } from "../../src/cli/commands/scheme";
import { generateFile } from "../../src/cli/commands/generate";
import { scoreFile } from "../../src/cli/commands/score";
import { templateFile } from "../../src/cli/commands/template";
import { DEMO_FIGURES, DEMO_YEAR } from "../../src/cli/demo/data";
import { scorecardSchemeId } from "../../src/scorecard/planner/readInputs";
import type { Grid } from "../../src/scorecard/grid";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-own-scheme-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const base = path.join(dir, "基础数据.xlsx");
const own = path.join(dir, "带评分方案.xlsx");

beforeAll(async () => {
  await templateFile({
    output: base,
    schemeId: "浏阳2018",
    year: DEMO_YEAR,
    values: DEMO_FIGURES,
    force: true,
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(base);
  addSchemeSheet(wb, getScheme("浏阳2018"));
  await wb.xlsx.writeFile(own);
});

test("score uses the workbook's scheme sheet without --scheme, says so, and scores as 浏阳2018", async () => {
  const a = await scoreFile(own, {});
  const b = await scoreFile(base, { scheme: getScheme("浏阳2018") });
  expect(a.json.scheme).toBe("本地:评分方案");
  expect(a.table).toContain("评分方案：本地:评分方案");
  const scores = (r: typeof a) =>
    r.json.indicators.map((i) => [i.name, i.value, i.score, i.status]);
  expect(scores(a)).toEqual(scores(b));
  expect(a.json.total).toBe(b.json.total);
  // --scheme with the sheet's name does the same; a name that is neither a scheme nor a sheet is refused.
  expect((await scoreFile(own, { schemeSheet: "评分方案" })).json.total).toBe(b.json.total);
  await expect(scoreFile(own, { schemeSheet: "没有这张表" })).rejects.toThrow(/既不是内置方案/);
});

test("generate (portable) writes the same formulas as for 浏阳2018", async () => {
  const a = await generateFile({
    input: own,
    output: path.join(dir, "a.xlsx"),
    dialect: "portable",
    force: true,
  });
  const b = await generateFile({
    input: base,
    output: path.join(dir, "b.xlsx"),
    scheme: getScheme("浏阳2018"),
    dialect: "portable",
    force: true,
  });
  // 扣分说明 quote the rule's own words (band labels, the not-applicable reason), which the sheet spells as read;
  // every other formula — values, scores, totals, grade — must be the same.
  const column = (r: typeof a, header: string) =>
    r.plan.cells.find((c) => c.value === header)!.address.replace(/\d+$/, "");
  const formulas = (r: typeof a) =>
    r.plan.cells
      .filter((c) => c.formula && !c.address.startsWith(column(r, "扣分说明")))
      .map((c) => [c.address, c.formula]);
  // One difference, known and documented: 行政效能's “好” is the built-in's own alias, not in the text.
  const differ = formulas(a)
    .map((f, i) => [f, formulas(b)[i]])
    .filter(([x, y]) => x[1] !== y[1]);
  expect(differ).toHaveLength(1);
  const [[, mine], [, builtIn]] = differ[0];
  expect(String(builtIn).replace(/,TRIM\([A-Z]+\d+&""\)="好"/, "")).toBe(mine);
  expect(formulas(a).map((f) => f[0])).toEqual(formulas(b).map((f) => f[0]));
  expect(formulas(a).length).toBeGreaterThan(40);
  expect(a.summary.total).toEqual(b.summary.total);
  // The PERF dialect for the same sheet: test/cli/ownSchemePerf.test.ts.
});

test("a scheme title holding its own 〔…〕 still names its id (the last 〔…〕)", () => {
  const grid: Grid = {
    sheetName: "计分表",
    rowCount: 2,
    columnCount: 1,
    origin: { row: 0, column: 0 },
    cells: [
      [{ value: "评分方案：某县部门整体支出绩效评价（财预〔2020〕10号）〔本地:评分方案〕" }],
      [],
    ],
    merges: [],
  };
  expect(scorecardSchemeId(grid)).toBe("本地:评分方案");
});
