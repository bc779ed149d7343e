#!/usr/bin/env node
// Writes examples/在此表中计分示例.xlsx: a blank official-layout 计分表 (seed 000's 附件3) beside its 基础数据, for
// `perfscore fill` and the pane's 在此表中计分 (`npm run samples`; needs `npm run prepare` first).
// test/fillInPlace/sample.test.ts checks the committed file is what this script writes.
"use strict";
const path = require("path");
const { fillSampleWorkbook } = require("../lib/cli/demo/fillSample.js");

if (require.main === module) {
  const out = path.join(__dirname, "..", "examples", "在此表中计分示例.xlsx");
  fillSampleWorkbook()
    .xlsx.writeFile(out)
    .then(() => console.log(`wrote ${out}`));
}
