import { ruleOfText } from "../../core/ruleText";
import { provideRuleReader } from "./ruleReader";

// The command line and the tests read rule texts synchronously; the add-in loads the reader late (bind.ts).
provideRuleReader(ruleOfText);

export { FUNCTIONS } from "./definitions";
export { callFunction, functionSpec, paramLabel, type CallResult } from "./run";
export { functionsMetadata, METADATA_FILES, type FunctionMetadata } from "./metadata";
export { referenceMarkdown, signature } from "./reference";
export type { FunctionSpec, ParamSpec, Returned } from "./types";
export { provideRuleReader, ruleReaderReady } from "./ruleReader";
