/**
 * A Plan as Office.js calls, grouped so a whole scorecard goes out in one request: cell contents
 * as one 2-D array per block, one format call set per distinct style over a multi-area range,
 * merges, widths, freeze panes, validation, notes, print setup. Each step knows its approximate
 * request size so a plan too large for one request (Excel on the web: 5 MB) is split.
 * planClearSteps empties an existing sheet first, so a plan written over it (更新) lands as on a
 * new sheet.
 */
import type { Plan, PlanCell } from "../scorecard/plan";
import {
  finalizePlan,
  type FinalPlan,
  type FinalStyle,
  type FinalValidation,
} from "../scorecard/finalize";
import { a1, columnLetters } from "../scorecard/grid";
import type { XlDataValidation, XlRangeFormat, XlRequestContext, XlWorksheet } from "./api";
import { cellsToRects, columnRuns, joinAreas, parseRect, rectAddress, type Rect } from "./areas";
import { textEntry } from "./textEntry";

/** Default request budget: Excel on the web refuses requests over 5 MB; keep a margin. */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Rough fixed cost of one queued call in Office.js's request JSON. */
const CALL_OVERHEAD = 160;

export interface WriteStep {
  label: string;
  /** Estimated request bytes. */
  bytes: number;
  /** `sheetName` is the name the sheet has while the batch runs (ws.name is not loaded). */
  apply(context: XlRequestContext, ws: XlWorksheet, sheetName: string): void;
}

export interface WriteFeatures {
  /** ExcelApi version check (notes need 1.18, comments 1.10). */
  supports(version: string): boolean;
}

/** Bytes of `value` in a JSON request, counting non-ASCII as \\uXXXX escapes (the worst case). */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  let extra = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) extra += 5;
  return s.length + extra;
}

function entry(cell: PlanCell): string | number | boolean | null {
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined || v === null || v === "") return null;
  return typeof v === "string" ? textEntry(v) : v;
}

/** Character-unit column width (Excel's "width") -> points (Office.js columnWidth). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

interface Block {
  rect: Rect;
  formulas: Array<Array<string | number | boolean | null>>;
  numberFormats: Array<Array<string | null>> | null;
}

/** The plan's cells as row bands of one bounding rectangle, each band under `maxBytes`. */
function cellBlocks(plan: FinalPlan, maxBytes: number): Block[] {
  if (plan.cells.length === 0) return [];
  const placed = plan.cells.map((cell) => ({
    cell,
    ...parseRect(cell.address),
  }));
  const top = Math.min(...placed.map((p) => p.top));
  const left = Math.min(...placed.map((p) => p.left));
  const bottom = Math.max(...placed.map((p) => p.top));
  const right = Math.max(...placed.map((p) => p.left));
  const width = right - left + 1;
  const rows: Array<{
    f: Array<string | number | boolean | null>;
    n: Array<string | null>;
    hasFormat: boolean;
  }> = [];
  for (let r = top; r <= bottom; r++)
    rows.push({
      f: new Array(width).fill(null),
      n: new Array(width).fill(null),
      hasFormat: false,
    });
  for (const p of placed) {
    const row = rows[p.top - top];
    row.f[p.left - left] = entry(p.cell);
    const nf = p.cell.style ? plan.styles[p.cell.style]?.numberFormat : undefined;
    if (nf) {
      row.n[p.left - left] = nf;
      row.hasFormat = true;
    }
  }
  const blocks: Block[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const slice = rows.slice(start, end);
    blocks.push({
      rect: { top: top + start, left, bottom: top + end - 1, right },
      formulas: slice.map((r) => r.f),
      numberFormats: slice.some((r) => r.hasFormat) ? slice.map((r) => r.n) : null,
    });
    start = end;
    bytes = 0;
  };
  rows.forEach((row, i) => {
    const rowBytes = jsonBytes(row.f) + (row.hasFormat ? jsonBytes(row.n) : width * 5);
    if (bytes > 0 && bytes + rowBytes > maxBytes) flush(i);
    bytes += rowBytes;
  });
  flush(rows.length);
  return blocks;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(format: XlRangeFormat, style: FinalStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) format.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.unlocked) format.protection.locked = false;
}

function thinBorders(format: XlRangeFormat, edges: readonly string[], color: string): void {
  for (const edge of edges) {
    const b = format.borders.getItem(edge);
    b.style = "Continuous";
    b.weight = "Thin";
    b.color = color;
  }
}

/** Whether a style sets anything applied through RangeFormat (number formats go with the cells). */
function hasRangeFormat(s: FinalStyle): boolean {
  return (
    s.bold !== undefined ||
    s.italic !== undefined ||
    s.fontSize !== undefined ||
    Boolean(s.fontColor || s.fill || s.horizontal || s.vertical || s.unlocked) ||
    s.wrap !== undefined ||
    s.border !== undefined
  );
}

const OPERATOR = {
  between: "Between",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
} as const;

/** A settled validation rule in Office.js's words (undefined: "any", which checks nothing). */
function validationRule(rule: FinalValidation["rule"]): XlDataValidation["rule"] | undefined {
  switch (rule.type) {
    case "list":
      return {
        list: {
          inCellDropDown: true,
          source: "inline" in rule.source ? rule.source.inline : `=${rule.source.cells}`,
        },
      };
    case "decimal":
    case "whole": {
      const basic = {
        operator: OPERATOR[rule.operator],
        formula1: rule.formula1,
        ...(rule.formula2 !== undefined ? { formula2: rule.formula2 } : {}),
      };
      return rule.type === "decimal" ? { decimal: basic } : { wholeNumber: basic };
    }
    case "custom":
      return { custom: { formula: rule.formula } };
    case "any":
      return undefined;
  }
}

function applyValidation(dv: XlDataValidation, v: FinalValidation): void {
  const rule = validationRule(v.rule);
  if (rule) {
    dv.ignoreBlanks = true;
    dv.rule = rule;
    dv.errorAlert = v.alert
      ? {
          showAlert: true,
          style: v.alert.style === "stop" ? "Stop" : "Warning",
          title: v.alert.title,
          message: v.alert.message,
        }
      : { showAlert: false, style: "Information", title: "", message: "" };
  }
  if (v.prompt) dv.prompt = { showPrompt: true, ...v.prompt };
}

/** How this host shows a cell's note: notes (ExcelApi 1.18), threaded comments (1.10), or not at all. */
function noteApiOf(features: WriteFeatures): "notes" | "comments" | null {
  return features.supports("1.18") ? "notes" : features.supports("1.10") ? "comments" : null;
}

/** The first `rows` rows and `columns` columns of a sheet: where 更新 resets (and a failed 更新 restores) layout. */
export interface LayoutExtent {
  rows: number;
  columns: number;
}

/**
 * Calls that empty an existing sheet so `plan` can be written over it as if it were new: contents,
 * formats, merged areas, data validation (ExcelApi 1.8), conditional formats and frozen panes
 * (1.7) on the whole sheet; hidden rows and columns and custom widths and heights only within
 * `layout`, the part whose layout a failed 更新 reads back from the backup and restores (Paste All
 * brings back everything else, but not widths, heights or hidden rows and columns; reading those
 * costs a call per row and column, so it is bounded, and what is not saved is not cleared).
 * `layout` must cover the plan. On the cells where the plan puts a note, Clear All also removes
 * an old note or comment, since Excel refuses a second one on a cell; comments elsewhere are the
 * user's remarks and stay (old notes are the caller's to delete: they must be loaded first). Tab
 * colour, sheet protection settings, margins, headers and footers, and the sheet itself
 * (references to it) are untouched.
 */
export function planClearSteps(
  plan: Plan,
  features: WriteFeatures,
  layout: LayoutExtent
): WriteStep[] {
  const columns = `A:${columnLetters(layout.columns - 1)}`;
  const rows = `1:${layout.rows}`;
  const steps: WriteStep[] = [
    {
      label: "clear sheet",
      bytes: CALL_OVERHEAD * 16,
      apply: (_c, ws) => {
        const all = ws.getRange();
        all.unmerge();
        all.clear("Contents");
        all.clear("Formats");
        all.dataValidation.clear();
        all.conditionalFormats.clearAll();
        const cols = ws.getRange(columns);
        cols.columnHidden = false;
        cols.format.useStandardWidth = true;
        const lines = ws.getRange(rows);
        lines.rowHidden = false;
        lines.format.useStandardHeight = true;
        ws.freezePanes.unfreeze();
      },
    },
  ];
  if (noteApiOf(features)) {
    const noted = cellsToRects(plan.cells.filter((c) => c.note).map((c) => c.address));
    for (const areas of joinAreas(noted.map(rectAddress))) {
      steps.push({
        label: `clear notes ${areas}`,
        bytes: CALL_OVERHEAD * 2 + areas.length,
        apply: (_c, ws) => ws.getRanges(areas).clear("All"),
      });
    }
  }
  return steps;
}

/** Quoted sheet reference for workbook-level calls (comments). */
const sheetPrefix = (name: string) => `'${name.replace(/'/g, "''")}'!`;

/** Every call that writes `plan` onto a sheet, in order, with its estimated size. */
export function planWriteSteps(
  plan: Plan,
  features: WriteFeatures,
  budget = DEFAULT_PAYLOAD_BUDGET
): WriteStep[] {
  // The writer only translates: every choice (alert texts, limits, list cells, border colour) is the plan's.
  const final = finalizePlan(plan);
  return [
    ...cellSteps(final, Math.max(1024, budget - 64 * 1024)),
    ...styleSteps(final),
    ...mergeSteps(final),
    ...sizeSteps(final),
    ...freezeSteps(final),
    ...validationSteps(final),
    ...listCellSteps(final),
    ...noteSteps(final, features),
    ...printSteps(final, features),
  ];
}

/** Contents and number formats, one call pair per block of rows. */
function cellSteps(plan: FinalPlan, blockBudget: number): WriteStep[] {
  return cellBlocks(plan, blockBudget).map((block) => {
    const address = rectAddress(block.rect);
    return {
      label: `cells ${address}`,
      bytes:
        CALL_OVERHEAD * 2 +
        jsonBytes(block.formulas) +
        (block.numberFormats ? jsonBytes(block.numberFormats) : 0),
      apply: (_context, ws) => {
        const range = ws.getRange(address);
        // Formats first, so a text format ("@") governs what the cells receive.
        if (block.numberFormats) range.numberFormat = block.numberFormats;
        range.formulas = block.formulas;
      },
    };
  });
}

/** One set of calls per distinct style, over all its cells at once, then its borders. */
function styleSteps(plan: FinalPlan): WriteStep[] {
  const byStyle = new Map<string, string[]>();
  for (const cell of plan.cells) {
    if (!cell.style) continue;
    const list = byStyle.get(cell.style) ?? [];
    list.push(cell.address);
    byStyle.set(cell.style, list);
  }
  const steps: WriteStep[] = [];
  for (const [id, addresses] of [...byStyle].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const style = plan.styles[id];
    if (!hasRangeFormat(style)) continue;
    const rects = cellsToRects(addresses);
    for (const areas of joinAreas(rects.map(rectAddress))) {
      steps.push({
        label: `style ${id}`,
        bytes: CALL_OVERHEAD * 12 + jsonBytes(style) + areas.length,
        apply: (_context, ws) => applyStyle(ws.getRanges(areas).format, style),
      });
    }
    if (style.border) steps.push(...borderSteps(id, rects, style.border.color));
  }
  return steps;
}

/** Thin borders round and inside each rectangle of a style's cells. */
function borderSteps(id: string, rects: Rect[], color: string): WriteStep[] {
  const groups: Array<[readonly string[], Rect[]]> = [
    [EDGES, rects],
    [["InsideHorizontal"], rects.filter((r) => r.bottom > r.top)],
    [["InsideVertical"], rects.filter((r) => r.right > r.left)],
  ];
  return groups.flatMap(([edges, group]) =>
    joinAreas(group.map(rectAddress)).map((areas) => ({
      label: `borders ${id}`,
      bytes: CALL_OVERHEAD * 4 * edges.length + areas.length,
      apply: (_context: XlRequestContext, ws: XlWorksheet) =>
        thinBorders(ws.getRanges(areas).format, edges, color),
    }))
  );
}

function mergeSteps(plan: FinalPlan): WriteStep[] {
  return plan.merges.map((m) => ({
    label: `merge ${m}`,
    bytes: CALL_OVERHEAD + m.length,
    apply: (_c: XlRequestContext, ws: XlWorksheet) => ws.getRange(m).merge(false),
  }));
}

/** Column widths, row heights (rows of equal height in one multi-area call), hidden columns. */
function sizeSteps(plan: FinalPlan): WriteStep[] {
  const steps: WriteStep[] = columnRuns(plan.columnWidths).map((run) => ({
    label: `width ${run.address}`,
    bytes: CALL_OVERHEAD * 2,
    apply: (_c: XlRequestContext, ws: XlWorksheet) => {
      ws.getRange(run.address).format.columnWidth = widthToPoints(run.width);
    },
  }));
  // Row numbers are 1-based.
  const byHeight = new Map<number, string[]>();
  for (const rh of plan.rowHeights ?? [])
    byHeight.set(rh.height, [...(byHeight.get(rh.height) ?? []), `${rh.row}:${rh.row}`]);
  for (const [height, rows] of byHeight) {
    for (const areas of joinAreas(rows)) {
      steps.push({
        label: `height ${areas}`,
        bytes: CALL_OVERHEAD * 2 + areas.length,
        apply: (_c, ws) => {
          ws.getRanges(areas).format.rowHeight = height;
        },
      });
    }
  }
  for (const c of plan.hiddenColumns ?? []) {
    const address = `${columnLetters(c)}:${columnLetters(c)}`;
    steps.push({
      label: `hide ${address}`,
      bytes: CALL_OVERHEAD,
      apply: (_c, ws) => void (ws.getRange(address).columnHidden = true),
    });
  }
  return steps;
}

function freezeSteps(plan: FinalPlan): WriteStep[] {
  const { rows, columns } = plan.freeze;
  if (rows <= 0 && columns <= 0) return [];
  return [
    {
      label: "freeze",
      bytes: CALL_OVERHEAD,
      apply: (_c, ws) => {
        if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(`A1:${a1(rows - 1, columns - 1)}`);
        else if (rows > 0) ws.freezePanes.freezeRows(rows);
        else ws.freezePanes.freezeColumns(columns);
      },
    },
  ];
}

/** Identical validations share one multi-area call. */
function validationSteps(plan: FinalPlan): WriteStep[] {
  const byValidation = new Map<string, { v: FinalValidation; ranges: string[] }>();
  for (const v of plan.validations) {
    const key = JSON.stringify([v.rule, v.prompt, v.alert]);
    const g = byValidation.get(key) ?? { v, ranges: [] };
    g.ranges.push(v.range);
    byValidation.set(key, g);
  }
  return [...byValidation.values()].flatMap(({ v, ranges }) =>
    joinAreas(ranges).map((areas) => ({
      label: `validation ${areas}`,
      bytes: CALL_OVERHEAD * 4 + jsonBytes(v) + areas.length,
      apply: (_c: XlRequestContext, ws: XlWorksheet) =>
        applyValidation(ws.getRanges(areas).dataValidation, v),
    }))
  );
}

/** The items of lists too long to write inline, in the hidden column the plan chose. */
function listCellSteps(plan: FinalPlan): WriteStep[] {
  if (!plan.listCells) return [];
  const col = columnLetters(plan.listCells.column);
  const address = `${col}1:${col}${plan.listCells.values.length}`;
  const values = plan.listCells.values.map((x) => [textEntry(x)]);
  return [
    {
      label: `list source ${address}`,
      bytes: CALL_OVERHEAD * 2 + jsonBytes(values),
      apply: (_c, ws) => {
        const range = ws.getRange(address);
        range.formulas = values;
        range.columnHidden = true;
      },
    },
  ];
}

function noteSteps(plan: FinalPlan, features: WriteFeatures): WriteStep[] {
  const noteApi = noteApiOf(features);
  if (!noteApi) return [];
  return plan.cells
    .filter((c) => c.note)
    .map((cell) => {
      const text = cell.note as string;
      return {
        label: `note ${cell.address}`,
        bytes: CALL_OVERHEAD + jsonBytes(text),
        apply: (context: XlRequestContext, ws: XlWorksheet, sheetName: string) => {
          if (noteApi === "notes") ws.notes.add(cell.address, text);
          else context.workbook.comments.add(sheetPrefix(sheetName) + cell.address, text);
        },
      };
    });
}

/** Page setup is ExcelApi 1.9 (the manifest's minimum); guarded all the same, printing is optional. */
function printSteps(plan: FinalPlan, features: WriteFeatures): WriteStep[] {
  if (!features.supports("1.9")) return [];
  const print = plan.print;
  return [
    {
      label: "print",
      bytes: CALL_OVERHEAD * 5,
      apply: (_c, ws) => {
        const page = ws.pageLayout;
        page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        page.paperSize = print.paperSize;
        page.zoom = {
          horizontalFitToPages: print.fitToWidth,
          verticalFitToPages: print.fitToHeight,
        };
        if (print.titleRows)
          page.setPrintTitleRows(
            print.titleRows
              .split(":")
              .map((r) => `$${r}`)
              .join(":")
          );
        page.setPrintArea(print.area);
      },
    },
  ];
}

/** Steps packed, in order, into batches of at most `budget` estimated bytes (one sync each). */
export function packSteps(
  steps: readonly WriteStep[],
  budget = DEFAULT_PAYLOAD_BUDGET
): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length && bytes + step.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length || batches.length === 0) batches.push(current);
  return batches;
}
