/**
 * Runs one benchmark in its own process (clean heap and JIT, its own peak memory):
 *   node bench/out/js/bench/support/child.js <id> <options-json> <result-file>
 * (bench/run.js runs the compiled copy; from bench/support add -r ./bench/support/tsHook.js)
 */
"use strict";
const fs = require("fs");
const path = require("path");

const [id, json, resultFile] = process.argv.slice(2);
const options = JSON.parse(json);
require(path.join(__dirname, "..", id))
  .run(options)
  .then((result) => {
    fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
  })
  .catch((e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(1);
  });
