/** A Grid with merged areas resolved: every covered cell leads to the area's top-left cell. */
import { parseNumericText } from "../../core/parse";
import { isBlank } from "../../core/text";
import { a1, parseA1, type Grid, type GridCell } from "../grid";
import { isUnitOnly } from "./labels";

export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** What a cell looks like to someone searching for a label's value. */
export type Slot = "blank" | "value" | "label" | "unit" | "text";

/** Text that stands for "nothing here" rather than a number: "-", "—", "/", "无", "不适用". */
const PLACEHOLDER = /^(?:[-—–/\\－／]+|无|不适用|无项目|暂无)$/;

export function isPlaceholder(v: unknown): boolean {
  return typeof v === "string" && PLACEHOLDER.test(v.normalize("NFKC").replace(/\s/g, ""));
}

const KEY_STRIDE = 1 << 15; // > 16384 columns

export class Sheet {
  readonly rows: number;
  readonly columns: number;
  private readonly covered = new Map<number, Area>();
  /** Rows that continue a merged area begun above (not blank even when they hold no value). */
  private readonly continued = new Set<number>();

  constructor(
    readonly grid: Grid,
    private readonly isLabel: (r: number, c: number) => boolean
  ) {
    this.rows = grid.rowCount;
    this.columns = grid.columnCount;
    for (const m of grid.merges) {
      const [from, to = from] = m.split(":");
      const a = parseA1(from);
      const b = parseA1(to);
      const area: Area = {
        r0: Math.min(a.row, b.row) - grid.origin.row,
        c0: Math.min(a.column, b.column) - grid.origin.column,
        r1: Math.max(a.row, b.row) - grid.origin.row,
        c1: Math.max(a.column, b.column) - grid.origin.column,
      };
      for (let r = area.r0; r <= area.r1; r++) {
        for (let c = area.c0; c <= area.c1; c++) this.covered.set(r * KEY_STRIDE + c, area);
        if (r > area.r0) this.continued.add(r);
      }
    }
  }

  cell(r: number, c: number): GridCell | undefined {
    return this.grid.cells[r]?.[c];
  }

  address(r: number, c: number): string {
    return a1(r + this.grid.origin.row, c + this.grid.origin.column);
  }

  /** The merged area a cell belongs to (a 1×1 area when not merged). */
  area(r: number, c: number): Area {
    return this.covered.get(r * KEY_STRIDE + c) ?? { r0: r, c0: c, r1: r, c1: c };
  }

  /** The cell that holds the value of (r, c): the top-left of its merged area. */
  master(r: number, c: number): [number, number] {
    const a = this.covered.get(r * KEY_STRIDE + c);
    return a ? [a.r0, a.c0] : [r, c];
  }

  /** True when a row holds nothing at all (and no merged area runs through it from above). */
  isBlankRow(r: number): boolean {
    if (this.continued.has(r)) return false;
    const row = this.grid.cells[r];
    if (!row) return true;
    for (const cell of row)
      if (cell && (cell.formula !== undefined || !isBlank(cell.value))) return false;
    return true;
  }

  slot(r: number, c: number): Slot {
    const cell = this.cell(r, c);
    if (!cell) return "blank";
    const v = cell.value;
    if (typeof v === "string" && this.isLabel(r, c)) return "label";
    if (cell.formula !== undefined) return "value";
    if (v === null || isBlank(v)) return "blank";
    if (typeof v === "number") return "value";
    if (typeof v === "boolean") return "text";
    if (parseNumericText(v) !== undefined || isPlaceholder(v)) return "value";
    if (isUnitOnly(v)) return "unit";
    return "text";
  }

  /**
   * The value cell to the right of a label: the first value within a few cells (skipping unit
   * notes and at most two blanks), else undefined. `adjacent` is the first non-unit cell.
   */
  scanRight(r: number, c: number): { value?: [number, number]; adjacent: [number, number] } {
    const start = this.area(r, c).c1 + 1;
    let adjacent: [number, number] | undefined;
    let blanks = 0;
    let cc = start;
    for (let steps = 0; steps < 5; steps++) {
      const [mr, mc] = this.master(r, cc);
      const s = this.slot(mr, mc);
      if (s === "unit") {
        cc = this.area(mr, mc).c1 + 1;
        continue;
      }
      adjacent ??= [mr, mc];
      if (s === "value") return { value: [mr, mc], adjacent };
      if (s !== "blank" || ++blanks > 2) break;
      cc = this.area(mr, mc).c1 + 1;
    }
    return { adjacent: adjacent ?? this.master(r, start) };
  }

  /** The value cell below a label (skipping unit notes only). */
  scanDown(
    r: number,
    c: number
  ): { value?: [number, number]; adjacent: [number, number]; slot: Slot } {
    let rr = this.area(r, c).r1 + 1;
    for (let steps = 0; steps < 3; steps++) {
      const [mr, mc] = this.master(rr, c);
      const s = this.slot(mr, mc);
      if (s === "unit") {
        rr = this.area(mr, mc).r1 + 1;
        continue;
      }
      return { value: s === "value" ? [mr, mc] : undefined, adjacent: [mr, mc], slot: s };
    }
    return { adjacent: this.master(rr, c), slot: "blank" };
  }
}
