/**
 * Seed 000's 基础数据表 (浏阳市经信局 2018, 附件4) as cells for the fake workbook, transcribed from
 * test/fixtures/seeds/liuyang2018.txt. Used by the reader's seed test, the adapter tests and the
 * browser test's fake host.
 */
import type { FakeValue } from "./fakeExcel";

type Row = Array<FakeValue | null>;

export const SEED000_ROWS: Row[] = [
  ["附件4"],
  ["部门整体支出绩效评价基础数据表"],
  ["填报单位：浏阳市经济和信息化局"],
  ["财政供养人员情况", "编制数", "2018年实际在职人数", "控制率"],
  [null, 43, 43, "100%"],
  ["经费控制情况", "2017年决算数", "2018年预算数", "2018年决算数"],
  ["三公经费", 25.17, 18, 4.63],
  ["   1、公务用车购置和维护经费", 8.1, null, null],
  ["       其中：公车购置", null, null, null],
  ["             公车运行维护", 8.1, null, null],
  ["   2、出国经费", null, null, null],
  ["   3、公务接待", 17.07, 18, 4.63],
  ["项目支出：", 3858.73, 137.92, 5124.43],
  ["1、业务工作专项", 772, null, 3468.5],
  ["2、运行维护专项", 84.75, 137.92, 133.2],
  ["   3、其他项目支出…", null, null, 257.03],
  ["公用经费", null, 47.5, 51.64],
  ["    其中：办公经费", null, 5, 5],
  ["          水费、电费、差旅费"],
  ["          会议费、培训费"],
  ["其他"],
  ["政府采购金额"],
  ["部门整体支出预算调整 "],
  [
    "厉行节约保障措施",
    "严格按照中央厉行节约政策支出费用，并根据实际情况，成立了厉行节约领导小组，制订了一系列厉行节约相关制度。",
  ],
  [
    "说明：“项目支出”需要填报除专项资金和基本支出以外的所有项目情况，包括业务工作项目、运行维护项目等；“公用经费”填报基本支出中的一般商品和服务支出。",
  ],
];

export const SEED000_MERGES = ["A2:D2", "A3:D3", "A4:A5", "B24:D24", "A25:D25"];

/** The rows as an address -> value map. */
export function seedCells(
  rows: Row[] = SEED000_ROWS,
): Record<string, FakeValue> {
  const out: Record<string, FakeValue> = {};
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined)
        out[String.fromCharCode(65 + c) + String(r + 1)] = v;
    }),
  );
  return out;
}
