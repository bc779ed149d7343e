/** The 计分表 planner: pure, shared by the command line (exceljs) and the task pane (Office.js). */
export { planScorecard, type ScorecardOptions } from "./planScorecard";
export {
  readScorecardInputs,
  scorecardInputCells,
  findScorecardHeader,
  scorecardSchemeId,
  type ScorecardHeader,
} from "./readInputs";
export type { Dialect } from "./formulas";
export { suppliedFigure } from "./figures";
export { uniqueSheetName, quoteSheetName, sheetRef, sanitizeSheetName } from "../sheetNames";
