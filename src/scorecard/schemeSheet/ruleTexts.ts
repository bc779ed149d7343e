/**
 * Rule texts for a scheme written by hand (JSON): what PERF.RULESCORE reads in a PERF 计分表 made
 * for it, since the add-in knows only the built-in schemes' names.
 */
import { indicatorsOf, type Indicator, type Rule, type Scheme } from "../../core";
import { readRuleText } from "../../core/ruleText";
import { ruleToText, sameScoring } from "../../core/ruleText/ruleToText";

const readsTo = (text: string, rule: Rule, points: number): boolean => {
  const read = readRuleText(text, points);
  return read.ok && sameScoring(read.rule, rule);
};

/**
 * A text the reader reads to the indicator's rule (same parameters; the words may differ): its own
 * ruleText, its 评价标准, or the rule written back as text. Undefined when none does.
 */
export function ruleTextFor(ind: Indicator): string | undefined {
  const candidates = [ind.ruleText, ind.criterion, ruleToText(ind.rule, ind.points)];
  return candidates.find(
    (t): t is string => typeof t === "string" && t !== "" && readsTo(t, ind.rule, ind.points)
  );
}

/** The scheme with each indicator's ruleText settled (dropped where no text reads to its rule). */
export function withRuleTexts(scheme: Scheme): Scheme {
  const texts = new Map(indicatorsOf(scheme).map((r) => [r.indicator, ruleTextFor(r.indicator)]));
  return {
    ...scheme,
    levels: scheme.levels.map((l1) => ({
      ...l1,
      groups: l1.groups.map((l2) => ({
        ...l2,
        indicators: l2.indicators.map((ind) => {
          const out: Indicator = { ...ind };
          const text = texts.get(ind);
          if (text === undefined) delete out.ruleText;
          else out.ruleText = text;
          return out;
        }),
      })),
    })),
  };
}
