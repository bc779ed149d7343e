/**
 * What `perfscore score` says it scored from: the scheme, the year, the base sheet and the 计分表
 * whose inputs it took — and, with two 计分表 sheets, which one it used, that the other exists, and
 * `--scorecard` to choose.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { templateFile } from "../../src/cli/commands/template";
import { runCli } from "./support/runCli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-score-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

const TIMELY = "产出/职责履行/完成及时率";
const GOALS = "投入/目标设定/绩效目标合理性";

/** The row whose hidden key column (L) holds `key`. */
function rowOf(ws: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  ws.eachRow((row, n) => {
    if (row.getCell(12).value === key) found = n;
  });
  if (!found) throw new Error(`no row for ${key}`);
  return found;
}

let timelyRow = 0;
let goalsRow = 0;

beforeAll(async () => {
  await templateFile({ output: file("base.xlsx"), year: 2021, unitName: "示例局", values: { 编制数: 43, 在职人员数: 45 } });
  expect((await runCli(["generate", file("base.xlsx"), "-o", file("one.xlsx")])).code).toBe(0);
  // 3 quarters typed into the first 计分表, then a second 计分表 made from it (keeping the 3),
  // in which the user changes it to 1.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file("one.xlsx"));
  timelyRow = rowOf(wb.getWorksheet("计分表")!, TIMELY);
  goalsRow = rowOf(wb.getWorksheet("计分表")!, GOALS);
  wb.getWorksheet("计分表")!.getCell(`I${timelyRow}`).value = 3;
  await wb.xlsx.writeFile(file("typed.xlsx"));
  expect((await runCli(["generate", file("typed.xlsx"), "-o", file("two.xlsx")])).code).toBe(0);
  const two = new ExcelJS.Workbook();
  await two.xlsx.readFile(file("two.xlsx"));
  two.getWorksheet("计分表 (2)")!.getCell(`I${timelyRow}`).value = 1;
  await two.xlsx.writeFile(file("two.xlsx"));
});

describe("score names what it scored from", () => {
  test("one 计分表: scheme, year, base sheet and that 计分表, in text and in JSON", async () => {
    const r = await runCli(["score", file("typed.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("评分方案：湘潭县2020；评价年度：2021；基础数据：“基础数据”；自评输入：“计分表”");
    expect(r.stdout).not.toContain("另有计分表");
    const json = JSON.parse((await runCli(["score", file("typed.xlsx"), "--json"])).stdout);
    expect([json.scheme, json.year, json.baseSheet, json.scorecard, json.otherScorecards]).toEqual([
      "湘潭县2020", 2021, "基础数据", "计分表", [],
    ]);
    // A blank input is pending at its cell on that 计分表.
    expect(json.pending.find((p: { key: string }) => p.key === GOALS)).toMatchObject({ status: "input", cell: `计分表!I${goalsRow}` });
  });

  test("no 计分表: says so; the JSON has null", async () => {
    const r = await runCli(["score", file("base.xlsx")]);
    expect(r.stdout.split("\n")[0]).toBe("评分方案：湘潭县2020；评价年度：2021；基础数据：“基础数据”；自评输入：无（文件中没有该方案的计分表）");
    const json = JSON.parse((await runCli(["score", file("base.xlsx"), "--json"])).stdout);
    expect([json.scorecard, json.otherScorecards]).toEqual([null, []]);
    expect(json.pending.find((p: { key: string }) => p.key === GOALS)).toMatchObject({ status: "input", cell: null });
  });

  test("two 计分表: the newer is used and the other named; --scorecard picks the other", async () => {
    const r = await runCli(["score", file("two.xlsx")]);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toContain("自评输入：“计分表 (2)”");
    expect(lines[1]).toBe("另有计分表“计分表”，未使用；可用 --scorecard 指定");
    const newer = JSON.parse((await runCli(["score", file("two.xlsx"), "--json"])).stdout);
    expect([newer.scorecard, newer.otherScorecards]).toEqual(["计分表 (2)", ["计分表"]]);
    // 完成及时率 "1-4季度各得1分": 1 quarter in 计分表 (2) → 1; 3 in 计分表 → 3.
    const timely = (j: { indicators: Array<{ name: string; score: number | null }> }) =>
      j.indicators.find((i) => i.name === "完成及时率")!.score;
    expect(timely(newer)).toBe(1);
    const older = JSON.parse((await runCli(["score", file("two.xlsx"), "--scorecard", "计分表", "--json"])).stdout);
    expect([older.scorecard, older.otherScorecards]).toEqual(["计分表", ["计分表 (2)"]]);
    expect(timely(older)).toBe(3);
    const text = await runCli(["score", file("two.xlsx"), "--scorecard", "计分表"]);
    expect(text.stdout.split("\n")[1]).toBe("另有计分表“计分表 (2)”，未使用；可用 --scorecard 指定");
  });

  test("--scorecard refuses a sheet that is not a 计分表, one that does not exist, and another scheme's", async () => {
    const notCard = await runCli(["score", file("two.xlsx"), "--scorecard", "基础数据"]);
    expect(notCard.code).toBe(2);
    expect(notCard.stderr).toContain("工作表“基础数据”不是 PerfScore 生成的计分表。计分表有：计分表、计分表 (2)");
    const absent = await runCli(["score", file("two.xlsx"), "--scorecard", "计分表 (9)"]);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain("没有工作表“计分表 (9)”");
    const other = await runCli(["score", file("two.xlsx"), "--scorecard", "计分表", "--scheme", "浏阳2018"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("计分表“计分表”是按评分方案 湘潭县2020 生成的，不能按 浏阳2018 计分");
    expect(`${notCard.stderr}${absent.stderr}${other.stderr}`).not.toMatch(/\n\s+at /);
  });
});
