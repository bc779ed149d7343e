/**
 * 5. The command line at scale: `perfscore score --json` over 100 and 1,000 department workbooks
 * (bench/cli/departments.ts), against exceljs merely opening the same files, in the same run,
 * runs interleaved. Each is one process over all the files; wall time and peak RSS per process.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { departmentWorkbooks } from "./cli/departments";
import type { BenchOptions, BenchResult, Row } from "./support/result";
import { mb, median, round } from "./support/stats";

export interface Measured {
  ms: number;
  maxRSS: number;
  /** Heap in use at exit after a full collection: what the process kept. */
  retainedHeap: number;
  stdout: string;
}

/** Runs `node -r maxrss.js script args` with stdout to a file; wall time from spawn to exit. */
export function measure(script: string, args: string[], outDir: string, tag: string): Promise<Measured> {
  const rssFile = path.join(outDir, `${tag}.rss.json`);
  const outFile = path.join(outDir, `${tag}.stdout`);
  fs.rmSync(rssFile, { force: true });
  const out = fs.openSync(outFile, "w");
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, ["--expose-gc", "-r", path.join(__dirname, "cli", "maxrss.js"), script, ...args], {
    stdio: ["ignore", out, "ignore"],
    env: { ...process.env, PERFSCORE_BENCH_RSS: rssFile },
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      fs.closeSync(out);
      if (code !== 0) return reject(new Error(`${path.basename(script)} exited with ${code}`));
      const { maxRSS, retainedHeap } = JSON.parse(fs.readFileSync(rssFile, "utf8"));
      resolve({ ms, maxRSS, retainedHeap, stdout: fs.readFileSync(outFile, "utf8") });
    });
  });
}

export async function run(o: BenchOptions): Promise<BenchResult> {
  const counts = o.quick ? [2, 4] : [100, 1000];
  const runs = o.quick ? 1 : Math.min(o.runs ?? 3, 5);
  const all = await departmentWorkbooks(path.join(o.outDir, "departments"), counts[counts.length - 1]);
  const perfscore = path.join(__dirname, "cli", "perfscore.js");
  const bare = path.join(__dirname, "cli", "exceljsOpen.js");
  if (!fs.existsSync(perfscore)) throw new Error("run through bench/run.js (the CLI runs from the compiled copy in bench/out/js)");

  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const rss: Record<number, { score: number; bare: number; retained: number }> = {};
  for (const n of counts) {
    const files = all.slice(0, n);
    const score: Measured[] = [];
    const base: Measured[] = [];
    for (let i = 0; i < runs; i++) {
      base.push(await measure(bare, files, o.outDir, `exceljs-${n}`));
      score.push(await measure(perfscore, ["score", "--json", ...files], o.outDir, `score-${n}`));
    }
    const lines = score[0].stdout.trim().split("\n").map((l) => JSON.parse(l) as { error?: string; total?: number; grade?: string | null });
    const errors = lines.filter((l) => l.error).length;
    const ratio = median(score.map((s, i) => s.ms / base[i].ms));
    const perSec = (ms: number) => round((n / ms) * 1000, 1);
    rows.push({
      measure: `perfscore score --json, ${n} workbooks (files/s)`,
      median: perSec(median(score.map((s) => s.ms))),
      unit: "files/s",
      baseline: perSec(median(base.map((s) => s.ms))),
      ratio: round(ratio, 2),
      ratioNote: "score time / exceljs-open time",
      target: "≤ 2× the bare exceljs read",
      verdict: ratio <= 2 ? "met" : "missed",
      samples: score.map((s) => perSec(s.ms)),
    });
    rss[n] = {
      score: median(score.map((s) => s.maxRSS)),
      bare: median(base.map((s) => s.maxRSS)),
      retained: median(score.map((s) => s.retainedHeap)),
    };
    rows.push({
      measure: `  peak RSS, ${n} workbooks`,
      median: mb(rss[n].score),
      unit: "MB",
      baseline: mb(rss[n].bare),
      ratio: round(rss[n].score / rss[n].bare, 2),
      ratioNote: "score / exceljs-open",
      samples: score.map((s) => mb(s.maxRSS)),
    });
    details[`${n} workbooks`] = `${lines.length} JSON lines, ${errors} errors, ${lines.filter((l) => l.grade).length} graded; median wall ${round(median(score.map((s) => s.ms)), 0)} ms (exceljs-open ${round(median(base.map((s) => s.ms)), 0)} ms)`;
  }
  const [small, large] = counts;
  const growth = rss[large].score / rss[small].score;
  const retainedGrowth = rss[large].retained - rss[small].retained;
  rows.push({
    measure: `peak RSS growth from ${small} to ${large} workbooks (perfscore score; baseline: exceljs-open's growth)`,
    median: round(growth, 2),
    unit: "×",
    baseline: round(rss[large].bare / rss[small].bare, 2),
  });
  rows.push({
    measure: `heap retained at exit after a full GC, ${small} → ${large} workbooks (perfscore score)`,
    median: `${mb(rss[small].retained)} → ${mb(rss[large].retained)} MB`,
    target: "flat: files streamed one at a time (retained heap grows < 5 MB for 10× the files)",
    verdict: retainedGrowth < 5 * 1024 * 1024 ? "met" : "missed",
  });
  const sizes = all.map((f) => fs.statSync(f).size);
  details["workbook size"] = `median ${round(median(sizes) / 1024, 1)} KB (基础数据 + 计分表, schemes alternating)`;
  return { id: "cli", title: "Command line at scale (perfscore score over generated department workbooks)", rows, details };
}
