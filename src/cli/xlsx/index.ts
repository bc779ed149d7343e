export { gridFromWorksheet, plainValue } from "./gridFromWorksheet";
export { writePlan, inlineListSource, truncate, type WritePlanOptions } from "./writePlan";
export { loadWorkbook, saveWorkbook, workbookBuffer, workbookFromBuffer } from "./workbookFile";
