/**
 * A small in-memory Excel behind the adapter's structural API (src/excel/api.ts), with Office.js's
 * batching semantics: calls are queued and run at context.sync(), in order; loaded properties can be
 * read only after the sync that loaded them; a failing call stops the batch after the calls before it
 * have taken effect (as in Excel). Counts syncs, measures request sizes, injects failures.
 * Formulas that name another sheet follow it like Excel's do: renaming a sheet rewrites them, deleting
 * it turns the reference into #REF! (the fake does not calculate; formulas are kept as text).
 * Range.copyFrom("All") pastes as Excel's Paste All does (see FakeRange.copyFrom).
 * Self-contained (type imports only), so the browser test can bundle it as the page's `Excel`.
 */
import { columnLetters } from "../../src/scorecard/grid";
import type {
  XlDataValidation,
  XlNamedItem,
  XlNamedItemCollection,
  XlLoadable,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlRequestContext,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../src/excel/api";
import type { ExcelHost } from "../../src/excel/host";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue | null;
  formula?: string;
  numberFormat?: string;
}

export interface FakeBorder {
  style: string;
  weight?: string;
  color?: string;
}

export interface FakeFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  locked?: boolean;
  borders: Partial<Record<"top" | "bottom" | "left" | "right", FakeBorder>>;
}

export interface FakeValidation {
  address: string;
  rule?: XlDataValidation["rule"];
  prompt?: XlDataValidation["prompt"];
  errorAlert?: XlDataValidation["errorAlert"];
  ignoreBlanks?: boolean;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  formats: Map<string, FakeFormat>;
  merges: string[];
  /** Points, by 0-based column. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  /** 0-based rows. */
  hiddenRows: Set<number>;
  freeze: { kind: "at" | "rows" | "columns"; value: string | number } | null;
  validations: FakeValidation[];
  /** Areas carrying conditional formats (the fake keeps only where they are). */
  conditionalFormats: string[];
  notes: Map<string, string>;
  page: {
    orientation?: string;
    paperSize?: string;
    zoom?: object;
    titleRows?: string;
    printArea?: string;
  };
}

/** A threaded comment: `address` as given to comments.add, `sheetId`/`cell` where it landed. */
export interface FakeComment {
  address: string;
  content: string;
  sheetId: number;
  cell: string;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

interface Op {
  label: string;
  bytes: number;
  run(): void;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** Excel's defaults in points: 8.43 characters of Calibri 11 (64 px), and 20 px rows. */
const STANDARD_WIDTH = 48;
const STANDARD_HEIGHT = 15;

const colLetters = columnLetters;
function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}
export function cellName(row: number, col: number): string {
  return colLetters(col) + String(row + 1);
}
/** "A1:C3", "C5", "A:C", "5:7" -> Rect. */
function parseRect(address: string): Rect {
  const a = address.replace(/\$/g, "").trim();
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols)
    return {
      top: 0,
      bottom: MAX_ROWS - 1,
      left: colIndex(cols[1]),
      right: colIndex(cols[2]),
    };
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows)
    return {
      top: Number(rows[1]) - 1,
      bottom: Number(rows[2]) - 1,
      left: 0,
      right: MAX_COLS - 1,
    };
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (!m)
    throw new FakeOfficeError(
      "InvalidArgument",
      `The argument is invalid or missing: ${address}`,
    );
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1]);
  const r2 = m[3] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  return {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  };
}
function rectName(r: Rect): string {
  if (r.top === 0 && r.bottom === MAX_ROWS - 1)
    return `${colLetters(r.left)}:${colLetters(r.right)}`;
  if (r.left === 0 && r.right === MAX_COLS - 1)
    return `${r.top + 1}:${r.bottom + 1}`;
  const tl = cellName(r.top, r.left);
  return r.top === r.bottom && r.left === r.right
    ? tl
    : `${tl}:${cellName(r.bottom, r.right)}`;
}
function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}
/** Whether the area `address` meets any of `rects`. */
function overlaps(address: string, rects: readonly Rect[]): boolean {
  const a = parseRect(address);
  return rects.some((r) => intersect(a, r) !== null);
}
/** 0-based columns (rows) of a rectangle, capped like the fake's other per-cell loops. */
const columns = (r: Rect) =>
  Array.from(
    { length: Math.min(r.right, 199) - r.left + 1 },
    (_, i) => r.left + i,
  );
const rows = (r: Rect) =>
  Array.from(
    { length: Math.min(r.bottom, 1999) - r.top + 1 },
    (_, i) => r.top + i,
  );
/** `fn`'s value when it is the same for every item, else null (Excel's answer for a mixed range). */
function uniform<T, V>(items: readonly T[], fn: (x: T) => V): V | null {
  const values = items.map(fn);
  return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
}
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
function utf8Bytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}
const notLoaded = (prop: string) =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Call load and context.sync() first.`,
  );
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Excel's name for a copy of `name`: "计分表 (2)", "计分表 (3)"…, cut to fit 31 characters. */
function copyName(name: string, taken: (n: string) => boolean): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `formula` with every reference to sheet `name` ('name'! or name!) replaced by `replacement`,
 * outside string literals, case-insensitively.
 */
export function replaceSheetReference(
  formula: string,
  name: string,
  replacement: string,
): string {
  const quoted = escapeRegExp(`'${name.replace(/'/g, "''")}'!`);
  const bare = `(?<![\\p{L}\\p{N}_.'])${escapeRegExp(name)}!`;
  const pattern = new RegExp(`${quoted}|${bare}`, "giu");
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(pattern, () => replacement),
    )
    .join("");
}

/** A workbook-level defined name: its formula as Excel shows it ("=基础数据!$B$4", "=#REF!$B$4"). */
export interface FakeName {
  name: string;
  formula: string;
  comment?: string;
}

/** Excel's rules for a new name (MS-XLSB 2.5.166): legal characters, no cell reference, ≤ 255. */
function validateName(n: string): void {
  const legal =
    /^[A-Za-z_\\\p{L}][A-Za-z0-9_.?\\\p{L}\p{Nd}]*$/u.test(n) &&
    n.length <= 255 &&
    !/^(TRUE|FALSE)$/i.test(n) &&
    !/^[A-Za-z]{1,3}\d+$/.test(n) &&
    !/^[RrCc]\d*$|^[Rr]\d*[Cc]\d*$/.test(n);
  if (!legal)
    throw new FakeOfficeError("InvalidArgument", `Invalid name: ${n}`);
}

/** The in-memory workbook: state plus the knobs tests turn. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  /** Workbook-level defined names (pins among them). */
  names: FakeName[] = [];
  protected = false;
  comments: FakeComment[] = [];
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  /** Highest ExcelApi version the host claims. */
  apiVersion = "1.18";
  syncCount = 0;
  calcSuspensions = 0;
  /** Per sync: labels of the calls it ran and its request size. */
  requests: Array<{ labels: string[]; bytes: number }> = [];
  /** Excel on the web refuses requests over 5 MB. */
  payloadLimit = 5 * 1024 * 1024;
  /** Return an error to make a call fail (after the calls before it in the batch took effect). */
  failWhen?: (label: string, callIndex: number) => FakeOfficeError | undefined;
  /**
   * Return an error to make a sync reject after every call of its batch took effect (the
   * response lost on the way back); `labels` are the batch's calls.
   */
  rejectAfter?: (syncIndex: number, labels: string[]) => FakeOfficeError | undefined;
  private nextId = 1;
  private callIndex = 0;

  addSheet(
    name: string,
    cells: Record<
      string,
      FakeValue | { formula: string; value?: FakeValue } | null
    > = {},
  ): FakeSheet {
    const sheet: FakeSheet = {
      id: this.nextId++,
      name,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      formats: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      hiddenColumns: new Set(),
      hiddenRows: new Set(),
      freeze: null,
      validations: [],
      conditionalFormats: [],
      notes: new Map(),
      page: {},
    };
    for (const [address, v] of Object.entries(cells)) {
      if (v === null) continue;
      sheet.cells.set(
        address,
        typeof v === "object"
          ? { value: v.value ?? null, formula: v.formula }
          : { value: v },
      );
    }
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  /** Renames a sheet; formulas naming it follow (as in Excel). */
  renameSheet(sheet: FakeSheet, name: string): void {
    const old = sheet.name;
    sheet.name = name;
    if (this.activeSheet && sameName(this.activeSheet, old))
      this.activeSheet = name;
    this.rewriteReferences(old, `${quoteSheet(name)}!`);
  }

  /** Removes a sheet and its comments; formulas naming it become #REF! (as in Excel). */
  removeSheet(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.comments = this.comments.filter((c) => c.sheetId !== sheet.id);
    if (this.activeSheet && sameName(this.activeSheet, sheet.name))
      this.activeSheet = this.sheets[0]?.name;
    this.rewriteReferences(sheet.name, "#REF!");
  }

  /** A copy of `sheet` (everything the fake models), named and placed as Worksheet.copy does. */
  copySheet(sheet: FakeSheet, index: number): FakeSheet {
    const copy: FakeSheet = {
      ...structuredClone(sheet),
      id: this.nextId++,
      name: copyName(sheet.name, (n) => Boolean(this.sheet(n))),
    };
    this.sheets.splice(index, 0, copy);
    for (const c of this.comments.filter((x) => x.sheetId === sheet.id))
      this.comments.push({
        ...c,
        sheetId: copy.id,
        address: `${quoteSheet(copy.name)}!${c.cell}`,
      });
    return copy;
  }

  private rewriteReferences(sheetName: string, replacement: string): void {
    for (const n of this.names)
      n.formula = replaceSheetReference(n.formula, sheetName, replacement);
    for (const s of this.sheets)
      for (const cell of s.cells.values())
        if (cell.formula)
          cell.formula = replaceSheetReference(
            cell.formula,
            sheetName,
            replacement,
          );
  }

  supports(version: string): boolean {
    const [a, b] = version.split(".").map(Number);
    const [x, y] = this.apiVersion.split(".").map(Number);
    return x > a || (x === a && y >= b);
  }

  /** A host running batches against this workbook, like Excel.run. */
  host(): ExcelHost {
    return {
      run: (batch) => batch(new FakeContext(this)),
      supports: (v) => this.supports(v),
    };
  }

  /** Runs one request. */
  execute(ops: Op[]): void {
    this.syncCount++;
    const bytes = ops.reduce((s, o) => s + o.bytes, 0);
    this.requests.push({ labels: ops.map((o) => o.label), bytes });
    if (bytes > this.payloadLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    for (const op of ops) {
      const injected = this.failWhen?.(op.label, this.callIndex++);
      if (injected) throw injected;
      op.run();
    }
    const lost = this.rejectAfter?.(
      this.syncCount,
      ops.map((o) => o.label),
    );
    if (lost) throw lost;
  }

  // --- helpers for tests -------------------------------------------------------------------

  /** Formula or value of a cell, as a user would see it in the formula bar. */
  content(sheet: string, address: string): FakeValue | null | undefined {
    const cell = this.sheet(sheet)?.cells.get(address);
    return cell ? (cell.formula ?? cell.value) : undefined;
  }
}

type Ref<T> = { value?: T; resolved: boolean };

class FakeContext implements XlRequestContext {
  private queue: Op[] = [];
  readonly workbook: XlRequestContext["workbook"];
  readonly application: XlRequestContext["application"];

  constructor(readonly wb: FakeWorkbook) {
    const ctx = this;
    const protection = new LoadableBag(ctx, () => ({
      protected: wb.protected,
    }));
    this.workbook = {
      // Set below, once `this.workbook` exists.
      names: undefined as unknown as XlNamedItemCollection,
      getSelectedRange: undefined as unknown as () => XlRange,
      worksheets: new FakeWorksheets(ctx),
      protection:
        protection as unknown as XlRequestContext["workbook"]["protection"],
      comments: {
        add: (cellAddress: string, content: string) => {
          ctx.enqueue("Comments.add", [cellAddress, content], () => {
            if (!wb.supports("1.10"))
              throw new FakeOfficeError(
                "ApiNotFound",
                "comments need ExcelApi 1.10",
              );
            const bang = cellAddress.lastIndexOf("!");
            const sheetName = cellAddress
              .slice(0, bang)
              .replace(/^'(.*)'$/, "$1")
              .replace(/''/g, "'");
            const sheet = wb.sheet(sheetName);
            if (bang < 0 || !sheet)
              throw new FakeOfficeError(
                "InvalidArgument",
                `The argument is invalid or missing: ${cellAddress}`,
              );
            const cell = rectName(parseRect(cellAddress.slice(bang + 1)));
            // One thread per cell: adding a second one fails (office-js#1416).
            if (
              wb.comments.some((c) => c.sheetId === sheet.id && c.cell === cell)
            )
              throw new FakeOfficeError(
                "InvalidOperation",
                "The cell already has a comment.",
              );
            wb.comments.push({
              address: cellAddress,
              content,
              sheetId: sheet.id,
              cell,
            });
          });
          return {};
        },
      },
    };
    this.workbook.names = new FakeNames(ctx);
    this.workbook.getSelectedRange = () =>
      new FakeRange(ctx, "Workbook.getSelectedRange", () => {
        const at = wb.selection ?? {
          sheet: wb.activeSheet ?? "",
          address: "A1",
        };
        const sheet = wb.sheet(at.sheet);
        if (!sheet)
          throw new FakeOfficeError(
            "ItemNotFound",
            "The requested resource doesn't exist.",
          );
        return { sheet, rects: [parseRect(at.address)] };
      });
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        ctx.enqueue(
          "Application.suspendApiCalculationUntilNextSync",
          [],
          () => wb.calcSuspensions++,
        ),
    };
  }

  enqueue(label: string, args: unknown, run: () => void): void {
    this.queue.push({ label, bytes: 60 + utf8Bytes(args), run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.wb.execute(ops);
  }
}

/** An object whose properties are snapshots taken by load(). */
class LoadableBag {
  private loaded: Record<string, unknown> | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly read: () => Record<string, unknown>,
  ) {
    return new Proxy(this, {
      get(target, prop, receiver) {
        if (prop === "load" || typeof prop === "symbol" || prop in target)
          return Reflect.get(target, prop, receiver);
        if (!target.loaded || !(prop in target.loaded))
          throw notLoaded(String(prop));
        return target.loaded[prop];
      },
    });
  }
  load(): this {
    this.ctx.enqueue("load", [], () => {
      this.loaded = this.read();
    });
    return this;
  }
}

class FakeWorksheets implements XlWorksheetCollection {
  private loadedItems: XlWorksheet[] | null = null;
  constructor(private readonly ctx: FakeContext) {}

  get items(): XlWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(): unknown {
    this.ctx.enqueue("WorksheetCollection.load", [], () => {
      this.loadedItems = this.ctx.wb.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, { value: s, resolved: true });
        ws.snapshot();
        return ws;
      });
    });
    return this;
  }

  getItem(key: string): XlWorksheet {
    const ref: Ref<FakeSheet | null> = { resolved: false };
    this.ctx.enqueue("WorksheetCollection.getItem", [key], () => {
      const s = this.ctx.wb.sheet(key);
      if (!s)
        throw new FakeOfficeError(
          "ItemNotFound",
          "The requested resource doesn't exist.",
        );
      ref.value = s;
      ref.resolved = true;
    });
    return new FakeWorksheet(this.ctx, ref);
  }

  getItemOrNullObject(key: string): XlWorksheet {
    const ref: Ref<FakeSheet | null> = { resolved: false };
    this.ctx.enqueue("WorksheetCollection.getItemOrNullObject", [key], () => {
      ref.value = this.ctx.wb.sheet(key) ?? null;
      ref.resolved = true;
    });
    return new FakeWorksheet(this.ctx, ref);
  }

  add(name?: string): XlWorksheet {
    const ref: Ref<FakeSheet | null> = { resolved: false };
    const wb = this.ctx.wb;
    this.ctx.enqueue("WorksheetCollection.add", [name], () => {
      if (wb.protected)
        throw new FakeOfficeError("AccessDenied", "The workbook is protected.");
      const n = name ?? `Sheet${wb.sheets.length + 1}`;
      validateSheetName(n);
      if (wb.sheet(n))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          "The resource already exists.",
        );
      ref.value = wb.addSheet(n);
      ref.resolved = true;
    });
    return new FakeWorksheet(this.ctx, ref);
  }
}

const noSuchItem = () =>
  new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");

/** workbook.names: loaded items are snapshots; add and delete run at sync, as in Excel. */
class FakeNames implements XlNamedItemCollection {
  private loadedItems: XlNamedItem[] | null = null;
  constructor(private readonly ctx: FakeContext) {}

  get items(): XlNamedItem[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(): unknown {
    this.ctx.enqueue("NamedItemCollection.load", [], () => {
      this.loadedItems = this.ctx.wb.names.map((n) => {
        const item = new FakeNamedItem(this.ctx, { value: n, resolved: true });
        item.snapshot();
        return item;
      });
    });
    return this;
  }

  /** Refuses an illegal or taken name, and a reference to a sheet that does not exist. */
  add(name: string, reference: string, comment?: string): XlNamedItem {
    const ref: Ref<FakeName | null> = { resolved: false };
    const wb = this.ctx.wb;
    this.ctx.enqueue("NamedItemCollection.add", [name, reference, comment], () => {
      validateName(name);
      if (wb.names.some((n) => sameName(n.name, name)))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          "The resource already exists.",
        );
      const formula = reference.startsWith("=") ? reference : `=${reference}`;
      const bang = formula.lastIndexOf("!");
      const sheet = formula
        .slice(1, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      if (bang < 0 || !wb.sheet(sheet))
        throw new FakeOfficeError(
          "InvalidArgument",
          `The argument is invalid or missing: ${reference}`,
        );
      ref.value = { name, formula, ...(comment ? { comment } : {}) };
      ref.resolved = true;
      wb.names.push(ref.value);
    });
    return new FakeNamedItem(this.ctx, ref);
  }

  getItem(name: string): XlNamedItem {
    const ref: Ref<FakeName | null> = { resolved: false };
    this.ctx.enqueue("NamedItemCollection.getItem", [name], () => {
      const n = this.ctx.wb.names.find((x) => sameName(x.name, name));
      if (!n) throw noSuchItem();
      ref.value = n;
      ref.resolved = true;
    });
    return new FakeNamedItem(this.ctx, ref);
  }

  getItemOrNullObject(name: string): XlNamedItem {
    const ref: Ref<FakeName | null> = { resolved: false };
    this.ctx.enqueue("NamedItemCollection.getItemOrNullObject", [name], () => {
      ref.value = this.ctx.wb.names.find((n) => sameName(n.name, name)) ?? null;
      ref.resolved = true;
    });
    return new FakeNamedItem(this.ctx, ref);
  }
}

/** A defined name; "Error" typed once its reference is #REF!, as in Excel. */
class FakeNamedItem implements XlNamedItem {
  private loaded: Record<string, unknown> | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: Ref<FakeName | null>,
  ) {}

  snapshot(): void {
    const n = this.ref.value;
    this.loaded = n
      ? {
          name: n.name,
          formula: n.formula,
          type: n.formula.includes("#REF!") ? "Error" : "Range",
          comment: n.comment ?? "",
        }
      : {};
  }

  private prop<T>(name: string): T {
    if (!this.loaded || !(name in this.loaded)) throw notLoaded(name);
    return this.loaded[name] as T;
  }
  get isNullObject(): boolean {
    if (!this.ref.resolved) throw notLoaded("isNullObject");
    return !this.ref.value;
  }
  get name(): string {
    return this.prop("name");
  }
  get type(): string {
    return this.prop("type");
  }
  get formula(): any {
    return this.prop("formula");
  }
  set formula(v: any) {
    this.ctx.enqueue("NamedItem.formula", [v], () => {
      if (!this.ref.value) throw noSuchItem();
      this.ref.value.formula = String(v);
    });
  }
  load(): unknown {
    this.ctx.enqueue("NamedItem.load", [], () => this.snapshot());
    return this;
  }
  delete(): void {
    this.ctx.enqueue("NamedItem.delete", [], () => {
      const n = this.ref.value;
      if (!n) throw noSuchItem();
      const list = this.ctx.wb.names;
      list.splice(list.indexOf(n), 1);
    });
  }
}

function validateSheetName(n: string): void {
  if (
    n.length === 0 ||
    n.length > 31 ||
    /[[\]:*?/\\]/.test(n) ||
    /^'|'$/.test(n) ||
    // Excel reserves "History" (its change-tracking sheet), in any case.
    n.toLowerCase() === "history"
  ) {
    throw new FakeOfficeError("InvalidArgument", `Invalid sheet name: ${n}`);
  }
}

class FakeWorksheet implements XlWorksheet {
  private loaded: Record<string, unknown> | null = null;
  private nullChecked = false;
  readonly protection: XlWorksheet["protection"];
  readonly freezePanes: XlWorksheet["freezePanes"];
  readonly pageLayout: XlWorksheet["pageLayout"];
  readonly notes: XlWorksheet["notes"];

  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: Ref<FakeSheet | null>,
  ) {
    const sheet = () => this.target();
    const wb = ctx.wb;
    this.protection = new LoadableBag(ctx, () => ({
      protected: sheet().protected,
    })) as unknown as XlWorksheet["protection"];
    this.freezePanes = {
      freezeAt: (a: string) =>
        ctx.enqueue(
          "FreezePanes.freezeAt",
          [a],
          () => void (sheet().freeze = { kind: "at", value: a }),
        ),
      freezeRows: (n?: number) =>
        ctx.enqueue(
          "FreezePanes.freezeRows",
          [n],
          () => void (sheet().freeze = { kind: "rows", value: n ?? 1 }),
        ),
      freezeColumns: (n?: number) =>
        ctx.enqueue(
          "FreezePanes.freezeColumns",
          [n],
          () => void (sheet().freeze = { kind: "columns", value: n ?? 1 }),
        ),
      unfreeze: () =>
        ctx.enqueue("FreezePanes.unfreeze", [], () => {
          if (!wb.supports("1.7"))
            throw new FakeOfficeError(
              "ApiNotFound",
              "unfreeze needs ExcelApi 1.7",
            );
          sheet().freeze = null;
        }),
      getLocationOrNullObject: () =>
        new FakeRange(ctx, "FreezePanes.getLocationOrNullObject", () => {
          if (!wb.supports("1.7"))
            throw new FakeOfficeError(
              "ApiNotFound",
              "getLocationOrNullObject needs ExcelApi 1.7",
            );
          const s = sheet();
          const f = s.freeze;
          if (!f) return null;
          const n = Number(f.value);
          const rect: Rect =
            f.kind === "rows"
              ? { top: 0, left: 0, bottom: n - 1, right: MAX_COLS - 1 }
              : f.kind === "columns"
                ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: n - 1 }
                : parseRect(String(f.value));
          return { sheet: s, rects: [rect] };
        }),
    };
    const page = (
      label: string,
      value: unknown,
      set: (p: FakeSheet["page"]) => void,
    ) =>
      ctx.enqueue(`PageLayout.${label}`, [value], () => {
        if (!wb.supports("1.9"))
          throw new FakeOfficeError(
            "ApiNotFound",
            "pageLayout needs ExcelApi 1.9",
          );
        set(sheet().page);
      });
    // Loaded page properties (orientation, paperSize, zoom), after the sync that loaded them.
    let pageLoaded: FakeSheet["page"] | null = null;
    const loadedPage = <K extends "orientation" | "paperSize" | "zoom">(
      key: K,
    ): FakeSheet["page"][K] => {
      if (!pageLoaded) throw notLoaded(key);
      return structuredClone(pageLoaded[key]);
    };
    /** The print area or title rows as a range: the null object when unset. */
    const printRange = (label: string, of: (p: FakeSheet["page"]) => string | undefined) =>
      new FakeRange(ctx, `PageLayout.${label}`, () => {
        if (!wb.supports("1.9"))
          throw new FakeOfficeError("ApiNotFound", "pageLayout needs ExcelApi 1.9");
        const s = sheet();
        const address = of(s.page);
        return address
          ? { sheet: s, rects: address.split(",").map((a) => parseRect(a)) }
          : null;
      });
    this.pageLayout = {
      set orientation(v: string) {
        page("orientation", v, (p) => (p.orientation = v));
      },
      get orientation(): string {
        return loadedPage("orientation") as string;
      },
      set paperSize(v: string) {
        page("paperSize", v, (p) => (p.paperSize = v));
      },
      get paperSize(): string {
        return loadedPage("paperSize") as string;
      },
      set zoom(v: object) {
        page("zoom", v, (p) => (p.zoom = v));
      },
      get zoom(): object {
        return loadedPage("zoom") as object;
      },
      setPrintTitleRows: (rows: string) =>
        page("setPrintTitleRows", rows, (p) => (p.titleRows = rows)),
      setPrintArea: (area: string) =>
        page("setPrintArea", area, (p) => (p.printArea = area)),
      load: () => {
        page("load", [], (p) => {
          pageLoaded = structuredClone(p);
        });
        return this.pageLayout;
      },
      getPrintAreaOrNullObject: () =>
        printRange("getPrintAreaOrNullObject", (p) => p.printArea),
      getPrintTitleRowsOrNullObject: () =>
        printRange("getPrintTitleRowsOrNullObject", (p) => p.titleRows),
    } as XlWorksheet["pageLayout"];
    let noteItems: Array<{ delete(): void }> | null = null;
    this.notes = {
      add: (cellAddress: string, content: string) => {
        ctx.enqueue("Notes.add", [cellAddress, content], () => {
          if (!wb.supports("1.18"))
            throw new FakeOfficeError(
              "ApiNotFound",
              "notes need ExcelApi 1.18",
            );
          // Assumed like comments: one note per cell, a second add fails.
          if (sheet().notes.has(cellAddress))
            throw new FakeOfficeError(
              "InvalidOperation",
              "The cell already has a note.",
            );
          sheet().notes.set(cellAddress, content);
        });
        return {};
      },
      get items() {
        if (!noteItems) throw notLoaded("items");
        return noteItems;
      },
      load: () => {
        ctx.enqueue("NoteCollection.load", [], () => {
          if (!wb.supports("1.18"))
            throw new FakeOfficeError(
              "ApiNotFound",
              "notes need ExcelApi 1.18",
            );
          const s = sheet();
          noteItems = [...s.notes.keys()].map((address) => ({
            delete: () =>
              ctx.enqueue("Note.delete", [], () => {
                if (!s.notes.delete(address))
                  throw new FakeOfficeError(
                    "ItemNotFound",
                    "The requested resource doesn't exist.",
                  );
              }),
          }));
        });
        return this.notes;
      },
    };
  }

  target(): FakeSheet {
    if (!this.ref.resolved || !this.ref.value)
      throw new FakeOfficeError(
        "ItemNotFound",
        "The requested resource doesn't exist.",
      );
    return this.ref.value;
  }

  snapshot(): void {
    const s = this.ref.value;
    this.nullChecked = true;
    this.loaded = s
      ? {
          name: s.name,
          position: this.ctx.wb.sheets.indexOf(s),
          visibility: s.visibility,
          id: s.id,
        }
      : {};
  }

  private prop<T>(name: string): T {
    if (!this.loaded || !(name in this.loaded)) throw notLoaded(name);
    return this.loaded[name] as T;
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) throw notLoaded("isNullObject");
    return !this.ref.value;
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.ctx.enqueue("Worksheet.name", [v], () => {
      const s = this.target();
      if (this.ctx.wb.protected)
        throw new FakeOfficeError("AccessDenied", "The workbook is protected.");
      validateSheetName(v);
      const other = this.ctx.wb.sheet(v);
      if (other && other !== s)
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          "The resource already exists.",
        );
      this.ctx.wb.renameSheet(s, v);
    });
  }
  get position(): number {
    return this.prop("position");
  }
  set position(v: number) {
    this.ctx.enqueue("Worksheet.position", [v], () => {
      const s = this.target();
      const list = this.ctx.wb.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(Math.max(v, 0), list.length), 0, s);
    });
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(v: string) {
    this.ctx.enqueue(
      "Worksheet.visibility",
      [v],
      () => void (this.target().visibility = v as FakeSheet["visibility"]),
    );
  }

  load(): unknown {
    this.ctx.enqueue("Worksheet.load", [], () => this.snapshot());
    return this;
  }

  getRange(address?: string): XlRange {
    return new FakeRange(this.ctx, "Worksheet.getRange", () => {
      const s = this.target();
      return {
        sheet: s,
        rects: [
          address
            ? parseRect(address)
            : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 },
        ],
      };
    });
  }

  getRanges(address?: string): XlRangeAreas {
    return new FakeRange(this.ctx, "Worksheet.getRanges", () => {
      const s = this.target();
      if (!this.ctx.wb.supports("1.9"))
        throw new FakeOfficeError(
          "ApiNotFound",
          "getRanges needs ExcelApi 1.9",
        );
      const parts = (address ?? "")
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
      return { sheet: s, rects: parts.map(parseRect) };
    });
  }

  getUsedRange(valuesOnly?: boolean): XlRange {
    return new FakeRange(this.ctx, "Worksheet.getUsedRange", () => {
      const s = this.target();
      let rect: Rect | null = null;
      for (const [address, cell] of s.cells) {
        if (
          valuesOnly &&
          (cell.value === null || cell.value === "") &&
          !cell.formula
        )
          continue;
        const p = parseRect(address);
        rect = rect
          ? {
              top: Math.min(rect.top, p.top),
              left: Math.min(rect.left, p.left),
              bottom: Math.max(rect.bottom, p.bottom),
              right: Math.max(rect.right, p.right),
            }
          : p;
      }
      return {
        sheet: s,
        rects: [rect ?? { top: 0, left: 0, bottom: 0, right: 0 }],
      };
    });
  }

  copy(positionType?: string, relativeTo?: XlWorksheet): XlWorksheet {
    const ref: Ref<FakeSheet | null> = { resolved: false };
    const wb = this.ctx.wb;
    this.ctx.enqueue("Worksheet.copy", [positionType], () => {
      if (!wb.supports("1.7"))
        throw new FakeOfficeError("ApiNotFound", "copy needs ExcelApi 1.7");
      const s = this.target();
      if (wb.protected)
        throw new FakeOfficeError("AccessDenied", "The workbook is protected.");
      const type = positionType ?? "None";
      let index: number;
      if (type === "None" || type === "Beginning") index = 0;
      else if (type === "End") index = wb.sheets.length;
      else if ((type === "Before" || type === "After") && relativeTo) {
        const other = (relativeTo as FakeWorksheet).target();
        index = wb.sheets.indexOf(other) + (type === "After" ? 1 : 0);
      } else
        throw new FakeOfficeError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
        );
      ref.value = wb.copySheet(s, index);
      ref.resolved = true;
    });
    return new FakeWorksheet(this.ctx, ref);
  }

  activate(): void {
    this.ctx.enqueue(
      "Worksheet.activate",
      [],
      () => void (this.ctx.wb.activeSheet = this.target().name),
    );
  }

  delete(): void {
    this.ctx.enqueue("Worksheet.delete", [], () => {
      const s = this.target();
      const wb = this.ctx.wb;
      if (wb.protected)
        throw new FakeOfficeError("AccessDenied", "The workbook is protected.");
      if (wb.sheets.filter((x) => x.visibility === "Visible").length <= 1) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      }
      wb.removeSheet(s);
    });
  }
}

interface Target {
  sheet: FakeSheet;
  rects: Rect[];
}

/** A Range or RangeAreas: a resolver evaluated when its first queued call runs, then fixed. */
class FakeRange implements XlRange, XlRangeAreas {
  private resolved: Target | null | undefined;
  private loaded: Record<string, unknown> | null = null;
  private nullChecked = false;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;

  constructor(
    private readonly ctx: FakeContext,
    label: string,
    resolve: () => Target | null,
  ) {
    ctx.enqueue(label, [], () => {
      this.resolved = resolve();
      this.nullChecked = true;
    });
    this.format = this.makeFormat();
    this.dataValidation = this.makeValidation();
  }

  private target(): Target {
    if (!this.resolved)
      throw new FakeOfficeError(
        "ItemNotFound",
        "The requested resource doesn't exist.",
      );
    return this.resolved;
  }

  private write(label: string, args: unknown, fn: (t: Target) => void): void {
    this.ctx.enqueue(label, args, () => {
      const t = this.target();
      if (t.sheet.protected)
        throw new FakeOfficeError(
          "AccessDenied",
          "The cell or chart you're trying to change is protected.",
        );
      fn(t);
    });
  }

  private forCells(
    t: Target,
    fn: (address: string, row: number, col: number, rect: Rect) => void,
  ): void {
    for (const r of t.rects) {
      const bottom = Math.min(r.bottom, 1999);
      const right = Math.min(r.right, 199);
      for (let row = r.top; row <= bottom; row++)
        for (let col = r.left; col <= right; col++)
          fn(cellName(row, col), row, col, r);
    }
  }

  private fmt(sheet: FakeSheet, address: string): FakeFormat {
    let f = sheet.formats.get(address);
    if (!f) {
      f = { borders: {} };
      sheet.formats.set(address, f);
    }
    return f;
  }

  private makeFormat(): XlRangeFormat {
    const self = this;
    const setFmt = (
      prop: string,
      value: unknown,
      apply: (f: FakeFormat) => void,
    ) =>
      self.write(`RangeFormat.${prop}`, [value], (t) =>
        self.forCells(t, (a) => apply(self.fmt(t.sheet, a))),
      );
    const font = {
      set bold(v: boolean) {
        setFmt("font.bold", v, (f) => (f.bold = v));
      },
      set italic(v: boolean) {
        setFmt("font.italic", v, (f) => (f.italic = v));
      },
      set size(v: number) {
        setFmt("font.size", v, (f) => (f.size = v));
      },
      set color(v: string) {
        setFmt("font.color", v, (f) => (f.color = v));
      },
    } as XlRangeFormat["font"];
    const fill = {
      set color(v: string) {
        setFmt("fill.color", v, (f) => (f.fill = v));
      },
    } as XlRangeFormat["fill"];
    const protection = {
      set locked(v: boolean) {
        setFmt("protection.locked", v, (f) => (f.locked = v));
      },
    } as XlRangeFormat["protection"];
    const borders = {
      getItem(edge: string) {
        const set = (key: keyof FakeBorder, v: string) =>
          self.write(`RangeBorder.${key}`, [edge, v], (t) =>
            self.forCells(t, (a, row, col, r) => {
              const sides: Array<"top" | "bottom" | "left" | "right"> = [];
              if (edge === "EdgeTop" && row === r.top) sides.push("top");
              if (edge === "EdgeBottom" && row === r.bottom)
                sides.push("bottom");
              if (edge === "EdgeLeft" && col === r.left) sides.push("left");
              if (edge === "EdgeRight" && col === r.right) sides.push("right");
              if (edge === "InsideHorizontal") {
                if (row > r.top) sides.push("top");
                if (row < r.bottom) sides.push("bottom");
              }
              if (edge === "InsideVertical") {
                if (col > r.left) sides.push("left");
                if (col < r.right) sides.push("right");
              }
              const f = self.fmt(t.sheet, a);
              for (const side of sides) {
                const b = (f.borders[side] ??= { style: "None" });
                (b as unknown as Record<string, string>)[key] = v;
              }
            }),
          );
        return {
          set style(v: string) {
            set("style", v);
          },
          set weight(v: string) {
            set("weight", v);
          },
          set color(v: string) {
            set("color", v);
          },
        } as { style: string; weight: string; color: string };
      },
    };
    return {
      font,
      fill,
      protection,
      borders,
      set horizontalAlignment(v: string) {
        setFmt("horizontalAlignment", v, (f) => (f.horizontal = v));
      },
      set verticalAlignment(v: string) {
        setFmt("verticalAlignment", v, (f) => (f.vertical = v));
      },
      set wrapText(v: boolean) {
        setFmt("wrapText", v, (f) => (f.wrap = v));
      },
      get columnWidth(): number {
        return self.prop("format/columnWidth");
      },
      get rowHeight(): number {
        return self.prop("format/rowHeight");
      },
      get useStandardWidth(): boolean {
        return self.prop("format/useStandardWidth");
      },
      get useStandardHeight(): boolean {
        return self.prop("format/useStandardHeight");
      },
      set columnWidth(v: number) {
        self.write("RangeFormat.columnWidth", [v], (t) => {
          for (const r of t.rects)
            for (let c = r.left; c <= Math.min(r.right, 199); c++)
              t.sheet.columnWidths.set(c, v);
        });
      },
      set rowHeight(v: number) {
        self.write("RangeFormat.rowHeight", [v], (t) => {
          for (const r of t.rects)
            for (let row = r.top; row <= Math.min(r.bottom, 1999); row++)
              t.sheet.rowHeights.set(row, v);
        });
      },
      set useStandardWidth(v: boolean) {
        self.write("RangeFormat.useStandardWidth", [v], (t) => {
          if (!v) return;
          for (const c of [...t.sheet.columnWidths.keys()])
            if (t.rects.some((r) => c >= r.left && c <= r.right))
              t.sheet.columnWidths.delete(c);
        });
      },
      set useStandardHeight(v: boolean) {
        self.write("RangeFormat.useStandardHeight", [v], (t) => {
          if (!v) return;
          for (const row of [...t.sheet.rowHeights.keys()])
            if (t.rects.some((r) => row >= r.top && row <= r.bottom))
              t.sheet.rowHeights.delete(row);
        });
      },
    } as XlRangeFormat;
  }

  private makeValidation(): XlDataValidation {
    const self = this;
    const set = (key: keyof FakeValidation, v: unknown) =>
      self.write(`DataValidation.${key}`, [v], (t) => {
        if (!self.ctx.wb.supports("1.8"))
          throw new FakeOfficeError(
            "ApiNotFound",
            "dataValidation needs ExcelApi 1.8",
          );
        for (const r of t.rects) {
          const address = rectName(r);
          let entry = t.sheet.validations.find((x) => x.address === address);
          if (!entry) {
            entry = { address };
            t.sheet.validations.push(entry);
          }
          (entry as unknown as Record<string, unknown>)[key] = v;
        }
      });
    return {
      set rule(v: XlDataValidation["rule"]) {
        set("rule", v);
      },
      set prompt(v: XlDataValidation["prompt"]) {
        set("prompt", v);
      },
      set errorAlert(v: XlDataValidation["errorAlert"]) {
        set("errorAlert", v);
      },
      set ignoreBlanks(v: boolean) {
        set("ignoreBlanks", v);
      },
      clear() {
        self.write("DataValidation.clear", [], (t) => {
          if (!self.ctx.wb.supports("1.8"))
            throw new FakeOfficeError(
              "ApiNotFound",
              "DataValidation.clear needs ExcelApi 1.8",
            );
          t.sheet.validations = t.sheet.validations.filter(
            (v) => !overlaps(v.address, t.rects),
          );
        });
      },
    } as XlDataValidation;
  }

  // --- loading ----------------------------------------------------------------------------

  private prop<T>(name: string): T {
    if (!this.loaded || !(name in this.loaded)) throw notLoaded(name);
    return this.loaded[name] as T;
  }
  get isNullObject(): boolean {
    if (!this.nullChecked) throw notLoaded("isNullObject");
    return !this.resolved;
  }
  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get values(): any[][] {
    return this.prop("values");
  }
  get formulas(): any[][] {
    return this.prop("formulas");
  }
  get numberFormat(): any[][] {
    return this.prop("numberFormat");
  }

  load(names?: string | string[]): unknown {
    const wanted = (Array.isArray(names) ? names : (names ?? "").split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    this.ctx.enqueue("Range.load", [wanted], () => {
      if (!this.resolved) {
        this.loaded = {};
        return;
      }
      const { sheet, rects } = this.resolved;
      const r = rects[0];
      const grid = <T>(fn: (c: FakeCell | undefined) => T): T[][] => {
        const out: T[][] = [];
        for (let row = r.top; row <= r.bottom; row++) {
          const line: T[] = [];
          for (let col = r.left; col <= r.right; col++)
            line.push(fn(sheet.cells.get(cellName(row, col))));
          out.push(line);
        }
        return out;
      };
      const all: Record<string, () => unknown> = {
        address: () =>
          rects
            .map((x) => `${quoteSheet(sheet.name)}!${rectName(x)}`)
            .join(", "),
        rowIndex: () => r.top,
        columnIndex: () => r.left,
        rowCount: () => r.bottom - r.top + 1,
        columnCount: () => r.right - r.left + 1,
        values: () => grid((c) => (c ? (c.value ?? "") : "")),
        formulas: () => grid((c) => (c ? (c.formula ?? c.value ?? "") : "")),
        numberFormat: () => grid((c) => c?.numberFormat ?? "General"),
        // Row and column properties: the value when every row (column) of the range shares it,
        // else null, as Excel reports them. A hidden column is 0 wide, a hidden row 0 high.
        columnHidden: () =>
          uniform(columns(r), (c) => sheet.hiddenColumns.has(c)),
        rowHidden: () => uniform(rows(r), (row) => sheet.hiddenRows.has(row)),
        "format/columnWidth": () =>
          uniform(columns(r), (c) =>
            sheet.hiddenColumns.has(c)
              ? 0
              : (sheet.columnWidths.get(c) ?? STANDARD_WIDTH),
          ),
        "format/useStandardWidth": () =>
          uniform(columns(r), (c) => !sheet.columnWidths.has(c)),
        "format/rowHeight": () =>
          uniform(rows(r), (row) =>
            sheet.hiddenRows.has(row)
              ? 0
              : (sheet.rowHeights.get(row) ?? STANDARD_HEIGHT),
          ),
        "format/useStandardHeight": () =>
          uniform(rows(r), (row) => !sheet.rowHeights.has(row)),
      };
      this.loaded = {};
      for (const w of wanted) if (all[w]) this.loaded[w] = all[w]();
    });
    return this;
  }

  // --- writing ----------------------------------------------------------------------------

  private setGrid(
    label: string,
    data: any[][],
    apply: (cell: FakeCell, v: any) => void,
  ): void {
    this.write(`Range.${label}`, data, (t) => {
      const r = t.rects[0];
      if (
        data.length !== r.bottom - r.top + 1 ||
        data.some((row) => row.length !== r.right - r.left + 1)
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size of the range.`,
        );
      }
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return; // null leaves a cell unchanged
          const address = cellName(r.top + i, r.left + j);
          const cell = t.sheet.cells.get(address) ?? { value: null };
          apply(cell, v);
          t.sheet.cells.set(address, cell);
        }),
      );
    });
  }

  set formulas(data: any[][]) {
    this.setGrid("formulas", data, (cell, v) => {
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = null; // the fake does not calculate
      } else {
        delete cell.formula;
        cell.value =
          typeof v === "string" && v.startsWith("'")
            ? v.slice(1)
            : v === ""
              ? null
              : v;
      }
    });
  }
  set values(data: any[][]) {
    this.formulas = data;
  }
  get columnHidden(): boolean {
    return this.prop("columnHidden");
  }
  set columnHidden(v: boolean) {
    this.write("Range.columnHidden", [v], (t) => {
      for (const r of t.rects)
        for (let c = r.left; c <= Math.min(r.right, 199); c++)
          v ? t.sheet.hiddenColumns.add(c) : t.sheet.hiddenColumns.delete(c);
    });
  }
  set numberFormat(data: any[][]) {
    this.setGrid("numberFormat", data, (cell, v) => (cell.numberFormat = v));
  }

  getIntersectionOrNullObject(another: string): XlRange {
    return new FakeRange(this.ctx, "Range.getIntersectionOrNullObject", () => {
      const t = this.target();
      const hit = intersect(t.rects[0], parseRect(another));
      return hit ? { sheet: t.sheet, rects: [hit] } : null;
    });
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    return new FakeRange(this.ctx, "Range.getMergedAreasOrNullObject", () => {
      if (!this.ctx.wb.supports("1.13"))
        throw new FakeOfficeError(
          "ApiNotFound",
          "getMergedAreas needs ExcelApi 1.13",
        );
      const t = this.target();
      const hits = t.sheet.merges
        .map(parseRect)
        .filter((m) => intersect(m, t.rects[0]));
      return hits.length ? { sheet: t.sheet, rects: hits } : null;
    });
  }

  get rowHidden(): boolean {
    return this.prop("rowHidden");
  }
  set rowHidden(v: boolean) {
    this.write("Range.rowHidden", [v], (t) => {
      for (const r of t.rects)
        for (let row = r.top; row <= Math.min(r.bottom, 1999); row++)
          v ? t.sheet.hiddenRows.add(row) : t.sheet.hiddenRows.delete(row);
    });
  }

  get conditionalFormats(): XlRange["conditionalFormats"] {
    return {
      clearAll: () =>
        this.write("ConditionalFormatCollection.clearAll", [], (t) => {
          t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
            (a) => !overlaps(a, t.rects),
          );
        }),
    };
  }

  /**
   * "Contents": values and formulas; "Formats": formatting and number formats (merged areas,
   * validation and conditional formats stay: the fake assumes the least); "All": both, plus the
   * notes and comments on the cells, as Excel's Clear All does.
   */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.write("Range.clear", [applyTo], (t) => {
      const contents = applyTo !== "Formats";
      const formats = applyTo !== "Contents";
      for (const [address, cell] of [...t.sheet.cells]) {
        if (!overlaps(address, t.rects)) continue;
        if (contents) {
          delete cell.formula;
          cell.value = null;
        }
        if (formats) delete cell.numberFormat;
        if (cell.value === null && !cell.formula && !cell.numberFormat)
          t.sheet.cells.delete(address);
      }
      if (formats)
        for (const address of [...t.sheet.formats.keys()])
          if (overlaps(address, t.rects)) t.sheet.formats.delete(address);
      if (applyTo === "All") {
        for (const address of [...t.sheet.notes.keys()])
          if (overlaps(address, t.rects)) t.sheet.notes.delete(address);
        const wb = this.ctx.wb;
        wb.comments = wb.comments.filter(
          (c) => c.sheetId !== t.sheet.id || !overlaps(c.cell, t.rects),
        );
      }
    });
  }

  unmerge(): void {
    this.write("Range.unmerge", [], (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rects));
    });
  }

  merge(): void {
    this.write("Range.merge", [], (t) => {
      const r = t.rects[0];
      if (t.sheet.merges.some((m) => intersect(parseRect(m), r))) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "Cannot merge cells that overlap a merged area.",
        );
      }
      t.sheet.merges.push(rectName(r));
    });
  }

  /**
   * Paste All, as Excel does it: every cell of the area takes the source's contents, number
   * format and formatting (blank source cells leave blank cells), and the area's merged ranges,
   * data validation, conditional formats, notes and comments become the source's. Column widths,
   * row heights, hidden rows and columns, frozen panes and page setup are not pasted.
   * Modelled: copyType "All" onto the same address (a range of another sheet, or the whole
   * sheet), where relative references need no adjusting; anything else throws.
   */
  copyFrom(
    sourceRange: XlLoadable | string,
    copyType: "All" | "Formulas" | "Values" | "Formats" = "All",
    skipBlanks = false,
    transpose = false,
  ): void {
    this.write("Range.copyFrom", [copyType], (t) => {
      if (!this.ctx.wb.supports("1.9"))
        throw new FakeOfficeError("ApiNotFound", "copyFrom needs ExcelApi 1.9");
      const source: Target =
        typeof sourceRange === "string"
          ? { sheet: t.sheet, rects: [parseRect(sourceRange)] }
          : (sourceRange as FakeRange).target();
      const [from] = source.rects;
      const [to] = t.rects;
      if (
        copyType !== "All" ||
        skipBlanks ||
        transpose ||
        source.rects.length !== 1 ||
        from.top !== to.top ||
        from.left !== to.left
      )
        throw new Error(
          "fake: copyFrom is modelled only for All, onto the same address (no reference shifting)",
        );
      const area = [from];
      const inArea = (address: string) => overlaps(address, area);
      const src = structuredClone(source.sheet);
      const dst = t.sheet;
      const wb = this.ctx.wb;
      const sourceComments = wb.comments.filter(
        (c) => c.sheetId === source.sheet.id && inArea(c.cell),
      );
      const replace = <V>(into: Map<string, V>, pasted: Map<string, V>) => {
        for (const a of [...into.keys()]) if (inArea(a)) into.delete(a);
        for (const [a, v] of pasted) if (inArea(a)) into.set(a, v);
      };
      replace(dst.cells, src.cells);
      replace(dst.formats, src.formats);
      replace(dst.notes, src.notes);
      dst.merges = [
        ...dst.merges.filter((m) => !inArea(m)),
        ...src.merges.filter(inArea),
      ];
      dst.validations = [
        ...dst.validations.filter((v) => !inArea(v.address)),
        ...src.validations.filter((v) => inArea(v.address)),
      ];
      dst.conditionalFormats = [
        ...dst.conditionalFormats.filter((a) => !inArea(a)),
        ...src.conditionalFormats.filter(inArea),
      ];
      wb.comments = [
        ...wb.comments.filter((c) => c.sheetId !== dst.id || !inArea(c.cell)),
        ...sourceComments.map((c) => ({
          ...c,
          sheetId: dst.id,
          address: `${quoteSheet(dst.name)}!${c.cell}`,
        })),
      ];
    });
  }

  select(): void {
    this.ctx.enqueue("Range.select", [], () => {
      const t = this.target();
      this.ctx.wb.activeSheet = t.sheet.name;
      this.ctx.wb.selection = {
        sheet: t.sheet.name,
        address: rectName(t.rects[0]),
      };
    });
  }
}
