/**
 * The workbook's own scoring table read as a scheme: the rule-text reader comes with it, so it is
 * a chunk of its own, fetched only when the workbook has a sheet named like a scoring table.
 */
export { readSchemeSheet } from "../scorecard/schemeSheet/readSchemeSheet";
/** The 写计分方式 editor's preview and suggestion, by the reader that reads the 计分方式 column. */
export { previewOverride, suggestOverride } from "../scorecard/schemeSheet/override";
