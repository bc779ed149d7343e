/**
 * Generated departments: coherent 基础数据 figures (sub-items add up to their totals), the
 * canonical template filled with them, and optionally tens of thousands of ledger rows pasted
 * below it (the reader at scale).
 */
import { CROSS_ROWS, crossFieldId, YEAR_COLUMNS } from "../../src/core/fields";
import type { Grid, GridCell } from "../../src/scorecard/grid";
import { parseA1 } from "../../src/scorecard/grid";
import type { Plan } from "../../src/scorecard/plan";
import { planBaseDataTemplate } from "../../src/scorecard/template";

const cents = (r: () => number, lo: number, hi: number) => Math.round((lo + r() * (hi - lo)) * 100);
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Every catalogue figure for one department, in 万元 (2 decimals), 人, 项 or a rate. */
export function departmentFigures(r: () => number): Record<string, number> {
  const v: Record<string, number> = {};
  const staff = int(r, 10, 300);
  v["编制数"] = staff;
  v["在职人员数"] = Math.max(1, staff + int(r, -4, 2));
  for (const column of YEAR_COLUMNS) {
    const buy = r() < 0.7 ? 0 : cents(r, 5, 40);
    const run = cents(r, 2, 30);
    const abroad = r() < 0.8 ? 0 : cents(r, 1, 20);
    const hosting = cents(r, 1, 25);
    const put = (row: (typeof CROSS_ROWS)[number], c: number) => (v[crossFieldId(row, column)] = c / 100);
    put("公务用车购置费", buy);
    put("公务用车运行维护费", run);
    put("公务用车购置及运行维护费", buy + run);
    put("因公出国（境）费", abroad);
    put("公务接待费", hosting);
    put("三公经费", buy + run + abroad + hosting);
    put("公用经费", cents(r, 30, 600));
    put("政府采购", cents(r, 0, 900));
  }
  const initial = cents(r, 500, 20000);
  const extra = cents(r, 0, 5000);
  const carry = cents(r, 0, 800);
  const balance = Math.round((initial + extra + carry) * r() * 0.1);
  v["年初预算"] = initial / 100;
  v["本年追加预算"] = extra / 100;
  v["上年结转"] = carry / 100;
  v["年末结余"] = balance / 100;
  v["预算完成数"] = (initial + extra + carry - balance) / 100;
  v["预算调整数"] = Math.round(extra * (0.5 + r() * 0.5)) / 100;
  const projects = Math.round(initial * (0.2 + r() * 0.5));
  v["项目总支出"] = projects / 100;
  v["重点项目支出"] = Math.round(projects * (0.5 + r() * 0.5)) / 100;
  v["本年结转结余总额"] = cents(r, 0, 900);
  v["上年结转结余总额"] = cents(r, 0, 900);
  if (r() < 0.2) {
    v["批准建设面积"] = int(r, 500, 5000);
    v["实际建设面积"] = Math.round(v["批准建设面积"] * (0.9 + r() * 0.2));
    v["批准投资金额"] = cents(r, 100, 3000) / 100;
    v["实际投资金额"] = Math.round(v["批准投资金额"] * (0.9 + r() * 0.2) * 100) / 100;
  }
  v["固定资产总额"] = cents(r, 100, 9000) / 100;
  v["在用固定资产总额"] = Math.round(v["固定资产总额"] * (0.85 + r() * 0.15) * 100) / 100;
  v["重点工作交办数"] = int(r, 10, 60);
  v["重点工作完成数"] = v["重点工作交办数"] - int(r, 0, 3);
  v["计划工作数"] = int(r, 20, 120);
  v["质量达标工作数"] = v["计划工作数"] - int(r, 0, 6);
  v["满意率"] = Number((0.8 + r() * 0.2).toFixed(4));
  return v;
}

export function departmentTemplate(r: () => number, index: number, year = 2020): Plan {
  return planBaseDataTemplate({ year, unitName: `示例县第${index + 1}部门`, values: departmentFigures(r) });
}

const VENDORS = ["湘潭宾馆", "县机关事务中心", "某某文印店", "中石化加油站", "联通公司", "电力公司", "自来水公司", "某某科技公司"];
const ITEMS = ["办公用品", "印刷费", "车辆加油", "通讯费", "电费", "水费", "设备维护", "会议场地", "培训资料", "差旅补助"];
const ACCOUNTS = ["办公费", "印刷费", "邮电费", "水电费", "维修（护）费", "会议费", "培训费", "差旅费", "公务用车运行维护费"];

/** Ledger rows as pasted under the table: 序号 | 日期 | 摘要 | 科目 | 金额 | 备注 (most 摘要 texts distinct). */
export function ledgerRows(r: () => number, n: number): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [["序号", "日期", "摘要", "科目", "金额", "备注"]];
  for (let i = 1; i <= n; i++) {
    const month = int(r, 1, 12);
    const day = int(r, 1, 28);
    rows.push([
      i,
      `2020-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      `支付${VENDORS[int(r, 0, VENDORS.length - 1)]}${ITEMS[int(r, 0, ITEMS.length - 1)]}（凭证${int(r, 1, 9999)}号）`,
      ACCOUNTS[int(r, 0, ACCOUNTS.length - 1)],
      cents(r, 1, 5000) / 100,
      r() < 0.1 ? "已报账" : "",
    ]);
  }
  return rows;
}

/** The template's cells as a Grid (formula cells without a cached result, as a fresh file has them), ledger rows below. */
export function baseGrid(plan: Plan, ledger: Array<Array<string | number>> = []): Grid {
  const cells: Array<Array<GridCell | undefined>> = [];
  let rows = 0;
  let columns = 0;
  for (const c of plan.cells) {
    const { row, column } = parseA1(c.address);
    const cell: GridCell | undefined =
      c.formula !== undefined ? { value: null, formula: c.formula } : c.value === undefined || c.value === null || c.value === "" ? undefined : { value: c.value };
    if (!cell) continue;
    (cells[row] ??= [])[column] = cell;
    rows = Math.max(rows, row + 1);
    columns = Math.max(columns, column + 1);
  }
  const start = rows + 2; // one blank row, then the ledger
  ledger.forEach((line, i) => {
    const row: Array<GridCell | undefined> = [];
    line.forEach((v, j) => {
      if (v !== "") row[j] = { value: v };
    });
    cells[start + i] = row;
    columns = Math.max(columns, line.length);
  });
  if (ledger.length) rows = start + ledger.length;
  for (let i = 0; i < rows; i++) cells[i] ??= [];
  return { sheetName: plan.sheetName, rowCount: rows, columnCount: columns, origin: { row: 0, column: 0 }, cells, merges: plan.merges };
}
