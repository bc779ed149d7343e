/** From label hits to figures: one value cell per field, and every problem a reviewer should see. */
import { D } from "../../core/decimal";
import {
  crossFieldId,
  FIELDS,
  fieldDef,
  isField,
  PERCENT_ABOVE_ONE,
  percentAboveOne,
  SUM_RELATIONS,
  YEAR_COLUMNS,
} from "../../core/fields";
import { parseNumberOrBlank } from "../../core/parse";
import { isBlank } from "../../core/text";
import type { Figure, Problem } from "../baseData";
import type { CellValue } from "../grid";
import type { PinnedCell } from "../pins";
import { sheetRef } from "../sheetNames";
import { isPlaceholder, type Sheet } from "./sheet";

/** A value cell found for a field through one label. */
export interface Candidate {
  field: string;
  r: number;
  c: number;
  label: string;
  labelAddress: string;
}

/** A label found more often than this is listed with its first few cells only. */
const MAX_LISTED = 5;

/** Sub-items must add up to their total within this (万元). */
const SUM_TOLERANCE = new D("0.005");

export type Parsed =
  | { state: "number"; value: D }
  | { state: "blank" }
  | { state: "noResult" }
  | {
      state: "invalid";
      why?: string;
      whyEn?: string;
      /** How to quote the cell when its value would mislead (a date's serial number). */
      shown?: string;
    };

interface Resolved {
  candidate: Candidate;
  address: string;
  raw: CellValue;
  parsed: Parsed;
  numberFormat?: string;
}

/** A figure's cell as the checks see it: where it is, what it holds, how it reads. */
export type FigureEntry = Pick<Resolved, "address" | "raw" | "parsed">;

/**
 * One value cell per field and the problems a reviewer should see. A pinned field is taken from
 * its pin alone (`pins`, see src/scorecard/pins.ts): its labels are not searched.
 */
export function checkFigures(
  candidates: Candidate[],
  sheet: Sheet,
  required: readonly string[],
  pins: readonly PinnedCell[] = [],
  baseSheet = ""
): { figures: Record<string, Figure>; problems: Problem[] } {
  const pinned = new Set(pins.map((p) => p.figure));
  const byField = new Map<string, Resolved[]>();
  const seen = new Set<string>();
  for (const cand of candidates) {
    if (!isField(cand.field) || pinned.has(cand.field)) continue;
    const address = sheet.address(cand.r, cand.c);
    let list = byField.get(cand.field);
    if (!list) byField.set(cand.field, (list = []));
    // The same value cell reached through two labels is one figure.
    const key = cand.field + "\u0000" + address;
    if (seen.has(key)) continue;
    seen.add(key);
    const cell = sheet.cell(cand.r, cand.c);
    const raw = cell?.value ?? null;
    list.push({
      candidate: cand,
      address,
      raw,
      parsed: parseFigure(cand.field, raw, cell?.formula !== undefined, cell?.numberFormat),
      ...(cell?.numberFormat ? { numberFormat: cell.numberFormat } : {}),
    });
  }

  const figures: Record<string, Figure> = {};
  const problems: Problem[] = [];
  const requiredSet = new Set(required);
  const chosen = new Map<string, Resolved>();

  for (const def of orderedFields(byField)) {
    const list = byField.get(def)!;
    const filled = list.filter((x) => x.parsed.state !== "blank" && x.parsed.state !== "noResult");
    const pick = filled[0] ?? list[0];
    chosen.set(def, pick);
    const distinct = new Set(filled.map(valueKey));
    if (distinct.size > 1) {
      const listed = filled.slice(0, MAX_LISTED);
      const more = filled.length > MAX_LISTED;
      const where = [...listed.map((x) => `${x.address}为${shown(x)}`), ...(more ? ["……"] : [])];
      const whereEn = [
        ...listed.map((x) => `${x.address} = ${shownEn(x)}`),
        ...(more ? ["…"] : []),
      ];
      problems.push({
        kind: "duplicate",
        cell: pick.address,
        field: def,
        message: `${def}出现${filled.length}处且数值不同（${where.join("，")}），已采用${pick.address}，请核对`,
        messageEn: `${def} appears ${filled.length} times with different values (${whereEn.join(", ")}); using ${pick.address}, please check`,
      });
    }
    const fig: Figure = {
      field: def,
      address: pick.address,
      raw: pick.raw,
      label: pick.candidate.label,
      labelAddress: pick.candidate.labelAddress,
    };
    if (pick.parsed.state === "number") fig.value = pick.parsed.value;
    if (pick.numberFormat) fig.numberFormat = pick.numberFormat;
    figures[def] = fig;
    problems.push(...valueProblems(def, pick, requiredSet.has(def)));
  }

  for (const pin of pins) {
    const r = pinnedFigure(pin, baseSheet);
    if ("problem" in r) {
      problems.push(r.problem);
      continue;
    }
    figures[pin.figure] = r.figure;
    chosen.set(pin.figure, r.resolved);
    problems.push(...r.problems);
  }

  problems.push(...sumProblems(chosen));
  problems.push(...relationProblems(chosen));

  for (const id of required)
    if (!figures[id] && !pinned.has(id)) problems.push(missingFigureProblem(id));
  return { figures, problems };
}

/**
 * A pinned figure from its cell, with the problems of its value naming the pin ("编制数（基础数据!B4，
 * 名称 PS_编制数）为空，请填写"); or, when the cell is gone, the problem that says so.
 */
function pinnedFigure(
  pin: PinnedCell,
  baseSheet: string
): { figure: Figure; resolved: Resolved; problems: Problem[] } | { problem: Problem } {
  const t = pin.target;
  const field = pin.figure;
  if ("broken" in t || pin.sheetMissing) {
    const [why, whyEn] =
      "broken" in t
        ? t.broken === "ref"
          ? ["指向的单元格已被删除（#REF!）", "points to a cell that was deleted (#REF!)"]
          : [`不是指向一个单元格（${t.text}）`, `does not point to one cell (${t.text})`]
        : [`指向的工作表“${t.sheet}”不存在`, `points to a sheet "${t.sheet}" that does not exist`];
    return {
      problem: {
        kind: "missing",
        field,
        pin: pin.name,
        message: `${field}：名称 ${pin.name} ${why}，请在“公式 > 名称管理器”中改正或删除该名称后重新读取`,
        messageEn: `${field}: the name ${pin.name} ${whyEn}; correct or delete it in Formulas > Name Manager, then read again`,
      },
    };
  }
  const other = t.sheet !== baseSheet;
  const address = other ? sheetRef(t.sheet, t.address) : t.address;
  const raw = pin.cell?.value ?? null;
  const numberFormat = pin.cell?.numberFormat;
  const resolved: Resolved = {
    candidate: { field, r: -1, c: -1, label: pin.name, labelAddress: t.address },
    address,
    raw,
    parsed: isField(field)
      ? parseFigure(field, raw, pin.cell?.formula !== undefined, numberFormat)
      : parseOther(raw),
    ...(numberFormat ? { numberFormat } : {}),
  };
  const figure: Figure = {
    field,
    address: t.address,
    raw,
    label: pin.name,
    labelAddress: t.address,
    pin: pin.name,
    ...(other ? { sheet: t.sheet } : {}),
    ...(resolved.parsed.state === "number" ? { value: resolved.parsed.value } : {}),
    ...(numberFormat ? { numberFormat } : {}),
  };
  const where = `${sheetRef(t.sheet, t.address)}，名称 ${pin.name}`;
  const whereEn = `${sheetRef(t.sheet, t.address)}, name ${pin.name}`;
  const problems = (
    isField(field)
      ? valueProblems(field, { ...resolved, address: where }, true)
      : otherValueProblems(field, where, resolved)
  ).map((p) => ({
    ...p,
    messageEn: p.messageEn.split(where).join(whereEn),
    cell: t.address,
    pin: pin.name,
    ...(other ? { sheet: t.sheet } : {}),
  }));
  return { figure, resolved, problems };
}

/** A figure outside the catalogue (a custom scheme's "调查人数"): a number, blank or not a number. */
function parseOther(raw: CellValue): Parsed {
  if (raw === null || isBlank(raw) || isPlaceholder(raw)) return { state: "blank" };
  if (typeof raw === "boolean") return { state: "invalid", shown: raw ? "TRUE" : "FALSE" };
  try {
    const value = parseNumberOrBlank(raw, "");
    return value === undefined ? { state: "blank" } : { state: "number", value };
  } catch {
    return { state: "invalid" };
  }
}

function otherValueProblems(field: string, where: string, x: Resolved): Problem[] {
  if (x.parsed.state === "blank")
    return [
      {
        kind: "blank",
        field,
        message: `${field}（${where}）为空，请填写`,
        messageEn: `${field} (${where}) is blank; please fill it in`,
      },
    ];
  if (x.parsed.state !== "invalid") return [];
  const shownRaw = x.parsed.shown ?? String(x.raw).trim();
  return [
    {
      kind: "invalid",
      field,
      message: `${field}（${where}）“${shownRaw}”不是有效的数字`,
      messageEn: `${field} (${where}) "${shownRaw}" is not a valid number`,
    },
  ];
}

/** A figure whose label is nowhere on the base sheet. */
export function missingFigureProblem(id: string): Problem {
  // A blank 楼堂馆所 figure means no project: say what the score will assume.
  const notApplicable = isField(id) && fieldDef(id).blank === "notApplicable";
  const assumed = notApplicable ? "（未填视为没有该项目）" : "";
  const assumedEn = notApplicable ? " (if left out, there is taken to be no such project)" : "";
  return {
    kind: "missing",
    field: id,
    message: `基础数据缺少：${id}${assumed}`,
    messageEn: `Missing from the base data: ${id}${assumedEn}`,
  };
}

/** Catalogue order, so problems read in the order of the template. */
const RANK = new Map(FIELDS.map((f, i) => [f.id, i]));
function orderedFields(byField: Map<string, Resolved[]>): string[] {
  return [...byField.keys()].sort((a, b) => RANK.get(a)! - RANK.get(b)!);
}

/**
 * What a figure's cell holds. A percentage figure above 1 typed as a number (55 for 55%) is
 * invalid, never 5500%; text with a "%" (or a full-width "％") is taken as written ("103%", which
 * valueProblems then finds above the figure's maximum). A boolean, or a number shown as a date
 * (`numberFormat`), is no figure.
 */
export function parseFigure(
  field: string,
  raw: CellValue,
  isFormula = false,
  numberFormat?: string
): Parsed {
  if (raw === null || isBlank(raw)) return isFormula ? { state: "noResult" } : { state: "blank" };
  if (typeof raw === "boolean") {
    const shown = raw ? "TRUE" : "FALSE";
    return {
      state: "invalid",
      shown,
      why: "应填写数字，不能是逻辑值",
      whyEn: "it should be a number, not a logical value",
    };
  }
  if (typeof raw === "number" && numberFormat && isDateFormat(numberFormat)) {
    return {
      state: "invalid",
      shown: serialDate(raw),
      why: "单元格是日期，应填写数字",
      whyEn: "the cell holds a date; it should be a number",
    };
  }
  if (isPlaceholder(raw)) return { state: "blank" };
  if (typeof raw === "string" && /^#[A-Z/0-9]+[!?]?$|^#N\/A$/.test(raw.trim()))
    return {
      state: "invalid",
      why: `公式结果为错误值${raw.trim()}`,
      whyEn: `the formula's result is the error value ${raw.trim()}`,
    };
  let value: D | undefined;
  try {
    value = parseNumberOrBlank(raw, field);
  } catch {
    return { state: "invalid" };
  }
  if (value === undefined) return { state: "blank" };
  if (percentAboveOne(field, raw, value))
    return { state: "invalid", why: PERCENT_ABOVE_ONE.zh, whyEn: PERCENT_ABOVE_ONE.en };
  return { state: "number", value };
}

/** A number format that shows a date or a time ("yyyy-mm-dd", "m/d/yy", "h:mm"). */
export function isDateFormat(format: string): boolean {
  // Quoted literals, escaped characters and [colour]/[locale] sections are no date codes.
  const codes = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[ymdh]/i.test(codes);
}

/** An Excel date serial (1900 system) as yyyy-mm-dd, for messages. */
function serialDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

function valueKey(x: Resolved): string {
  return x.parsed.state === "number" ? "n:" + x.parsed.value.toString() : "t:" + String(x.raw);
}

function shown(x: Resolved): string {
  if (x.parsed.state === "number")
    return typeof x.raw === "string" ? `“${x.raw}”` : x.parsed.value.toString();
  return `“${String(x.raw)}”`;
}

function shownEn(x: Resolved): string {
  if (x.parsed.state === "number")
    return typeof x.raw === "string" ? `"${x.raw}"` : x.parsed.value.toString();
  return `"${String(x.raw)}"`;
}

/**
 * The problem with a figure typed into a 计分表's 补充数据 cell, in the words the reader uses on the
 * base sheet; `cell` names it as the user should find it ("计分表!I40"). Undefined for a number.
 */
export function typedFigureProblem(
  field: string,
  cell: string,
  raw: CellValue
): Problem | undefined {
  return valueProblems(field, { address: cell, raw, parsed: parseFigure(field, raw) }, true)[0];
}

/** `required`: a blank matters only for a figure the caller needs (the scheme's fields). */
function valueProblems(field: string, x: FigureEntry, required: boolean): Problem[] {
  const def = fieldDef(field);
  const cell = x.address;
  const p = x.parsed;
  switch (p.state) {
    case "blank":
      // No 楼堂馆所 project: a blank is the normal answer (the rule gives full marks).
      if (def.blank === "notApplicable" || !required) return [];
      return [
        {
          kind: "blank",
          cell,
          field,
          message: `${field}（${cell}）为空，请填写`,
          messageEn: `${field} (${cell}) is blank; please fill it in`,
        },
      ];
    case "noResult":
      return [
        {
          kind: "blank",
          cell,
          field,
          message: `${field}（${cell}）是公式但没有计算结果，请在 Excel 中重新计算并保存后再读取`,
          messageEn: `${field} (${cell}) is a formula without a calculated result; recalculate and save the workbook in Excel, then read it again`,
        },
      ];
    case "invalid": {
      const why = p.why ? `，${p.why}` : "";
      const whyEn = p.whyEn ? `: ${p.whyEn}` : "";
      const shownRaw = p.shown ?? String(x.raw).trim();
      return [
        {
          kind: "invalid",
          cell,
          field,
          message: `${field}（${cell}）“${shownRaw}”不是有效的数字${why}`,
          messageEn: `${field} (${cell}) "${shownRaw}" is not a valid number${whyEn}`,
        },
      ];
    }
    case "number": {
      // Text written as a negative ("−0", "(0)") counts too, as the 计分表's formula sees its sign.
      const signed = p.value.isNegative() && (!p.value.isZero() || typeof x.raw === "string");
      if (def.nonNegative && signed) {
        return [
          {
            kind: "negative",
            cell,
            field,
            message: `${field}（${cell}）为负数${p.value.toString()}，请核对`,
            messageEn: `${field} (${cell}) is negative (${p.value.toString()}); please check`,
          },
        ];
      }
      if (def.max !== undefined && p.value.greaterThan(def.max)) {
        const [value, max] = [shownValue(field, p.value), shownValue(field, new D(def.max))];
        return [
          {
            kind: "range",
            cell,
            field,
            message: `${field}（${cell}）为${value}，不能大于${max}，请核对`,
            messageEn: `${field} (${cell}) is ${value}, above the largest possible ${max}; please check`,
          },
        ];
      }
      return [];
    }
  }
}

/** Per year column: each total must equal the sum of its sub-items (blank sub-items count as 0). */
function sumProblems(chosen: Map<string, Resolved>): Problem[] {
  const out: Problem[] = [];
  for (const rel of SUM_RELATIONS) {
    for (const column of YEAR_COLUMNS) {
      const total = chosen.get(crossFieldId(rel.total, column));
      if (!total || total.parsed.state !== "number") continue;
      const parts = rel.parts.map((p) => chosen.get(crossFieldId(p, column)));
      if (parts.some((p) => !p || p.parsed.state === "invalid" || p.parsed.state === "noResult"))
        continue;
      const numbers = parts.filter((p) => p!.parsed.state === "number");
      if (numbers.length === 0) continue;
      let sum = new D(0);
      for (const p of numbers) sum = sum.plus((p!.parsed as { value: D }).value);
      const diff = total.parsed.value.minus(sum).abs();
      if (diff.greaterThan(SUM_TOLERANCE)) {
        const field = crossFieldId(rel.total, column);
        const cells = parts.map((p) => p!.address);
        const list = cells.join("、");
        out.push({
          kind: "sum",
          cell: total.address,
          field,
          message: `${field}（${total.address}）为${total.parsed.value.toString()}，与其分项（${list}）之和${sum.toString()}不符，相差${diff.toString()}`,
          messageEn: `${field} (${total.address}) is ${total.parsed.value.toString()}, but its sub-items (${cells.join(", ")}) add up to ${sum.toString()}, a difference of ${diff.toString()}`,
        });
      }
    }
  }
  return out;
}

/** A value as the user reads it: a percentage figure as "103%". */
function shownValue(field: string, value: D): string {
  return fieldDef(field).unit === "%" ? `${value.times(100).toString()}%` : value.toString();
}

/** Each figure that exceeds the one it is part of (FieldDef.notAbove), naming both cells. */
export function relationProblems(entries: ReadonlyMap<string, FigureEntry>): Problem[] {
  const out: Problem[] = [];
  for (const [field, part] of entries) {
    const whole = isField(field) ? fieldDef(field).notAbove : undefined;
    const total = whole ? entries.get(whole) : undefined;
    if (!whole || !total || part.parsed.state !== "number" || total.parsed.state !== "number")
      continue;
    const [a, b] = [part.parsed.value, total.parsed.value];
    if (!a.greaterThan(b)) continue;
    out.push({
      kind: "relation",
      cell: part.address,
      field,
      related: whole,
      message: `${field}（${part.address}）为${a.toString()}，大于${whole}（${total.address}）${b.toString()}，不可能，请核对`,
      messageEn: `${field} (${part.address}) is ${a.toString()}, above ${whole} (${total.address}) ${b.toString()}, which cannot be; please check`,
    });
  }
  return out;
}

/** Problems that leave a figure's value unusable for scoring. */
const IMPOSSIBLE: ReadonlySet<Problem["kind"]> = new Set([
  "invalid",
  "negative",
  "range",
  "relation",
]);

/**
 * For each figure that cannot be scored from (not a number, negative, above its maximum, above
 * the figure it is part of), the problem to show instead of a score; a relation counts against
 * both of its figures.
 */
export function impossibleFigures(entries: ReadonlyMap<string, FigureEntry>): Map<string, Problem> {
  const out = new Map<string, Problem>();
  for (const [field, x] of entries) {
    if (!isField(field)) continue;
    const p = valueProblems(field, x, true)[0];
    if (p && IMPOSSIBLE.has(p.kind)) out.set(field, p);
  }
  for (const p of relationProblems(entries)) {
    for (const f of [p.field!, p.related!]) if (!out.has(f)) out.set(f, p);
  }
  return out;
}
