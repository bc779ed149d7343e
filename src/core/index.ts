/** The scoring engine: pure TypeScript + decimal.js; no Office, DOM or Node APIs. */
export * from "./decimal";
export * from "./errors";
export * from "./text";
export * from "./parse";
export * from "./fields";
export * from "./scheme";
export * from "./valueFormula";
export * from "./rules";
export * from "./rules/types";
export * from "./lookup";
export * from "./grade";
export * from "./validateScheme";
export * from "./evaluate";
export { BUILT_IN_SCHEMES, DEFAULT_SCHEME_ID, getScheme, isBuiltInScheme } from "./schemes";
export { NOT_APPLICABLE_VALUE } from "./rules/notApplicable";
export { xBlankCell } from "./rules/common";
export { describeRule } from "./rules/describe";
export { schemeDocsMarkdown } from "./schemeDocs";
