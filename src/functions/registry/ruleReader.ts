/**
 * The rule-text reader, provided late: it is about 10 KB gzipped, so the custom functions' page loads
 * it as its own chunk at the first PERF.RULESCORE (bind.ts), while the command line and the tests
 * provide it on import (index.ts).
 */
import { notFound, type Rule } from "../../core";

export type RuleOfText = (text: string, points: number) => { rule: Rule; reading: string };

let reader: RuleOfText | undefined;

export function provideRuleReader(r: RuleOfText): void {
  reader = r;
}

export function ruleReaderReady(): boolean {
  return reader !== undefined;
}

/** The rule a text reads as (#N/A with the reason when unreadable). */
export function ruleOfText(text: string, points: number): ReturnType<RuleOfText> {
  if (!reader) throw notFound("评价标准读取器尚未加载，请重新计算（F9）");
  return reader(text, points);
}
