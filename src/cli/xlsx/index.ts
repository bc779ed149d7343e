export { gridFromWorksheet, plainValue } from "./gridFromWorksheet";
export { writePlan, type WritePlanOptions } from "./writePlan";
export { loadWorkbook, saveWorkbook, workbookBuffer, workbookFromBuffer } from "./workbookFile";
export { definedNamesOf, setDefinedName, type DefinedNameText } from "./definedNames";
export { writeFill } from "./writeFill";
export { addTableSheet } from "./tableSheet";
