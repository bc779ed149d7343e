/** Applies a Plan to an exceljs workbook: the Node twin of the Office.js writer in src/excel. */
import type * as ExcelJS from "exceljs";
import { a1, parseA1 } from "../../scorecard/grid";
import {
  VALIDATION_LIMITS,
  type CellStyle,
  type Plan,
  type PlanValidation,
} from "../../scorecard/plan";

const A4 = 9;

export interface WritePlanOptions {
  /** Overrides plan.sheetName; must still be unused in the workbook. */
  sheetName?: string;
  /**
   * Protect the sheet (no password) so only input cells can be edited. Off by default:
   * users often need to add rows or fix labels on their own sheets.
   */
  protect?: boolean;
  /** Tab colour, "#RRGGBB". */
  tabColor?: string;
}

/**
 * Adds a sheet holding the plan. Formulas are written without cached results and the workbook
 * is flagged for a full calculation on load, so Excel and LibreOffice compute every value.
 * Never replaces a sheet: a name already in use throws (callers pick a free name first).
 */
export function writePlan(
  workbook: ExcelJS.Workbook,
  plan: Plan,
  options: WritePlanOptions = {}
): ExcelJS.Worksheet {
  const name = options.sheetName ?? plan.sheetName;
  if (workbook.worksheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw new Error(`工作表“${name}”已存在，不会覆盖`);
  }
  const ws = workbook.addWorksheet(
    name,
    options.tabColor ? { properties: { tabColor: { argb: argb(options.tabColor) } } } : undefined
  );

  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (id: string | undefined): Partial<ExcelJS.Style> | undefined => {
    if (id === undefined) return undefined;
    let s = styles.get(id);
    if (!s) {
      const def = plan.styles[id];
      if (!def) throw new Error(`plan style not defined: ${id}`);
      s = toExcelStyle(def);
      styles.set(id, s);
    }
    return s;
  };

  const written = new Set<string>();
  for (const pc of plan.cells) {
    const cell = ws.getCell(pc.address);
    if (pc.formula !== undefined) {
      // No `result`: a cached value would be shown (and kept by LibreOffice) until recalculation.
      cell.value = { formula: pc.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    } else if (pc.value !== undefined && pc.value !== null) {
      cell.value = pc.value;
    }
    if (pc.value !== undefined || pc.formula !== undefined) written.add(cell.address);
    const style = styleOf(pc.style);
    if (style) cell.style = copyStyle(style);
    if (pc.note) cell.note = pc.note;
  }
  for (const input of plan.inputs) {
    if (input.initial === undefined) continue;
    const cell = ws.getCell(input.address);
    if (!written.has(cell.address)) cell.value = input.initial;
  }

  // Styles first, merges second: exceljs copies the top-left style into the merged cells, so
  // borders and fills cover the whole area.
  for (const range of plan.merges) ws.mergeCells(range);

  plan.columnWidths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  // Row heights use Excel's 1-based row numbers (as the planners write them).
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row).height = height;
  for (const c of plan.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;

  if (plan.freeze.rows > 0 || plan.freeze.columns > 0) {
    ws.views = [
      {
        state: "frozen",
        xSplit: plan.freeze.columns,
        ySplit: plan.freeze.rows,
        topLeftCell: a1(plan.freeze.rows, plan.freeze.columns),
      },
    ];
  }

  const lists = new ListSpill(ws, plan);
  for (const v of plan.validations) applyValidation(ws, v, lists);

  const p = plan.print;
  ws.pageSetup.paperSize = A4 as ExcelJS.PageSetup["paperSize"];
  ws.pageSetup.orientation = p.orientation;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = p.fitToWidth;
  ws.pageSetup.fitToHeight = p.fitToHeight;
  ws.pageSetup.horizontalCentered = true;
  ws.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  if (p.titleRows) ws.pageSetup.printTitlesRow = p.titleRows;
  ws.pageSetup.printArea = p.area ?? plan.range;

  if (options.protect) {
    // Direct model assignment: ws.protect() is async (it hashes a password) and we want none.
    (ws as unknown as { sheetProtection: object }).sheetProtection = {
      sheet: true,
      formatColumns: true,
      formatRows: true,
      selectLockedCells: true,
      selectUnlockedCells: true,
    };
  }
  workbook.calcProperties = { ...(workbook.calcProperties ?? {}), fullCalcOnLoad: true };
  return ws;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(h)) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return "FF" + h;
}

function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontSize) font.size = s.fontSize;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length) out.font = font;
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.horizontal) alignment.horizontal = s.horizontal;
  if (s.vertical) alignment.vertical = s.vertical;
  if (s.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) out.alignment = alignment;
  if (s.border === "thin") {
    const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  if (s.numberFormat) out.numFmt = s.numberFormat;
  if (s.unlocked) out.protection = { locked: false };
  return out;
}

/** exceljs shares style objects between cells unless each gets its own copy. */
function copyStyle(s: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(s)) as Partial<ExcelJS.Style>;
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Excel counts UTF-16 units; keep room for the ellipsis and never split a surrogate pair.
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return out + "…";
}

/** An inline list source: "a,b,c" within Excel's 255 characters, with no comma or quote inside an item. */
export function inlineListSource(values: readonly string[]): string | undefined {
  if (values.some((v) => /[,"]/.test(v))) return undefined;
  const joined = values.join(",");
  return joined.length <= VALIDATION_LIMITS.listSource ? `"${joined}"` : undefined;
}

/**
 * Lists that do not fit inline go to a hidden column to the right of the plan's range, and the
 * validation refers to them.
 */
class ListSpill {
  private column: number;
  private nextRow = 0;
  private used = false;
  constructor(
    private readonly ws: ExcelJS.Worksheet,
    plan: Plan
  ) {
    const end = plan.range.split(":").pop() ?? "A1";
    this.column = Math.max(parseA1(end).column, ...(plan.hiddenColumns ?? [])) + 2;
  }

  place(values: readonly string[]): string {
    const first = this.nextRow;
    values.forEach((v, i) => {
      this.ws.getCell(first + i + 1, this.column + 1).value = v;
    });
    this.nextRow += values.length;
    if (!this.used) {
      this.ws.getColumn(this.column + 1).hidden = true;
      this.used = true;
    }
    const abs = (r: number) => `$${a1(r, this.column).replace(/(\d+)$/, "$$$1")}`;
    return `${abs(first)}:${abs(first + values.length - 1)}`;
  }
}

function cellsOf(range: string): string[] {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  const out: string[] = [];
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.column, b.column); c <= Math.max(a.column, b.column); c++)
      out.push(a1(r, c));
  }
  return out;
}

const HUGE = 9.99e307;

function applyValidation(ws: ExcelJS.Worksheet, v: PlanValidation, lists: ListSpill): void {
  let dv: ExcelJS.DataValidation;
  const rule = v.rule;
  switch (rule.type) {
    case "list": {
      const source = inlineListSource(rule.values) ?? lists.place(rule.values);
      dv = { type: "list", allowBlank: true, formulae: [source] };
      break;
    }
    case "decimal":
    case "whole": {
      const { min, max } = rule;
      if (min !== undefined && max !== undefined)
        dv = { type: rule.type, operator: "between", allowBlank: true, formulae: [min, max] };
      else if (min !== undefined)
        dv = { type: rule.type, operator: "greaterThanOrEqual", allowBlank: true, formulae: [min] };
      else if (max !== undefined)
        dv = { type: rule.type, operator: "lessThanOrEqual", allowBlank: true, formulae: [max] };
      else dv = { type: rule.type, operator: "between", allowBlank: true, formulae: [-HUGE, HUGE] };
      break;
    }
    case "custom":
      dv = { type: "custom", allowBlank: true, formulae: [rule.formula.replace(/^=/, "")] };
      break;
    case "any":
      dv = { type: "any" as ExcelJS.DataValidation["type"], formulae: [] };
      break;
  }
  if (v.prompt) {
    dv.showInputMessage = true;
    dv.promptTitle = truncate(v.prompt.title, VALIDATION_LIMITS.title);
    dv.prompt = truncate(v.prompt.message, VALIDATION_LIMITS.prompt);
  }
  if (rule.type !== "any" && v.alert !== false) {
    dv.showErrorMessage = true;
    if (v.error) {
      dv.errorStyle = v.error.strict ? "stop" : "warning";
      dv.errorTitle = truncate(v.error.title, VALIDATION_LIMITS.title);
      dv.error = truncate(v.error.message, VALIDATION_LIMITS.error);
    } else {
      dv.errorStyle = "warning";
      dv.errorTitle = "请核对";
      dv.error = "输入的内容不符合要求，是否仍要保留？";
    }
  }
  for (const address of cellsOf(v.range))
    ws.getCell(address).dataValidation = { ...dv, formulae: [...dv.formulae] };
}
