/**
 * Preloaded (node --expose-gc -r) into a measured process: at exit, writes its peak RSS and the heap
 * still in use after a full collection (what the process retained) to $PERFSCORE_BENCH_RSS.
 */
"use strict";
const fs = require("fs");
process.on("exit", () => {
  const file = process.env.PERFSCORE_BENCH_RSS;
  if (!file) return;
  const maxRSS = process.resourceUsage().maxRSS * 1024;
  if (typeof global.gc === "function") global.gc();
  fs.writeFileSync(file, JSON.stringify({ maxRSS, retainedHeap: process.memoryUsage().heapUsed }));
});
