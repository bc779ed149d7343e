/**
 * The label grammar: a label is period + subject + kind + notes, e.g. "2023年" + "公用经费" + "决算数"
 * + "（商品和服务支出）". Each piece is a small function from text to a value; parseLabel composes
 * them and fieldsOfLabel maps the parts to catalogue fields (FieldDef.subject/kind/period). The same
 * parts serve label-left, label-above and cross-table rows (classify.ts).
 */
import {
  CROSS_ROWS,
  type CrossRow,
  fieldDef,
  fieldOf,
  FIELDS,
  type FigureKind,
  isField,
} from "../../core/fields";
import { labelKey } from "./labels";
import { CROSS_LABELS, KIND_LABELS, type Period, SCALAR_LABELS, splitPeriod } from "./vocabulary";

export interface LabelParts {
  /** labelKey of the text. */
  key: string;
  /** Trailing bracketed notes: "(商品和服务支出)", "(盖章)" (units are already gone from key). */
  notes: string[];
  period?: Period;
  /** A qualifier that does not change the figure: 年末, 年底, 期末. */
  qualifier?: string;
  kind?: FigureKind;
  /** 合计 / 总额 / 小计 / 总计 at the end. */
  total?: boolean;
  /** What names the subject, as written ("在职职工人数", "政府采购金额"). */
  stem: string;
  /** The catalogue subject (FieldDef.subject; a cross row) the stem names, if any. */
  subject?: string;
}

const NOTE_TAIL = /\(([^()]*)\)$/;

/** "公用经费(商品和服务支出)(盖章)" -> core "公用经费", notes ["商品和服务支出", "盖章"]. */
export function splitNotes(key: string): { core: string; notes: string[] } {
  const notes: string[] = [];
  let core = key;
  for (let m = NOTE_TAIL.exec(core); m && m.index > 0; m = NOTE_TAIL.exec(core)) {
    notes.unshift(m[1]);
    core = core.slice(0, m.index);
  }
  return { core, notes };
}

const QUALIFIER = /^(年末|年底|期末|年度)/;

export function splitQualifier(text: string): { qualifier?: string; rest: string } {
  const m = QUALIFIER.exec(text);
  return m && m[0].length < text.length
    ? { qualifier: m[1], rest: text.slice(m[0].length) }
    : { rest: text };
}

const TOTAL_TAIL = /(合计|总额|小计|总计)$/;
/** Kind words after the subject, longest first ("预算安排数" before "预算"). */
const KIND_TAILS = [...KIND_LABELS.keys()].sort((a, b) => b.length - a.length);
/** Kind words before the subject: "实际政府采购金额". */
const KIND_HEADS: Array<[string, FigureKind]> = [
  ["实际", "决算"],
  ["预算安排", "预算"],
];
/** Words that add nothing after a subject: "政府采购金额", "公用经费支出额". */
const NEUTRAL_TAIL = /(金额|资金|数额|额|数)$/;

/** "项目支出预算合计" -> stem "项目支出", kind 预算, total. */
export function splitKind(text: string): { stem: string; kind?: FigureKind; total?: boolean } {
  let stem = text;
  let total: boolean | undefined;
  const t = TOTAL_TAIL.exec(stem);
  if (t && t.index > 0) {
    total = true;
    stem = stem.slice(0, t.index);
  }
  let kind: FigureKind | undefined;
  const tail = KIND_TAILS.find((k) => stem.length > k.length && stem.endsWith(k));
  if (tail) {
    kind = KIND_LABELS.get(tail);
    stem = stem.slice(0, -tail.length);
  } else {
    const head = KIND_HEADS.find(([w]) => stem.length > w.length && stem.startsWith(w));
    if (head && subjectOf(stem.slice(head[0].length))) {
      kind = head[1];
      stem = stem.slice(head[0].length);
    }
  }
  return { stem, ...(kind ? { kind } : {}), ...(total ? { total } : {}) };
}

/** The subject a stem names: a cross row, or a catalogue figure's subject, by the vocabulary's words. */
export function subjectOf(stem: string): string | undefined {
  for (const s of [stem, stem.replace(NEUTRAL_TAIL, "")]) {
    if (!s) continue;
    const row = CROSS_LABELS.get(s);
    if (row) return row;
    const field = SCALAR_LABELS.get(s);
    if (field) return fieldDef(field).subject;
  }
  return undefined;
}

export function parseLabel(text: string): LabelParts {
  const key = labelKey(text);
  const { core, notes } = splitNotes(key);
  const { period, rest } = splitPeriod(core);
  const { qualifier, rest: body } = splitQualifier(rest);
  // The whole body may be a subject itself ("项目支出合计", "年初预算数"): try it before splitting.
  const whole = subjectOf(body);
  const split = whole ? { stem: body } : splitKind(body);
  const subject = whole ?? subjectOf(split.stem);
  const out: LabelParts = { key, notes, stem: split.stem };
  if (period) out.period = period;
  if (qualifier) out.qualifier = qualifier;
  if ("kind" in split && split.kind) out.kind = split.kind;
  if ("total" in split && split.total) out.total = true;
  if (subject) out.subject = subject;
  return out;
}

const isCrossRow = (s: string): s is CrossRow => (CROSS_ROWS as readonly string[]).includes(s);

/** 上年 for a period that says so; undefined (the evaluated year) otherwise; years are decided later. */
const periodWord = (p?: Period): "上年" | undefined => (p === "上年" ? "上年" : undefined);

/**
 * What the parts name: one field (`field`), or the fields the label resembles but does not name
 * plainly (`like`: a cross row without a kind, a kind that contradicts the catalogue).
 */
export function fieldsOfLabel(parts: LabelParts): { field?: string; like: string[] } {
  const s = parts.subject;
  if (!s) return { like: [] };
  const period = periodWord(parts.period);
  if (isCrossRow(s)) {
    if (parts.kind) return { field: fieldOf(s, parts.kind, period), like: [] };
    // No kind: spending words mean the actual figure; otherwise either.
    const spent = /支出|实际|执行/.test(parts.stem + parts.notes.join(""));
    const kinds: FigureKind[] = spent ? ["决算"] : ["预算", "决算"];
    return { like: kinds.map((k) => fieldOf(s, k, period)!).filter(Boolean) };
  }
  const field = fieldOf(s, parts.kind);
  if (field) return { field, like: [] };
  const bySubject = FIELDS.filter((d) => d.subject === s).map((d) => d.id);
  return { like: bySubject };
}

/** Words that name a subject wherever they stand in a label, and the fields they point to. */
const SUBJECT_WORDS: Array<[RegExp, string[]]> = [
  [/编制/, ["编制数"]],
  [/在职|实有人|职工/, ["在职人员数"]],
  [/项目支出/, ["项目总支出"]],
  [/在用固定资产/, ["在用固定资产总额"]],
  [/固定资产/, ["固定资产总额"]],
  [/满意/, ["满意率"]],
  [/交办/, ["重点工作交办数"]],
  [/结转结余/, ["本年结转结余总额", "上年结转结余总额"]],
];

/** Each cross row's words of three characters or more ("公车" alone is too short to search for). */
const ROW_WORDS: Array<[CrossRow, string[]]> = CROSS_ROWS.map((row) => [
  row,
  [row, ...[...CROSS_LABELS].filter(([w, r]) => r === row && w.length >= 3).map(([w]) => w)],
]);

/**
 * Catalogue fields a label resembles by the subject words it contains, for labels the grammar
 * could not read ("2023年度公用经费（商品和服务支出）实际发生额" is still about 公用经费).
 */
export function fieldsBySubjectWords(parts: LabelParts): string[] {
  const key = parts.key;
  // Notes and titles mention subjects too; a label is short and says nothing else.
  if (key.length > 24 || /^(说明|注|备注|填报说明|附件|表)/.test(key)) return [];
  for (const [row, words] of ROW_WORDS) {
    if (!words.some((w) => key.includes(w))) continue;
    const named = fieldsOfLabel({ ...parts, subject: row });
    return named.field ? [named.field] : named.like;
  }
  for (const [re, fields] of SUBJECT_WORDS) if (re.test(key)) return fields.filter(isField);
  return [];
}
