/**
 * 2. Excel round trips to generate a 计分表 (each scheme, both formula dialects) and to update one,
 * counted through the adapter's fake context (test/support/fakeExcel.ts: every context.sync() is
 * one request, with the calls it carried). Also what was written: cells, formulas, format calls,
 * request bytes, and the adapter's own computing time (reader + planner + write queue, no Excel).
 */
import { getScheme } from "../src/core";
import { generateScorecard, type GenerateOptions } from "../src/excel/scorecard";
import { FakeWorkbook } from "../test/support/fakeExcel";
import { SEED000_MERGES, seedCells } from "../test/support/seedBaseSheet";
import type { BenchOptions, BenchResult, Row } from "./support/result";
import { median, round } from "./support/stats";

function seedWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("基础数据", seedCells()).merges.push(...SEED000_MERGES);
  return wb;
}

/** Calls by kind, from the labels the fake records per request. */
function callKinds(labels: string[]): Record<string, number> {
  const out: Record<string, number> = { cellWrites: 0, format: 0, validation: 0, merge: 0, notes: 0, rangeLookups: 0, reads: 0, other: 0 };
  for (const l of labels) {
    if (l === "Range.formulas" || l === "Range.values") out.cellWrites++;
    else if (/^(RangeFormat|RangeBorder|FreezePanes|PageLayout)\.|^Range\.(numberFormat|columnHidden)$/.test(l)) out.format++;
    else if (l.startsWith("DataValidation.")) out.validation++;
    else if (l === "Range.merge") out.merge++;
    else if (l === "Notes.add" || l === "Comments.add") out.notes++;
    else if (/^Worksheet\.getRanges?$|^Worksheet\.getUsedRange$|^Range\.get/.test(l)) out.rangeLookups++;
    else if (/load$/i.test(l)) out.reads++;
    else out.other++;
  }
  return out;
}

export async function run(o: BenchOptions): Promise<BenchResult> {
  const runs = o.quick ? 1 : (o.runs ?? 7);
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const cases: Array<{ scheme: string; dialect: "perf" | "portable"; mode: "new" | "update" }> = [];
  for (const scheme of ["湘潭县2020", "浏阳2018"]) {
    for (const dialect of ["perf", "portable"] as const) cases.push({ scheme, dialect, mode: "new" });
    cases.push({ scheme, dialect: "perf", mode: "update" });
  }
  for (const c of cases) {
    const times: number[] = [];
    let syncs = 0;
    let stats: Record<string, unknown> = {};
    for (let i = 0; i < runs + 1; i++) {
      const wb = seedWorkbook();
      const options: GenerateOptions = {
        baseSheet: "基础数据",
        sheetName: "计分表",
        mode: "new",
        scheme: getScheme(c.scheme),
        dialect: c.dialect,
        explanations: true,
        ruleTexts: true,
      };
      if (c.mode === "update") {
        const first = await generateScorecard(wb.host(), options);
        // The user types an input, then asks for 更新.
        const row = first.result.plan.scorecard!.rows.find((r) => r.input);
        if (row) wb.sheet("计分表")!.cells.set(row.valueCell, { value: "全部" });
        wb.syncCount = 0;
        wb.requests = [];
      }
      const t0 = process.hrtime.bigint();
      const out = await generateScorecard(wb.host(), { ...options, mode: c.mode });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (i > 0) times.push(ms); // the first run warms up
      syncs = wb.syncCount;
      const labels = wb.requests.flatMap((r) => r.labels);
      const plan = out.result.plan;
      stats = {
        syncs: wb.syncCount,
        requests: wb.requests.map((r) => `${r.labels.length} calls, ${round(r.bytes / 1024, 1)} KB`),
        plannedCells: plan.cells.length,
        formulas: plan.cells.filter((x) => x.formula !== undefined).length,
        values: plan.cells.filter((x) => x.formula === undefined && x.value !== undefined && x.value !== null && x.value !== "").length,
        styles: Object.keys(plan.styles).length,
        merges: plan.merges.length,
        validations: plan.validations.length,
        calls: labels.length,
        callsByKind: callKinds(labels),
        requestKB: round(wb.requests.reduce((s, r) => s + r.bytes, 0) / 1024, 1),
      };
    }
    const name = `${c.mode === "new" ? "generate" : "update"} 计分表, ${c.scheme}, ${c.dialect === "perf" ? "PERF" : "portable"} formulas`;
    rows.push({
      measure: `${name}: round trips (context.sync)`,
      median: syncs,
      target: "2",
      verdict: syncs <= 2 ? "met" : "missed",
    });
    rows.push({ measure: `${name}: adapter computing time (fake host)`, median: round(median(times), 1), unit: "ms", samples: times.map((t) => round(t, 1)) });
    details[name] = stats;
  }
  return {
    id: "roundtrips",
    title: "Excel round trips to generate / update a 计分表 (fake Office.js context)",
    rows,
    details,
    notes: [
      "Round trips are counted, not timed: on Excel on the web each one costs a network round trip (typically 50-300 ms), which dwarfs the computing time shown.",
    ],
  };
}
