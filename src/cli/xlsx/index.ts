export { gridFromWorksheet, plainValue } from "./gridFromWorksheet";
export {
  writePlan,
  toExcelStyle,
  inlineListSource,
  truncate,
  VALIDATION_LIMITS,
  type WritePlanOptions,
} from "./writePlan";
export { loadWorkbook, saveWorkbook, workbookBuffer, workbookFromBuffer } from "./workbookFile";
