/** Random officer's sheets for the fill-in-place properties (exceljs writer and the Office.js adapter). */
import fc from "fast-check";
import { getScheme } from "../../src/core";
import { blankScorecardTable } from "../../src/scorecard/fillInPlace";
import { a1, parseA1, type Grid } from "../../src/scorecard/grid";
import { tableGrid } from "../../src/scorecard/schemeSheet";
import { FULL_FIGURES, SHEET } from "./support";

type Row = Array<string | number | null>;

const junk = fc.oneof(fc.constant("已填"), fc.integer({ min: 0, max: 9 }), fc.constant(" "), fc.constant(0));

export const sheetArb = fc.record({
  scheme: fc.constantFrom("浏阳2018", "湘潭县2020"),
  dropExplain: fc.boolean(),
  /** 0: the 指标值 column is dropped (one sheet in ten). */
  dropValue: fc.nat(9),
  /** Per row and column (指标值, 得分, 扣分说明): a value already typed. */
  typed: fc.array(fc.tuple(fc.nat(40), fc.constantFrom(-2, -1), junk), { maxLength: 12 }),
  totalRow: fc.constantFrom("keep", "drop", "typed"),
  gradeRow: fc.constantFrom("keep", "drop", "typed", "unmerged"),
  mergeScore: fc.option(fc.nat(40)),
  shift: fc.record({ rows: fc.nat(3), columns: fc.nat(2) }),
  /** Notes beside or under the table: [below?, offset along, offset away, value]. */
  notes: fc.array(fc.tuple(fc.boolean(), fc.nat(30), fc.nat(3), junk), { maxLength: 6 }),
  missing: fc.subarray(Object.keys(FULL_FIGURES), { maxLength: 4 }),
});

export type SheetCase = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

const shiftAddress = (a: string, dr: number, dc: number) => {
  const p = parseA1(a);
  return a1(p.row + dr, p.column + dc);
};

export function buildGrid(c: SheetCase): Grid {
  const table = blankScorecardTable(getScheme(c.scheme));
  let rows: Row[] = table.rows.map((r) => [...r]);
  let merges = [...table.merges];
  const width = rows[1].length;
  const body = rows.length - 4;
  // Columns counted from the right: 扣分说明 -1, 得分 -2, then 计分方式 or 指标值.
  for (const [r, col, v] of c.typed) rows[2 + (r % body)][width + col] = v;
  if (c.totalRow === "drop") rows[rows.length - 2] = new Array(width).fill(null);
  if (c.totalRow === "typed") rows[rows.length - 2][width - 2] = 88;
  const last = rows.length - 1;
  if (c.gradeRow === "drop") rows[last] = new Array(width).fill(null);
  if (c.gradeRow === "typed") rows[last][width - 2] = "良";
  if (c.gradeRow !== "keep") merges = merges.filter((m) => !m.startsWith(`A${last + 1}:`));
  if (c.mergeScore !== null) {
    const r = 3 + (c.mergeScore % body);
    merges.push(`${a1(r - 1, width - 2)}:${a1(r - 1, width - 1)}`);
  }
  if (c.dropExplain) {
    rows = rows.map((r) => r.slice(0, width - 1));
  }
  if (c.dropValue === 0) rows = rows.map((r) => [...r.slice(0, 8), ...r.slice(9)]);
  const height = rows.length;
  const wide = Math.max(...rows.map((r) => r.length));
  for (const [below, along, away, v] of c.notes) {
    const [r, col] = below ? [height + 1 + away, along % wide] : [along % height, wide + 1 + away];
    (rows[r] ??= [])[col] = v;
  }
  // Merged areas must still lie within the kept columns (dropped columns take theirs along).
  rows = Array.from(rows, (r) => r ?? []);
  const cols = Math.max(...rows.map((r) => r.length));
  merges = merges.filter((m) => m.split(":").every((x) => parseA1(x).column < cols));
  const shifted = [
    ...Array.from({ length: c.shift.rows }, () => [] as Row),
    ...rows.map((r) => [...new Array<null>(c.shift.columns).fill(null), ...r]),
  ];
  const grid = tableGrid(SHEET, {
    rows: shifted.map((r) => Array.from(r, (v) => (v === undefined ? null : v))),
    merges: merges.map((m) => m.split(":").map((x) => shiftAddress(x, c.shift.rows, c.shift.columns)).join(":")),
  });
  return grid;
}

export function isCovered(grid: Grid, address: string): boolean {
  const p = parseA1(address);
  return grid.merges.some((m) => {
    const [a, b = a] = m.split(":").map(parseA1);
    const inside = p.row >= a.row && p.row <= b.row && p.column >= a.column && p.column <= b.column;
    return inside && !(p.row === a.row && p.column === a.column);
  });
}

