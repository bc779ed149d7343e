/** `perfscore review`: a mixed batch into one 汇总表, whose formulas carry the values they compute. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { runCli } from "./support/runCli";
import { FILES, writeBatch } from "../review/batch";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-review-"));
const dir = path.join(root, "部门");
const out = path.join(root, "汇总表.xlsx");
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let run: Awaited<ReturnType<typeof runCli>>;
const wb = new ExcelJS.Workbook();
/** A cell's value, or a formula's cached result. */
const at = (sheet: string, address: string) => {
  const c = wb.getWorksheet(sheet)!.getCell(address);
  return c.type === ExcelJS.ValueType.Formula ? (c.result ?? null) : c.value;
};
/** The 汇总 row of a file. */
const rowOf = (file: string) => {
  let found = 0;
  wb.getWorksheet("汇总")!.eachRow((row, n) => {
    if (row.getCell(2).value === file) found = n;
  });
  return found;
};

beforeAll(async () => {
  fs.mkdirSync(dir, { recursive: true });
  await writeBatch(dir);
  run = await runCli(["review", dir, "-o", out]);
  await wb.xlsx.readFile(out);
}, 60_000);

test("a broken file and one without base data are rows with their reasons; the batch goes on (exit 1)", () => {
  expect(run.code).toBe(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(at("汇总", `M${rowOf(FILES.broken)}`)).toMatch(/不是有效的 Excel 工作簿/);
  expect(at("汇总", `M${rowOf(FILES.noBase)}`)).toMatch(/没有找到基础数据表/);
  expect(wb.getWorksheet("汇总")!.rowCount).toBe(1 + 6);
  expect(run.stdout).toContain("2 个文件无法读取");
});

test("seed 000: self 95 (优), computed 5+5+5+8+0 = 23 with 11 unchecked (待定), one differing indicator", () => {
  const r = rowOf(FILES.seed);
  expect(["C", "D", "E", "F", "G", "H", "I", "J", "K"].map((c) => at("汇总", `${c}${r}`))).toEqual([
    "浏阳市经济和信息化局",
    2018,
    "浏阳2018",
    95,
    "优",
    23,
    "待定",
    1,
    11,
  ]);
  const link = wb.getWorksheet("汇总")!.getCell(`N${r}`).value as { hyperlink: string };
  expect(link.hyperlink).toBe("明细!A2");
  // The year and unit of the 2021 copy are its own.
  expect(at("汇总", `D${rowOf(FILES.seed2021)}`)).toBe(2021);
  expect(at("汇总", `C${rowOf(FILES.seed2021)}`)).toBe("示例局");
});

test("问题清单 lists 公用经费控制率 (self 8, computed 0) with the reason, the sheet and the cell", () => {
  const rows: string[] = [];
  wb.getWorksheet("问题清单")!.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).join("|"))
  );
  const fee = rows.filter((r) => r.includes("|指标差异|") && r.includes("公用经费控制率"));
  expect(fee[0]).toMatch(
    /^1\|01-浏阳经信局\.xlsx\|浏阳市经济和信息化局\|指标差异\|计分表\|I9\|公用经费控制率：自评8分，按基础数据计算为0分：公用经费控制率108\.72%/
  );
  // The generated 计分表 with 8 typed over the formula differs the same way; its other 得分 are formulas never calculated.
  expect(fee.some((r) => r.startsWith("4|"))).toBe(true);
  expect(
    rows.some((r) => r.startsWith("3|") && r.includes("得分是公式，但文件中没有计算结果"))
  ).toBe(true);
});

test("mixed schemes: 指标对比 has both schemes' indicators, 湘潭县2020's repeated name by its 二级", () => {
  const names = (wb.getWorksheet("指标对比")!.getRow(1).values as unknown[]).filter(Boolean);
  expect(names).toContain("预算管理/管理制度健全性");
  expect(names).toContain("资产管理/管理制度健全性");
  expect(names).toContain("行政效能");
  expect(at("汇总", `E${rowOf(FILES.xiangtan)}`)).toBe("湘潭县2020");
  // No usable self-score: no self total, rather than 0.
  expect(at("汇总", `F${rowOf(FILES.xiangtan)}`)).toBeNull();
});

test("等级分布 counts the grades of 汇总", () => {
  const grades: Record<string, unknown[]> = {};
  wb.getWorksheet("等级分布")!.eachRow((row, n) => {
    if (n > 2)
      grades[String(row.getCell(1).value)] = [at("等级分布", `B${n}`), at("等级分布", `C${n}`)];
  });
  // Self: 01 and 02 total 95 (优), 04 has only its typed 8 (差). Computed: all four readable ones 待定.
  expect(grades["优"]).toEqual([2, 0]);
  expect(grades["差"]).toEqual([1, 0]);
  expect(grades["待定"]).toEqual([0, 4]);
});

test("an existing 汇总表 is not overwritten without --force, and is not read as a department", async () => {
  const again = await runCli(["review", dir, "-o", out]);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("输出文件已存在");
  const inside = path.join(dir, "汇总表.xlsx");
  fs.copyFileSync(out, inside);
  const r = await runCli(["review", dir, "-o", inside, "-f"]);
  expect(r.stdout).toContain("6 个文件");
  fs.rmSync(inside);
});

test("figures a department pinned to cells (generate --map, saved as PS_ names) are read there, as score reads them", async () => {
  const wb0 = new ExcelJS.Workbook();
  await wb0.xlsx.readFile(path.join(dir, FILES.seed));
  // 政府采购 figures without labels the reader would find: only a pin reaches them.
  wb0.getWorksheet("基础数据")!.getCell("F30").value = 21.5;
  wb0.getWorksheet("基础数据")!.getCell("F31").value = 22;
  const pinnedIn = path.join(root, "pinned-in.xlsx");
  const pinned = path.join(root, "pinned.xlsx");
  await wb0.xlsx.writeFile(pinnedIn);
  const maps = [
    "--map",
    "本年政府采购决算数=基础数据!F30",
    "--map",
    "本年政府采购预算数=基础数据!F31",
  ];
  expect(
    (await runCli(["generate", pinnedIn, "--scheme", "浏阳2018", ...maps, "-o", pinned])).code
  ).toBe(0);
  const summary = path.join(root, "pinned-汇总表.xlsx");
  expect((await runCli(["review", pinned, "-o", summary])).code).toBe(0);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(summary);
  let computed: unknown;
  out.getWorksheet("明细")!.eachRow((row) => {
    if (row.getCell(6).value === "政府采购执行率") computed = row.getCell(9).value;
  });
  // 21.5/22 = 97.73%: 2.27 points under 100%, 2 per 5 points → 0.91 off 6 = 5.09 (score says the same).
  expect(computed).toBe(5.09);
  const scored = JSON.parse((await runCli(["score", pinned, "--json"])).stdout);
  expect(scored.indicators.find((i: { name: string }) => i.name === "政府采购执行率").score).toBe(
    5.09
  );
});
