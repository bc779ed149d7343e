/** Applies a Plan to an exceljs workbook: the Node twin of the Office.js writer in src/excel. */
import type * as ExcelJS from "exceljs";
import { a1, parseA1 } from "../../scorecard/grid";
import type { Plan } from "../../scorecard/plan";
import {
  finalizePlan,
  type FinalPlan,
  type FinalStyle,
  type FinalValidation,
} from "../../scorecard/finalize";

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
  source: Plan,
  options: WritePlanOptions = {}
): ExcelJS.Worksheet {
  // The writer only translates: every choice (alert texts, limits, list cells, border colour) is the plan's.
  const plan = finalizePlan(source);
  const name = options.sheetName ?? plan.sheetName;
  if (workbook.worksheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw new Error(`工作表“${name}”已存在，不会覆盖`);
  }
  const ws = workbook.addWorksheet(
    name,
    options.tabColor ? { properties: { tabColor: { argb: argb(options.tabColor) } } } : undefined
  );

  writeCells(ws, plan);
  // Styles first, merges second: exceljs copies the top-left style into the merged cells, so
  // borders and fills cover the whole area.
  for (const range of plan.merges) ws.mergeCells(range);
  writeLayout(ws, plan);
  writeListCells(ws, plan);
  for (const v of plan.validations) applyValidation(ws, v);
  writePageSetup(ws, plan);

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

/** Values, formulas, styles and notes, then the initial values of inputs the cells left empty. */
function writeCells(ws: ExcelJS.Worksheet, plan: FinalPlan): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (id: string | undefined): Partial<ExcelJS.Style> | undefined => {
    if (id === undefined) return undefined;
    let s = styles.get(id);
    if (!s) {
      s = toExcelStyle(plan.styles[id]);
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
}

/** Column widths, row heights, hidden columns and frozen panes. */
function writeLayout(ws: ExcelJS.Worksheet, plan: FinalPlan): void {
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
}

function writePageSetup(ws: ExcelJS.Worksheet, plan: FinalPlan): void {
  const p = plan.print;
  ws.pageSetup.paperSize = A4 as ExcelJS.PageSetup["paperSize"];
  ws.pageSetup.orientation = p.orientation;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = p.fitToWidth;
  ws.pageSetup.fitToHeight = p.fitToHeight;
  ws.pageSetup.horizontalCentered = true;
  ws.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  if (p.titleRows) ws.pageSetup.printTitlesRow = p.titleRows;
  ws.pageSetup.printArea = p.area;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(h)) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return "FF" + h;
}

function toExcelStyle(s: FinalStyle): Partial<ExcelJS.Style> {
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
  if (s.border) {
    const side: Partial<ExcelJS.Border> = {
      style: s.border.weight,
      color: { argb: argb(s.border.color) },
    };
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

/** Items of lists too long to write inline, in the hidden column the plan chose. */
function writeListCells(ws: ExcelJS.Worksheet, plan: FinalPlan): void {
  if (!plan.listCells) return;
  const { column, values } = plan.listCells;
  values.forEach((v, i) => {
    ws.getCell(i + 1, column + 1).value = v;
  });
  ws.getColumn(column + 1).hidden = true;
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

/** A settled validation rule in exceljs's words (formulas without "=", inline lists quoted). */
function ruleOf(rule: FinalValidation["rule"]): ExcelJS.DataValidation {
  switch (rule.type) {
    case "list":
      return {
        type: "list",
        allowBlank: true,
        formulae: ["inline" in rule.source ? `"${rule.source.inline}"` : rule.source.cells],
      };
    case "decimal":
    case "whole":
      return {
        type: rule.type,
        operator: rule.operator,
        allowBlank: true,
        formulae: rule.formula2 !== undefined ? [rule.formula1, rule.formula2] : [rule.formula1],
      };
    case "custom":
      return { type: "custom", allowBlank: true, formulae: [rule.formula.replace(/^=/, "")] };
    case "any":
      return { type: "any" as ExcelJS.DataValidation["type"], formulae: [] };
  }
}

function applyValidation(ws: ExcelJS.Worksheet, v: FinalValidation): void {
  const dv = ruleOf(v.rule);
  if (v.prompt) {
    dv.showInputMessage = true;
    dv.promptTitle = v.prompt.title;
    dv.prompt = v.prompt.message;
  }
  if (v.alert) {
    dv.showErrorMessage = true;
    dv.errorStyle = v.alert.style;
    dv.errorTitle = v.alert.title;
    dv.error = v.alert.message;
  }
  for (const address of cellsOf(v.range))
    ws.getCell(address).dataValidation = { ...dv, formulae: [...dv.formulae] };
}
