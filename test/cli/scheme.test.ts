/** `perfscore scheme export` and `scheme check`, through the compiled command line. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "perfscore.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-scheme-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function perfscore(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 60000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("export 湘潭县2020, then check it: 27 indicators, no problem; a second export without -f is refused", () => {
  expect(perfscore("scheme", "export", "湘潭县2020", "-o", "评分方案.xlsx").code).toBe(0);
  const r = perfscore("scheme", "check", "评分方案.xlsx");
  expect(r.code).toBe(0);
  expect(r.out).toContain("评分方案表：“评分方案”");
  expect(r.out).toContain("没有问题：共27个三级指标");
  expect(r.out).toMatch(
    /第\d+行 过程\/预算执行\/政府采购执行率（4分）：扣分：低于100%后.*原文写“计2分”，与分值4分不一致/
  );
  const again = perfscore("scheme", "export", "湘潭县2020", "-o", "评分方案.xlsx");
  expect(again.code).not.toBe(0);
  expect(again.err).toContain("已存在");
});

test("export --json to standard output is the scheme", () => {
  const r = perfscore("scheme", "export", "浏阳2018", "--json", "-o", "-");
  expect(r.code).toBe(0);
  const s = JSON.parse(r.out);
  expect([s.id, s.total, s.levels.length]).toEqual(["浏阳2018", 100, 3]);
});

test("check a workbook whose table has mistakes: each with its cell, exit 1", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("指标体系");
  ws.addRow(["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "指标值"]);
  ws.addRow([
    "投入",
    10,
    "预算配置",
    10,
    "在职人员控制率",
    5,
    "≤100%计5分，每超过一个百分点扣0.5分",
    "在职人员数/编制数",
  ]);
  ws.addRow([null, null, null, null, "调整率", 5, "看情况", "预算调整数/年初预算"]);
  await wb.xlsx.writeFile(path.join(dir, "本地.xlsx"));
  const r = perfscore("scheme", "check", "本地.xlsx");
  expect(r.code).toBe(1);
  expect(r.out).toContain("评分方案表：“指标体系”");
  expect(r.out).toMatch(/指标体系!G3 {2}评价标准无法读懂/);
  const j = JSON.parse(perfscore("scheme", "check", "本地.xlsx", "--json").out);
  expect(j.problems).toEqual([
    { cell: "指标体系!G3", message: expect.stringContaining("无法识别") },
  ]);
  expect(j.scheme).toBeNull();
});

test("a workbook without a scheme sheet: a Chinese message, exit 2, no stack", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("基础数据").addRow(["编制数", 43]);
  await wb.xlsx.writeFile(path.join(dir, "无方案.xlsx"));
  const r = perfscore("scheme", "check", "无方案.xlsx");
  expect(r.code).toBe(2);
  expect(r.err).toContain("没有评分方案表");
  expect(r.err).not.toMatch(/\n\s+at /);
});
