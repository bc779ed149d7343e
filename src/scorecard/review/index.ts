/** 复核: self-scores against computed scores, per indicator and per workbook. Pure. */
export {
  compareScores,
  type CellLink,
  type ComparisonStatus,
  type IndicatorComparison,
  type ScoreComparison,
} from "./compare";
export {
  findScoreColumns,
  matchedIndicators,
  indicatorIndex,
  matchIndicator,
  type IndicatorIndex,
  readSelfScores,
  type SelfScore,
  type SelfScores,
} from "./selfScores";
export { ReviewError, reviewGrids, type ReviewOptions, type WorkbookReview } from "./reviewGrids";
