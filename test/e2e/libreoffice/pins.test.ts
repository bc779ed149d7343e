/**
 * A 计分表 generated with figures pinned by --map on another sheet whose name needs quotes,
 * recalculated in LibreOffice: the formulas read the pinned cells through their defined names
 * (PS_编制数), no formula computes to an error, and the total is the engine's.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { getScheme } from "../../../src/core";
import { generateFile, type GenerateFileResult } from "../../../src/cli/commands/generate";
import { isError } from "../../planner/support/excelFormula";
import { computedSheet, libreOfficeOrSkip, recalculate } from "./support/libreoffice";

const scheme = getScheme("浏阳2018");
const run = libreOfficeOrSkip("the LibreOffice pin suite");
const maybe = run ? describe : describe.skip;
jest.setTimeout(5 * 60 * 1000);

/** Every figure 浏阳2018 reads, by label; 编制数 43 here, 50 on the other sheet. */
const FIGURES: Record<string, number | string> = {
  编制数: 43, 在职人员数: 45, 上年三公经费预算数: 20, 本年三公经费预算数: 18, 本年三公经费决算数: 4.63,
  本年公用经费预算数: 47.5, 本年公用经费决算数: 51.64, 本年政府采购预算数: 22, 本年政府采购决算数: 21.5,
  上年结转: 10, 年初预算: 916.19, 本年追加预算: 100, 年末结余: 30, 重点工作交办数: 10, 重点工作完成数: 9, 满意率: "93%",
};

maybe("pinned figures, recalculated in LibreOffice", () => {
  let dir = "";
  let generated: GenerateFileResult;
  let read: (address: string) => unknown;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-pins-lo-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("基础数据");
    ws.addRow(["年度", 2018]);
    for (const [label, value] of Object.entries(FIGURES)) ws.addRow([label, value]);
    const other = wb.addWorksheet("人员 O'Brien");
    other.getCell("B4").value = 50;
    other.getCell("C2").value = "85%";
    const input = path.join(dir, "in.xlsx");
    await wb.xlsx.writeFile(input);
    generated = await generateFile({
      input,
      output: path.join(dir, "out.xlsx"),
      scheme,
      dialect: "portable",
      maps: ["编制数='人员 O''Brien'!B4", "满意率='人员 O''Brien'!C2"],
    });
    const [recalculated] = await recalculate([generated.output], path.join(dir, "recalculated"), 1);
    read = await computedSheet(recalculated, generated.sheetName);
  });

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the pinned cells are used through their names, no cell is an error, the total is the engine's", () => {
    const formulas = generated.plan.cells.map((c) => c.formula ?? "");
    expect(formulas.some((f) => /[(,]PS_编制数[),]/.test(f))).toBe(true);
    expect(formulas.some((f) => /[(,]PS_满意率[),]/.test(f))).toBe(true);
    const errors = generated.plan.cells
      .filter((c) => c.formula && isError(read(c.address) as never))
      .map((c) => `${c.address} ${c.formula!.slice(0, 60)}`);
    expect(errors).toEqual([]);
    const score = (name: string) =>
      read(generated.plan.scorecard!.rows.find((r) => r.key.endsWith(`/${name}`))!.scoreCell);
    // 在职人员控制率: 45 / 50 = 90% ≤ 100% → 5 (43 by its label would give 2.67).
    expect(score("在职人员控制率")).toBe(5);
    // 满意度: 85% is in [80%, 90%) → 4 (93% by its label would give 6).
    expect(score("社会公众或服务对象满意度")).toBe(4);
    expect(read(generated.plan.scorecard!.totalCell)).toBe(generated.result.total.toNumber());
  });
});
