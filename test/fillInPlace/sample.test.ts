/** examples/在此表中计分示例.xlsx is what scripts/make-fill-sample.js writes, and fills as counted by hand. */
import * as path from "path";
import * as ExcelJS from "exceljs";
import { fillSampleWorkbook, FILL_SAMPLE_SHEET } from "../../src/cli/demo/fillSample";
import { gridFromWorksheet, workbookBuffer, workbookFromBuffer } from "../../src/cli/xlsx";
import { planFillFromGrids } from "../../src/scorecard/fillInPlace";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "在此表中计分示例.xlsx");

test("the committed sample holds what the script writes", async () => {
  const committed = new ExcelJS.Workbook();
  await committed.xlsx.readFile(SAMPLE);
  const fresh = await workbookFromBuffer(await workbookBuffer(fillSampleWorkbook()));
  expect(committed.worksheets.map((w) => w.name)).toEqual([FILL_SAMPLE_SHEET, "基础数据"]);
  for (const ws of fresh.worksheets)
    expect(gridFromWorksheet(committed.getWorksheet(ws.name)!)).toEqual(gridFromWorksheet(ws));
});

test("the sample reads without a problem and fills 41 cells, leaving 5 input cells", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const { reading, planning } = planFillFromGrids(
    gridFromWorksheet(wb.getWorksheet(FILL_SAMPLE_SHEET)!),
    gridFromWorksheet(wb.getWorksheet("基础数据")!)
  );
  expect(reading.problems).toEqual([]);
  if (!planning.ok) throw new Error("no plan");
  // 16 得分 + 14 扣分说明 + 8 指标值 + 合计, its note, 评价结果 (see test/cli/fill.test.ts).
  expect(planning.plan.cells).toHaveLength(41);
  expect(planning.plan.inputs.map((i) => i.label)).toEqual([
    "管理制度健全性",
    "资金使用合规性",
    "预决算信息公开",
    "经济效益、社会效益",
    "行政效能",
  ]);
});
