/**
 * 8. The reviewer's batch: `perfscore review <files…> -o 汇总表.xlsx` against `perfscore score --json`
 * over the same 1,000 department workbooks (bench/cli/departments.ts, generated into a temporary
 * folder), in the same run, runs interleaved. Target: review within 1.5× of score. Also the peak RSS
 * and the heap retained at exit from 100 to 1,000 workbooks: the input workbooks are dropped file by
 * file and 明细 is streamed to disk, so only a few values per department stay in memory.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { measure, type Measured } from "./cli";
import { departmentWorkbooks } from "./cli/departments";
import type { BenchOptions, BenchResult, Row } from "./support/result";
import { mb, median, round } from "./support/stats";

export async function run(o: BenchOptions): Promise<BenchResult> {
  const counts = o.quick ? [2, 4] : [100, 1000];
  const runs = o.quick ? 1 : Math.min(o.runs ?? 2, 5);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-bench-review-"));
  try {
    const t0 = Date.now();
    const all = await departmentWorkbooks(path.join(tmp, "departments"), counts[counts.length - 1]);
    const generatedIn = Date.now() - t0;
    const perfscore = path.join(__dirname, "cli", "perfscore.js");
    const rows: Row[] = [];
    const details: Record<string, unknown> = {
      generated: `${all.length} workbooks in ${round(generatedIn / 1000, 1)} s (temporary folder, removed after)`,
    };
    const mem: Record<number, { review: Measured[] }> = {};
    for (const n of counts) {
      const files = all.slice(0, n);
      const score: Measured[] = [];
      const review: Measured[] = [];
      const out = path.join(tmp, `汇总表-${n}.xlsx`);
      for (let i = 0; i < runs; i++) {
        score.push(await measure(perfscore, ["score", "--json", ...files], tmp, `score-${n}`));
        fs.rmSync(out, { force: true });
        review.push(await measure(perfscore, ["review", ...files, "-o", out], tmp, `review-${n}`));
      }
      mem[n] = { review };
      const ratio = median(review.map((r, i) => r.ms / score[i].ms));
      const perSec = (ms: number) => round((n / ms) * 1000, 1);
      rows.push({
        measure: `perfscore review -o 汇总表.xlsx, ${n} workbooks (files/s)`,
        median: perSec(median(review.map((r) => r.ms))),
        unit: "files/s",
        baseline: perSec(median(score.map((s) => s.ms))),
        ratio: round(ratio, 2),
        ratioNote: "review time / score --json time",
        target: "≤ 1.5× score over the same files",
        verdict: ratio <= 1.5 ? "met" : "missed",
        samples: review.map((r) => perSec(r.ms)),
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      details[`${n} workbooks`] =
        `汇总 ${wb.getWorksheet("汇总")!.rowCount - 1} rows, 明细 ${wb.getWorksheet("明细")!.rowCount - 1} rows, 问题清单 ${wb.getWorksheet("问题清单")!.rowCount - 1} rows; 汇总表 ${round(fs.statSync(out).size / 1024, 0)} KB; median wall review ${round(median(review.map((r) => r.ms)), 0)} ms, score ${round(median(score.map((s) => s.ms)), 0)} ms; peak RSS review ${mb(median(review.map((r) => r.maxRSS)))} MB, score ${mb(median(score.map((s) => s.maxRSS)))} MB`;
    }
    const [small, large] = counts;
    const retained = (n: number) => median(mem[n].review.map((r) => r.retainedHeap));
    const rss = (n: number) => median(mem[n].review.map((r) => r.maxRSS));
    rows.push({
      measure: `heap retained at exit after a full GC, ${small} → ${large} workbooks (perfscore review)`,
      median: `${mb(retained(small))} → ${mb(retained(large))} MB`,
      target: "grows by the few values kept per department (< 10 MB for 10× the files)",
      verdict: retained(large) - retained(small) < 10 * 1024 * 1024 ? "met" : "missed",
    });
    rows.push({
      measure: `peak RSS, ${small} → ${large} workbooks (perfscore review)`,
      median: `${mb(rss(small))} → ${mb(rss(large))} MB`,
    });
    return {
      id: "review",
      title:
        "The reviewer's batch (perfscore review against perfscore score, same files, same run)",
      rows,
      details,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
