/**
 * A 评价标准 cut into the pieces the grammar reads. Formula sentences ("X=（A/B）×100%") and
 * definition sentences ("编制数：…", "…是指…") are set aside: they say what the value is, not how it scores.
 */
import { normalizeRuleText } from "./normalize";

export interface RuleText {
  /** The normalized text. */
  text: string;
  /** Comma-level parts of the rule sentences, a bare score ("计4分") joined to the part before it. */
  parts: string[];
  /** List-level units: one per ";", sentence or item number (①, 1、, (1)). */
  items: string[];
  /** What was set aside, for the reading: formulas and definitions. */
  setAside: string[];
}

const SCORE_WORD = /\d分|满分|不得分|不计分|扣|比例|评定|计分|得分|记分|按.{0,12}计算/;
const DESCRIPTION = /用以反映|用于反映|用来反映|是指|指的是|的比率|的比例|之和|总额/;
/** "编制数：…" — a colon after a short name, not followed by points ("好：5分"). */
const DEFINITION_PART = /^[^:;,，]{1,24}:(?!\s*-?\d+(\.\d+)?分)/;
const DESCRIPTION_PART = /^(用以|用于|用来)反映|是指/;

/** "X=（A/B）×100%" at the head of a sentence; the rest of the sentence may be the rule. */
const FORMULA_HEAD = /^[^=,;:。]{1,40}?=[^=;。]*?[/÷][^=;。]*?[×*]\s*100%/;
/** A whole sentence that is only a formula without ×100%: "X=A/B". */
const FORMULA_ONLY = /^[^=,;:]{1,40}?=[^=;]*[/÷][^=;]*$/;

const NUMBERING =
  /(?=[①②③④⑤⑥⑦⑧⑨⑩])|(?<=^|[,;:。\s])(?=\(\d{1,2}\)(?!分))|(?<=^|[,;:。\s])(?=\d{1,2}[、.](?!\d))/;

/** Parts that carry nothing a score depends on. */
export const FILLER =
  /^(扣完为止|扣完即止|扣分扣完为止|扣完|扣至0分为止|直至扣完|满分为止|最高不超过满分|最多得满分|不得出现负分|最低(为|得)?0分|以此类推|依此类推|以上|此项)$/;

export function isFiller(part: string): boolean {
  return FILLER.test(part.replace(/[。.]$/, ""));
}

/** A part that is only a score, "计4分" / "4分" / "不得分": belongs to the condition before it. */
const BARE_SCORE =
  /^((计|得|给|记|赋)?-?\d+(\.\d+)?分|\(\d+(\.\d+)?分\)|(计|得|给|记)(满分|全部分值)|不得分|不计分|不给分)$/;
/** "超过的，每超过…" / "未完成的，按照…比例记分": a condition and its consequence written apart. */
const OPEN_CONDITION = /的$/;
const CONSEQUENCE = /^(按|每)/;
const NUMBER_HEAD = /^([①②③④⑤⑥⑦⑧⑨]|\(\d{1,2}\)|\d{1,2}[、.](?!\d))\s*/;

function splitSentences(text: string): string[] {
  return text
    .split(/[。\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "" && !/^[,;:.]+$/.test(s));
}

/** Removes a leading formula; returns what is left of the sentence (maybe empty) and the formula. */
function stripFormula(sentence: string): { rest: string; formula?: string } {
  if (FORMULA_ONLY.test(sentence) && !/分$/.test(sentence)) return { rest: "", formula: sentence };
  const m = FORMULA_HEAD.exec(sentence);
  if (!m) return { rest: sentence };
  return { rest: sentence.slice(m[0].length).replace(/^[,;:\s]+/, ""), formula: m[0] };
}

/** Keeps a sentence's rule parts; a definition part drops the rest of its sentence. */
function stripDefinitions(sentence: string, setAside: string[]): string {
  const segments = sentence.split(";");
  const kept: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const parts = segments[i].split(",");
    // A colon part is a definition only when nothing after its colon scores ("完成及时率：1-4季度各得1分" scores).
    const rest = (k: number) =>
      [parts.slice(k).join(","), ...segments.slice(i + 1)].join(";").replace(/^[^:]*:/, "");
    const at = parts.findIndex(
      (p, k) =>
        (DEFINITION_PART.test(p.trim()) && !SCORE_WORD.test(rest(k))) ||
        DESCRIPTION_PART.test(p.trim())
    );
    if (at < 0) {
      kept.push(segments[i]);
      continue;
    }
    if (at > 0) kept.push(parts.slice(0, at).join(","));
    setAside.push([parts.slice(at).join(","), ...segments.slice(i + 1)].join(";"));
    break;
  }
  return kept.join(";");
}

function joinBareScores(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      (BARE_SCORE.test(p) || (OPEN_CONDITION.test(prev) && CONSEQUENCE.test(p)))
    )
      out[out.length - 1] += p;
    else out.push(p);
  }
  return out;
}

/** A sentence that is only "（4分）" belongs to the sentence before it. */
function joinBareSentences(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (out.length > 0 && BARE_SCORE.test(s)) out[out.length - 1] += s;
    else out.push(s);
  }
  return out;
}

export function ruleText(raw: string): RuleText {
  const text = normalizeRuleText(raw);
  const setAside: string[] = [];
  const sentences: string[] = [];
  // "（不足一个百分点不扣分）" is a clause of its own.
  const unbracketed = text.replace(/\((不足[^()]*)\)/g, ",$1,");
  for (const s of joinBareSentences(splitSentences(unbracketed))) {
    const { rest, formula } = stripFormula(s);
    if (formula) setAside.push(formula);
    if (rest === "") continue;
    // A sentence with no scoring words that describes the value is a definition.
    if (!SCORE_WORD.test(rest) && DESCRIPTION.test(rest) && !/[①②③④⑤⑥⑦⑧⑨]/.test(rest)) {
      setAside.push(rest);
      continue;
    }
    const kept = stripDefinitions(rest, setAside).trim();
    if (kept !== "") sentences.push(kept);
  }
  const parts = joinBareScores(
    sentences
      .flatMap((s) => s.split(/[,;]/))
      .map((p) =>
        p
          .trim()
          .replace(/[.、:]+$/, "")
          .replace(NUMBER_HEAD, "")
      )
      .filter((p) => p !== "")
  );
  const items = sentences
    .flatMap((s) => s.split(";"))
    .flatMap((s) => s.split(NUMBERING))
    .map((p) => p.trim().replace(/^[,;:\s]+|[,;:、.\s]+$/g, ""))
    .filter((p) => p !== "");
  return { text, parts, items, setAside };
}
