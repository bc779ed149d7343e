/**
 * Through the Office.js adapter on the fake host: a workbook holding seed 000's 附件4 and, as its
 * 评分方案 sheet, seed 000's 附件3 or seed 004's 计分表 pasted as an officer pastes them. The sheet read
 * through the adapter is the scheme; the 计分表 written from it scores as the built-in scheme, in both
 * dialects, and the PERF one evaluated from the written cells equals the engine and names no scheme.
 */
import { getScheme, type Scheme } from "../../src/core";
import { generateScorecard } from "../../src/excel/scorecard";
import { baseDataOf, readSheet } from "../../src/excel/readActions";
import { a1 } from "../../src/scorecard/grid";
import { readBaseData } from "../../src/scorecard/reader";
import { baseOperand, readSchemeSheet } from "../../src/scorecard/schemeSheet";
import { FakeWorkbook } from "../support/fakeExcel";
import { SEED000_MERGES, seedCells } from "../support/seedBaseSheet";
import { MiniWorkbook, type SheetCell } from "../planner/support/excelFormula";
import { compareWithEngine, expected } from "../planner/support/scorecard";
import { SEEDS } from "../schemeSheet/support/pasted";

function workbook(rows: Array<Array<string | number | null>>): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("基础数据", seedCells()).merges.push(...SEED000_MERGES);
  const cells: Record<string, string | number> = {};
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && (cells[a1(r, c)] = v)));
  wb.addSheet("评分方案", cells);
  return wb;
}

async function generate(wb: FakeWorkbook, scheme: Scheme, dialect: "perf" | "portable") {
  return generateScorecard(wb.host(), {
    baseSheet: "基础数据",
    sheetName: "计分表",
    mode: "new",
    scheme,
    dialect,
    ruleTexts: true,
    explanations: true,
  });
}

describe.each(SEEDS.map((s) => [s.seed, s] as const))("seed %s", (_, seed) => {
  test.each(["perf", "portable"] as const)(
    "%s: the sheet read through the adapter scores as the built-in",
    async (dialect) => {
      const wb = workbook(seed.rows());
      const host = wb.host();
      const baseSnapshot = await readSheet(host, "基础数据");
      const sheet = await readSheet(host, "评分方案");
      const reading = readSchemeSheet(sheet.grid, baseOperand(readBaseData(baseSnapshot.grid)));
      expect(reading.problems).toEqual([]);
      const own = reading.scheme!;
      const mine = await generate(wb, own, dialect);
      const theirs = await generate(workbook(seed.rows()), getScheme(seed.builtIn), dialect);
      const scores = (o: typeof mine) =>
        o.summary.indicators.map((i) => [i.path, i.status, i.score?.toString() ?? null]);
      expect(scores(mine)).toEqual(scores(theirs));
      expect(mine.summary.total.toString()).toBe(theirs.summary.total.toString());
      // Seed 000's own figures score some rows (在职人员、三公、公用经费 at least; no input is typed).
      expect(
        mine.summary.indicators.filter((i) => i.status === "ok").length
      ).toBeGreaterThanOrEqual(3);
      if (dialect === "portable") return;
      const written = wb.sheet("计分表")!;
      const sheets = new Map<string, Map<string, SheetCell>>();
      for (const name of ["计分表", "基础数据"]) {
        const m = new Map<string, SheetCell>();
        for (const [address, cell] of wb.sheet(name)!.cells)
          m.set(
            address,
            cell.formula ? { formula: cell.formula } : { value: cell.value as SheetCell["value"] }
          );
        sheets.set(name, m);
      }
      const formulas = [...written.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
      expect(formulas.filter((f) => /PERF\.(SCORE|EXPLAIN|GRADE)\(|本地:/.test(f))).toEqual([]);
      expect(formulas.filter((f) => f.includes("PERF.RULESCORE(")).length).toBe(
        mine.summary.indicators.length
      );
      const engine = new MiniWorkbook(sheets);
      const base = baseDataOf(baseSnapshot, own);
      expect(
        compareWithEngine(mine.result.plan, expected(own, base), (a) => engine.value("计分表", a), {
          base,
          explanations: true,
        })
      ).toEqual([]);
    }
  );
});
