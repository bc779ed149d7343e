/** The 基础数据 template: complete, Excel-safe, and read back exactly by the reader. */
import * as ExcelJS from "exceljs";
import { CROSS_ROWS, crossFieldId, FIELDS, YEAR_COLUMNS } from "../../src/core/fields";
import { gridFromWorksheet, loadWorkbook, saveWorkbook, writePlan } from "../../src/cli/xlsx";
import type { BaseData } from "../../src/scorecard/baseData";
import type { Plan } from "../../src/scorecard/plan";
import { finalizePlan } from "../../src/scorecard/finalize";
import { readBaseData, schemeFields } from "../../src/scorecard/reader";
import { getScheme } from "../../src/core/schemes";
import { planBaseDataTemplate, TEMPLATE_FIELDS, yearColumnHeading } from "../../src/scorecard/template";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { kindsOf } from "./expect";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-template-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Plan -> .xlsx on disk -> workbook -> Grid -> BaseData, as `perfscore template` then `generate` would. */
async function roundTrip(plan: Plan, file: string, options?: { year?: number; fields?: string[] }): Promise<BaseData> {
  const wb = new ExcelJS.Workbook();
  writePlan(wb, plan);
  const out = path.join(tmp, file);
  await saveWorkbook(wb, out);
  const back = await loadWorkbook(out);
  return readBaseData(gridFromWorksheet(back.getWorksheet(plan.sheetName)!), options);
}

const addressOf = (plan: Plan) => Object.fromEntries(plan.inputs.map((i) => [i.key, i.address]));

/**
 * A value for every field, chosen by hand so the sub-items add up:
 * 公务用车 = 购置 + 运行维护, 三公 = 公务用车 + 出国 + 接待, in each column.
 */
function filledValues(): Record<string, number> {
  const v: Record<string, number> = {};
  YEAR_COLUMNS.forEach((column, i) => {
    const buy = 10 + i; // 10, 11, 12, 13
    const run = 5.25 + i; // 5.25, 6.25, 7.25, 8.25
    const abroad = i === 3 ? 0 : 2.5;
    const reception = 7.07 + i;
    v[crossFieldId("公务用车购置费", column)] = buy;
    v[crossFieldId("公务用车运行维护费", column)] = run;
    v[crossFieldId("公务用车购置及运行维护费", column)] = buy + run;
    v[crossFieldId("因公出国（境）费", column)] = abroad;
    v[crossFieldId("公务接待费", column)] = reception;
    v[crossFieldId("三公经费", column)] = Math.round((buy + run + abroad + reception) * 100) / 100;
    v[crossFieldId("公用经费", column)] = 40 + i;
    v[crossFieldId("政府采购", column)] = 100 + i;
  });
  const rest: Record<string, number> = {
    编制数: 43,
    在职人员数: 41,
    上年结转: 120.5,
    年初预算: 2886.58,
    本年追加预算: 300,
    年末结余: 12.3,
    预算完成数: 3214.04,
    预算调整数: 150,
    重点项目支出: 800,
    项目总支出: 1000,
    本年结转结余总额: 90,
    上年结转结余总额: 80,
    批准建设面积: 1200,
    实际建设面积: 1150,
    批准投资金额: 500,
    实际投资金额: 480,
    固定资产总额: 600,
    在用固定资产总额: 590,
    重点工作交办数: 12,
    重点工作完成数: 11,
    计划工作数: 30,
    质量达标工作数: 28,
    满意率: 0.95,
  };
  return { ...v, ...rest };
}

describe("planBaseDataTemplate", () => {
  it("has exactly one input cell for every catalogue field", () => {
    const plan = planBaseDataTemplate();
    const keys = plan.inputs.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(FIELDS.map((f) => f.id).sort());
    expect([...TEMPLATE_FIELDS].sort()).toEqual(FIELDS.map((f) => f.id).sort());
    expect(plan.inputs.every((i) => i.kind === "figure")).toBe(true);
  });

  it("marks every input cell (fill, unlocked) with a validation and an input message within Excel's limits", () => {
    const plan = planBaseDataTemplate();
    const byCell = new Map(plan.cells.map((c) => [c.address, c]));
    for (const input of plan.inputs) {
      const style = plan.styles[byCell.get(input.address)!.style!];
      expect(style).toMatchObject({ fill: "#FFF2CC", unlocked: true, border: "thin" });
      const v = plan.validations.find((x) => x.range === input.address)!;
      expect(v).toBeDefined();
      expect(v.rule).toMatchObject({ min: 0 });
      const written = finalizePlan(plan).validations.find((x) => x.range === input.address)!;
      expect(written.prompt!.title.length).toBeLessThanOrEqual(32);
      expect(written.prompt!.message.length).toBeLessThanOrEqual(255);
      expect(written.prompt!.message).toContain(FIELDS.find((f) => f.id === input.key)!.description);
    }
    const rate = plan.validations.find((x) => x.range === addressOf(plan)["满意率"])!;
    expect(rate.rule).toEqual({ type: "decimal", min: 0, max: 1 });
    expect(plan.validations.find((x) => x.range === addressOf(plan)["编制数"])!.rule.type).toBe("whole");
  });

  it("is print-ready: A4, one page wide, print area over the used range; no text value starts with '='", () => {
    const plan = planBaseDataTemplate();
    expect(plan.print).toMatchObject({ paperSize: "A4", fitToWidth: 1, fitToHeight: 0, area: plan.range });
    expect(plan.columnWidths).toHaveLength(6);
    // Office.js would turn such a string into a formula.
    for (const c of plan.cells) if (typeof c.value === "string") expect(c.value.startsWith("=")).toBe(false);
    for (const c of plan.cells) if (c.style) expect(plan.styles[c.style]).toBeDefined();
  });

  it("writes real years in the headings when the year is known", () => {
    const plan = planBaseDataTemplate({ year: 2020 });
    const headings = plan.cells.filter((c) => typeof c.value === "string" && /^\d{4}年[预决]算数$/.test(c.value)).map((c) => c.value);
    expect(headings).toEqual(["2019年预算数", "2019年决算数", "2020年预算数", "2020年决算数"]);
    expect(yearColumnHeading("上年决算数")).toBe("上年决算数");
  });

  it("round-trips empty: every field found at its plan address, only blanks reported", async () => {
    const plan = planBaseDataTemplate();
    const data = await roundTrip(plan, "empty.xlsx");
    const found = Object.fromEntries(Object.values(data.figures).map((f) => [f.field, f.address]));
    expect(found).toEqual(addressOf(plan));
    expect(data.year).toBeUndefined();
    expect(kindsOf(data)).toEqual(["blank"]);
    // 楼堂馆所 blanks are normal (no project).
    const blanks = data.problems.map((p) => p.field);
    expect(blanks).not.toContain("批准建设面积");
    expect(blanks).toHaveLength(FIELDS.length - 4);
  });

  it("round-trips filled: year, unit and every value come back, with no problem", async () => {
    const values = filledValues();
    const plan = planBaseDataTemplate({ year: 2020, unitName: "某某县科技和工业信息化局", values });
    const data = await roundTrip(plan, "filled.xlsx");
    expect(data.year).toBe(2020);
    expect(data.unitName).toBe("某某县科技和工业信息化局");
    expect(data.problems).toEqual([]);
    const got = Object.fromEntries(Object.values(data.figures).map((f) => [f.field, [f.address, f.value?.toNumber()]]));
    const want = Object.fromEntries(plan.inputs.map((i) => [i.key, [i.address, values[i.key]]]));
    expect(got).toEqual(want);
  });

  it("with a scheme, greys the figures it does not use and names the indicators that use the others", async () => {
    const plan = planBaseDataTemplate({ schemeId: "浏阳2018" });
    const text = plan.cells.map((c) => String(c.value ?? "")).join("\n");
    expect(text).toContain("用于：在职人员控制率");
    const byCell = new Map(plan.cells.map((c) => [c.address, c]));
    const style = (id: string) => plan.styles[byCell.get(addressOf(plan)[id])!.style!];
    // 浏阳2018 has no 预算调整率 (湘潭县2020 has).
    expect(style("预算调整数").fill).toBe("#F2F2F2");
    expect(style("年初预算").fill).toBe("#FFF2CC");
    // Still read back in full, and a scheme's field list limits what is reported.
    const fields = schemeFields(getScheme("浏阳2018"));
    const data = await roundTrip(plan, "scheme.xlsx", { fields });
    expect(Object.keys(data.figures).sort()).toEqual(FIELDS.map((f) => f.id).sort());
    expect(new Set(data.problems.map((p) => p.field))).toEqual(new Set(fields.filter((f) => !["批准建设面积", "实际建设面积", "批准投资金额", "实际投资金额"].includes(f))));
  });

  it("keeps the cross rows in catalogue order", () => {
    const plan = planBaseDataTemplate();
    const rowsOf = CROSS_ROWS.map((r) => Number(addressOf(plan)[crossFieldId(r, "上年预算数")].slice(1)));
    expect(rowsOf).toEqual([...rowsOf].sort((a, b) => a - b));
  });
});
