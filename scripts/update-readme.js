#!/usr/bin/env node
// Regenerates the documents derived from the code (compiled to lib/ by `npm run prepare`;
// `npm run docs` runs both): README.md's PERF function reference and docs/RULES.md.
"use strict";
const fs = require("fs");
const path = require("path");
const { referenceMarkdown } = require("../lib/functions/registry/reference.js");
const { BUILT_IN_SCHEMES } = require("../lib/core/index.js");
const { rulesMarkdown } = require("../lib/core/ruleText/docs.js");
const { replaceSection } = require("./readme-sections.js");

const root = path.join(__dirname, "..");
const readme = path.join(root, "README.md");
let text = fs.readFileSync(readme, "utf8");
for (const lang of ["zh", "en"]) text = replaceSection(text, `PERF-REFERENCE-${lang}`, referenceMarkdown(lang));
fs.writeFileSync(readme, text);
fs.mkdirSync(path.join(root, "docs"), { recursive: true });
fs.writeFileSync(path.join(root, "docs", "RULES.md"), rulesMarkdown(BUILT_IN_SCHEMES));
console.log("README.md function reference and docs/RULES.md updated");
