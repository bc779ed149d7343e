/**
 * The 计分方式 shorthand: a deduct rule in four words, `扣分 超过100% 每1% 扣0.5`, as an officer types
 * it into a 计分方式 cell or the pane's override editor. It is expanded into the sentence the reader
 * already reads (the one ruleToText writes), so the shorthand scores exactly as that sentence does,
 * wherever a text is read: the scheme sheet, PERF.RULESCORE and `perfscore rule`.
 */
import { normalizeRuleText } from "./normalize";

const FROM: Record<string, (threshold: string) => string> = {
  超过: (t) => `≤${t}计满分`,
  低于: (t) => `≥${t}计满分`,
  偏离: (t) => `以${t}为标准`,
};

const NUMBER = String.raw`\d+(?:\.\d+)?`;
// 扣分 超过100% 每1% 扣0.5 [不足一步不扣 | 不足一步按一步], after normalizing (spaces gone, half-width
// punctuation); the threshold may be a bare 0 (a change rate).
const SHORTHAND = new RegExp(
  String.raw`^扣分:?(超过|低于|偏离)(${NUMBER}%|0),?每(${NUMBER})(?:%|个百分点)扣(${NUMBER})分?,?(不足一步不扣|不足一步按一步)?$`
);

/** The reader's sentence for a shorthand text; undefined when the text is no shorthand. */
export function expandShorthand(text: string): string | undefined {
  const m = SHORTHAND.exec(normalizeRuleText(text));
  if (!m) return undefined;
  const [, word, threshold, step, points, stepping] = m;
  const tail =
    stepping === "不足一步不扣"
      ? `，不足${step}个百分点的不扣分`
      : stepping === "不足一步按一步"
        ? `，不足${step}个百分点的按${step}个百分点计算`
        : "";
  const at = threshold === "0" ? "0%" : threshold;
  return `${FROM[word](at)}，每${word}${step}个百分点扣${points}分${tail}，扣完为止`;
}
