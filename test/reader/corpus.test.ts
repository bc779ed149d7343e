/**
 * Runs the layout corpus (corpus.layouts.ts): each sheet written as a real .xlsx and read back.
 * Every figure is found at its hand-written cell, or reported as a near miss at its label's cell;
 * a wanted figure whose subject words stand in an unused label is never silently missing.
 */
import * as ExcelJS from "exceljs";
import { gridFromWorksheet } from "../../src/cli/xlsx";
import { findBaseSheet, readBaseData, readSheetInfo } from "../../src/scorecard/reader";
import { labelKey } from "../../src/scorecard/reader/labels";
import { LAYOUTS } from "./corpus.layouts";
import { expectFigures } from "./expect";
import { addSheet, roundTrip } from "./sheetBuilder";

/** Words that name each subject, written by hand (not taken from the reader's vocabulary). */
const SUBJECT_WORDS: Array<[RegExp, RegExp]> = [
  [/公用经费/, /公用经费/],
  [/政府采购/, /政府采购/],
  [/三公经费/, /三公/],
  [/公务接待/, /公务接待/],
  [/公务用车/, /公务用车|公车/],
  [/出国/, /出国/],
  [/^在职人员数$/, /在职|实有人|职工/],
  [/^编制数$/, /编制/],
  [/^项目总支出$/, /项目支出/],
  [/固定资产/, /固定资产/],
  [/^满意率$/, /满意/],
];

async function readLayout(l: (typeof LAYOUTS)[number], fields: string[]) {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, { rows: l.rows, merges: l.merges });
  if (l.second) addSheet(wb, { name: "说明", rows: l.second });
  const back = await roundTrip(wb);
  const names = back.worksheets.map((w) => w.name);
  const base = findBaseSheet(names);
  expect(base).toBe("基础数据");
  const grid = gridFromWorksheet(back.getWorksheet(base!)!);
  const data = readBaseData(grid, { fields });
  // The pane's suggestion reads the year and 填报单位 alone: the same as the whole read gives.
  expect(readSheetInfo(grid)).toEqual(
    Object.fromEntries(Object.entries({ year: data.year, unitName: data.unitName }).filter(([, v]) => v !== undefined))
  );
  return data;
}

describe("layout corpus", () => {
  it("has at least 40 layouts", () => expect(LAYOUTS.length).toBeGreaterThanOrEqual(40));

  it.each(LAYOUTS.map((l) => [l.name, l] as const))("%s", async (_name, l) => {
    const fields = [...Object.keys(l.found), ...Object.values(l.near ?? {}), ...(l.alsoWanted ?? [])];
    const data = await readLayout(l, [...new Set(fields)]);
    expectFigures(data, l.found);

    const near = Object.fromEntries(data.problems.filter((p) => p.kind === "nearMiss").map((p) => [p.cell, p.field]));
    expect(near).toEqual(l.near ?? {});

    // No silent misses: a wanted figure not found, whose subject words stand in a label with a value,
    // has a near miss at that label.
    const used = new Set(Object.values(data.figures).map((f) => f.labelAddress));
    for (const field of fields) {
      if (data.figures[field]) continue;
      const words = SUBJECT_WORDS.find(([f]) => f.test(field))?.[1];
      if (!words) continue;
      for (const label of data.labels ?? []) {
        if (used.has(label.labelAddress) || !words.test(labelKey(label.label))) continue;
        expect([label.labelAddress, near[label.labelAddress] !== undefined]).toEqual([label.labelAddress, true]);
      }
    }
    const unexpected = data.problems.filter((p) => !["nearMiss", "missing"].includes(p.kind));
    expect(unexpected.map((p) => p.message)).toEqual([]);
  });
});
