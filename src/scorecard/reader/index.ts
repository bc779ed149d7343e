/** Reading a 基础数据 sheet (a Grid from exceljs, Office.js or a test) into figures with addresses. */
export { readBaseData, type ReadOptions } from "./readBaseData";
export { findBaseSheet } from "./findBaseSheet";
export { schemeFields } from "./schemeFields";
