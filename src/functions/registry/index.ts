export { FUNCTIONS } from "./definitions";
export { callFunction, functionSpec, paramLabel, type CallResult } from "./run";
export { functionsMetadata, METADATA_FILES, type FunctionMetadata } from "./metadata";
export { referenceMarkdown, signature } from "./reference";
export type { FunctionSpec, ParamSpec, Returned } from "./types";
