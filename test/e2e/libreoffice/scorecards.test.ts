/**
 * End to end in a real spreadsheet engine. Portable 计分表 workbooks are generated through the
 * command line's own path (generateFile: exceljs in, reader, planner, writer), recalculated by
 * LibreOffice headless in one batch, read back, and every indicator value, score, subtotal, total,
 * pending count and grade must equal the engine (evaluateScheme, as `perfscore score --json`
 * prints it). Workbooks: both schemes with full data, the demo, and random base data biased to
 * the rules' boundaries (fast-check, fixed seed); also base data with figures typed as text in
 * every form the reader accepts ("45人", "４３", "2,886.58", "87.98%", " 43 ", "(3.5)", ...), at
 * random and in fixed workbooks, some in forms the portable formula leaves out or VALUE would read
 * though the reader does not. The PERF dialect of each workbook, evaluated with the engine's
 * functions, must give the same cells as LibreOffice gives the portable one.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { BUILT_IN_SCHEMES, fieldDef, getScheme, type Scheme } from "../../../src/core";
import { generateFile, type GenerateFileResult } from "../../../src/cli/commands/generate";
import { runDemo } from "../../../src/cli/commands/demo";
import { scoreFile } from "../../../src/cli/commands/score";
import type { ScoreJson } from "../../../src/cli/report";
import { gridFromWorksheet, saveWorkbook } from "../../../src/cli/xlsx";
import type { CellValue } from "../../../src/scorecard/grid";
import { planScorecard } from "../../../src/scorecard/planner";
import { caseArbitrary, withTextFigures, type Case } from "../../planner/support/arbitraries";
import { isError, MiniWorkbook, type Scalar, type SheetCell } from "../../planner/support/excelFormula";
import { compareWithEngine, handMadeBase, numberAsText, TEXT_FORMS } from "../../planner/support/scorecard";
import { computedSheet, libreOfficeOrSkip, recalculate } from "./support/libreoffice";
import { FULL_FIGURES, FULL_INPUTS } from "../../support/fullCase";

const RANDOM_PER_SCHEME = Number(process.env.PERFSCORE_E2E_RANDOM ?? 110);
/** Random workbooks per scheme whose figures are mostly typed as text. */
const TEXT_PER_SCHEME = Number(process.env.PERFSCORE_E2E_TEXT ?? 40);
const SEED = 20240611;

const run = libreOfficeOrSkip("the LibreOffice end-to-end suite");
const maybe = run ? describe : describe.skip;

interface Workbook {
  name: string;
  scheme: Scheme;
  generated: GenerateFileResult;
  /** Typed inputs (qualitative and 补充数据), for the comparison's notion of unusable figures. */
  inputs: Record<string, unknown>;
  recalculated?: string;
}

/** A base workbook laid out as a list (label | value), as handMadeBase describes it. */
async function writeBase(file: string, c: Case, sheetName: string): Promise<void> {
  const hand = handMadeBase(c.figures, { sheetName });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const [address, cell] of hand.cells) ws.getCell(address).value = (cell.value ?? null) as ExcelJS.CellValue;
  ws.getColumn(1).width = 30;
  await saveWorkbook(wb, file);
}

/** Full, realistic data for a scheme (every figure present), with every input typed. */
function fullCase(scheme: Scheme): Case {
  const figures = { ...FULL_FIGURES };
  const inputs = { ...FULL_INPUTS[scheme.id] };
  return { figures, inputs, supplied: {} };
}

/**
 * Self-evaluation inputs typed as text, as a text-formatted cell, a paste or a full-width IME
 * leaves them: every numeric kind in several forms (the "3" for a count, "5" for a score,
 * "１０３％" for a rate among them), and, in the last set, text that VALUE would misread.
 */
const TEXT_INPUTS: Record<string, Array<Record<string, string>>> = {
  浏阳2018: [
    {
      "过程/预算管理/管理制度健全性": "１，２，４",
      "过程/预算管理/资金使用合规性": "3",
      "过程/预算管理/预决算信息公开": "1、2、3",
      "产出及效率/履职效益/经济效益、社会效益": "5",
      "产出及效率//行政效能": " 一般 ",
    },
    {
      "过程/预算管理/资金使用合规性": "３例",
      "产出及效率/履职效益/经济效益、社会效益": "５.５分",
    },
    {
      "过程/预算管理/资金使用合规性": "1:30",
      "产出及效率/履职效益/经济效益、社会效益": "1e0",
    },
  ],
  湘潭县2020: [
    {
      "产出/职责履行/实际完成率": "９２／１００",
      "产出/职责履行/完成及时率": "３",
      "效果/履职效益/经济效益": "１０３％",
      "效果/履职效益/社会效益": "90%",
      "效果/履职效益/生态效益": "0.95",
    },
    {
      "产出/职责履行/实际完成率": "92%",
      "产出/职责履行/完成及时率": " 3 ",
      "效果/履职效益/经济效益": "1.03",
      "效果/履职效益/社会效益": " 95 % ",
      "效果/履职效益/生态效益": "＋９５％",
    },
    {
      "产出/职责履行/实际完成率": "1e1/100",
      "产出/职责履行/完成及时率": "3-",
      "效果/履职效益/经济效益": "2020-1-1",
      "效果/履职效益/社会效益": "(90%)",
      "效果/履职效益/生态效益": "1,000%",
    },
  ],
};

/** `c` with its figures typed as text, the i-th in form `forms(i)` of the field's unit. */
function typedAsText(c: Case, forms: (i: number) => (x: number, unit: string) => string): Case {
  const figures = Object.fromEntries(
    Object.entries(c.figures).map(([k, v], i) => [k, typeof v === "number" ? forms(i)(v, fieldDef(k).unit) : v]),
  );
  return { ...c, figures };
}

/** Every accepted form in turn, starting at the `offset`-th (so that the fields change forms). */
const everyForm = (offset: number) => (i: number) => (x: number, unit: string) =>
  numberAsText(x, TEXT_FORMS[(i + offset) % TEXT_FORMS.length], unit);

/**
 * Text the reader reads but the portable formula leaves out (other spaces, a line break, "(+20)",
 * "(−18)", "(¥5)": the planner matches them as typed), and text the reader rejects though VALUE
 * would read it ("22-", "2e1", "1:30", "1234,567", "TRUE": the planner makes them errors).
 */
const LEFT_OUT = [
  (x: number) => `${x}\u2003`,
  (x: number) => `${x}\n`,
  (x: number) => `(+${x})`,
  (x: number) => `(\u2212${x})`,
  (x: number) => `\u2009${x}万元`,
  (x: number) => `(¥${x})`,
  (x: number) => `${x}-`,
  (x: number) => `${x}e0`,
  (x: number) => `${Math.round(x)}:30`,
  (x: number) => `1234,${String(Math.round(x)).padStart(3, "0")}`,
  () => "TRUE",
];

/**
 * Figures sitting exactly on the rules' boundaries, with the scores worked out by hand from the
 * rule texts (浏阳2018 附件3, 湘潭县2020 计分表) — binary floating point gets several of these wrong
 * without the ROUND(…,9) guard.
 */
const BOUNDARIES: Array<{ name: string; scheme: string; figures: Case["figures"]; expect: Record<string, number> }> = [
  {
    name: "liuyang-a",
    scheme: "浏阳2018",
    figures: { 编制数: 20, 在职人员数: 20, 上年三公经费预算数: 20, 本年三公经费预算数: 20, 上年结转: 0, 年初预算: 100, 本年追加预算: 0, 年末结余: 5,
      本年公用经费预算数: 100, 本年公用经费决算数: 100, 本年三公经费决算数: 20, 本年政府采购预算数: 100, 本年政府采购决算数: 115,
      重点工作交办数: 10, 重点工作完成数: 9, 满意率: 0.9 },
    expect: {
      "投入/预算配置/在职人员控制率": 5, // 100% ≦ 100%
      "投入/预算配置/“三公经费”变动率": 8, // 0 ≦ 0
      "过程/预算执行/预算完成率": 3, // 95%: one step of 5% below → −2
      "过程/预算执行/预算控制率": 5, // =0
      "过程/预算管理/公用经费控制率": 8, // 100%（含）
      "过程/预算管理/政府采购执行率": 0, // 115%: three steps of 5% → −6
      "产出及效率/职责履行/重点工作办结率": 7.2, // 8 × 90%
      "产出及效率//社会公众或服务对象满意度": 6, // 90%（含）以上
    },
  },
  {
    name: "liuyang-b",
    scheme: "浏阳2018",
    figures: { 编制数: 20, 在职人员数: 21, 上年三公经费预算数: 20, 本年三公经费预算数: 18, 上年结转: 0, 年初预算: 100, 本年追加预算: 10, 年末结余: 11,
      本年公用经费预算数: 100, 本年公用经费决算数: 101, 本年三公经费决算数: 18, 本年政府采购预算数: 100, 本年政府采购决算数: 110, 满意率: 0.8 },
    expect: {
      "投入/预算配置/在职人员控制率": 2.5, // 105%: 5 points over × 0.5
      "投入/预算配置/“三公经费”变动率": 8, // −10%
      "过程/预算执行/预算完成率": 1, // (110−11)/110 = 90%: two steps → −4
      "过程/预算执行/预算控制率": 4, // 10%（含）
      "过程/预算管理/公用经费控制率": 7, // 101%: −1
      "过程/预算管理/政府采购执行率": 2, // 110%: two steps → −4
      "产出及效率//社会公众或服务对象满意度": 4, // 80%（含）
    },
  },
  {
    name: "liuyang-c",
    scheme: "浏阳2018",
    figures: { 编制数: 20, 在职人员数: 23, 上年结转: 0, 年初预算: 100, 本年追加预算: 20, 年末结余: 18, 本年政府采购预算数: 100, 本年政府采购决算数: 105, 满意率: 0.7 },
    expect: {
      "投入/预算配置/在职人员控制率": 0, // 115%: −7.5, 扣完为止
      "过程/预算执行/预算完成率": 0, // (120−18)/120 = 85%: three steps → −6, 扣完为止
      "过程/预算执行/预算控制率": 3, // 20%（含）
      "过程/预算管理/政府采购执行率": 4, // 105%: one step
      "产出及效率//社会公众或服务对象满意度": 2, // 70%（含）
    },
  },
  {
    name: "liuyang-d",
    scheme: "浏阳2018",
    figures: { 年初预算: 100, 本年追加预算: 30, 本年政府采购预算数: 100, 本年政府采购决算数: 85, 满意率: 0.6999, 批准建设面积: 100, 实际建设面积: 105 },
    expect: {
      "过程/预算执行/预算控制率": 2, // 30%（含）
      "过程/预算管理/政府采购执行率": 0, // 85%: three steps below
      "产出及效率//社会公众或服务对象满意度": 0, // below 70%
      "过程/预算执行/新建楼堂馆所面积控制率": 3, // 105%: one step of 5% → −2
      "过程/预算执行/新建楼堂馆所投资概算控制率": 5, // no project
    },
  },
  {
    name: "xiangtan-a",
    scheme: "湘潭县2020",
    figures: { 编制数: 20, 在职人员数: 20, 上年三公经费预算数: 20, 本年三公经费预算数: 20, 本年结转结余总额: 115, 上年结转结余总额: 100,
      本年公用经费预算数: 100, 本年公用经费决算数: 100, 本年三公经费决算数: 20, 本年政府采购预算数: 100, 本年政府采购决算数: 100,
      固定资产总额: 100, 在用固定资产总额: 100, 年初预算: 100, 预算完成数: 100, 预算调整数: 0 },
    expect: {
      "投入/预算配置/在职人员控制率": 5, // 100% ≤ 1
      "投入/预算配置/“三公经费”变动率": 5, // 持平
      "过程/预算执行/结转结余控制率": 4, // exactly 15%: not over
      "过程/预算执行/公用经费控制率": 2,
      "过程/预算执行/“三公经费”控制率": 2,
      "过程/预算执行/政府采购执行率": 4,
      "过程/资产管理/固定资产利用率": 1,
      "过程/预算执行/预算完成率": 4,
      "过程/预算执行/预算调整率": 2, // 未调整
    },
  },
  {
    name: "xiangtan-b",
    scheme: "湘潭县2020",
    figures: { 编制数: 20, 在职人员数: 22, 上年三公经费预算数: 20, 本年三公经费预算数: 22, 本年结转结余总额: 120, 上年结转结余总额: 100,
      本年公用经费预算数: 100, 本年公用经费决算数: 101, 本年三公经费决算数: 21, 本年政府采购预算数: 100, 本年政府采购决算数: 99,
      固定资产总额: 100, 在用固定资产总额: 99, 年初预算: 100, 预算完成数: 95, 预算调整数: 10 },
    expect: {
      "投入/预算配置/在职人员控制率": 4.55, // 5 × 20/22 = 4.5454…
      "投入/预算配置/“三公经费”变动率": 4.5, // +10%: 5 × (1 − 10%)
      "过程/预算执行/结转结余控制率": 3, // 20%: one step of 5 points over 15%
      "过程/预算执行/公用经费控制率": 1.9, // 101%: −0.1
      "过程/预算执行/政府采购执行率": 3.5, // 99%: −0.5
      "过程/资产管理/固定资产利用率": 0.9, // 99%: −0.1
      "过程/预算执行/预算完成率": 3.8, // 4 × 95%
      "过程/预算执行/预算调整率": 1.8, // 2 × (1 − 10%)
    },
  },
  {
    name: "xiangtan-c",
    scheme: "湘潭县2020",
    figures: { 本年结转结余总额: 135, 上年结转结余总额: 100, 本年三公经费预算数: 21, 本年三公经费决算数: 21.21 },
    expect: {
      "过程/预算执行/结转结余控制率": 0, // 35%: four steps → −4
      "过程/预算执行/“三公经费”控制率": 1.5, // 101%: one point over × 0.5
    },
  },
];

/** Same value as far as a score sheet is concerned: numbers within 1e-9, text equal, errors both errors, "" ~ blank. */
function same(a: Scalar, b: Scalar): boolean {
  if (isError(a) || isError(b)) return isError(a) && isError(b);
  const blank = (x: Scalar) => x === null || x === "";
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

/** The base sheet's cells, for evaluating the PERF dialect. */
async function baseCells(file: string, sheetName: string): Promise<Map<string, SheetCell>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const grid = gridFromWorksheet(wb.getWorksheet(sheetName)!);
  const out = new Map<string, SheetCell>();
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const address = String.fromCharCode(65 + grid.origin.column + c) + (grid.origin.row + r + 1);
      out.set(address, { value: cell.value as CellValue });
    }),
  );
  return out;
}

/**
 * 满意率 typed into 补充数据 of a 湘潭县2020 计分表 (满意度 = 5 × 满意率, at most 5), read as the reader
 * reads the base sheet: above 100% without a "%" it is refused (#N/A, not scored), never 9500%;
 * with a "%", half- or full-width, it is taken as written. Scores worked out by hand.
 */
const SUPPLIED_RATES: ReadonlyArray<readonly [number | string, number | null]> = [
  [95, null],
  ["95", null],
  [0.95, 4.75],
  ["95%", 4.75],
  ["９５％", 4.75],
  // A 满意率 is at most 100%: “103%” is 需处理 (#N/A), no longer 5.
  ["１０３％", null],
];

/**
 * Impossible figures on the base sheet of a full 湘潭县2020 case: the indicator over them has no
 * score in LibreOffice (its value is #N/A) and none from the engine (需处理).
 */
const IMPOSSIBLE: ReadonlyArray<{ name: string; indicator: string; figures: Case["figures"] }> = [
  { name: "negative-staff", indicator: "投入/预算配置/在职人员控制率", figures: { 编制数: -43 } },
  { name: "negative-text", indicator: "投入/预算配置/在职人员控制率", figures: { 在职人员数: "（45人）" } },
  { name: "minus-zero", indicator: "投入/预算配置/在职人员控制率", figures: { 在职人员数: "−0" } },
  { name: "assets", indicator: "过程/资产管理/固定资产利用率", figures: { 在用固定资产总额: 201 } },
  { name: "tasks", indicator: "产出/职责履行/重点工作办结率", figures: { 重点工作完成数: "11项" } },
  { name: "quality", indicator: "产出/职责履行/质量达标率", figures: { 质量达标工作数: 21 } },
  { name: "satisfaction", indicator: "效果/履职效益/社会公众或服务对象满意度", figures: { 满意率: "103%" } },
];

// Each check walks every one of the ~234 workbooks; on a loaded 2-core CI machine that can take
// minutes. A limit, not a timing assertion.
jest.setTimeout(10 * 60 * 1000);

maybe("LibreOffice recalculation of generated 计分表 workbooks", () => {
  let dir = "";
  const workbooks: Workbook[] = [];
  let demoJson: ScoreJson | undefined;
  const timing = { generate: 0, soffice: 0 };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-e2e-"));
    const t0 = Date.now();
    const inDir = path.join(dir, "in");
    const outDir = path.join(dir, "generated");
    fs.mkdirSync(inDir, { recursive: true });
    const add = async (name: string, scheme: Scheme, c: Case, sheetName = "基础数据") => {
      const base = path.join(inDir, `${name}.xlsx`);
      await writeBase(base, c, sheetName);
      const inputs = { ...c.inputs, ...c.supplied };
      const generated = await generateFile({
        input: base,
        output: path.join(outDir, `${name}.xlsx`),
        scheme,
        dialect: "portable",
        baseSheet: sheetName,
        inputs,
      });
      workbooks.push({ name, scheme, generated, inputs });
    };
    for (const scheme of BUILT_IN_SCHEMES) {
      await add(`full-${scheme.id}`, scheme, fullCase(scheme));
      await add(`quoted-${scheme.id}`, scheme, fullCase(scheme), "基础 数据 (2020)");
      await add(`empty-${scheme.id}`, scheme, { figures: {}, inputs: {}, supplied: {} });
      const cases = fc.sample(caseArbitrary(scheme), { numRuns: RANDOM_PER_SCHEME, seed: SEED });
      for (let i = 0; i < cases.length; i++) await add(`random-${scheme.id}-${String(i).padStart(3, "0")}`, scheme, cases[i]);
      // Figures typed as text: every accepted form, twice over with the fields in other forms; the
      // forms the formula leaves out; and at random (on the base sheet and in 补充数据).
      await add(`text-forms-${scheme.id}`, scheme, typedAsText(fullCase(scheme), everyForm(0)));
      await add(`text-forms-shifted-${scheme.id}`, scheme, typedAsText(fullCase(scheme), everyForm(7)), "基础 数据 (2020)");
      await add(`text-left-out-${scheme.id}`, scheme, typedAsText(fullCase(scheme), (i) => LEFT_OUT[i % LEFT_OUT.length]));
      for (const [i, typed] of (TEXT_INPUTS[scheme.id] ?? []).entries()) {
        const full = fullCase(scheme);
        await add(`inputs-as-text-${scheme.id}-${i}`, scheme, { ...full, inputs: { ...full.inputs, ...typed } });
      }
      const texts = fc.sample(caseArbitrary(scheme).chain(withTextFigures), { numRuns: TEXT_PER_SCHEME, seed: SEED + 1 });
      for (let i = 0; i < texts.length; i++) await add(`text-random-${scheme.id}-${String(i).padStart(3, "0")}`, scheme, texts[i]);
    }
    for (const b of BOUNDARIES) await add(`boundary-${b.name}`, getScheme(b.scheme), { figures: b.figures, inputs: {}, supplied: {} });
    const xiangtan = getScheme("湘潭县2020");
    const { 满意率: _rate, ...withoutRate } = fullCase(xiangtan).figures;
    for (const [i, [typed]] of SUPPLIED_RATES.entries())
      await add(`supplied-rate-${i}`, xiangtan, { ...fullCase(xiangtan), figures: withoutRate, supplied: { 满意率: typed } });
    for (const x of IMPOSSIBLE) {
      const full = fullCase(xiangtan);
      await add(`impossible-${x.name}`, xiangtan, { ...full, figures: { ...full.figures, ...x.figures } });
    }
    const demo = await runDemo(path.join(dir, "demo"));
    const demoCopy = path.join(outDir, "demo-portable.xlsx");
    fs.copyFileSync(demo.portable.output, demoCopy);
    workbooks.push({ name: "demo", scheme: getScheme("浏阳2018"), generated: { ...demo.portable, output: demoCopy }, inputs: demo.portable.inputs });
    demoJson = (await scoreFile(demo.portable.output, {})).json;
    timing.generate = Date.now() - t0;

    const t1 = Date.now();
    const converted = await recalculate(
      workbooks.map((w) => w.generated.output),
      path.join(dir, "recalculated"),
    );
    converted.forEach((f, i) => (workbooks[i].recalculated = f));
    timing.soffice = Date.now() - t1;
  }, 20 * 60 * 1000);

  afterAll(() => {
    // eslint-disable-next-line no-console
    console.log(
      `LibreOffice e2e: ${workbooks.length} workbooks (${RANDOM_PER_SCHEME} random per scheme), ` +
        `generated in ${(timing.generate / 1000).toFixed(1)} s, recalculated by LibreOffice (one run per core) in ${(timing.soffice / 1000).toFixed(1)} s`,
    );
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("at least 200 random workbooks, every fixed case and the demo were recalculated", () => {
    expect(workbooks.filter((w) => w.name.startsWith("random-")).length).toBeGreaterThanOrEqual(200);
    expect(workbooks.every((w) => w.recalculated && fs.existsSync(w.recalculated))).toBe(true);
  });

  test("every value, score, subtotal, total, pending count, grade and scored 扣分说明 equals the engine", async () => {
    const failures: string[] = [];
    for (const w of workbooks) {
      const read = await computedSheet(w.recalculated!, w.generated.sheetName);
      const problems = compareWithEngine(w.generated.plan, w.generated.result, read, { base: w.generated.base, inputs: w.inputs, explanations: true });
      if (problems.length) failures.push(`${w.name}:\n  ${problems.join("\n  ")}`);
    }
    expect(failures).toEqual([]);
  });

  test("扣分说明 computes to text in LibreOffice (never an error) and states the score or what is missing", async () => {
    const failures: string[] = [];
    for (const w of workbooks) {
      const read = await computedSheet(w.recalculated!, w.generated.sheetName);
      const byPath = new Map(w.generated.result.indicators.map((r) => [r.ref.path, r]));
      for (const row of w.generated.plan.scorecard!.rows) {
        const text = read(row.explainCell);
        const r = byPath.get(row.key)!;
        const where = `${w.name} ${row.key} ${row.explainCell}`;
        if (typeof text !== "string" || text === "") {
          failures.push(`${where}: ${isError(text) ? text.code : JSON.stringify(text)}`);
          continue;
        }
        const score = r.score?.toString();
        if (score !== undefined && !["得", "得满分", "评定得分"].some((w) => text.includes(`${w}${score}分`)))
          failures.push(`${where}: "${text}" does not state the score ${score}`);
        if (r.status === "missing" && !/^待填|需处理/.test(text)) failures.push(`${where}: "${text}" for a missing figure`);
        if (r.status === "input" && !text.startsWith("待填")) failures.push(`${where}: "${text}" for an empty input`);
      }
    }
    expect(failures).toEqual([]);
  });

  test("scores on the rules' boundaries are the ones worked out by hand", async () => {
    const got: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    for (const b of BOUNDARIES) {
      const w = workbooks.find((x) => x.name === `boundary-${b.name}`)!;
      const read = await computedSheet(w.recalculated!, w.generated.sheetName);
      for (const [p, score] of Object.entries(b.expect)) {
        const row = w.generated.plan.scorecard!.rows.find((r) => r.key === p)!;
        got[`${b.name} ${p}`] = read(row.scoreCell);
        want[`${b.name} ${p}`] = score;
      }
    }
    expect(got).toEqual(want);
  });

  test("inputs typed as text score as worked out by hand, and text VALUE would misread is refused", async () => {
    // 资金使用合规性 (6分, 每例扣1分): 3 cases → 3; 经济效益、社会效益 (评定 0–6): 5 → 5, 5.5 → 5.5;
    // 实际完成率 (8分): 92/100 → 7.36, 92% → 7.36; 完成及时率 (1分/季度): 3 → 3; 经济效益 (5分×实现程度,
    // 最高5分): 103% → 5; 社会效益 90% → 4.5, 95% → 4.75; 生态效益 95% → 4.75.
    const want: Record<string, Record<string, number | "error">> = {
      "inputs-as-text-浏阳2018-0": { "过程/预算管理/资金使用合规性": 3, "产出及效率/履职效益/经济效益、社会效益": 5, "过程/预算管理/管理制度健全性": 6, "产出及效率//行政效能": 3 },
      "inputs-as-text-浏阳2018-1": { "过程/预算管理/资金使用合规性": 3, "产出及效率/履职效益/经济效益、社会效益": 5.5 },
      "inputs-as-text-浏阳2018-2": { "过程/预算管理/资金使用合规性": "error", "产出及效率/履职效益/经济效益、社会效益": "error" },
      "inputs-as-text-湘潭县2020-0": { "产出/职责履行/实际完成率": 7.36, "产出/职责履行/完成及时率": 3, "效果/履职效益/经济效益": 5, "效果/履职效益/社会效益": 4.5, "效果/履职效益/生态效益": 4.75 },
      "inputs-as-text-湘潭县2020-1": { "产出/职责履行/实际完成率": 7.36, "产出/职责履行/完成及时率": 3, "效果/履职效益/经济效益": 5, "效果/履职效益/社会效益": 4.75, "效果/履职效益/生态效益": 4.75 },
      "inputs-as-text-湘潭县2020-2": { "产出/职责履行/实际完成率": "error", "产出/职责履行/完成及时率": "error", "效果/履职效益/经济效益": "error", "效果/履职效益/社会效益": "error", "效果/履职效益/生态效益": "error" },
    };
    const got: typeof want = {};
    const engine: typeof want = {};
    for (const name of Object.keys(want)) {
      const w = workbooks.find((x) => x.name === name)!;
      const read = await computedSheet(w.recalculated!, w.generated.sheetName);
      got[name] = {};
      engine[name] = {};
      for (const p of Object.keys(want[name])) {
        const row = w.generated.plan.scorecard!.rows.find((r) => r.key === p)!;
        const s = read(row.scoreCell);
        got[name][p] = isError(s) ? "error" : (s as number);
        const r = w.generated.result.indicators.find((x) => x.ref.path === p)!;
        engine[name][p] = r.score === null ? "error" : r.score.toNumber();
      }
    }
    expect(got).toEqual(want);
    expect(engine).toEqual(want);
  });

  test("满意率 typed into 补充数据 scores in LibreOffice as worked out by hand, as the engine and `score` say", async () => {
    const got: unknown[] = [];
    const want: unknown[] = [];
    for (const [i, [typed, score]] of SUPPLIED_RATES.entries()) {
      const w = workbooks.find((x) => x.name === `supplied-rate-${i}`)!;
      const read = await computedSheet(w.recalculated!, w.generated.sheetName);
      const row = w.generated.plan.scorecard!.rows.find((r) => r.key === "效果/履职效益/社会公众或服务对象满意度")!;
      const { json } = await scoreFile(w.generated.output, {});
      const scored = json.indicators.find((x) => x.name === "社会公众或服务对象满意度")!.score;
      const cell = read(row.scoreCell);
      got.push([typed, typeof cell === "number" ? cell : null, scored, isError(read(row.valueCell))]);
      want.push([typed, score, score, score === null]);
    }
    expect(got).toEqual(want);
  });

  test("impossible figures: neither LibreOffice nor the engine scores the indicator over them", async () => {
    const got: Array<[string, boolean, boolean, string | undefined]> = [];
    const want: typeof got = [];
    for (const x of IMPOSSIBLE) {
      const w = workbooks.find((b) => b.name === `impossible-${x.name}`)!;
      const read = await computedSheet(w.recalculated!, w.generated.sheetName);
      const row = w.generated.plan.scorecard!.rows.find((r) => r.key === x.indicator)!;
      const r = w.generated.result.indicators.find((i) => i.ref.path === x.indicator)!;
      got.push([x.name, isError(read(row.valueCell)), isError(read(row.scoreCell)), r.status]);
      want.push([x.name, true, true, "error"]);
    }
    expect(got).toEqual(want);
  });

  test("the PERF dialect, evaluated with the engine's functions, gives LibreOffice's portable results", async () => {
    const failures: string[] = [];
    for (const w of workbooks) {
      const g = w.generated;
      const perf = planScorecard(g.base, w.scheme, {
        dialect: "perf",
        sheetName: g.sheetName,
        baseSheetName: g.baseSheetName,
        inputs: Object.fromEntries(Object.entries(g.inputs).filter(([, v]) => typeof v === "string" || typeof v === "number")) as Record<string, string | number>,
      });
      const sheet = new Map<string, SheetCell>();
      for (const c of perf.cells) sheet.set(c.address, c.formula ? { formula: c.formula } : { value: c.value ?? null });
      for (const i of perf.inputs) if (i.initial !== undefined) sheet.set(i.address, { value: i.initial });
      const engine = new MiniWorkbook(new Map([[g.sheetName, sheet], [g.baseSheetName, await baseCells(g.output, g.baseSheetName)]]));
      const lo = await computedSheet(w.recalculated!, g.sheetName);
      const layout = perf.scorecard!;
      const cells = [
        ...layout.rows.flatMap((r) => [r.valueCell, r.scoreCell]),
        ...layout.subtotals.flatMap((s) => [s.pointsCell, s.scoreCell]),
        layout.totalPointsCell,
        layout.totalCell,
        layout.pendingCell,
        layout.gradeCell,
      ];
      for (const a of cells) {
        const p = engine.value(g.sheetName, a);
        const q = lo(a);
        if (!same(p, q)) failures.push(`${w.name} ${a}: PERF ${isError(p) ? p.code : JSON.stringify(p)}, LibreOffice ${isError(q) ? q.code : JSON.stringify(q)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  /** Where LibreOffice's portable 计分表 differs from `perfscore score --json` on the same file. */
  async function againstScoreJson(w: Workbook, json: ScoreJson): Promise<string[]> {
    const read = await computedSheet(w.recalculated!, w.generated.sheetName);
    const layout = w.generated.plan.scorecard!;
    const mismatches: string[] = [];
    json.indicators.forEach((ind, i) => {
      const row = layout.rows[i];
      const score = read(row.scoreCell);
      if (ind.score === null ? typeof score === "number" : score !== ind.score) mismatches.push(`${w.name} ${ind.name}: ${String(score)} vs ${ind.score}`);
      const value = read(row.valueCell);
      if (typeof ind.value === "number" && !(typeof value === "number" && Math.abs(value - ind.value) < 1e-9 * Math.max(1, Math.abs(ind.value))))
        mismatches.push(`${w.name} ${ind.name} value: ${String(value)} vs ${ind.value}`);
    });
    const total = read(layout.totalCell);
    if (total !== json.total) mismatches.push(`${w.name} total: ${String(total)} vs ${json.total}`);
    const grade = json.grade ?? `待定（${json.indicators.filter((i) => i.status !== "ok").length}项待填或需处理）`;
    if (read(layout.gradeCell) !== grade) mismatches.push(`${w.name} grade: ${String(read(layout.gradeCell))} vs ${grade}`);
    return mismatches;
  }

  test("`perfscore score --json` on the demo equals what LibreOffice computes", async () => {
    expect(await againstScoreJson(workbooks.find((x) => x.name === "demo")!, demoJson!)).toEqual([]);
  });

  test("`perfscore score --json` on workbooks with figures typed as text equals what LibreOffice computes", async () => {
    const texts = workbooks.filter((w) => w.name.startsWith("text-"));
    expect(texts.length).toBe(BUILT_IN_SCHEMES.length * (3 + TEXT_PER_SCHEME));
    const mismatches: string[] = [];
    let scored = 0;
    for (const w of texts) {
      const { json } = await scoreFile(w.generated.output, { scheme: w.scheme, baseSheet: w.generated.baseSheetName });
      scored += json.indicators.filter((i) => i.score !== null).length;
      mismatches.push(...(await againstScoreJson(w, json)));
    }
    expect(mismatches).toEqual([]);
    expect(scored).toBeGreaterThan(texts.length * 5); // the text was read: most indicators have a score
  });
});
