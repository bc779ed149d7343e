/**
 * 3. Bundle size: the production build of the add-in (webpack.config.js, mode production) and the
 * baseline (bench/bundle/baseline.tsx: React 18 + FluentProvider + one Button) built with the same
 * configuration in the same run. Sizes gzipped at level 9 (as test/manifest records them), plus
 * where the task pane's bytes come from (minified bytes per package, from the source maps).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { buildAddin, buildBaseline } from "./support/builds";
import type { BenchOptions, BenchResult, Row } from "./support/result";
import { round } from "./support/stats";

const kb = (bytes: number) => round(bytes / 1024, 1);
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Minified bytes per package (or src/ folder), attributed through the bundle's source map. */
function attribute(jsFile: string): Array<[string, number]> {
  let SourceMapConsumer: typeof import("source-map").SourceMapConsumer;
  try {
    SourceMapConsumer = require("source-map").SourceMapConsumer; // 0.6 (synchronous), via webpack's toolchain
  } catch {
    return [];
  }
  const code = fs.readFileSync(jsFile, "utf8");
  const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(`${jsFile}.map`, "utf8")));
  const lines = code.split("\n");
  const bytes = new Map<string, number>();
  const group = (source: string | null): string => {
    if (!source) return "(webpack glue)";
    const s = source.replace(/^webpack:\/\/[^/]*\//, "");
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
    if (nm) return nm[1];
    const src = /(?:^|\/)(src\/[^/]+(?:\/[^/]+)?)\//.exec(s);
    return src ? src[1] : s;
  };
  const mappings: Array<{ line: number; column: number; source: string | null }> = [];
  map.eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }));
  mappings.sort((a, b) => a.line - b.line || a.column - b.column);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const next = mappings[i + 1];
    const lineText = lines[m.line - 1] ?? "";
    const end = next && next.line === m.line ? next.column : lineText.length;
    const n = Buffer.byteLength(lineText.slice(m.column, end));
    const g = group(m.source);
    bytes.set(g, (bytes.get(g) ?? 0) + n);
  }
  return [...bytes].sort((a, b) => b[1] - a[1]);
}

export async function run(o: BenchOptions): Promise<BenchResult> {
  const addinDir = path.join(o.outDir, "addin");
  const baselineDir = path.join(o.outDir, "baseline");
  await buildAddin(addinDir);
  await buildBaseline(baselineDir);

  const f = (d: string, name: string) => path.join(d, name);
  const pane = { taskpane: gz(f(addinDir, "taskpane.js")), shared: gz(f(addinDir, "shared.js")), runtime: gz(f(addinDir, "runtime.js")) };
  const functionsJs = gz(f(addinDir, "functions.js"));
  // The generation code (planner, template, Office.js writer) is a chunk fetched when first used.
  const generateJs = gz(f(addinDir, "generate.js"));
  const paneTotal = pane.taskpane + pane.shared + pane.runtime;
  const functionsTotal = functionsJs + pane.shared + pane.runtime;
  const baselineTotal = gz(f(baselineDir, "baseline.js")) + gz(f(baselineDir, "runtime.js"));
  const pageTotal = paneTotal + functionsJs + generateJs;

  // Sizes in bytes, shown as kB (1000 B, as the team has quoted them) and KiB (1024 B); the verdicts
  // take the stricter reading, 150 KB = 150,000 bytes.
  const both = (b: number) => `${b.toLocaleString("en-US")} B = ${round(b / 1000, 1)} kB = ${kb(b)} KiB`;
  const rows: Row[] = [
    {
      measure: "task pane as it opens: taskpane.js + shared.js + runtime.js (gzip -9)",
      median: both(paneTotal),
      baseline: both(baselineTotal),
      ratio: round(paneTotal / baselineTotal, 2),
      ratioNote: "pane / React 18 + FluentProvider + one Button",
      target: "≤ 150 KB (150,000 B)",
      verdict: paneTotal <= 150_000 ? "met" : "missed",
    },
    { measure: "  taskpane.js / shared.js / runtime.js", median: `${pane.taskpane.toLocaleString("en-US")} / ${pane.shared.toLocaleString("en-US")} / ${pane.runtime.toLocaleString("en-US")} B` },
    { measure: "  + generate.js, fetched at the first 生成 or 插入模板", median: both(generateJs) },
    { measure: "  task pane with generate.js", median: both(paneTotal + generateJs) },
    {
      measure: "custom functions: functions.js + shared.js + runtime.js (gzip -9)",
      median: both(functionsTotal),
      target: "≤ 40 KB (40,000 B)",
      verdict: functionsTotal <= 40_000 ? "met" : "missed",
    },
    { measure: "  functions.js alone", median: both(functionsJs) },
    { measure: "the page after a first 生成 (all five files; shared runtime)", median: both(pageTotal) },
  ];

  const details: Record<string, unknown> = {};
  for (const [name, file] of [
    ["taskpane.js", f(addinDir, "taskpane.js")],
    ["shared.js", f(addinDir, "shared.js")],
    ["generate.js", f(addinDir, "generate.js")],
    ["baseline.js", f(baselineDir, "baseline.js")],
  ]) {
    const parts = attribute(file);
    const total = parts.reduce((s, [, n]) => s + n, 0);
    details[`${name}: minified bytes by package (${kb(fs.statSync(file).size)} KB minified)`] = parts
      .slice(0, 12)
      .map(([k, n]) => `${k} ${kb(n)} KB (${round((100 * n) / total, 0)}%)`)
      .join("; ");
  }
  return { id: "bundle", title: "Bundle size (production build, gzip -9)", rows, details };
}
