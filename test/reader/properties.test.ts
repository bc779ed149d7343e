/** Properties: however rows and columns are shuffled, spaced or relabelled, every figure is found. */
import fc from "fast-check";
import { D } from "../../src/core/decimal";
import { CROSS_ROWS, crossFieldId, type CrossRow, YEAR_COLUMNS, type YearColumn } from "../../src/core/fields";
import { a1 } from "../../src/scorecard/grid";
import { readBaseData } from "../../src/scorecard/reader";
import { gridFromRows } from "./sheetBuilder";

/** Labels people write, typed here independently of the reader's vocabulary. */
const SCALAR_LABELS: Record<string, string[]> = {
  编制数: ["编制数", "核定编制数", "编 制 数", "编制人数（人）"],
  在职人员数: ["实际在职人数", "在职人员数", "在职人数：", "2、实际在职人员数"],
  上年结转: ["上年结转", "上年结转资金（万元）"],
  年初预算: ["年初预算", "年初预算数", "（一）年初预算数"],
  本年追加预算: ["本年追加预算", "追加预算"],
  年末结余: ["年末结余", "年末结余（万元）"],
  预算完成数: ["预算完成数", "预算执行数"],
  预算调整数: ["预算调整数"],
  重点项目支出: ["重点项目支出"],
  项目总支出: ["项目总支出", "项目支出总额"],
  本年结转结余总额: ["本年结转结余总额", "本年结转结余"],
  上年结转结余总额: ["上年结转结余总额", "上年度结转结余"],
  固定资产总额: ["固定资产总额"],
  在用固定资产总额: ["在用固定资产总额", "在用固定资产"],
  重点工作交办数: ["重点工作交办数"],
  重点工作完成数: ["重点工作完成数"],
  计划工作数: ["计划工作数"],
  质量达标工作数: ["质量达标工作数"],
};
const ROW_LABELS: Record<CrossRow, string[]> = {
  三公经费: ["三公经费", "“三公”经费"],
  公务用车购置及运行维护费: ["1、公务用车购置及运行维护费", "公务用车购置和维护经费"],
  公务用车购置费: ["其中：公务用车购置费", "公车购置"],
  公务用车运行维护费: ["公务用车运行维护费", "公车运行维护"],
  "因公出国（境）费": ["2、因公出国（境）费", "出国经费"],
  公务接待费: ["3、公务接待费", "公务接待"],
  公用经费: ["公用经费"],
  政府采购: ["政府采购金额", "政府采购"],
};

/** Figures that are part of another, so never above it. */
const PART_OF: Record<string, string> = {
  在用固定资产总额: "固定资产总额",
  重点工作完成数: "重点工作交办数",
  质量达标工作数: "计划工作数",
};

const cents = fc.integer({ min: 0, max: 99_999_999 }).map((n) => new D(n).dividedBy(100));
const money = (d: D, style: number): string | number => {
  if (style === 0) return d.toNumber();
  if (style === 1) return d.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","); // "2,886.58"
  return ` ${d.toFixed(2)} `;
};

describe("reader properties", () => {
  it("label-left lists: any order, blank rows, offset, synonyms and number styles keep every figure", () => {
    const fieldIds = Object.keys(SCALAR_LABELS);
    const entry = fc.record({
      labelChoice: fc.nat(),
      value: cents,
      style: fc.integer({ min: 0, max: 2 }),
      blankRowsBefore: fc.integer({ min: 0, max: 2 }),
    });
    const arb = fc.record({
      order: fc.shuffledSubarray(fieldIds, { minLength: 1 }),
      entries: fc.array(entry, { minLength: fieldIds.length, maxLength: fieldIds.length }),
      top: fc.integer({ min: 0, max: 3 }),
      left: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ order, entries, top, left }) => {
        const rows: Array<Array<string | number | null>> = [];
        for (let i = 0; i < top; i++) rows.push([]);
        const expected: Record<string, [string, string]> = {};
        order.forEach((id, i) => {
          const e = entries[i];
          for (let k = 0; k < e.blankRowsBefore; k++) rows.push([]);
          const labels = SCALAR_LABELS[id];
          const row: Array<string | number | null> = new Array(left).fill(null);
          row.push(labels[e.labelChoice % labels.length], money(e.value, e.style));
          expected[id] = [a1(rows.length, left + 1), e.value.toString()];
          rows.push(row);
        });
        const data = readBaseData(gridFromRows(rows), { fields: order });
        const got = Object.fromEntries(Object.values(data.figures).map((f) => [f.field, [f.address, f.value?.toString()]]));
        expect(got).toEqual(expected);
        // The only problems: a part above its whole (在用 over 总额, 完成 over 交办, 达标 over 计划).
        const value = (id: string) => (expected[id] ? new D(expected[id][1]) : undefined);
        const above = Object.entries(PART_OF).filter(([part, whole]) => {
          const [a, b] = [value(part), value(whole)];
          return a !== undefined && b !== undefined && a.greaterThan(b);
        });
        expect(data.problems.map((p) => [p.kind, p.field, p.cell])).toEqual(
          expect.arrayContaining(above.map(([part]) => ["relation", part, expected[part][0]])),
        );
        expect(data.problems).toHaveLength(above.length);
      }),
      { numRuns: 150 },
    );
  });

  it("cross tables: rows and year columns in any order, with years or 本年/上年 words, keep every figure and add up", () => {
    const part = fc.record({ buy: cents, run: cents, abroad: cents, reception: cents, office: cents, procurement: cents });
    const arb = fc.record({
      rowOrder: fc.shuffledSubarray([...CROSS_ROWS], { minLength: CROSS_ROWS.length, maxLength: CROSS_ROWS.length }),
      columnOrder: fc.shuffledSubarray([...YEAR_COLUMNS], { minLength: 1, maxLength: 4 }),
      byColumn: fc.array(part, { minLength: 4, maxLength: 4 }),
      labelChoice: fc.array(fc.nat(), { minLength: CROSS_ROWS.length, maxLength: CROSS_ROWS.length }),
      year: fc.option(fc.integer({ min: 2015, max: 2030 }), { nil: undefined }),
      yearInSheet: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ rowOrder, columnOrder, byColumn, labelChoice, year, yearInSheet }) => {
        const value = (row: CrossRow, column: YearColumn): D => {
          const p = byColumn[YEAR_COLUMNS.indexOf(column)];
          const car = p.buy.plus(p.run);
          const totals: Record<CrossRow, D> = {
            三公经费: car.plus(p.abroad).plus(p.reception),
            公务用车购置及运行维护费: car,
            公务用车购置费: p.buy,
            公务用车运行维护费: p.run,
            "因公出国（境）费": p.abroad,
            公务接待费: p.reception,
            公用经费: p.office,
            政府采购: p.procurement,
          };
          return totals[row];
        };
        const heading = (column: YearColumn) =>
          year === undefined ? column : `${column.startsWith("本年") ? year : year - 1}年${column.slice(2)}`;
        const rows: Array<Array<string | number | null>> = [];
        // With real years, the evaluation year must be stated unless both years appear in the headings.
        const bothYears = new Set(columnOrder.map((c) => c.slice(0, 2))).size === 2;
        const stateYear = year !== undefined && (yearInSheet || !bothYears);
        if (stateYear) rows.push([`年度：${year}`]);
        rows.push(["经费控制情况", ...columnOrder.map(heading)]);
        const expected: Record<string, [string, string]> = {};
        rowOrder.forEach((row, i) => {
          const labels = ROW_LABELS[row];
          const r = rows.length;
          rows.push([labels[labelChoice[i] % labels.length], ...columnOrder.map((c) => value(row, c).toNumber())]);
          columnOrder.forEach((c, j) => (expected[crossFieldId(row, c)] = [a1(r, j + 1), value(row, c).toString()]));
        });
        const data = readBaseData(gridFromRows(rows), { fields: Object.keys(expected) });
        const got = Object.fromEntries(Object.values(data.figures).map((f) => [f.field, [f.address, f.value?.toString()]]));
        expect(got).toEqual(expected);
        // Shuffled rows put numbered and 其中 labels under unrelated totals, which the sub-item check
        // rightly reads as their parts; this property is about the catalogue's figures and sums.
        expect(data.problems.filter((p) => p.kind !== "sum" || p.field !== undefined)).toEqual([]);
        if (year !== undefined) expect(data.year).toBe(year);
      }),
      { numRuns: 150 },
    );
  });
});
