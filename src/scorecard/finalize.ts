/**
 * The last step between the planner and the writers: everything a writer would otherwise decide
 * (border colour, alert texts and styles, Excel's text limits, inline list vs list cells, the
 * print area, validation operators) is settled here, once, so the Office.js writer (src/excel) and
 * the exceljs writer (src/cli/xlsx) only translate a FinalPlan into their API's words.
 * Pure: no Office, no exceljs.
 */
import { columnLetters, parseA1 } from "./grid";
import type { CellStyle, Plan, PlanPrint, PlanValidation, StyleId } from "./plan";

/**
 * Excel's limits on data-validation texts, in UTF-16 units ("characters" in Excel's strings):
 * - input and error titles 32, input message 255: [MS-OI29500] 2.1.613 (Part 1 §18.3.1.32,
 *   dataValidation: promptTitle, errorTitle 32; prompt 255) and [MS-XLSB] 2.5.37 DValStrings;
 * - error message: [MS-XLSB] 2.5.37 says 225, [MS-OI29500] 2.1.613 says Office restricts the
 *   `error` attribute of an .xlsx to 224. The stricter one holds for both writers.
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/0114969a-4859-443e-ae3e-0c1fdebfcc64
 * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/b8894965-c186-4bba-8a0b-8ec2a37a1cbe
 * - an inline list source ("a,b,c") 255 (Excel's limit on a validation formula's text).
 */
export const TEXT_LIMITS = { title: 32, prompt: 255, error: 224, listSource: 255 } as const;

/** The colour of every thin border, on screen and on paper (black prints clearly at thin weight). */
export const BORDER_COLOR = "#000000";

/** The alert for invalid input when the plan gives none: a warning the user may override. */
export const DEFAULT_ALERT = {
  style: "warning",
  title: "请核对输入",
  message: "输入的内容不符合要求，是否仍要保留？",
} as const;

/**
 * `text` cut to at most `max` UTF-16 units (as Excel counts), ending in "…" when cut; a
 * surrogate pair (an emoji, a rare CJK character) is never split.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return out + "…";
}

/** An inline list source "a,b,c", or undefined when the list must live in cells (too long, or an item with a comma or quote). */
export function inlineListSource(values: readonly string[]): string | undefined {
  if (values.some((v) => /[,"]/.test(v))) return undefined;
  const joined = values.join(",");
  return joined.length <= TEXT_LIMITS.listSource ? joined : undefined;
}

export interface FinalStyle extends Omit<CellStyle, "border"> {
  border?: { weight: "thin"; color: string };
}

/** Where a list's items come from: written inline, or the absolute cells ("$F$1:$F$60") holding them. */
export type FinalListSource = { inline: string } | { cells: string };

export type FinalBoundsOperator = "between" | "greaterThanOrEqual" | "lessThanOrEqual";

/** An Excel number that stands for "no bound" (a between rule needs two). */
const HUGE = 9.99e307;

/** A number rule's bounds as Excel takes them (a rule with neither bound allows every number). */
export interface FinalBounds {
  operator: FinalBoundsOperator;
  formula1: number;
  formula2?: number;
}

export interface FinalValidation {
  range: string;
  rule:
    | { type: "list"; source: FinalListSource }
    | ({ type: "decimal" | "whole" } & FinalBounds)
    | { type: "custom"; formula: string }
    | { type: "any" };
  /** Texts within TEXT_LIMITS. */
  prompt?: { title: string; message: string };
  /** The alert on invalid input, texts within TEXT_LIMITS; absent: no alert at all. */
  alert?: { style: "stop" | "warning"; title: string; message: string };
}

export interface FinalPlan extends Omit<Plan, "styles" | "validations" | "print"> {
  styles: Record<StyleId, FinalStyle>;
  validations: FinalValidation[];
  print: PlanPrint & { area: string };
  /** Items of lists too long to write inline: one hidden column (0-based), from row 1 on. */
  listCells?: { column: number; values: string[] };
}

function finalStyle({ border, ...rest }: CellStyle): FinalStyle {
  return border === "thin" ? { ...rest, border: { weight: "thin", color: BORDER_COLOR } } : rest;
}

function bounds(min?: number, max?: number): FinalBounds {
  if (min !== undefined && max !== undefined)
    return { operator: "between", formula1: min, formula2: max };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formula1: min };
  if (max !== undefined) return { operator: "lessThanOrEqual", formula1: max };
  return { operator: "between", formula1: -HUGE, formula2: HUGE };
}

/** Collects the items of lists that do not fit inline into one column, and says where each landed. */
class ListCells {
  readonly values: string[] = [];
  /** The same items twice share their cells. */
  private readonly placed = new Map<string, string>();
  constructor(readonly column: number) {}
  place(items: readonly string[]): string {
    const key = JSON.stringify(items);
    const known = this.placed.get(key);
    if (known) return known;
    const first = this.values.length + 1;
    this.values.push(...items);
    const letters = columnLetters(this.column);
    const cells = `$${letters}$${first}:$${letters}$${this.values.length}`;
    this.placed.set(key, cells);
    return cells;
  }
}

function finalRule(rule: PlanValidation["rule"], lists: ListCells): FinalValidation["rule"] {
  switch (rule.type) {
    case "list": {
      const inline = inlineListSource(rule.values);
      return {
        type: "list",
        source: inline !== undefined ? { inline } : { cells: lists.place(rule.values) },
      };
    }
    case "decimal":
    case "whole":
      return { type: rule.type, ...bounds(rule.min, rule.max) };
    case "custom":
      return {
        type: "custom",
        formula: rule.formula.startsWith("=") ? rule.formula : `=${rule.formula}`,
      };
    case "any":
      return { type: "any" };
  }
}

function finalValidation(v: PlanValidation, lists: ListCells): FinalValidation {
  const rule = finalRule(v.rule, lists);
  const out: FinalValidation = { range: v.range, rule };
  if (v.prompt)
    out.prompt = {
      title: clip(v.prompt.title, TEXT_LIMITS.title),
      message: clip(v.prompt.message, TEXT_LIMITS.prompt),
    };
  // "any" checks nothing, so there is nothing to alert about; alert: false only offers a list.
  if (rule.type !== "any" && v.alert !== false) {
    const { style, title, message } = v.error
      ? {
          style: v.error.strict ? "stop" : "warning",
          title: v.error.title,
          message: v.error.message,
        }
      : DEFAULT_ALERT;
    out.alert = {
      style: style as "stop" | "warning",
      title: clip(title, TEXT_LIMITS.title),
      message: clip(message, TEXT_LIMITS.error),
    };
  }
  return out;
}

/**
 * The plan with every writer's decision settled. Throws on a cell whose style is not defined (a
 * planner bug, refused before anything is written).
 */
export function finalizePlan(plan: Plan): FinalPlan {
  for (const cell of plan.cells)
    if (cell.style !== undefined && !plan.styles[cell.style])
      throw new Error(`plan style not defined: ${cell.style}`);
  const end = parseA1(plan.range.split(":").pop() ?? "A1").column;
  // One blank column between the plan (and its hidden columns) and the list cells.
  const lists = new ListCells(Math.max(end, ...(plan.hiddenColumns ?? [])) + 2);
  const validations = plan.validations.map((v) => finalValidation(v, lists));
  const styles: Record<StyleId, FinalStyle> = {};
  for (const [id, style] of Object.entries(plan.styles)) styles[id] = finalStyle(style);
  return {
    ...plan,
    styles,
    validations,
    print: { ...plan.print, area: plan.print.area ?? plan.range },
    ...(lists.values.length ? { listCells: { column: lists.column, values: lists.values } } : {}),
  };
}
