/**
 * A value formula as a scoring table writes it, "X=（A/B）×100%", "[（A-B）/B]×100%",
 * "（A+B+C-D）/（A+B+C）", read into a ValueFormula over base-data figures.
 */
import { fieldDef, isField, type ValueFormula } from "../../core";
import type { BaseData } from "../baseData";
import { findFigure } from "../reader/findFigure";
import { fieldsOfLabel, parseLabel } from "../reader/grammar";

/** An operand's figure id, or why there is none (undefined: not found, said in the usual words). */
export type OperandResolver = (label: string) => string | { error: string } | undefined;

/** Catalogue ids, with the quotes, 年度 and spaces people add: "本年度“三公经费”预算数" → 本年三公经费预算数. */
export const catalogueOperand: OperandResolver = (label) => {
  const plain = label.replace(/[“”"'\s]/g, "").replace(/年度/g, "年");
  return [label, plain].find((x) => isField(x));
};

/** A catalogue id, or a label the base-data grammar reads as one ("预算公用经费" → 本年公用经费预算数). */
export const catalogueLabel = (label: string): string | undefined => {
  const id = catalogueOperand(label);
  return typeof id === "string" ? id : fieldsOfLabel(parseLabel(label)).field;
};

/** A label that can name a figure of the user's own: some text that is not a number. */
const ownLabel = (label: string): string | undefined => {
  const l = label.trim();
  // A number, or arithmetic the shapes below do not take ("A×B"), names no figure.
  return l !== "" && !/^[\d.,%]+$/.test(l) && !/[*×+\-/()=]/.test(l) ? l : undefined;
};

/**
 * Without a base sheet to look at: a catalogue figure, or else the label itself, a figure of the
 * user's own ("调查人数") that scoring finds on the base sheet by its label.
 */
export const labelOperand: OperandResolver = (label) => catalogueLabel(label) ?? ownLabel(label);

/**
 * With the base sheet: a catalogue figure (missing ones get a 补充数据 cell, as always), or else a label
 * that is on `base` (findFigure); one that is not, or is there twice, is a problem by name.
 */
export function baseOperand(base: BaseData): OperandResolver {
  return (label) => {
    const id = catalogueLabel(label);
    if (id) return id;
    const own = ownLabel(label);
    if (!own) return undefined;
    const found = findFigure(base, own);
    if (found.state === "found") return own;
    const where = `公式中的“${own}”在基础数据表“${base.sheetName}”中`;
    if (found.state === "ambiguous") {
      const cells = found.candidates.slice(0, 3).map((c) => c.labelAddress);
      return {
        error: `${where}有${found.candidates.length}处（${cells.join("、")}），无法确定用哪一个`,
      };
    }
    const near = found.near.slice(0, 3).map((l) => `${l.labelAddress}“${l.label}”`);
    return { error: `${where}找不到${near.length ? `（相近的有：${near.join("、")}）` : ""}` };
  };
}

function normalize(s: string): string {
  return s
    .replace(/[（［【[]/g, "(")
    .replace(/[）］】\]]/g, ")")
    .replace(/[－—–]/g, "-")
    .replace(/＝/g, "=")
    .replace(/[＋]/g, "+")
    .replace(/[／÷]/g, "/")
    .replace(/\s+/g, "");
}

/** "(A/B)" → "A/B", but "(A-B)/(C)" stays: only parentheses around the whole. */
function unwrap(s: string): string {
  if (!s.startsWith("(") || !s.endsWith(")")) return s;
  let depth = 0;
  for (let i = 0; i < s.length - 1; i++) {
    depth += s[i] === "(" ? 1 : s[i] === ")" ? -1 : 0;
    if (depth === 0) return s;
  }
  return unwrap(s.slice(1, -1));
}

/** The right-hand side of "X=…", without ×100%. */
export function formulaPart(text: string): string | undefined {
  const first = normalize(text).split(/[。;；]/)[0];
  const rhs = first.includes("=") ? first.slice(first.indexOf("=") + 1) : first;
  const body = unwrap(rhs.replace(/[×*]100%$/, ""));
  return /[/]/.test(body) || /^[^+\-/()]+$/.test(body) ? body : undefined;
}

export type ValueReading = { ok: true; formula: ValueFormula } | { ok: false; reason: string };

function resolveAll(labels: string[], resolve: OperandResolver): string[] | string {
  const ids: string[] = [];
  for (const l of labels) {
    const id = resolve(l);
    if (id === undefined) return `公式中的“${l}”在基础数据中找不到`;
    if (typeof id !== "string") return id.error;
    ids.push(id);
  }
  return ids;
}

/** Reads a formula in one of the shapes the engine computes: A, A/B, (A-B)/B, (A+B+C-D)/(A+B+C). */
const UNSUPPORTED = (text: string) =>
  `公式“${text}”的形式暂不支持（可用：A/B、(A-B)/B、(A+B+C-D)/(A+B+C)）`;

export function readValueFormula(text: string, resolve: OperandResolver): ValueReading {
  const body = formulaPart(text);
  if (body === undefined) return { ok: false, reason: `无法识别公式“${text}”` };
  if (/[*×]/.test(body)) return { ok: false, reason: UNSUPPORTED(text) };
  let m = /^\(([^()]+)-([^()]+)\)\/([^()]+)$/.exec(body);
  if (m && m[2] === m[3]) {
    const ids = resolveAll([m[1], m[2]], resolve);
    if (typeof ids === "string") return { ok: false, reason: ids };
    return { ok: true, formula: { kind: "change", current: ids[0], previous: ids[1] } };
  }
  m = /^\(([^()]+)\+([^()]+)\+([^()]+)-([^()]+)\)\/\(([^()]+)\+([^()]+)\+([^()]+)\)$/.exec(body);
  if (m && m[1] === m[5] && m[2] === m[6] && m[3] === m[7]) {
    const ids = resolveAll([m[1], m[2], m[3], m[4]], resolve);
    if (typeof ids === "string") return { ok: false, reason: ids };
    return {
      ok: true,
      formula: {
        kind: "completion",
        carryover: ids[0],
        initial: ids[1],
        supplementary: ids[2],
        yearEndBalance: ids[3],
      },
    };
  }
  m = /^([^()+\-/]+)\/([^()+\-/]+)$/.exec(body);
  if (m) {
    const ids = resolveAll([m[1], m[2]], resolve);
    if (typeof ids === "string") return { ok: false, reason: ids };
    // Ratios of figures that may be absent (no 楼堂馆所 project) are not applicable when both are empty.
    const na = ids.every((id) => fieldDef(id).blank === "notApplicable");
    return {
      ok: true,
      formula: {
        kind: "ratio",
        numerator: ids[0],
        denominator: ids[1],
        ...(na ? { notApplicableWhenEmpty: true } : {}),
      },
    };
  }
  if (/^[^()+\-/]+$/.test(body)) {
    const ids = resolveAll([body], resolve);
    if (typeof ids === "string") return { ok: false, reason: ids };
    return { ok: true, formula: { kind: "field", field: ids[0] } };
  }
  return { ok: false, reason: UNSUPPORTED(text) };
}
