/** "考核得分/指标分值*8分": input "92/100" (score/max), or the ratio itself (≤ 100%). */
import { clamp, D, fmt, fmtPct, roundScore, xl, ZERO } from "../decimal";
import { divZero, valueError } from "../errors";
import { parseNumber, parseNumericText, quoteInput } from "../parse";
import { normalizeText } from "../text";
import type { RuleKind } from "./kind";
import { xscore } from "./common";
import type { ExternalRule } from "./types";

interface Fraction {
  ratio: D;
  /** For 扣分说明 only (built when explained). */
  text(): string;
}

function parseFraction(input: unknown, subject: string): Fraction {
  // NFKC: a full-width IME types "９２／１００".
  const text = typeof input === "string" ? normalizeText(input) : undefined;
  if (text !== undefined && text.includes("/")) {
    const [a, b, ...rest] = text.split("/");
    const num = parseNumericText(a);
    const den = parseNumericText(b ?? "");
    if (rest.length || !num || !den)
      throw valueError(`${subject}“${quoteInput(input)}”应写作“考核得分/考核分值”，如“92/100”`);
    if (den.isZero()) throw divZero(`${subject}的考核分值为0，无法计算`);
    if (num.isNegative() || den.isNegative())
      throw valueError(`${subject}的考核得分和分值不能为负数`);
    return { ratio: num.dividedBy(den), text: () => `考核得分${num.toString()}/${den.toString()}` };
  }
  const ratio = parseNumber(input, subject);
  if (ratio.isNegative() || ratio.greaterThan(1))
    throw valueError(
      `${subject}“${quoteInput(input)}”应写作“考核得分/考核分值”（如“92/100”）或不超过100%的得分率`
    );
  return { ratio, text: () => `考核得分率${fmtPct(ratio)}` };
}

export const external: RuleKind<ExternalRule> = {
  validate() {
    return [];
  },

  evaluate(_rule, max, input, subject) {
    const { ratio, text } = parseFraction(input, subject);
    const score = roundScore(clamp(max.times(ratio), ZERO, max));
    return {
      score,
      explain: () =>
        `${text()}，按比例计分${fmt(max)}分×${fmtPct(ratio)}${ratio.greaterThan(1) ? "（超过分值按满分计）" : ""}，得${fmt(score)}分`,
    };
  },

  excel(_rule, max, ref) {
    const t = `SUBSTITUTE(${ref}&"","／","/")`; // the full-width slash, as the engine accepts it
    const hasSlash = `ISNUMBER(FIND("/",${t}))`;
    const frac = `VALUE(LEFT(${t},FIND("/",${t})-1))/VALUE(MID(${t},FIND("/",${t})+1,99))`;
    const r = `IF(ISNUMBER(${ref}),${ref},IF(${hasSlash},${frac},VALUE(${ref})))`;
    const m = xl(max);
    return `IF(OR(${r}<0,AND(NOT(${hasSlash}),${r}>1)),NA(),${xscore(`${m}*${r}`, m)})`;
  },

  input() {
    return { kind: "fraction", hint: "填写“考核得分/考核分值”，如“92/100”" };
  },
};
