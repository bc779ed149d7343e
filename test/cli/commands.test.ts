/**
 * The perfscore commands end to end on real .xlsx files (no spreadsheet engine needed here;
 * test/e2e/libreoffice recalculates the generated workbooks).
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { templateFile } from "../../src/cli/commands/template";
import { gridFromWorksheet } from "../../src/cli/xlsx";
import { readBaseData } from "../../src/scorecard/reader";
import { runCli } from "./support/runCli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);
const sha = (f: string) => createHash("sha256").update(fs.readFileSync(f)).digest("hex");

/** 湘潭县2020 figures: 在职 45 / 编制 43, 三公 20 → 22, … (scores worked out in the tests). */
const FIGURES = {
  编制数: 43, 在职人员数: 45, 上年三公经费预算数: 20, 本年三公经费预算数: 22, 本年三公经费决算数: 21,
  本年公用经费预算数: 100, 本年公用经费决算数: 101, 本年政府采购预算数: 100, 本年政府采购决算数: 99,
  年初预算: 100, 预算完成数: 95, 预算调整数: 10, 重点项目支出: 80, 项目总支出: 100,
  本年结转结余总额: 120, 上年结转结余总额: 100, 固定资产总额: 100, 在用固定资产总额: 99,
  重点工作交办数: 10, 重点工作完成数: 9, 计划工作数: 20, 质量达标工作数: 19, 满意率: 0.93,
};

async function sheetNames(f: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb.worksheets.map((w) => w.name);
}

beforeAll(async () => {
  await templateFile({ output: file("base.xlsx"), year: 2021, unitName: "示例局", values: FIGURES });
});

describe("--help and languages", () => {
  test.each(["generate", "score", "template", "demo", "fn"])("perfscore %s --help (Chinese by default)", async (cmd) => {
    const r = await runCli([cmd, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/用法|Usage/);
    expect(r.stdout).toMatch(/[\u4e00-\u9fff]/);
    expect(r.stdout).toContain("显示帮助");
  });

  test("--lang en gives English help", async () => {
    const r = await runCli(["--lang", "en", "generate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Add a formula-linked 计分表 to a copy of the workbook");
    expect(r.stdout).toContain("show help");
  });

  test("usage errors are Chinese (English with --lang en), exit 1, and show the help", async () => {
    const unknown = await runCli(["genrate"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("错误：没有命令“genrate”");
    expect(unknown.stderr).toContain("（是不是 generate？）");
    expect(unknown.stderr).toContain("用法：");
    const missing = await runCli(["generate"]);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining("错误：缺少参数 in.xlsx")]);
    const option = await runCli(["score", "--bogus", "x.xlsx"]);
    expect([option.code, option.stderr]).toEqual([1, expect.stringContaining("错误：没有选项“--bogus”")]);
    const english = await runCli(["--lang", "en", "genrate"]);
    expect(english.stderr).toContain("error: unknown command 'genrate'");
  });

  test("no command: the help on stdout, exit 0", async () => {
    const r = await runCli([]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("命令：");
    expect(r.stdout).toContain("generate");
  });

  test("the top-level help lists every command", async () => {
    const r = await runCli(["--help"]);
    for (const cmd of ["generate", "score", "template", "demo", "fn"]) expect(r.stdout).toContain(cmd);
  });
});

describe("template", () => {
  test("writes the 基础数据 template, which the reader reads back with every figure blank", async () => {
    const r = await runCli(["template", "-o", file("t.xlsx"), "--scheme", "浏阳2018", "--year", "2021", "--unit", "某局"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已生成基础数据模板");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("t.xlsx"));
    const base = readBaseData(gridFromWorksheet(wb.getWorksheet("基础数据")!), {});
    expect(base.figures["编制数"]).toBeDefined();
    expect(base.figures["编制数"].value).toBeUndefined();
  });

  test("refuses to overwrite without --force", async () => {
    const r = await runCli(["template", "-o", file("t.xlsx")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("已存在");
    expect((await runCli(["template", "-o", file("t.xlsx"), "--force"])).code).toBe(0);
  });
});

describe("generate", () => {
  test("adds 计分表 to a copy; the input stays byte-identical; -o defaults to <in>.计分表.xlsx", async () => {
    const before = sha(file("base.xlsx"));
    const r = await runCli(["generate", file("base.xlsx")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(sha(file("base.xlsx"))).toBe(before);
    expect(fs.existsSync(file("base.计分表.xlsx"))).toBe(true);
    expect(await sheetNames(file("base.计分表.xlsx"))).toEqual(["基础数据", "计分表"]);
    expect(r.stdout).toContain("工作表“计分表”");
    expect(r.stdout).toContain("湘潭县2020");
  });

  test("a second generate on the output creates 计分表 (2), keeping the first sheet and the typed inputs", async () => {
    // Type an input into the first 计分表, as a user would.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("base.计分表.xlsx"));
    const ws = wb.getWorksheet("计分表")!;
    let inputRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(12).value === "产出/职责履行/完成及时率") inputRow = n;
    });
    expect(inputRow).toBeGreaterThan(0);
    ws.getCell(`I${inputRow}`).value = 3;
    await wb.xlsx.writeFile(file("typed.xlsx"));

    const before = sha(file("typed.xlsx"));
    const r = await runCli(["generate", file("typed.xlsx"), "-o", file("twice.xlsx")]);
    expect(r.code).toBe(0);
    expect(sha(file("typed.xlsx"))).toBe(before);
    expect(await sheetNames(file("twice.xlsx"))).toEqual(["基础数据", "计分表", "计分表 (2)"]);
    expect(r.stdout).toContain("沿用了“计分表”中已填写的自评输入");
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(file("twice.xlsx"));
    expect(out.getWorksheet("计分表 (2)")!.getCell(`I${inputRow}`).value).toBe(3);
    expect(out.getWorksheet("计分表")!.getCell(`I${inputRow}`).value).toBe(3);
  });

  async function scorecardFormulas(f: string): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    const formulas: string[] = [];
    wb.getWorksheet("计分表")!.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    return formulas;
  }

  test("native formulas by default (the file works without the add-in); --perf opts into PERF functions", async () => {
    const r = await runCli(["generate", file("base.xlsx"), "-o", file("portable.xlsx"), "--scheme", "浏阳2018"]);
    expect(r.code).toBe(0);
    const formulas = await scorecardFormulas(file("portable.xlsx"));
    expect(formulas.length).toBeGreaterThan(50);
    expect(formulas.some((f) => f.includes("PERF."))).toBe(false);
    expect(r.stdout).toContain("通用公式，无需加载项");

    const perf = await runCli(["generate", file("base.xlsx"), "-o", file("perf.xlsx"), "--perf", "--scheme", "浏阳2018"]);
    expect(perf.code).toBe(0);
    expect((await scorecardFormulas(file("perf.xlsx"))).some((f) => f.includes("PERF.SCORE("))).toBe(true);
    expect(perf.stdout).toContain("PERF 函数，需要加载项");
  });

  test("--portable is still accepted (the default); with --perf it is a usage error", async () => {
    const r = await runCli(["generate", file("base.xlsx"), "-o", file("portable-flag.xlsx"), "--portable"]);
    expect(r.code).toBe(0);
    expect((await scorecardFormulas(file("portable-flag.xlsx"))).some((f) => f.includes("PERF."))).toBe(false);
    const both = await runCli(["generate", file("base.xlsx"), "-o", file("both.xlsx"), "--portable", "--perf"]);
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining("只能选一个")]);
    expect(fs.existsSync(file("both.xlsx"))).toBe(false);
  });

  test("--help names --perf and says the default is native formulas", async () => {
    const r = await runCli(["generate", "--help"]);
    expect(r.stdout).toContain("--perf");
    expect(r.stdout).toContain("默认为通用 Excel 公式");
  });

  test("refuses to overwrite an existing output unless --force, and never writes over the input", async () => {
    const again = await runCli(["generate", file("base.xlsx")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("输出文件已存在");
    expect(again.stderr).toContain("--force");
    const before = sha(file("base.xlsx"));
    const self = await runCli(["generate", file("base.xlsx"), "-o", file("base.xlsx"), "--force"]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("输出文件不能是输入文件本身");
    expect(sha(file("base.xlsx"))).toBe(before);
    expect((await runCli(["generate", file("base.xlsx"), "--force"])).code).toBe(0);
  });

  test("clear Chinese errors: missing file, not a workbook, unknown scheme, no base sheet, unknown --sheet", async () => {
    const missing = await runCli(["generate", file("nope.xlsx")]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("找不到文件")]);

    fs.writeFileSync(file("text.xlsx"), "not a workbook");
    const bad = await runCli(["generate", file("text.xlsx"), "-o", file("x1.xlsx")]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("不是有效的 Excel 工作簿")]);
    expect(bad.stderr).not.toMatch(/zip|central directory/i); // no library English in the Chinese message
    fs.writeFileSync(file("old.xls"), "not a workbook");
    const xls = await runCli(["score", file("old.xls")]);
    expect([xls.code, xls.stderr]).toEqual([2, expect.stringContaining("另存为 .xlsx")]);

    const scheme = await runCli(["generate", file("base.xlsx"), "-o", file("x2.xlsx"), "--scheme", "长沙2099"]);
    expect([scheme.code, scheme.stderr]).toEqual([2, expect.stringContaining("未知的评分方案")]);
    expect(scheme.stderr).toContain("湘潭县2020");

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "编制数";
    await wb.xlsx.writeFile(file("nobase.xlsx"));
    const nobase = await runCli(["generate", file("nobase.xlsx"), "-o", file("x3.xlsx")]);
    expect([nobase.code, nobase.stderr]).toEqual([2, expect.stringContaining("没有找到基础数据表")]);
    expect(nobase.stderr).toContain("Sheet1");

    const sheet = await runCli(["generate", file("base.xlsx"), "-o", file("x4.xlsx"), "--sheet", "数据"]);
    expect([sheet.code, sheet.stderr]).toEqual([2, expect.stringContaining("没有工作表“数据”")]);
    expect(fs.existsSync(file("x1.xlsx")) || fs.existsSync(file("x2.xlsx")) || fs.existsSync(file("x3.xlsx"))).toBe(false);
  });

  test("--lang en: English messages", async () => {
    const r = await runCli(["--lang", "en", "generate", file("nope.xlsx")]);
    expect(r.stderr).toContain("File not found");
  });
});

describe("score", () => {
  test("--json prints exactly {scheme, year, baseSheet, scorecard, otherScorecards, indicators, total, grade, pending, problems, figures}, numbers as numbers", async () => {
    const r = await runCli(["score", file("base.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual([
      "scheme", "year", "baseSheet", "scorecard", "otherScorecards", "indicators", "total", "grade", "pending", "problems", "figures",
    ]);
    expect(json.scheme).toBe("湘潭县2020");
    expect(json.year).toBe(2021);
    expect(json.indicators).toHaveLength(27);
    for (const ind of json.indicators) {
      expect(Object.keys(ind)).toEqual(["level1", "level2", "name", "max", "value", "score", "explanation", "status"]);
      expect(["ok", "missing", "input", "error"]).toContain(ind.status);
    }
    const staff = json.indicators.find((i: { name: string }) => i.name === "在职人员控制率");
    // 45/43 > 1: 5 × 43/45 = 4.777… → 4.78 ("否则按比例计分").
    expect(staff).toMatchObject({ level1: "投入", level2: "预算配置", max: 5, score: 4.78, status: "ok" });
    expect(staff.value).toBeCloseTo(45 / 43, 12);
    // 结转结余 (120−100)/100 = 20%: one step of 5 points over 15% → 3.
    expect(json.indicators.find((i: { name: string }) => i.name === "结转结余控制率")).toMatchObject({ value: 0.2, score: 3 });
    const checklist = json.indicators.find((i: { name: string }) => i.name === "绩效目标合理性");
    expect(checklist).toMatchObject({ value: null, score: null, status: "input" });
    expect(json.grade).toBeNull();
    expect(typeof json.total).toBe("number");
    expect(Array.isArray(json.problems)).toBe(true);
  });

  test("lists every figure with the cell it came from (--json and the table)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("基础数据");
    ws.addRows([["年度", 2021], ["核定编制数", 43], ["年末实有在职人数", 45], ["公用经费（商品和服务支出）", 50]]);
    await wb.xlsx.writeFile(file("mapping.xlsx"));
    const json = JSON.parse((await runCli(["score", file("mapping.xlsx"), "--json", "--scheme", "浏阳2018"])).stdout);
    const byField = Object.fromEntries(json.figures.map((f: { field: string }) => [f.field, f]));
    expect(byField["编制数"]).toEqual({ field: "编制数", source: "label", pin: null, cell: "基础数据!B2", label: "核定编制数", labelCell: "基础数据!A2", value: 43 });
    expect(byField["在职人员数"]).toEqual({ field: "在职人员数", source: "label", pin: null, cell: "基础数据!B3", label: "年末实有在职人数", labelCell: "基础数据!A3", value: 45 });
    expect(byField["本年公用经费决算数"]).toEqual({ field: "本年公用经费决算数", source: "none", pin: null, cell: null, label: null, labelCell: null, value: null });
    expect(json.problems).toContainEqual({
      cell: "基础数据!A4",
      message: "A4“公用经费（商品和服务支出）”像是本年公用经费决算数，未使用：如是，请指定",
    });
    const table = (await runCli(["score", file("mapping.xlsx"), "--scheme", "浏阳2018"])).stdout;
    expect(table).toContain("在职人员数          基础数据!B3 ←“年末实有在职人数”（A3） = 45");
    expect(table).toMatch(/本年公用经费决算数\s+未找到/);
  });

  test("reads the inputs typed into a 计分表 in the file, and its scheme", async () => {
    const r = await runCli(["score", file("typed.xlsx"), "--json"]);
    const json = JSON.parse(r.stdout);
    expect(json.scheme).toBe("湘潭县2020");
    // 完成及时率: 3 quarters × 1 → 3.
    expect(json.indicators.find((i: { name: string }) => i.name === "完成及时率")).toMatchObject({ value: 3, score: 3, status: "ok" });
  });

  test("without --scheme, follows the scheme a 计分表 in the file names (portable.xlsx was generated for 浏阳2018)", async () => {
    const json = JSON.parse((await runCli(["score", file("portable.xlsx"), "--json"])).stdout);
    expect(json.scheme).toBe("浏阳2018");
    expect(json.indicators).toHaveLength(16);
  });

  test("the table shows the total, the grade and the base-data problems", async () => {
    const r = await runCli(["score", file("base.xlsx"), "--scheme", "浏阳2018"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("在职人员控制率");
    expect(r.stdout).toMatch(/合计：[\d.]+ 分（满分 100 分/);
    expect(r.stdout).toContain("评价结果：待定（");
    expect(r.stdout).toContain("基础数据问题");
  });

  test("--lang en: the base-data problems in English (score, score --json, generate); Chinese without it", async () => {
    // A sparse sheet: 编制数 and 在职人员数 only, so every other figure 湘潭县2020 needs is missing.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("基础数据");
    ws.addRows([["年度", 2021], ["编制数", 43], ["在职人员数", 45]]);
    await wb.xlsx.writeFile(file("sparse.xlsx"));
    /** The lines under the problems heading (the 扣分说明 column above stays Chinese). */
    const problemSection = (out: string, heading: string) => out.slice(out.indexOf(heading)).trim().split("\n");

    const sparse = await runCli(["--lang", "en", "score", file("sparse.xlsx")]);
    expect(sparse.code).toBe(0);
    const missing = problemSection(sparse.stdout, "Base-data problems (");
    expect(missing[0]).toMatch(/^Base-data problems \(\d+\):$/);
    expect(missing).toContain("  Missing from the base data: 上年三公经费预算数");
    for (const line of missing.slice(1)) expect(line).toMatch(/^ {2}Missing from the base data: [^\s：（）]+( \(if left out, there is taken to be no such project\))?$/);

    // base.xlsx leaves 上年结转, 本年追加预算 and 年末结余 blank (浏阳2018 needs them).
    const blank = await runCli(["--lang", "en", "score", file("base.xlsx"), "--scheme", "浏阳2018"]);
    expect(problemSection(blank.stdout, "Base-data problems (")).toEqual([
      "Base-data problems (3):",
      "  基础数据!B19  上年结转 (B19) is blank; please fill it in",
      "  基础数据!B21  本年追加预算 (B21) is blank; please fill it in",
      "  基础数据!B22  年末结余 (B22) is blank; please fill it in",
    ]);
    expect(blank.stdout).not.toMatch(/为空，请填写|基础数据问题/);
    const json = JSON.parse((await runCli(["--lang", "en", "score", file("base.xlsx"), "--scheme", "浏阳2018", "--json"])).stdout);
    expect(json.problems[0]).toEqual({ cell: "基础数据!B19", message: "上年结转 (B19) is blank; please fill it in" });
    const generated = await runCli(["--lang", "en", "generate", file("base.xlsx"), "--scheme", "浏阳2018", "-o", file("en.xlsx")]);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toContain("  基础数据!B21  本年追加预算 (B21) is blank; please fill it in");
    expect(generated.stdout).not.toContain("为空，请填写");

    // Chinese as before.
    const zh = await runCli(["score", file("base.xlsx"), "--scheme", "浏阳2018"]);
    expect(problemSection(zh.stdout, "基础数据问题（")).toEqual([
      "基础数据问题（3）：",
      "  基础数据!B19  上年结转（B19）为空，请填写",
      "  基础数据!B21  本年追加预算（B21）为空，请填写",
      "  基础数据!B22  年末结余（B22）为空，请填写",
    ]);
    expect(problemSection((await runCli(["score", file("sparse.xlsx")])).stdout, "基础数据问题（")).toContain("  基础数据缺少：上年三公经费预算数");
  });

  test("several files: progress on stderr, one JSON line per file; an unreadable file fails the run but not the others", async () => {
    const r = await runCli(["score", file("base.xlsx"), file("nope.xlsx"), file("typed.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[1/3] ");
    expect(r.stderr).toContain("[3/3] ");
    expect(r.stderr).toContain("找不到文件");
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [path.basename(l.file), l.scheme ?? "error"])).toEqual([
      ["base.xlsx", "湘潭县2020"],
      ["nope.xlsx", "error"],
      ["typed.xlsx", "湘潭县2020"],
    ]);
  });

  test("exit codes: 0 with data problems, non-zero for an unknown scheme or an unreadable file", async () => {
    const empty = file("empty-base.xlsx");
    await templateFile({ output: empty });
    expect((await runCli(["score", empty])).code).toBe(0);
    expect((await runCli(["score", file("base.xlsx"), "--scheme", "nope"])).code).toBe(2);
    expect((await runCli(["score", file("nope.xlsx")])).code).toBe(2);
  });
});

describe("demo", () => {
  test("writes the example 基础数据 and both scorecards, and prints the score table beside the report's own scores", async () => {
    const out = file("demo");
    const r = await runCli(["demo", "--out-dir", out]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["基础数据-示例.xlsx", "计分表-示例-通用公式.xlsx", "计分表-示例.xlsx"].sort());
    // Seed 000: 5 + 0 (478%) + 5 + 5 + 0 (108.72%) + 8 + 0 (707%) + 6 (①②④) + 5 (1 case) + 5 + 6 + 6 = 51; 4 pending.
    expect(r.stdout).toContain("合计：51 分");
    expect(r.stdout).toContain("评价结果：待定（4项待填或需处理）");
    expect(r.stdout).toContain("原报告自评");
    expect(r.stdout).toContain("原报告自评合计 95 分");
    expect(await sheetNames(path.join(out, "计分表-示例.xlsx"))).toEqual(["基础数据", "计分表"]);
  });
});
