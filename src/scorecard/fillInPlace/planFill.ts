/**
 * 在此表中计分: the officer's own blank 计分表, which is also the scheme sheet, filled in place. Only
 * EMPTY cells are planned: each indicator's 指标值 (a value formula over the base sheet), 得分 and
 * 扣分说明, the 合计 row's 分值/得分/扣分说明 and the cell beside 评价结果. The formulas are the
 * generated 计分表's portable ones (planner/formulas.ts and the rule kinds' native twins), so the
 * sheet computes without the add-in exactly as a generated 计分表 does. Pure: no Office, no exceljs.
 */
import {
  D,
  fieldDef,
  formulaArgs,
  formulaErrorText,
  indicatorsOf,
  inputSpec,
  type IndicatorRef,
  type Scheme,
  xBlankCell,
} from "../../core";
import { excelReading } from "../../core/rules/native";
import type { BaseData } from "../baseData";
import { a1, columnLetters, parseA1, type Grid, type GridCell } from "../grid";
import { figureNumber } from "../planner/figures";
import {
  gradeFormula,
  pendingCountExpr,
  pendingNoteFormula,
  qualitativeExplain,
  quantitativeExplain,
  scoreFormula,
  subtotalFormula,
  valueFormula,
  type FormulaContext,
  type RowCells,
} from "../planner/formulas";
import type { SchemeSheetReading } from "../schemeSheet";
import { sheetRef } from "../sheetNames";

/** Excel's limit on a formula's length. */
export const MAX_FORMULA = 8192;

export type FillRole =
  "value" | "score" | "explain" | "totalPoints" | "total" | "totalNote" | "grade";

/** One cell the fill writes: always a formula, always into a cell that was empty. */
export interface FillCell {
  /** A1 on the scheme sheet ("J7"). */
  address: string;
  /** With its leading "=", en-US syntax. */
  formula: string;
  role: FillRole;
  /** The indicator path, for an indicator's cells. */
  key?: string;
}

/** An empty 指标值 cell left for the officer's self-evaluation input (nothing is written into it). */
export interface FillInput {
  address: string;
  key: string;
  label: string;
  /** What to type, as the generated 计分表's input message says it. */
  hint: string;
}

/** Something the fill leaves alone, and why (a non-empty cell, a missing figure, …). */
export interface FillSkip {
  /** A1 on the scheme sheet, when it is about a cell. */
  cell?: string;
  key?: string;
  message: string;
}

export interface FillRow {
  key: string;
  /** 1-based sheet row. */
  row: number;
  /** The 指标值 cell (written, kept, or an input cell); undefined without a 指标值 column. */
  valueCell?: string;
  scoreCell: string;
  explainCell?: string;
  /** Self-evaluation input rather than a computed value. */
  input: boolean;
}

export interface FillPlan {
  sheetName: string;
  baseSheetName: string;
  scheme: Scheme;
  /** Exactly the cells that will be written; `cells.length` is the count shown to the user first. */
  cells: FillCell[];
  inputs: FillInput[];
  skipped: FillSkip[];
  rows: FillRow[];
  totalCell?: string;
  gradeCell?: string;
}

export type FillPlanning =
  { ok: true; plan: FillPlan } | { ok: false; problems: Array<{ cell: string; message: string }> };

/** Input kinds whose reader takes a number as it is (xInputNumber): typed numbers need no reading. */
const NUMERIC_INPUTS = new Set(["rate", "count", "score"]);

/** A row's formulas: the value cell's (when it gets one) and 得分/扣分说明 forms, the first that fits wins. */
interface Forms {
  value?: string;
  candidates: Array<{ score: string; explain: string }>;
}

const TOTAL_LABEL = /^(合计|总计|总分)/;
const GRADE_LABEL = /^(评价结果|评价等级|等级)[:：]?$/;

/** The sheet's cells by absolute 0-based position, and which of them may be written. */
class SheetView {
  private readonly covered: Array<{ top: number; left: number; bottom: number; right: number }>;
  constructor(readonly grid: Grid) {
    this.covered = grid.merges.map((m) => {
      const [from, to = from] = m.split(":");
      const a = parseA1(from);
      const b = parseA1(to);
      return { top: a.row, left: a.column, bottom: b.row, right: b.column };
    });
  }
  cell(row: number, col: number): GridCell | undefined {
    return this.grid.cells[row - this.grid.origin.row]?.[col - this.grid.origin.column];
  }
  text(row: number, col: number): string {
    const v = this.cell(row, col)?.value;
    return v === null || v === undefined ? "" : String(v).replace(/\s+/g, "");
  }
  isEmpty(row: number, col: number): boolean {
    const c = this.cell(row, col);
    return !c || ((c.value === null || c.value === "") && c.formula === undefined);
  }
  /** The merged area holding the cell, if any. */
  mergeOf(row: number, col: number) {
    return this.covered.find(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right
    );
  }
  /** Empty, and not hidden under another cell of a merged area. */
  writable(row: number, col: number): boolean {
    const m = this.mergeOf(row, col);
    return this.isEmpty(row, col) && (!m || (m.top === row && m.left === col));
  }
}

/** Consecutive runs of row numbers as column ranges: [5,6,8] -> ["J5:J6", "J8"]. */
function columnRanges(col: string, rows: number[]): string[] {
  const runs: Array<[number, number]> = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs.map(([a, b]) => (a === b ? `${col}${a}` : `${col}${a}:${col}${b}`));
}

/**
 * Plans the fill of `grid`, the scheme sheet `reading` read, over `base` (read for that scheme,
 * on the sheet named `base.sheetName`). A sheet without a 得分 column, or whose scheme does not
 * read, gives its problems and no plan.
 */
export function planFill(grid: Grid, reading: SchemeSheetReading, base: BaseData): FillPlanning {
  const cols = reading.columns;
  if (!reading.scheme || !cols) return { ok: false, problems: reading.problems };
  if (cols.col.score === undefined)
    return {
      ok: false,
      problems: [
        {
          cell: grid.sheetName,
          message: "评分方案表没有“得分”列：在此表中计分需要原表的得分列（或改用“生成计分表”）",
        },
      ],
    };
  const rows = reading.rows.map((r) => r.row);
  return { ok: true, plan: new FillBuilder(grid, reading.scheme, cols, base, rows).build() };
}

type Cols = NonNullable<SchemeSheetReading["columns"]>;

class FillBuilder {
  private readonly view: SheetView;
  private readonly ctx: FormulaContext;
  private readonly cells: FillCell[] = [];
  private readonly inputs: FillInput[] = [];
  private readonly skipped: FillSkip[] = [];
  private readonly rows: FillRow[] = [];
  private readonly taken = new Set<string>();
  private readonly abs: (c: number | undefined) => number | undefined;

  constructor(
    private readonly grid: Grid,
    private readonly scheme: Scheme,
    private readonly cols: Cols,
    private readonly base: BaseData,
    /** 1-based sheet rows of the 三级指标, as the reader found them. */
    private readonly indicatorRows: number[]
  ) {
    this.view = new SheetView(grid);
    this.ctx = { dialect: "portable", scheme };
    this.abs = (c) => (c === undefined ? undefined : grid.origin.column + c);
  }

  build(): FillPlan {
    const refs = indicatorsOf(this.scheme);
    // The reader keeps a row per 三级指标 in order, and a scheme exists only when every row read.
    refs.forEach((ref, i) => this.indicator(ref, this.indicatorRows[i] - 1));
    const totals = this.totals();
    return {
      sheetName: this.grid.sheetName,
      baseSheetName: this.base.sheetName,
      scheme: this.scheme,
      cells: this.cells,
      inputs: this.inputs,
      skipped: this.skipped,
      rows: this.rows,
      ...totals,
    };
  }

  private put(row: number, col: number, formula: string, role: FillRole, key?: string): boolean {
    const address = a1(row, col);
    if (this.taken.has(address)) return false;
    if (!this.view.writable(row, col)) {
      this.skipped.push({
        cell: address,
        key,
        message: "单元格已有内容（或在合并单元格中），未改动",
      });
      return false;
    }
    if (formula.length > MAX_FORMULA) {
      this.skipped.push({
        cell: address,
        key,
        message: `公式超过Excel的${MAX_FORMULA}个字符，未写入`,
      });
      return false;
    }
    this.taken.add(address);
    this.cells.push({ address, formula, role, ...(key ? { key } : {}) });
    return true;
  }

  private indicator(ref: IndicatorRef, row: number): void {
    const ind = ref.indicator;
    const at = (c: number | undefined) => (c === undefined ? undefined : a1(row, c));
    const valueCol = this.abs(this.cols.col.value);
    const scoreCol = this.abs(this.cols.col.score)!;
    const explainCol = this.abs(this.cols.col.explanation);
    const fillRow: FillRow = {
      key: ref.path,
      row: row + 1,
      ...(valueCol !== undefined ? { valueCell: at(valueCol) } : {}),
      scoreCell: at(scoreCol)!,
      ...(explainCol !== undefined ? { explainCell: at(explainCol) } : {}),
      input: !ind.value,
    };
    this.rows.push(fillRow);
    const skip = (message: string) => {
      this.skipped.push({ cell: fillRow.scoreCell, key: ref.path, message });
    };
    // The officer's own score stays, and so does whatever explains it.
    if (!this.view.writable(row, scoreCol)) return skip("得分已填写，本行未改动");
    const points = at(this.abs(this.cols.points.level3))!;
    const forms = ind.value
      ? this.computedForms(ref, fillRow, row, valueCol, points)
      : this.inputForms(ref, fillRow, row, valueCol, points);
    if (typeof forms === "string") return skip(forms);
    const fits = (f: string) => f.length <= MAX_FORMULA;
    const both = forms.candidates.find((f) => fits(f.score) && fits(f.explain));
    // Past Excel's limit with its 扣分说明, a row still gets its 得分 when that fits alone.
    const score = both?.score ?? forms.candidates.map((f) => f.score).find(fits);
    if (!score) return skip(`公式超过Excel的${MAX_FORMULA}个字符，本行未写入`);
    if (forms.value) this.put(row, valueCol!, forms.value, "value", ref.path);
    this.put(row, scoreCol, score, "score", ref.path);
    if (explainCol === undefined) return;
    if (both) this.put(row, explainCol, both.explain, "explain", ref.path);
    else
      this.skipped.push({
        cell: fillRow.explainCell,
        key: ref.path,
        message: `扣分说明公式超过Excel的${MAX_FORMULA}个字符，未写入（得分已写入）`,
      });
  }

  /**
   * A computed 指标值: into the empty 指标值 cell, or, where there is none, inside 得分 and 扣分说明 —
   * first as the 计分表 reads figures, then, if that is too long, taking a figure that is a number
   * (or blank) now as a number only (text typed there later gives #N/A, 需处理, never a wrong score).
   */
  private computedForms(
    ref: IndicatorRef,
    fillRow: FillRow,
    row: number,
    valueCol: number | undefined,
    points: string
  ): Forms | string {
    const ind = ref.indicator;
    const vf = ind.value!;
    const args = formulaArgs(vf);
    const missing = args.filter((f) => !this.base.figures[f]);
    if (missing.length)
      return `基础数据缺少：${missing.join("、")}（补到“${this.base.sheetName}”表后再计分）`;
    const found = args.map((f) => this.base.figures[f]);
    // As the generated 计分表: a pinned figure by its defined name, any other by its cell.
    const refs = found.map((f) => f.pin ?? sheetRef(f.sheet ?? this.base.sheetName, f.address));
    const place = (f: (typeof found)[number]) => `${f.sheet ?? this.base.sheetName}!${f.address}`;
    const formula = (compact: boolean) =>
      valueFormula(
        this.ctx,
        vf,
        args.map((f, i) => {
          const def = fieldDef(f);
          const whole = def.notAbove ? args.indexOf(def.notAbove) : -1;
          const where = place(found[i]);
          const number =
            compact && typeof found[i].raw !== "string"
              ? `IF(ISNUMBER(${refs[i]}),${refs[i]},IF(${xBlankCell(refs[i])},0,NA()))`
              : figureNumber("portable", f, refs[i], found[i].raw, where, found[i].numberFormat)
                  .expr;
          return {
            ref: refs[i],
            number,
            nonNegative: def.nonNegative,
            ...(def.max !== undefined ? { max: def.max } : {}),
            ...(whole >= 0 ? { notAbove: whole } : {}),
          };
        })
      );
    const full = formula(false);
    const inCell =
      valueCol !== undefined && this.view.writable(row, valueCol) && full.length <= MAX_FORMULA;
    const messages = {
      valueError: formulaErrorText(vf, ind.name).replace(
        /，无法计算/,
        "，或有负数、大于其总数等不可能的数据$&"
      ),
      figures: args.map((f, i) => ({
        ref: refs[i],
        label: `${f}（${place(found[i])}）`,
      })),
    };
    const values = inCell
      ? [fillRow.valueCell!]
      : [full, formula(true)].map((v) => `(${v.slice(1)})`);
    return {
      ...(inCell ? { value: full } : {}),
      candidates: values.map((value) => {
        const cells: RowCells = { points, value, score: fillRow.scoreCell, read: value };
        return {
          score: scoreFormula(this.ctx, ref, cells, false),
          explain: quantitativeExplain(this.ctx, ref, cells, messages),
        };
      }),
    };
  }

  /**
   * A self-evaluation input: the 指标值 cell is the input cell (left empty for the officer). Its
   * reading is computed inline, as the 计分表's hidden 读数 cell computes it; if that is too long, a
   * number input is taken as typed (text there gives #N/A and the 扣分说明 asks for a number).
   */
  private inputForms(
    ref: IndicatorRef,
    fillRow: FillRow,
    row: number,
    valueCol: number | undefined,
    points: string
  ): Forms | string {
    const ind = ref.indicator;
    const spec = inputSpec(ind.rule, new D(ind.points), ind.name);
    // The officer's own cell has no dropdown: the hint says what to type.
    const hint = spec.hint.replace(/，也可从下拉列表中选择/, "").replace(/^从下拉列表选择/, "填写");
    if (valueCol === undefined || this.view.mergeOf(row, valueCol))
      return `“${ind.name}”需要自评输入，但表中没有可填写的“指标值”单元格：请加一列“指标值”`;
    const value = fillRow.valueCell!;
    if (this.view.isEmpty(row, valueCol))
      this.inputs.push({ address: value, key: ref.path, label: ind.name, hint });
    const reads = [`(${excelReading(ind.rule, value)})`];
    if (NUMERIC_INPUTS.has(spec.kind)) reads.push(`IF(ISNUMBER(${value}),${value},NA())`);
    return {
      candidates: reads.map((read) => {
        const cells: RowCells = { points, value, score: fillRow.scoreCell, read };
        return {
          score: scoreFormula(this.ctx, ref, cells, true),
          explain: qualitativeExplain(this.ctx, ref, cells, hint),
        };
      }),
    };
  }

  /** The 合计 row (分值, 得分, 扣分说明) and the cell beside 评价结果. */
  private totals(): { totalCell?: string; gradeCell?: string } {
    const scoreCol = this.abs(this.cols.col.score)!;
    const letters = columnLetters(scoreCol);
    const rowNumbers = this.rows.map((r) => r.row);
    const ranges = columnRanges(letters, rowNumbers);
    const count = rowNumbers.length;
    const after = rowNumbers.length
      ? rowNumbers[rowNumbers.length - 1]
      : this.grid.origin.row + this.cols.headerRow + 1;
    const end = this.grid.origin.row + this.grid.rowCount;
    const left = this.grid.origin.column;

    let totalCell: string | undefined;
    const totalRow = this.findRow(after, end, (r) =>
      TOTAL_LABEL.test(
        Array.from({ length: scoreCol - left }, (_, i) => this.view.text(r, left + i)).find(
          Boolean
        ) ?? ""
      )
    );
    const sumExpr = subtotalFormula(ranges).slice(1);
    if (totalRow === undefined) this.skipped.push({ message: "没有找到“合计”行，合计未写入" });
    else {
      const pointsCol = this.abs(this.cols.points.level3)!;
      if (this.view.writable(totalRow, pointsCol))
        this.put(
          totalRow,
          pointsCol,
          `=SUM(${columnRanges(columnLetters(pointsCol), rowNumbers).join(",")})`,
          "totalPoints"
        );
      if (this.put(totalRow, scoreCol, "=" + sumExpr, "total")) totalCell = a1(totalRow, scoreCol);
      const explainCol = this.abs(this.cols.col.explanation);
      if (explainCol !== undefined && this.view.writable(totalRow, explainCol))
        this.put(totalRow, explainCol, pendingNoteFormula(ranges, count, "合计"), "totalNote");
    }

    const grade = this.gradeTarget(after, end);
    if (!grade) {
      this.skipped.push({ message: "没有找到旁边为空的“评价结果”单元格，评价结果未写入" });
      return { totalCell };
    }
    const pending = `(${pendingCountExpr(ranges, count)})`;
    const formula = gradeFormula(this.ctx, totalCell ?? `(${sumExpr})`, pending);
    const gradeCell = this.put(grade.row, grade.col, formula, "grade")
      ? a1(grade.row, grade.col)
      : undefined;
    return { totalCell, gradeCell };
  }

  private findRow(from: number, to: number, test: (r: number) => boolean): number | undefined {
    for (let r = from; r < to; r++) if (test(r)) return r;
    return undefined;
  }

  /** The first empty cell right of a 评价结果 label (past its merged area), below the table. */
  private gradeTarget(from: number, to: number): { row: number; col: number } | undefined {
    const left = this.grid.origin.column;
    for (let r = from; r < to; r++)
      for (let c = left; c < left + this.grid.columnCount; c++) {
        if (!GRADE_LABEL.test(this.view.text(r, c))) continue;
        const next = (this.view.mergeOf(r, c)?.right ?? c) + 1;
        if (this.view.writable(r, next) && !this.taken.has(a1(r, next)))
          return { row: r, col: next };
        this.skipped.push({ cell: a1(r, next), message: "“评价结果”旁的单元格已有内容，未改动" });
      }
    return undefined;
  }
}
