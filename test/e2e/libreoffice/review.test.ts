/**
 * The 汇总表 in a real spreadsheet engine: LibreOffice recalculates every formula (a fresh profile
 * that never trusts cached values), and 汇总's totals and counts must be those of 明细, row by row,
 * as the engine computed them; after a reviewer corrects a 计算得分 in 明细, they follow it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { runCli } from "../../cli/support/runCli";
import { FILES, writeBatch } from "../../review/batch";
import { computedSheet, libreOfficeOrSkip, recalculate } from "./support/libreoffice";

const run = libreOfficeOrSkip("汇总表 recalculation") ? describe : describe.skip;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-review-lo-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** 明细 as written: per 序号, the sums and counts 汇总 should show. */
async function detailTotals(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<number, { self: number; computed: number; unchecked: number }>();
  wb.getWorksheet("明细")!.eachRow((row, n) => {
    if (n === 1) return;
    const id = Number(row.getCell(1).value);
    const t = out.get(id) ?? { self: 0, computed: 0, unchecked: 0 };
    const self = row.getCell(8).value;
    const computed = row.getCell(9).value;
    if (typeof self === "number") t.self += self;
    if (typeof computed === "number") t.computed += computed;
    else t.unchecked++;
    out.set(id, t);
  });
  return out;
}

run("汇总表 in LibreOffice", () => {
  const out = path.join(root, "汇总表.xlsx");
  const corrected = path.join(root, "汇总表-已更正.xlsx");
  let feeRow = 0;
  let recalculated: string[] = [];

  beforeAll(async () => {
    const dir = path.join(root, "部门");
    fs.mkdirSync(dir);
    await writeBatch(dir);
    expect((await runCli(["review", dir, "-o", out])).code).toBe(1);
    // The reviewer accepts seed 000's 8 for 公用经费控制率: types it over the computed 0.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet("明细")!.eachRow((row, n) => {
      if (row.getCell(1).value === 1 && row.getCell(6).value === "公用经费控制率") feeRow = n;
    });
    wb.getWorksheet("明细")!.getCell(`I${feeRow}`).value = 8;
    await wb.xlsx.writeFile(corrected);
    recalculated = await recalculate([out, corrected], path.join(root, "lo"));
  }, 240_000);

  test("each 汇总 row's totals and counts are its 明细 rows' (and the values written before)", async () => {
    const written = await computedSheet(out, "汇总");
    const summary = await computedSheet(recalculated[0], "汇总");
    const totals = await detailTotals(recalculated[0]);
    // Rows 2–7: files 01–06 in order; 05 and 06 are unreadable rows.
    for (const r of [2, 3, 4, 5]) {
      const t = totals.get(Number(summary(`A${r}`)))!;
      expect(summary(`H${r}`)).toBeCloseTo(t.computed, 9);
      expect(summary(`K${r}`)).toBe(t.unchecked);
      if (typeof summary(`F${r}`) === "number") expect(summary(`F${r}`)).toBeCloseTo(t.self, 9);
      for (const c of ["F", "G", "H", "I", "J", "K", "L"])
        expect([r, c, summary(`${c}${r}`)]).toEqual([r, c, written(`${c}${r}`)]);
    }
    expect(summary("B2")).toBe(FILES.seed);
    expect([summary("F2"), summary("G2"), summary("H2"), summary("I2"), summary("J2")]).toEqual([
      95,
      "优",
      23,
      "待定",
      1,
    ]);
  });

  test("a reviewer's correction in 明细 recalculates 汇总, 指标对比 and 等级分布", async () => {
    const summary = await computedSheet(recalculated[1], "汇总");
    // 23 + 8: the corrected 公用经费控制率 now agrees with the self-score.
    expect([summary("H2"), summary("J2"), summary("K2")]).toEqual([31, 0, 11]);
    const detail = await computedSheet(recalculated[1], "明细");
    expect([detail(`J${feeRow}`), detail(`K${feeRow}`)]).toEqual([0, "一致"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(recalculated[1]);
    const names = book.getWorksheet("指标对比")!.getRow(1).values as unknown[];
    const column = names.indexOf("公用经费控制率");
    const matrix = await computedSheet(recalculated[1], "指标对比");
    // Row 3 is file 01; the pair is (计算, 自评): now 8 and 8.
    const cell = (c: number) => matrix(`${String.fromCharCode(64 + c)}3`);
    expect([cell(column), cell(column + 1)]).toEqual([8, 8]);
    const grades = await computedSheet(recalculated[1], "等级分布");
    expect(grades("A3")).toBe("优");
    expect([grades("B3"), grades("C3")]).toEqual([2, 0]);
    expect(String(grades("D3"))).toMatch(/^█+$/);
  });
});
