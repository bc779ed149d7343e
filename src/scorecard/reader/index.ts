/** Reading a 基础数据 sheet (a Grid from exceljs, Office.js or a test) into figures with addresses. */
export { readBaseData, readSchemeBase, readSheetInfo, type ReadOptions } from "./readBaseData";
export { findBaseSheet } from "./findBaseSheet";
export { schemeFields } from "./schemeFields";
export {
  type FigureEntry,
  impossibleFigures,
  missingFigureProblem,
  parseFigure,
  typedFigureProblem,
} from "./figures";
export { findFigure, type FoundFigure } from "./findFigure";
export { labelProblem, withLabelFigures } from "./labelFigures";
export { parseLabel, type LabelParts } from "./grammar";
