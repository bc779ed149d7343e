/**
 * Transpiles the TypeScript the benchmarks run (src/, test/support/, bench/) into bench/out/js/,
 * same layout, CommonJS/ES2020 like the compiled command line. Benchmarks then run plain
 * JavaScript: no TypeScript compiler in the measured processes (it would add ~100 MB of memory
 * and its own compile time to every measurement).
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "../..");
const SOURCES = ["src", "test/support", "test/core/ruleText", "bench"];

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  resolveJsonModule: true,
};

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === "out" || e.name === "node_modules") continue;
      yield* files(p);
    } else yield p;
  }
}

/** Returns the output root; only files whose content changed since the last call are transpiled again. */
function compile(outRoot = path.join(ROOT, "bench", "out", "js")) {
  const index = path.join(outRoot, ".sources.json");
  let seen = {};
  try {
    seen = JSON.parse(fs.readFileSync(index, "utf8"));
  } catch {
    // first run
  }
  const now = {};
  for (const src of SOURCES) {
    for (const file of files(path.join(ROOT, src))) {
      const rel = path.relative(ROOT, file);
      const ext = path.extname(file);
      if (![".ts", ".tsx", ".js", ".json"].includes(ext) || file.endsWith(".d.ts")) continue;
      const text = fs.readFileSync(file);
      const hash = crypto.createHash("sha1").update(text).digest("hex");
      now[rel] = hash;
      const out = path.join(outRoot, ext === ".ts" || ext === ".tsx" ? rel.slice(0, -ext.length) + ".js" : rel);
      if (seen[rel] === hash && fs.existsSync(out)) continue;
      fs.mkdirSync(path.dirname(out), { recursive: true });
      if (ext === ".ts" || ext === ".tsx") {
        const js = ts.transpileModule(text.toString("utf8"), { compilerOptions: options, fileName: file }).outputText;
        fs.writeFileSync(out, js);
      } else fs.writeFileSync(out, text);
    }
  }
  fs.mkdirSync(outRoot, { recursive: true });
  fs.writeFileSync(index, JSON.stringify(now));
  return outRoot;
}

module.exports = { compile, ROOT };
if (require.main === module) console.log(compile());
