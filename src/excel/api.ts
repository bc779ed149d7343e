/**
 * The part of the Excel JavaScript API the adapter uses, as structural types. Office.js's own
 * objects satisfy them (officeHost.ts checks that at compile time), and so does the fake workbook
 * the tests drive. Enum-typed properties are plain strings here.
 * Requirement sets: everything below is ExcelApi ≤ 1.9 unless marked; marked calls are guarded.
 */

export interface XlLoadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface XlRequestContext {
  workbook: XlWorkbook;
  application: XlApplication;
  sync(): Promise<unknown>;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  worksheets: XlWorksheetCollection;
  protection: XlProtection;
  /** ExcelApi 1.10 */
  comments: { add(cellAddress: string, content: string): unknown };
  /** Workbook-level defined names (ExcelApi 1.1; add, getItemOrNullObject: 1.4). */
  names: XlNamedItemCollection;
  /** The selected range (ExcelApi 1.1); its first area when several are selected. */
  getSelectedRange(): XlRange;
}

export interface XlNamedItemCollection extends XlLoadable {
  readonly items: XlNamedItem[];
  /** `reference`: "=基础数据!$B$4" (ExcelApi 1.4). */
  add(name: string, reference: string, comment?: string): XlNamedItem;
  getItem(name: string): XlNamedItem;
  /** ExcelApi 1.4 */
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlNamedItem extends XlLoadable {
  readonly isNullObject: boolean;
  readonly name: string;
  /** "Range", "Error", "String", … */
  readonly type: string;
  /** The name's formula, "=基础数据!$B$4" or "=#REF!" (ExcelApi 1.7). */
  formula: any;
  /** ExcelApi 1.4 */
  delete(): void;
}

export interface XlProtection extends XlLoadable {
  readonly protected: boolean;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet extends XlLoadable {
  readonly isNullObject: boolean;
  name: string;
  position: number;
  visibility: string;
  readonly protection: XlProtection;
  readonly freezePanes: XlFreezePanes;
  /** ExcelApi 1.9 */
  readonly pageLayout: XlPageLayout;
  /** ExcelApi 1.18 */
  readonly notes: XlNoteCollection;
  getRange(address?: string): XlRange;
  getRanges(address?: string): XlRangeAreas;
  getUsedRange(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.7. Without `positionType` the copy goes first; "Before"/"After" need `relativeTo`. */
  copy(
    positionType?: "None" | "Before" | "After" | "Beginning" | "End",
    relativeTo?: XlWorksheet
  ): XlWorksheet;
  activate(): void;
  delete(): void;
}

/** ExcelApi 1.18 */
export interface XlNoteCollection extends XlLoadable {
  readonly items: Array<{ delete(): void }>;
  add(cellAddress: string, content: any): unknown;
}

export interface XlFreezePanes {
  freezeAt(frozenRange: string): void;
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  /** ExcelApi 1.7 */
  unfreeze(): void;
  /** ExcelApi 1.7: the frozen cells (top-left pane), or a null object when nothing is frozen. */
  getLocationOrNullObject(): XlRange;
}

export interface XlPageLayout extends XlLoadable {
  orientation: string;
  paperSize: string;
  zoom: {
    horizontalFitToPages?: number;
    verticalFitToPages?: number;
    scale?: number;
  };
  setPrintTitleRows(printTitleRows: string): void;
  setPrintArea(printArea: string): void;
  getPrintAreaOrNullObject(): XlRangeAreas;
  getPrintTitleRowsOrNullObject(): XlRange;
}

export interface XlRange extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: any[][];
  formulas: any[][];
  numberFormat: any[][];
  columnHidden: boolean;
  rowHidden: boolean;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  /** ExcelApi 1.6 */
  readonly conditionalFormats: { clearAll(): void };
  clear(applyTo?: XlClearApplyTo): void;
  getIntersectionOrNullObject(anotherRange: string): XlRange;
  /** ExcelApi 1.13 */
  getMergedAreasOrNullObject(): XlRangeAreas;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  /**
   * ExcelApi 1.9. Copies cells as Excel's Paste does; "All" brings contents, number formats,
   * formatting, merged areas, data validation, conditional formats and notes, not column widths,
   * row heights or hidden rows and columns.
   */
  copyFrom(
    sourceRange: XlLoadable | string,
    copyType?: "All" | "Formulas" | "Values" | "Formats",
    skipBlanks?: boolean,
    transpose?: boolean
  ): void;
}

export type XlClearApplyTo = "All" | "Formats" | "Contents";

export interface XlRangeAreas extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  clear(applyTo?: XlClearApplyTo): void;
}

export interface XlRangeFormat {
  readonly font: {
    bold: boolean;
    italic: boolean;
    size: number;
    color: string;
  };
  readonly fill: { color: string };
  readonly borders: {
    getItem(index: string): { style: string; weight: string; color: string };
  };
  readonly protection: { locked: boolean };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  columnWidth: number;
  rowHeight: number;
  useStandardWidth: boolean;
  useStandardHeight: boolean;
}

export interface XlDataValidationRule {
  list?: { inCellDropDown: boolean; source: string | object };
  decimal?: XlBasicValidation;
  wholeNumber?: XlBasicValidation;
  custom?: { formula: string };
}

export interface XlBasicValidation {
  operator: string;
  formula1?: string | number | object;
  formula2?: string | number | object;
}

export interface XlDataValidation {
  rule: XlDataValidationRule;
  ignoreBlanks: boolean;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: {
    message: string;
    showAlert: boolean;
    style: string;
    title: string;
  };
  /** ExcelApi 1.8 */
  clear(): void;
}
