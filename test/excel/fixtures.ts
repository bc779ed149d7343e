/** Small hand-made plans and workbooks for the adapter tests (the planner's own output is tested elsewhere). */
import type { Plan } from "../../src/scorecard/plan";
import { isWorkbookError, type WorkbookError } from "../../src/excel/errors";
import { FakeWorkbook } from "../support/fakeExcel";

export function smallPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    sheetName: "计分表",
    range: "A1:D6",
    cells: [
      { address: "A1", value: "计分表", style: "title" },
      { address: "A2", value: "指标", style: "head" },
      { address: "B2", value: "分值", style: "head" },
      { address: "C2", value: "指标值", style: "head" },
      { address: "D2", value: "得分", style: "head" },
      { address: "A3", value: "预算完成率", style: "body" },
      { address: "B3", value: 4, style: "body" },
      { address: "C3", formula: "=基础数据!C7/基础数据!C8", style: "pct" },
      {
        address: "D3",
        formula: '=IF(C3="","",ROUND(MIN(C3,1)*4,2))',
        style: "body",
      },
      { address: "A4", value: "支付进度率", style: "body" },
      { address: "B4", value: 2, style: "body" },
      { address: "C4", style: "input", note: "填写满足的项，如“①②”" },
      {
        address: "D4",
        formula:
          '=IF(C4="","",IF(ISNUMBER(FIND("①",C4)),1,0)+IF(ISNUMBER(FIND("②",C4)),1,0))',
        style: "body",
      },
      { address: "A5", value: "合计", style: "head" },
      { address: "B5", value: "2020年", style: "body" },
      { address: "D5", formula: "=SUM(D3:D4)", style: "head" },
      {
        address: "D6",
        formula: '=IF(D5>=90,"优",IF(D5>=80,"良",IF(D5>=60,"中","差")))',
      },
    ],
    styles: {
      title: { bold: true, fontSize: 16, horizontal: "center" },
      head: {
        bold: true,
        fill: "#D9E1F2",
        border: "thin",
        horizontal: "center",
      },
      body: { border: "thin", vertical: "middle", wrap: true },
      pct: { border: "thin", numberFormat: "0.00%" },
      input: { border: "thin", fill: "#FFF2CC", unlocked: true },
    },
    merges: ["A1:D1"],
    columnWidths: [20, 8, 12, 10],
    freeze: { rows: 2, columns: 1 },
    validations: [
      {
        range: "C4",
        rule: { type: "list", values: ["①", "②", "①②"] },
        prompt: {
          title: "支付进度率",
          message: "①完成年终进度 ②按季度完成预算进度",
        },
      },
    ],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: "2:2",
      area: "A1:D6",
    },
    inputs: [
      {
        address: "C4",
        key: "过程/预算执行/支付进度率",
        kind: "ticks",
        label: "支付进度率",
      },
    ],
    summary: { totalCell: "D5", gradeCell: "D6" },
    ...overrides,
  };
}

/** A 基础数据 sheet's cells, as the fake workbook takes them. */
export const BASE_CELLS = {
  A1: "基础数据",
  A3: "项目",
  B3: "上年决算数",
  C3: "本年预算数",
  A7: "预算完成",
  C7: 3214.04,
  C8: 3653,
};

/** A workbook with a 说明 sheet and a 基础数据 sheet. */
export function workbookWithBase(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("说明", { A1: "本工作簿用于绩效自评" });
  wb.addSheet("基础数据", BASE_CELLS);
  return wb;
}

/** A plan of `rows` rows of long text and formulas: large enough to need several requests. */
export function bigPlan(rows: number): Plan {
  const cells: Plan["cells"] = [];
  for (let r = 0; r < rows; r++) {
    cells.push({
      address: `A${r + 1}`,
      value: `第${r + 1}行：部门整体支出绩效自评指标说明文字`,
    });
    cells.push({
      address: `B${r + 1}`,
      formula: `=IF(基础数据!C${r + 1}="","",ROUND(MIN(基础数据!C${r + 1}/基础数据!D${r + 1},1)*5,2))`,
      style: "pct",
    });
  }
  return smallPlan({
    cells,
    range: `A1:B${rows}`,
    merges: [],
    validations: [],
    inputs: [],
    styles: { pct: { numberFormat: "0.00%", border: "thin" } },
  });
}

/** The WorkbookError `p` rejects with. */
export async function failure(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    if (isWorkbookError(e)) return e;
    throw e;
  }
  throw new Error("expected a WorkbookError");
}
