/**
 * The workbook's own scoring table read as a scheme: the rule-text reader comes with it, so it is
 * a chunk of its own, fetched only when the workbook has a sheet named like a scoring table.
 */
export { readSchemeSheet } from "../scorecard/schemeSheet/readSchemeSheet";
