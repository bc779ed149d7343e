/** The baseline: exceljs merely opening each file, one after another, as the CLI does (node exceljsOpen.js files...). */
"use strict";
const ExcelJS = require("exceljs");

(async () => {
  let sheets = 0;
  for (const file of process.argv.slice(2)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    sheets += wb.worksheets.length;
  }
  process.stdout.write(`${sheets} sheets\n`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
