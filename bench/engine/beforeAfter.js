/**
 * Before/after for an engine change, in one process with the runs interleaved (so load on the
 * shared machine hits both alike): PERF.SCORE and PERF.CONTROLRATE as Excel calls them, from an
 * older source tree and from this one.
 *
 *   mkdir -p /tmp/old && git archive <rev> src | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/
 *   node bench/engine/beforeAfter.js /tmp/old [calls] [runs]
 */
"use strict";
require("../support/tsHook");
const path = require("path");
const { scoreCalls, controlRateCalls } = require("./workload.ts");

const [oldRoot, n = 100000, runs = 7] = [process.argv[2], ...process.argv.slice(3).map(Number)];
if (!oldRoot) throw new Error("usage: node bench/engine/beforeAfter.js <old tree with src/> [calls] [runs]");

function bound(root) {
  const fns = {};
  require(path.resolve(root, "src/functions/bind.ts")).bindFunctions({
    associate: (id, fn) => (fns[id] = fn),
    Error: class {},
    ErrorCode: {},
  });
  return fns;
}
const trees = { before: bound(oldRoot), after: bound(path.resolve(__dirname, "../..")) };
const calls = scoreCalls(n);
const rates = controlRateCalls(n);
const passes = {
  SCORE: (f) => {
    let s = 0;
    for (const c of calls) {
      const r = f.SCORE(c.args[0], c.args[1], c.args[2]);
      if (typeof r === "number") s += r;
    }
    return s;
  },
  CONTROLRATE: (f) => {
    let s = 0;
    for (const [a, b] of rates) {
      const r = f.CONTROLRATE(a, b);
      if (typeof r === "number") s += r;
    }
    return s;
  },
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [name, pass] of Object.entries(passes)) {
  const per = { before: [], after: [] };
  const sums = {};
  for (const t of Object.keys(trees)) sums[t] = pass(trees[t]); // warm-up, and the results must agree
  if (sums.before !== sums.after) throw new Error(`${name}: checksums differ (${sums.before} vs ${sums.after})`);
  for (let r = 0; r < runs; r++) {
    for (const t of Object.keys(trees)) {
      const t0 = process.hrtime.bigint();
      pass(trees[t]);
      per[t].push((n / Number(process.hrtime.bigint() - t0)) * 1e9);
    }
  }
  const speedup = median(per.after.map((a, i) => a / per.before[i]));
  console.log(
    `${name}: before ${Math.round(median(per.before))}/s, after ${Math.round(median(per.after))}/s, ` +
      `speed-up ${speedup.toFixed(2)}× (median of ${runs} paired runs of ${n} calls)`,
  );
}
