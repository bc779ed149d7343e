/**
 * The benchmark scripts still run (issue 5): `npm run bench` on reduced sizes. Only that they run
 * and report every table; no timing is asserted (benchmarks are not tests). The bundle and
 * first-render benchmarks build the add-in twice more and are left to `npm run bench`; the type
 * check covers their code.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";

const ROOT = path.resolve(__dirname, "../..");

test("npm run bench -- --quick runs the engine, round-trip, CLI, reader, rule-text and review benchmarks", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-bench-"));
  try {
    await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, "bench", "run.js"), "--quick", "--only", "engine,roundtrips,cli,reader,ruleText,review", "--out", out],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(fs.readFileSync(path.join(out, "results.json"), "utf8"));
    expect(report.quick).toBe(true);
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.results.map((r: { id: string }) => r.id)).toEqual(["engine", "roundtrips", "cli", "reader", "ruleText", "review"]);
    for (const r of report.results) expect(r.rows.length).toBeGreaterThan(0);
    const engine = report.results[0];
    // The plain-number baseline does the same work: it gives the engine's answers.
    expect(engine.details.engineAgreesWithBaseline).toBe("2000 of 2000");
    // RULESCORE and SCORE give the same scores on the same rules and values.
    expect(report.results[4].details.sameScores).toBe(true);
    const md = fs.readFileSync(path.join(out, "results.md"), "utf8");
    expect(md).toContain("## Engine throughput");
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 300_000);
