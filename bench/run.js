#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark of docs/BENCHMARKS.md, each in its own Node process, results in
 * bench/out/results.json and bench/out/results.md (printed as well).
 *
 *   node bench/run.js [--only engine,roundtrips,bundle,render,cli,reader,ruleText,review] [--runs N] [--quick]
 *
 * --quick runs every script on a reduced size (the smoke test uses it; its numbers mean nothing).
 * Benchmarks report; they never fail on a missed target. A crash exits non-zero.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { compile } = require("./support/compile");

const ALL = ["engine", "roundtrips", "bundle", "render", "cli", "reader", "ruleText", "review"];

function parseArgs(argv) {
  const o = { only: ALL, quick: false, runs: undefined, outDir: path.join(__dirname, "out") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quick") o.quick = true;
    else if (a === "--only") o.only = argv[++i].split(",").map((s) => s.trim());
    else if (a === "--runs") o.runs = Number(argv[++i]);
    else if (a === "--out") o.outDir = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${a} (use --only ${ALL.join(",")}, --runs N, --quick, --out DIR)`);
  }
  for (const id of o.only) if (!ALL.includes(id)) throw new Error(`unknown benchmark ${id}: ${ALL.join(", ")}`);
  return o;
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const js = path.join(compile(), "bench");
  const { machine } = require(path.join(js, "support", "stats"));
  const { toMarkdown } = require(path.join(js, "support", "markdown"));
  fs.mkdirSync(o.outDir, { recursive: true });
  const started = new Date();
  const results = [];
  for (const id of o.only) {
    const resultFile = path.join(o.outDir, `${id}.json`);
    fs.rmSync(resultFile, { force: true });
    const options = { quick: o.quick, outDir: path.join(o.outDir, id), runs: o.runs };
    fs.mkdirSync(options.outDir, { recursive: true });
    process.stderr.write(`bench: ${id}${o.quick ? " (quick)" : ""}…\n`);
    const t0 = Date.now();
    execFileSync(process.execPath, ["--expose-gc", path.join(js, "support", "child.js"), id, JSON.stringify(options), resultFile], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    const result = JSON.parse(fs.readFileSync(resultFile, "utf8"));
    result.seconds = Math.round((Date.now() - t0) / 100) / 10;
    results.push(result);
  }
  const report = {
    date: started.toISOString(),
    command: `node bench/run.js ${process.argv.slice(2).join(" ")}`.trim(),
    quick: o.quick,
    machine: machine(),
    results,
  };
  fs.writeFileSync(path.join(o.outDir, "results.json"), JSON.stringify(report, null, 2) + "\n");
  const md = toMarkdown(report);
  fs.writeFileSync(path.join(o.outDir, "results.md"), md);
  process.stdout.write(md);
}

main();
