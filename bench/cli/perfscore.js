#!/usr/bin/env node
/** bin/perfscore.js, pointed at the benchmark's compiled copy of the current source (bench/out/js/src). */
"use strict";
const path = require("path");
const { main } = require(path.join(__dirname, "..", "..", "src", "cli", "main.js"));
Promise.resolve(main(process.argv.slice(2))).then(
  (code) => process.exit(typeof code === "number" ? code : 0),
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  },
);
