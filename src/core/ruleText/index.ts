export { readRuleText, readRuleTextCached, type RuleReading } from "./read";
export { normalizeRuleText } from "./normalize";
