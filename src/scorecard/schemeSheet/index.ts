export {
  readSchemeSheet,
  type RowReading,
  type SchemeSheetReading,
  type SheetProblem,
  type OverrideFix,
} from "./readSchemeSheet";
export {
  schemeTable,
  tableGrid,
  overrideFor,
  SCHEME_HEADERS,
  type SchemeTable,
} from "./exportScheme";
export {
  baseOperand,
  catalogueOperand,
  labelOperand,
  readValueFormula,
  type OperandResolver,
} from "./valueText";
export { findColumns, type Columns } from "./headers";
export { ruleTextFor, withRuleTexts } from "./ruleTexts";
export { previewOverride, suggestOverride, type OverridePreview } from "./override";
