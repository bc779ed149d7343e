export { readRuleText, readRuleTextCached, ruleOfText, type RuleReading } from "./read";
export { normalizeRuleText } from "./normalize";
