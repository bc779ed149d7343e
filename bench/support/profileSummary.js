/**
 * Summarises a .cpuprofile (node --cpu-prof): self time per function, and inclusive time for
 * functions whose name matches a filter. Usage: node bench/support/profileSummary.js file [top] [filter]
 */
"use strict";
const fs = require("fs");
const path = require("path");

const [file, topArg = "30", filter] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const selfHits = new Map();
for (const s of profile.samples) selfHits.set(s, (selfHits.get(s) || 0) + 1);
const total = profile.samples.length;

const label = (n) => {
  const f = n.callFrame;
  return `${f.functionName || "(anonymous)"} ${path.basename(f.url || "")}:${f.lineNumber + 1}`;
};
const self = new Map();
const incl = new Map();
for (const [id, hits] of selfHits) {
  const n = byId.get(id);
  const k = label(n);
  self.set(k, (self.get(k) || 0) + hits);
  // inclusive: count once per distinct label on the stack
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur));
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) || 0) + hits);
  }
}
const pct = (x) => ((100 * x) / total).toFixed(1).padStart(5) + "%";
console.log(`samples: ${total}`);
console.log("-- self --");
[...self].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg)).forEach(([k, v]) => console.log(pct(v), k));
console.log("-- inclusive --");
[...incl]
  .filter(([k]) => !filter || new RegExp(filter).test(k))
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(topArg))
  .forEach(([k, v]) => console.log(pct(v), k));
