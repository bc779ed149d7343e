/**
 * `perfscore fill`: 在此表中计分 on a copy of the sample workbook. The input file stays as it was, every
 * non-empty cell of the copy is as in the input, and the cells written are the ones announced.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { fillSampleWorkbook, FILL_SAMPLE_SHEET } from "../../src/cli/demo/fillSample";
import { getScheme } from "../../src/core";
import { addSchemeSheet } from "../../src/cli/commands/scheme";
import { gridFromWorksheet, writePlan } from "../../src/cli/xlsx";
import { planScorecard } from "../../src/scorecard/planner";
import { readSchemeBase } from "../../src/scorecard/reader";
import { runCli } from "./support/runCli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-fill-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const input = path.join(dir, "单位.xlsx");
const hash = (f: string) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

beforeAll(async () => {
  await fillSampleWorkbook().xlsx.writeFile(input);
});

/** Every cell holding something: address -> formula or value. */
async function contents(file: string, sheet: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, unknown>();
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge)
        out.set(cell.address, cell.formula ? `=${cell.formula}` : cell.value);
    })
  );
  return out;
}

test("writes the announced cells into a copy, and only into cells that were empty", async () => {
  const before = hash(input);
  const output = path.join(dir, "已计分.xlsx");
  const r = await runCli(["fill", input, "-o", output]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(hash(input)).toBe(before);
  const count = Number(/写入 (\d+) 个单元格/.exec(r.stdout)?.[1]);
  const listed = r.stdout.split("自评输入")[0];
  const announced = [...listed.matchAll(/^ {2}评分表!([A-Z]+\d+) {2}(?:指标值|得分|扣分说明|合计|合计说明|评价结果)/gm)].map(
    (m) => m[1]
  );
  expect(announced).toHaveLength(count);
  const old = await contents(input, FILL_SAMPLE_SHEET);
  const now = await contents(output, FILL_SAMPLE_SHEET);
  for (const [address, v] of old) expect([address, now.get(address)]).toEqual([address, v]);
  const added = [...now.keys()].filter((a) => !old.has(a)).sort();
  expect(added).toEqual([...announced].sort());
  // By hand: 16 得分; 14 扣分说明 (two whose value is computed inside them pass Excel's limit, and are
  // said so); 8 指标值 (11 computed rows, 3 of which hold their formula's text: 公用经费控制率,
  // 重点工作办结率, 满意度; the 5 input rows' cells stay empty); the 合计's 得分 and note; 评价结果.
  expect(count).toBe(16 + 14 + 8 + 3);
  expect(r.stdout).toContain("评分表!I12  管理制度健全性");
  expect(r.stdout).toMatch(/未写入：\n {2}评分表!L9 {2}扣分说明公式超过/);
  // The base sheet is untouched too.
  expect(await contents(output, "基础数据")).toEqual(await contents(input, "基础数据"));
});

test("--dry-run lists the same count and writes nothing", async () => {
  const output = path.join(dir, "dry.xlsx");
  const r = await runCli(["fill", input, "-o", output, "--dry-run"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^将在“评分表”中写入 41 个单元格（未写文件）/);
  expect(fs.existsSync(output)).toBe(false);
});

test("a sheet with problems is refused, each with its cell, and no file is left behind", async () => {
  const wb = fillSampleWorkbook();
  wb.getWorksheet(FILL_SAMPLE_SHEET)!.getCell("H3").value = "酌情";
  const bad = path.join(dir, "有问题.xlsx");
  await wb.xlsx.writeFile(bad);
  const output = path.join(dir, "有问题.已计分.xlsx");
  const r = await runCli(["fill", bad]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/评分表!H3 {2}评价标准无法读懂/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(fs.readdirSync(dir).filter((f) => f.startsWith("有问题.已") || f.startsWith(".~perfscore"))).toEqual([]);
  expect(fs.existsSync(output)).toBe(false);
});

test("the output must differ from the input and not exist (unless --force)", async () => {
  expect((await runCli(["fill", input, "-o", input])).stderr).toContain("输出文件不能是输入文件本身");
  const output = path.join(dir, "存在.xlsx");
  fs.writeFileSync(output, "x");
  expect((await runCli(["fill", input, "-o", output])).stderr).toContain("输出文件已存在");
  expect(fs.readFileSync(output, "utf8")).toBe("x");
});

test("a filled copy still reads as a scheme sheet: filling it again writes nothing new", async () => {
  const once = path.join(dir, "一次.xlsx");
  await runCli(["fill", input, "-o", once]);
  const r = await runCli(["fill", once, "-o", path.join(dir, "两次.xlsx")]);
  expect(r.stderr).toContain("没有可以写入的空单元格");
  expect(fs.existsSync(path.join(dir, "两次.xlsx"))).toBe(false);
});

test("without --scheme, the blank 计分表 is found by its 得分 column: not the exported 评分方案, not a generated 计分表", async () => {
  const wb = fillSampleWorkbook();
  wb.getWorksheet(FILL_SAMPLE_SHEET)!.name = "附件3";
  addSchemeSheet(wb, getScheme("浏阳2018"));
  const base = readSchemeBase(gridFromWorksheet(wb.getWorksheet("基础数据")!), getScheme("浏阳2018"));
  writePlan(
    wb,
    planScorecard(base, getScheme("浏阳2018"), { dialect: "portable", sheetName: "计分表", baseSheetName: "基础数据" })
  );
  const file = path.join(dir, "多表.xlsx");
  await wb.xlsx.writeFile(file);
  const r = await runCli(["fill", file, "--dry-run"]);
  expect(r.stderr).toBe("");
  expect(r.stdout).toMatch(/^将在“附件3”中写入 41 个单元格/);
  // The hints say what to type: the officer's cells have no dropdown.
  expect(r.stdout).toContain("附件3!I17  行政效能：填写评定等级：较好、一般、无效果");
  expect(r.stdout).not.toContain("下拉");
});
