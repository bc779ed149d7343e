/**
 * Base sheets with adversarial names (dots, a tab, quotes, brackets, leading digits, spaces,
 * apostrophes, names that read as references or booleans, "!", …): each workbook is generated in
 * the portable dialect through the command line's own path, all are recalculated in one
 * LibreOffice run, and no cell of any 计分表 may compute to an error, and its total must be the
 * engine's. The PERF dialect quotes the names through the same helper: its formulas must refer
 * to the base sheet exactly as the portable ones do, and never by the bare name.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { getScheme } from "../../../src/core";
import { generateFile, type GenerateFileResult } from "../../../src/cli/commands/generate";
import { saveWorkbook } from "../../../src/cli/xlsx";
import { planScorecard, quoteSheetName } from "../../../src/scorecard/planner";
import { isError } from "../../planner/support/excelFormula";
import { computedSheet, libreOfficeOrSkip, recalculate } from "./support/libreoffice";

/** Valid sheet names (≤ 31 characters, none of []:*?/\, no apostrophe at either end). */
const ADVERSARIAL_NAMES = [
  "基础数据.2021", "基础数据.", ".基础数据", "a.b", "基础数据...", "基础\t数据", "基础数据\t",
  '基础数据"引号"', '"', "基础数据“中文引号”", "(基础数据)", "基础数据(2021)", "基础数据 (2021)",
  "【基础数据】", "{基础数据}", "<基础数据>", "2021基础数据", "2021", "1", "123abc", "1.5",
  "基础 数据", " 基础数据", "基础数据 ", "基础数据\u3000", "基础数据\u00a0", "O'Brien", "基础''数据",
  "R1C1", "r2c3", "RC", "R", "C", "R1", "C1", "A1", "AB12", "XFD1048576", "LOG10", "XFE1",
  "TRUE", "FALSE", "true", "基础数据!", "!基础数据", "#REF!", "基础数据#1", "基础数据$", "$A$1",
  "基础数据%", "基础数据&附表", "基础数据+1", "-基础数据", "基础数据=1", "基础数据,1", "基础数据;1",
  "基础数据@", "基础数据^", "基础数据~", "基础数据`", "基础数据|", "_基础数据", "基础数据_2021",
  "Ａ１", "基础数据…", "é数据", "📊基础数据", "基础数据\u200b", "Sheet1", "基础数据-1",
];

/** Every figure 浏阳2018 reads, present and valid, so that nearly every formula refers to the base sheet. */
const FIGURES: Record<string, number | string> = {
  编制数: 43, 在职人员数: 45, 上年三公经费预算数: 20, 本年三公经费预算数: 18, 本年三公经费决算数: 4.63,
  本年公用经费预算数: 47.5, 本年公用经费决算数: 51.64, 本年政府采购预算数: 22, 本年政府采购决算数: 21.5,
  上年结转: 10, 年初预算: 916.19, 本年追加预算: "100万元", 年末结余: 30, 重点工作交办数: 10, 重点工作完成数: 9, 满意率: "93%",
};
const INPUTS = {
  "过程/预算管理/管理制度健全性": "①②④",
  "过程/预算管理/资金使用合规性": 2,
  "过程/预算管理/预决算信息公开": "1,2,3",
  "产出及效率/履职效益/经济效益、社会效益": 5.5,
  "产出及效率//行政效能": "一般",
};

const scheme = getScheme("浏阳2018");
const run = libreOfficeOrSkip("the LibreOffice sheet-name suite");
const maybe = run ? describe : describe.skip;

/** The formula with its string literals blanked ('quoted sheet names', which may hold ", are kept). */
function withoutStrings(formula: string): string {
  let out = "";
  for (let i = 0; i < formula.length; ) {
    const quote = formula[i];
    if (quote !== '"' && quote !== "'") {
      out += formula[i++];
      continue;
    }
    let j = i + 1;
    while (j < formula.length && !(formula[j] === quote && formula[j + 1] !== quote)) j += formula[j] === quote ? 2 : 1;
    out += quote === "'" ? formula.slice(i, j + 1) : '""';
    i = j + 1;
  }
  return out;
}

/**
 * A workbook whose sheet name holds a tab as Excel writes it (&#9;): exceljs writes a raw tab,
 * which every reader takes for a space.
 */
async function withEscapedTabs(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", xml.replace(/(<sheet [^>]*name=")([^"]*)"/g, (_m, head: string, name: string) => `${head}${name.replace(/\t/g, "&#9;")}"`));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/** The name the generated copy holds: a tab is a space there (see withSavableSheetNames). */
const savedName = (name: string) => (name.includes("\t") ? name.replace(/\t/g, " ").trim() : name);

jest.setTimeout(10 * 60 * 1000);

maybe("adversarial base-sheet names, recalculated in LibreOffice", () => {
  let dir = "";
  const made: Array<{ name: string; generated: GenerateFileResult; recalculated?: string }> = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-sheetnames-"));
    for (const [i, name] of ADVERSARIAL_NAMES.entries()) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(name);
      ws.addRow(["项目", "数值"]);
      for (const [label, value] of Object.entries(FIGURES)) ws.addRow([label, value]);
      const input = path.join(dir, `in-${i}.xlsx`);
      await saveWorkbook(wb, input);
      if (name.includes("\t")) await withEscapedTabs(input);
      const generated = await generateFile({
        input,
        output: path.join(dir, "out", `name-${String(i).padStart(2, "0")}.xlsx`),
        scheme,
        dialect: "portable",
        baseSheet: name,
        inputs: INPUTS,
      });
      made.push({ name, generated });
    }
    // One soffice run for them all.
    const converted = await recalculate(made.map((m) => m.generated.output), path.join(dir, "recalculated"), 1);
    converted.forEach((f, i) => (made[i].recalculated = f));
  }, 20 * 60 * 1000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("at least 50 names, each kept as the base sheet's name (a tab becomes a space, as any reader of the copy sees it)", () => {
    expect(new Set(ADVERSARIAL_NAMES).size).toBe(ADVERSARIAL_NAMES.length);
    expect(ADVERSARIAL_NAMES.length).toBeGreaterThanOrEqual(50);
    expect(made.map((m) => m.generated.baseSheetName)).toEqual(ADVERSARIAL_NAMES.map(savedName));
    expect(savedName("基础\t数据")).toBe("基础 数据");
  });

  test("no formula cell computes to an error, and the total is the engine's", async () => {
    const failures: string[] = [];
    for (const m of made) {
      const read = await computedSheet(m.recalculated!, m.generated.sheetName);
      const label = JSON.stringify(m.name);
      const errors: string[] = [];
      for (const c of m.generated.plan.cells) {
        if (!c.formula) continue;
        const v = read(c.address);
        if (isError(v)) errors.push(`${c.address} ${v.code} in ${c.formula.slice(0, 60)}`);
      }
      // One line per name: how many cells, and the first.
      if (errors.length) failures.push(`${label}: ${errors.length} error cells, first ${errors[0]}`);
      const total = read(m.generated.plan.scorecard!.totalCell);
      if (total !== m.generated.result.total.toNumber()) failures.push(`${label} total: ${String(total)} vs ${m.generated.result.total.toString()}`);
    }
    expect(failures).toEqual([]);
  });

  test("the engine scored the figures (the base sheet was read under each name)", () => {
    // 16 indicators; 在职人员控制率 45/43 and the other rates all come from the base sheet.
    for (const m of made) expect(m.generated.result.indicators.filter((i) => i.status === "ok").length).toBe(16);
  });

  test("the PERF dialect refers to the base sheet as the portable one does (which LibreOffice resolved), never otherwise", () => {
    const failures: string[] = [];
    for (const m of made) {
      const g = m.generated;
      const prefix = `${quoteSheetName(g.baseSheetName)}!`;
      const perf = planScorecard(g.base, scheme, { dialect: "perf", sheetName: g.sheetName, baseSheetName: g.baseSheetName, inputs: INPUTS });
      const count = (cells: typeof perf.cells) => cells.reduce((n, c) => n + (c.formula ? withoutStrings(c.formula).split(prefix).length - 1 : 0), 0);
      if (count(g.plan.cells) < 10 || count(perf.cells) < 10) failures.push(`${JSON.stringify(m.name)}: few references as ${prefix}`);
      for (const c of perf.cells) {
        if (c.formula && withoutStrings(c.formula).split(prefix).join("").includes(`${g.baseSheetName}!`))
          failures.push(`${JSON.stringify(m.name)} ${c.address}: ${c.formula.slice(0, 80)}`);
      }
    }
    expect(failures.slice(0, 40)).toEqual([]);
  });
});
