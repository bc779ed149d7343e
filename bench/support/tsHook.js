/**
 * Lets Node require the repository's TypeScript directly (src/, test/support/, bench/*.ts),
 * transpiled on the fly with the same target as the compiled command line (ES2020, CommonJS).
 * Benchmarks thus always measure the current source, without a separate build step.
 */
"use strict";
const fs = require("fs");
const ts = require("typescript");

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  resolveJsonModule: true,
  sourceMap: false,
  inlineSourceMap: true,
};

function compile(module, filename) {
  const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), { compilerOptions: options, fileName: filename });
  module._compile(out.outputText, filename);
}

for (const ext of [".ts", ".tsx"]) if (!require.extensions[ext]) require.extensions[ext] = compile;
