/**
 * Profiles PERF.SCORE as Excel calls it: node --cpu-prof --cpu-prof-dir=bench/out/profiles bench/engine/profile.js [calls] [passes]
 * then node bench/support/profileSummary.js bench/out/profiles/<file>.cpuprofile
 */
"use strict";
require("../support/tsHook");
const { scoreCalls } = require("./workload.ts");
const { bindFunctions } = require("../../src/functions/bind.ts");

const [n = 100000, passes = 5] = process.argv.slice(2).map(Number);
const fns = {};
bindFunctions({ associate: (id, fn) => (fns[id] = fn), Error: class {}, ErrorCode: {} });
const calls = scoreCalls(n);
const t0 = Date.now();
let s = 0;
for (let p = 0; p < passes; p++) for (const c of calls) {
  const r = fns.SCORE(c.args[0], c.args[1], c.args[2]);
  if (typeof r === "number") s += r;
}
const ms = Date.now() - t0;
console.log(`${Math.round((n * passes) / ms * 1000)} calls/s (checksum ${s.toFixed(2)})`);
