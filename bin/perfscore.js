#!/usr/bin/env node
// Thin launcher: the command line is compiled to lib/ by `npm run prepare` (run automatically by npm ci).
"use strict";
const path = require("path");
let main;
try {
  main = require(path.join(__dirname, "..", "lib", "cli", "main.js")).main;
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    console.error("perfscore 尚未编译：请先运行 npm ci（或 npm run prepare）。 / perfscore is not compiled yet: run npm ci (or npm run prepare).");
    process.exit(2);
  }
  throw err;
}
Promise.resolve(main(process.argv.slice(2))).then(
  (code) => process.exit(typeof code === "number" ? code : 0),
  (err) => {
    // main() turns every error into a message; this is the last guard: one line, no stack.
    console.error(process.env.PERFSCORE_DEBUG && err && err.stack ? err.stack : `错误：${err && err.message ? err.message : String(err)}`);
    process.exit(1);
  }
);
