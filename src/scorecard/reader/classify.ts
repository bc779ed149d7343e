/** What a text cell on a 基础数据 sheet may be: a figure's label, a row or column of a table, the year, the unit. */
import { CROSS_ROWS, type CrossRow } from "../../core/fields";
import { fieldsBySubjectWords, fieldsOfLabel, parseLabel } from "./grammar";
import { compact, labelKey } from "./labels";
import {
  CROSS_LABELS,
  KIND_LABELS,
  type Kind,
  type Period,
  PERIOD_ROW_LABELS,
  SCALAR_LABELS,
  splitPeriod,
} from "./vocabulary";

/** A label that names one figure, whose value sits next to it. */
export type ScalarLabel =
  | { type: "field"; field: string; period?: Period }
  | { type: "byPeriod"; row: string; period: Period }
  | { type: "cross"; row: CrossRow; kind: Kind; period: Period };

export interface Reading {
  key: string;
  scalar?: ScalarLabel;
  /** A row label of a cross table (its values lie under year columns). */
  row?: { type: "cross"; row: CrossRow } | { type: "byPeriod"; row: string };
  /** A column heading of a cross table: a year/本年/上年, a 预算/决算 kind, or both. */
  header?: { period?: Period; kind?: Kind };
  /** "年度：2021", "2021年度": the evaluation year written in one cell. */
  year?: number;
  /** True when "2021年度" could also be a column heading (decided by context). */
  yearAlone?: boolean;
  /** "年度" / "评价年度": the year is in the next cell. */
  yearLabel?: boolean;
  /** "填报单位：浏阳市经济和信息化局" */
  unitName?: string;
  /** "填报单位": the name is in the next cell. */
  unitLabel?: boolean;
  /**
   * Catalogue fields the label resembles without naming one plainly (公用经费（商品和服务支出）,
   * 项目支出决算数, 上年在职人数): reported as a near miss when the label is not used.
   */
  like?: string[];
}

const YEAR_WORD = "(?:评价|所属|填报|绩效评价|自评|评价所属)?年度";
const YEAR_INLINE = new RegExp(`^${YEAR_WORD}:(\\d{4})年?度?$`);
const YEAR_ALONE = /^(\d{4})年度$/;
const YEAR_LABEL = new RegExp(`^${YEAR_WORD}$`);
const UNIT_WORD =
  "(?:填报单位|单位名称|部门名称|填报部门|部门\\(单位\\)名称|部门\\(单位\\)|预算单位|评价单位|被评价单位|被评价部门)";
const UNIT_LABEL = new RegExp(`^${UNIT_WORD}(?:\\((?:盖章|公章|签章)\\))?$`);
/** The same words inside a cell that also holds the name (spaces allowed: NFKC text, not compacted). */
const UNIT_INLINE =
  /^\s*(?:填\s*报\s*单\s*位|单\s*位\s*名\s*称|部\s*门\s*名\s*称|填\s*报\s*部\s*门|部门\s*\(\s*单位\s*\)\s*(?:名称)?|预算单位|评价单位|被评价单位|被评价部门)\s*(?:\(\s*(?:盖章|公章|签章)\s*\)\s*)?:\s*(.*)$/;
/** Where a unit name written in one cell stops: "填报单位：浏阳市经信局   单位：万元". */
const UNIT_NAME_END = /\s{2,}|\s*(?:金额|计量)?单位\s*:|\s*(?:评价)?年度\s*:|\s*填报日期|\s*填报人/;

/** A label read by the grammar (period + subject + kind + notes) when no whole label matched. */
function readComposed(key: string, out: Reading): void {
  const parts = parseLabel(key);
  const s = parts.subject;
  if (!s) return;
  const period = parts.period;
  const byPeriod = PERIOD_ROW_LABELS.get(parts.stem);
  if (period && byPeriod) {
    out.scalar = { type: "byPeriod", row: byPeriod, period };
    return;
  }
  const cross = (CROSS_ROWS as readonly string[]).includes(s) ? (s as CrossRow) : undefined;
  if (cross && parts.kind) {
    // No period is the evaluated year: "公用经费决算数" is 本年公用经费决算数.
    out.scalar = { type: "cross", row: cross, kind: parts.kind, period: period ?? "本年" };
    return;
  }
  if (cross) {
    // "公用经费（商品和服务支出）": a row of a year table; beside a single value, a near miss.
    out.row = { type: "cross", row: cross };
    out.like = fieldsOfLabel(parts).like;
    return;
  }
  const named = fieldsOfLabel(parts);
  if (named.field)
    out.scalar = { type: "field", field: named.field, ...(period ? { period } : {}) };
  else if (named.like.length) out.like = named.like;
}

export function classify(text: string): Reading | undefined {
  const key = labelKey(text);
  if (key === "") return undefined;
  const out: Reading = { key };

  const field = SCALAR_LABELS.get(key);
  const cross = CROSS_LABELS.get(key);
  const byPeriod = PERIOD_ROW_LABELS.get(key);
  if (field) out.scalar = { type: "field", field };
  else if (cross) out.row = { type: "cross", row: cross };
  else if (byPeriod) out.row = { type: "byPeriod", row: byPeriod };
  else {
    const { period, rest } = splitPeriod(key);
    const kind = KIND_LABELS.get(rest);
    if (period && rest === "") out.header = { period };
    else if (kind) out.header = { period, kind };
    else readComposed(key, out);
  }
  if (!out.scalar && !out.header && !out.like) {
    const like = fieldsBySubjectWords(parseLabel(text));
    if (like.length) out.like = like;
  }

  const flat = compact(text).replace(/[:]+$/, "");
  const inline = YEAR_INLINE.exec(flat);
  if (inline) out.year = Number(inline[1]);
  const alone = YEAR_ALONE.exec(flat);
  if (alone) {
    out.year = Number(alone[1]);
    out.yearAlone = true;
  }
  if (YEAR_LABEL.test(flat)) out.yearLabel = true;

  if (UNIT_LABEL.test(flat)) out.unitLabel = true;
  else {
    const m = UNIT_INLINE.exec(text.normalize("NFKC"));
    if (m) {
      const name = m[1].split(UNIT_NAME_END)[0].trim();
      if (name) out.unitName = name;
      else out.unitLabel = true;
    }
  }

  const useful =
    out.scalar ||
    out.row ||
    out.header ||
    out.year !== undefined ||
    out.yearLabel ||
    out.unitLabel ||
    out.unitName ||
    out.like;
  return useful ? out : undefined;
}

/** A year written in a value cell next to "年度": 2021, "2021", "2021年", "2021年度". */
export function yearValue(v: unknown): number | undefined {
  const s = typeof v === "number" ? String(v) : typeof v === "string" ? compact(v) : "";
  const m = /^(\d{4})(?:年度?)?$/.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 1990 && y <= 2100 ? y : undefined;
}

/** "2021年度部门整体支出绩效评价基础数据表" -> 2021, for a cell that is the sheet's title. */
export function titleYear(text: string): number | undefined {
  const s = compact(text);
  if (!/基础数据|基础信息|基本数据/.test(s)) return undefined;
  const years = [...s.matchAll(/(\d{4})年/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y >= 1990 && y <= 2100);
  return years.length === 1 ? years[0] : undefined;
}
