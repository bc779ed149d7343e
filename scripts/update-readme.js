#!/usr/bin/env node
// Regenerates the PERF function reference sections of README.md from the registry
// (compiled to lib/ by `npm run prepare`). `npm run docs` runs both.
"use strict";
const fs = require("fs");
const path = require("path");
const { referenceMarkdown } = require("../lib/functions/registry/reference.js");
const { replaceSection } = require("./readme-sections.js");

const file = path.join(__dirname, "..", "README.md");
let text = fs.readFileSync(file, "utf8");
for (const lang of ["zh", "en"]) text = replaceSection(text, `PERF-REFERENCE-${lang}`, referenceMarkdown(lang));
fs.writeFileSync(file, text);
console.log("README.md: function reference updated");
