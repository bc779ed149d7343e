/**
 * Every formula the fill writes stays within Excel's limits: it parses, is at most 8,192 characters,
 * nests functions at most 64 deep, and no text literal is longer than 255 characters — on both
 * built-in tables (every row kind, values in their cells or computed inline) and random sheets.
 */
import fc from "fast-check";
import { getScheme } from "../../src/core";
import { MAX_FORMULA, planFill, type FillPlan } from "../../src/scorecard/fillInPlace";
import { readSchemeSheet } from "../../src/scorecard/schemeSheet";
import { nestingDepth, parseFormula, stringLiterals } from "../planner/support/excelFormula";
import { handMadeBase } from "../planner/support/scorecard";
import { buildGrid, sheetArb } from "./randomSheets";
import { blankGrid, FULL_FIGURES } from "./support";

function problems(plan: FillPlan): string[] {
  return plan.cells.flatMap((c) => {
    const out: string[] = [];
    const d = nestingDepth(parseFormula(c.formula));
    if (d > 64) out.push(`${c.address} ${c.role}: nesting ${d}`);
    if (c.formula.length > MAX_FORMULA) out.push(`${c.address}: ${c.formula.length} characters`);
    for (const s of stringLiterals(c.formula))
      if (Array.from(s).length > 255) out.push(`${c.address}: literal of ${s.length}`);
    return out;
  });
}

test.each([
  ["浏阳2018", false],
  ["湘潭县2020", false],
  ["浏阳2018", true],
  ["湘潭县2020", true],
])("%s (指标值 column dropped: %s)", (id, dropValue) => {
  const grid = blankGrid(getScheme(id), (t) => {
    if (dropValue)
      t.rows.forEach((r, i) => {
        if (i >= 2 && typeof r[8] === "string") r[6] = `指标值=${r[8]}`;
        r.splice(8, 1);
      });
  });
  const reading = readSchemeSheet(grid);
  const planning = planFill(grid, reading, handMadeBase(FULL_FIGURES).base);
  if (!planning.ok) return expect(dropValue && id === "湘潭县2020").toBe(true);
  expect(problems(planning.plan)).toEqual([]);
});

test("random sheets", () => {
  fc.assert(
    fc.property(sheetArb, (c) => {
      const grid = buildGrid(c);
      const planning = planFill(grid, readSchemeSheet(grid), handMadeBase(FULL_FIGURES).base);
      if (planning.ok) expect(problems(planning.plan)).toEqual([]);
    }),
    { numRuns: 15, seed: 7 }
  );
});
