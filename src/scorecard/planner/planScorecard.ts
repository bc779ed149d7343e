/**
 * planScorecard: a 计分表 as data. Layout after the seeds' tables (浏阳2018 附件3, 湘潭县2020 计分表):
 *
 *   一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 指标说明 | 评价标准 | 指标值/自评输入 | 得分 | 扣分说明 | (hidden key)
 *
 * one row per indicator, a 小计 row after each 二级 and each 一级, then 合计 and 评价结果, then the
 * 补充数据 block (input cells for base figures missing from 基础数据) and the notes.
 * Pure: no exceljs, no Office.js, no I/O.
 */
import {
  D,
  fieldDef,
  findIndicator,
  formulaArgs,
  formulaErrorText,
  gradeBandsText,
  indicatorsOf,
  inputSpec,
  isField,
  isPerfError,
  ruleNote,
  type IndicatorRef,
  type Scheme,
} from "../../core";
import type { BaseData } from "../baseData";
import { a1, columnLetters } from "../grid";
import type {
  Plan,
  PlanCell,
  PlanInput,
  PlanValidation,
  ScorecardLayout,
  ScorecardRow,
  ScorecardSubtotal,
} from "../plan";
import { schemeFields } from "../reader/schemeFields";
import { sheetRef } from "../sheetNames";
import { wrappedLines } from "./excelText";
import { figureNumber, type FigureNumber } from "./figures";
import {
  gradeFormula,
  pendingCountExpr,
  pendingNoteFormula,
  qualitativeExplain,
  quantitativeExplain,
  readingFormula,
  scoreFormula,
  subtotalFormula,
  sumOfCells,
  valueFormula,
  type Dialect,
  type FormulaContext,
  type RowCells,
} from "./formulas";
import { STYLES, type StyleName } from "./styles";
import { figureStyle, figureValidation, inputStyle, ruleValidation } from "./validation";

export interface ScorecardOptions {
  dialect: Dialect;
  sheetName: string;
  /** The sheet the figures' addresses refer to. */
  baseSheetName: string;
  unitName?: string;
  year?: number;
  /** Show the 指标说明 and 评价标准 columns' text (default true); false leaves them narrow and empty. */
  ruleTexts?: boolean;
  /** Write the 扣分说明 formulas (default true); false leaves that column empty. */
  explanations?: boolean;
  /** Initial inputs: by indicator path (or a name findIndicator knows) and by base field id. */
  inputs?: Record<string, string | number>;
}

/** 0-based columns. */
const COLUMNS = {
  level1: 0,
  level1Points: 1,
  level2: 2,
  level2Points: 3,
  name: 4,
  points: 5,
  description: 6,
  criterion: 7,
  value: 8,
  score: 9,
  explain: 10,
  key: 11,
  /** Hidden: an input read as its rule reads it (portable dialect; see excelReading). */
  read: 12,
} as const;

const HEADER_ROW = 4;
const LAST_VISIBLE = COLUMNS.explain;
const col = (c: number) => columnLetters(c);

/** Header text of the key column; readScorecardInputs looks for it. */
export const KEY_HEADER = "键";
const READ_HEADER = "读数";
const VALUE_HEADER = "指标值/自评输入";
export const SUPPLEMENT_TITLE = "补充数据";

const WIDTHS = [6, 5, 9, 5, 14, 5, 28, 34, 12, 7, 30, 24, 8];
const LINE_HEIGHT = 12.5;

export function planScorecard(base: BaseData, scheme: Scheme, options: ScorecardOptions): Plan {
  return new ScorecardBuilder(base, scheme, options).build();
}

class ScorecardBuilder {
  private readonly cells: PlanCell[] = [];
  private readonly merges: string[] = [];
  private readonly validations: PlanValidation[] = [];
  private readonly inputs: PlanInput[] = [];
  private readonly heights = new Map<number, number>();
  private readonly ctx: FormulaContext;
  private readonly refs: IndicatorRef[];
  private readonly ruleTexts: boolean;
  private readonly explanations: boolean;
  private readonly initial: Map<string, string | number>;
  private readonly widths: number[];

  constructor(
    private readonly base: BaseData,
    private readonly scheme: Scheme,
    private readonly options: ScorecardOptions
  ) {
    this.ctx = { dialect: options.dialect, scheme };
    this.refs = indicatorsOf(scheme);
    this.ruleTexts = options.ruleTexts ?? true;
    this.explanations = options.explanations ?? true;
    this.initial = resolveInputs(scheme, this.refs, options.inputs ?? {});
    this.widths = WIDTHS.slice();
    if (!this.ruleTexts) {
      this.widths[COLUMNS.description] = 4;
      this.widths[COLUMNS.criterion] = 4;
    }
    if (!this.explanations) this.widths[COLUMNS.explain] = 4;
  }

  build(): Plan {
    const missing = this.missingFigures();
    // Rows are laid out first so formulas can point at the 补充数据 cells below the table.
    const rowsNeeded =
      this.refs.length + this.scheme.levels.reduce((n, l1) => n + l1.groups.length + 1, 0);
    const totalRow = HEADER_ROW + 1 + rowsNeeded;
    const gradeRow = totalRow + 1;
    const supplementTitleRow = gradeRow + 3;
    const figureCells = new Map<string, string>();
    missing.forEach((f, i) => figureCells.set(f, a1(supplementTitleRow + i - 1, COLUMNS.value)));

    this.titles();
    const { rows, subtotals, level1Subtotals } = this.body(figureCells);
    const summary = this.totals(totalRow, gradeRow, rows, level1Subtotals);
    let next = gradeRow + 1;
    if (missing.length) next = this.supplement(supplementTitleRow, missing, figureCells) + 1;
    const lastRow = this.notes(next + 1);

    const layout: ScorecardLayout = {
      schemeId: this.scheme.id,
      dialect: this.options.dialect,
      baseSheetName: this.options.baseSheetName,
      headerRow: HEADER_ROW,
      rows,
      subtotals,
      figures: missing.map((field) => ({ field, cell: figureCells.get(field)! })),
      ...summary,
    };
    const lastCol = col(LAST_VISIBLE);
    return {
      sheetName: this.options.sheetName,
      range: `A1:${col(COLUMNS.read)}${lastRow}`,
      cells: this.cells,
      styles: STYLES,
      merges: this.merges,
      columnWidths: this.widths,
      rowHeights: [...this.heights]
        .sort((a, b) => a[0] - b[0])
        .map(([row, height]) => ({ row, height })),
      freeze: { rows: HEADER_ROW, columns: 0 },
      validations: this.validations,
      print: {
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
        area: `A1:${lastCol}${lastRow}`,
      },
      inputs: this.inputs,
      summary: {
        totalCell: summary.totalCell,
        gradeCell: summary.gradeCell,
        pendingCell: summary.pendingCell,
      },
      hiddenColumns: [COLUMNS.key, COLUMNS.read],
      scorecard: layout,
    };
  }

  // --- cells ---

  private put(
    row: number,
    column: number,
    content: Omit<PlanCell, "address">,
    style: StyleName
  ): string {
    const address = a1(row - 1, column);
    this.cells.push({ address, ...content, style });
    return address;
  }

  /** Merge; the covered cells get the top-left cell's style too (Office.js styles cell by cell). */
  private merge(row1: number, col1: number, row2: number, col2: number): void {
    if (row1 === row2 && col1 === col2) return;
    const topLeft = a1(row1 - 1, col1);
    this.merges.push(`${topLeft}:${a1(row2 - 1, col2)}`);
    const style = this.cells.find((c) => c.address === topLeft)?.style;
    if (!style) return;
    for (let r = row1; r <= row2; r++) {
      for (let c = col1; c <= col2; c++)
        if (r !== row1 || c !== col1) this.cells.push({ address: a1(r - 1, c), style });
    }
  }

  /**
   * Grow the row to fit `text` wrapped in the given columns (merged widths add up). Widths are in
   * characters of the default 11-point font; smaller text fits more per line.
   */
  private fit(
    row: number,
    text: string,
    fromCol: number,
    toCol = fromCol,
    minLines = 1,
    fontSize = 10
  ): void {
    const width =
      (this.widths.slice(fromCol, toCol + 1).reduce((a, b) => a + b, 0) * 11) / fontSize;
    const lines = Math.max(minLines, wrappedLines(text, width));
    const height = Math.round(lines * LINE_HEIGHT + 5);
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, height));
  }

  // --- sections ---

  private titles(): void {
    const { unitName, year } = this.titleInfo();
    const title = `${unitName ?? ""}${year ? `${year}年度` : ""}部门整体支出绩效计分表`;
    this.put(1, 0, { value: title }, "title");
    this.merge(1, 0, 1, LAST_VISIBLE);
    this.heights.set(1, 28);

    const info = [
      `填报单位：${unitName ?? "（未填写）"}`,
      `评价年度：${year ? `${year}年` : "（未填写）"}`,
      `评分方案：${this.scheme.title}〔${this.scheme.id}〕`,
      `满分：${this.scheme.total}分`,
    ].join("　　");
    this.put(2, 0, { value: info }, "info");
    this.merge(2, 0, 2, LAST_VISIBLE);

    const formulas =
      this.options.dialect === "perf"
        ? "公式：PERF 函数（需要 PerfScore 加载项；没有加载项时请生成“通用公式”版）"
        : "公式：通用 Excel 公式（无需加载项，Excel、WPS、LibreOffice 均可计算）";
    const dialect = [
      formulas,
      `数据来源：${this.options.baseSheetName}表`,
      "黄色单元格为自评输入，空白的按待填处理，不计0分",
    ].join("　　");
    this.put(3, 0, { value: dialect }, "info");
    this.merge(3, 0, 3, LAST_VISIBLE);

    const headers = [
      "一级指标",
      "分值",
      "二级指标",
      "分值",
      "三级指标",
      "分值",
      this.scheme.descriptionHeading || "指标说明",
      "评价标准",
      VALUE_HEADER,
      "得分",
      "扣分说明",
      KEY_HEADER,
      READ_HEADER,
    ];
    headers.forEach((h, c) =>
      this.put(HEADER_ROW, c, { value: h }, c >= COLUMNS.key ? "key" : "header")
    );
    this.heights.set(HEADER_ROW, 30);
  }

  private titleInfo(): { unitName?: string; year?: number } {
    return {
      unitName: this.options.unitName ?? this.base.unitName,
      year: this.options.year ?? this.base.year,
    };
  }

  private body(figureCells: Map<string, string>) {
    const rows: ScorecardRow[] = [];
    const subtotals: ScorecardSubtotal[] = [];
    const level1Subtotals: ScorecardSubtotal[] = [];
    const scoreCol = col(COLUMNS.score);
    const pointsCol = col(COLUMNS.points);
    let r = HEADER_ROW + 1;
    let k = 0;
    for (const l1 of this.scheme.levels) {
      const start1 = r;
      const groupSubtotals: ScorecardSubtotal[] = [];
      for (const l2 of l1.groups) {
        const startG = r;
        for (let i = 0; i < l2.indicators.length; i++)
          rows.push(this.indicatorRow(r++, this.refs[k++], figureCells));
        const endG = r - 1;
        const range =
          startG === endG ? `${scoreCol}${startG}` : `${scoreCol}${startG}:${scoreCol}${endG}`;
        const paths = rows.slice(rows.length - l2.indicators.length).map((x) => x.key);
        const sub = this.subtotalRow(r, `${l1.name}/${l2.name}`, 2, paths, {
          label: l2.name ? `小计（${l2.name}）` : "小计",
          points: `=SUM(${pointsCol}${startG}:${pointsCol}${endG})`,
          score: subtotalFormula([range]),
          note: pendingNoteFormula([range], l2.indicators.length, "小计"),
          ranges: [range],
        });
        groupSubtotals.push(sub);
        subtotals.push(sub);
        // 二级 name and 分值, merged down to its 小计.
        this.put(startG, COLUMNS.level2, { value: l2.name }, "group");
        this.put(startG, COLUMNS.level2Points, { value: l2.points }, "points");
        this.merge(startG, COLUMNS.level2, r, COLUMNS.level2);
        this.merge(startG, COLUMNS.level2Points, r, COLUMNS.level2Points);
        r++;
      }
      const ranges = groupSubtotals.map((g) => {
        const first = rows.find((x) => x.key === g.indicators[0])!.row;
        return first === g.row - 1
          ? `${scoreCol}${first}`
          : `${scoreCol}${first}:${scoreCol}${g.row - 1}`;
      });
      const count = groupSubtotals.reduce((n, g) => n + g.indicators.length, 0);
      const sub1 = this.subtotalRow(
        r,
        l1.name,
        1,
        groupSubtotals.flatMap((g) => g.indicators),
        {
          label: `小计（${l1.name}）`,
          points: `=SUM(${groupSubtotals.map((g) => g.pointsCell).join(",")})`,
          score: sumOfCells(groupSubtotals.map((g) => g.scoreCell)),
          note: pendingNoteFormula(ranges, count, "小计"),
          ranges,
          labelFrom: COLUMNS.level2,
        }
      );
      subtotals.push(sub1);
      level1Subtotals.push(sub1);
      this.put(start1, COLUMNS.level1, { value: l1.name }, "group");
      this.put(start1, COLUMNS.level1Points, { value: l1.points }, "points");
      this.merge(start1, COLUMNS.level1, r, COLUMNS.level1);
      this.merge(start1, COLUMNS.level1Points, r, COLUMNS.level1Points);
      r++;
    }
    return { rows, subtotals, level1Subtotals };
  }

  private subtotalRow(
    row: number,
    key: string,
    level: 1 | 2,
    indicators: string[],
    c: {
      label: string;
      points: string;
      score: string;
      note: string;
      ranges: string[];
      labelFrom?: number;
    }
  ): ScorecardSubtotal {
    const from = c.labelFrom ?? COLUMNS.name;
    this.put(row, from, { value: c.label }, "subtotalLabel");
    this.merge(row, from, row, COLUMNS.name);
    const pointsCell = this.put(row, COLUMNS.points, { formula: c.points }, "subtotal");
    this.put(row, COLUMNS.description, { value: null }, "subtotal");
    this.merge(row, COLUMNS.description, row, COLUMNS.value);
    const scoreCell = this.put(row, COLUMNS.score, { formula: c.score }, "subtotal");
    this.put(row, COLUMNS.explain, { formula: c.note }, "subtotalNote");
    this.heights.set(row, 20);
    return { key, level, row, pointsCell, scoreCell, indicators };
  }

  private indicatorRow(
    row: number,
    ref: IndicatorRef,
    figureCells: Map<string, string>
  ): ScorecardRow {
    const ind = ref.indicator;
    const cells: RowCells = {
      points: a1(row - 1, COLUMNS.points),
      value: a1(row - 1, COLUMNS.value),
      score: a1(row - 1, COLUMNS.score),
      read: a1(row - 1, COLUMNS.read),
    };
    this.put(
      row,
      COLUMNS.name,
      { value: ind.name, ...(ind.note ? { note: `说明：${ind.note}` } : {}) },
      "name"
    );
    this.put(row, COLUMNS.points, { value: ind.points }, "points");
    const description = this.ruleTexts ? ind.description : "";
    this.put(row, COLUMNS.description, { value: description }, "text");
    this.put(row, COLUMNS.criterion, { value: this.ruleTexts ? ind.criterion : "" }, "text");
    this.put(row, COLUMNS.key, { value: ref.path }, "key");
    this.fit(row, ind.name, COLUMNS.name);
    if (this.ruleTexts) {
      this.fit(row, description, COLUMNS.description, COLUMNS.description, 1, 9);
      this.fit(row, ind.criterion, COLUMNS.criterion, COLUMNS.criterion, 1, 9);
    }
    if (this.explanations) this.fit(row, "", COLUMNS.explain, COLUMNS.explain, 2);

    let explain: string;
    if (ind.value) {
      const args = formulaArgs(ind.value);
      const refs = args.map((f) => this.figureRef(f, figureCells));
      const numbers = args.map((f, i) => this.figureNumber(f, refs[i]));
      const notes = numbers.flatMap((n) => (n.note ? [n.note] : []));
      const formula = valueFormula(
        this.ctx,
        ind.value,
        args.map((f, i) => {
          const def = fieldDef(f);
          const whole = def.notAbove ? args.indexOf(def.notAbove) : -1;
          return {
            ref: refs[i],
            number: numbers[i].expr,
            nonNegative: def.nonNegative,
            ...(def.max !== undefined ? { max: def.max } : {}),
            ...(whole >= 0 ? { notAbove: whole } : {}),
          };
        })
      );
      this.put(
        row,
        COLUMNS.value,
        { formula, ...(notes.length ? { note: notes.join("\n") } : {}) },
        "value"
      );
      const figures = args.map((f, i) => {
        const found = this.base.figures[f];
        const label = found
          ? `${f}（${found.sheet ?? this.options.baseSheetName}!${found.address}）`
          : `${f}（基础数据缺少，请在本表${refs[i]}补充）`;
        return { ref: refs[i], label };
      });
      explain = quantitativeExplain(this.ctx, ref, cells, {
        // The value is #N/A for an impossible figure too (valueFormula): say so.
        valueError: formulaErrorText(ind.value, ind.name).replace(
          /，无法计算/,
          "，或有负数、大于其总数等不可能的数据$&"
        ),
        figures,
      });
    } else {
      const spec = inputSpec(ind.rule, new D(ind.points), ind.name);
      const initial = this.initial.get(ref.path);
      this.put(row, COLUMNS.value, { value: initial ?? null }, inputStyle(spec));
      this.validations.push(ruleValidation(cells.value, spec, ind.name));
      this.inputs.push({
        address: cells.value,
        key: ref.path,
        kind: spec.kind,
        label: ind.name,
        ...(initial !== undefined ? { initial } : {}),
      });
      explain = qualitativeExplain(this.ctx, ref, cells, spec.hint);
      if (this.options.dialect === "portable")
        this.put(row, COLUMNS.read, { formula: readingFormula(ind.rule, cells) }, "key");
    }
    this.put(
      row,
      COLUMNS.score,
      { formula: scoreFormula(this.ctx, ref, cells, !ind.value) },
      "score"
    );
    const explainCell = this.put(
      row,
      COLUMNS.explain,
      this.explanations ? { formula: explain } : { value: null },
      "explain"
    );
    return {
      key: ref.path,
      row,
      pointsCell: cells.points,
      valueCell: cells.value,
      scoreCell: cells.score,
      explainCell,
      input: !ind.value,
    };
  }

  /**
   * A pinned figure by its defined name (=在职人员数 / PS_编制数 reads like its 指标说明, and
   * editing the name in 名称管理器 moves the formula with it); any other by its cell.
   */
  private figureRef(field: string, figureCells: Map<string, string>): string {
    const found = this.base.figures[field];
    if (found?.pin) return found.pin;
    if (found) return sheetRef(found.sheet ?? this.options.baseSheetName, found.address);
    return figureCells.get(field)!;
  }

  /** The figure as a number in this dialect, from what its cell holds now. */
  private figureNumber(field: string, ref: string): FigureNumber {
    const found = this.base.figures[field];
    const raw = found ? found.raw : this.initial.get(field);
    const where = found
      ? `${found.sheet ?? this.options.baseSheetName}!${found.address}`
      : `本表${ref}`;
    return figureNumber(this.options.dialect, field, ref, raw, where, found?.numberFormat);
  }

  private totals(
    totalRow: number,
    gradeRow: number,
    rows: ScorecardRow[],
    level1: ScorecardSubtotal[]
  ) {
    const scoreCol = col(COLUMNS.score);
    this.put(totalRow, COLUMNS.level1, { value: "合计" }, "totalLabel");
    this.merge(totalRow, COLUMNS.level1, totalRow, COLUMNS.name);
    const totalPointsCell = this.put(
      totalRow,
      COLUMNS.points,
      { formula: `=SUM(${level1.map((s) => s.pointsCell).join(",")})` },
      "total"
    );
    this.put(totalRow, COLUMNS.description, { value: null }, "total");
    this.merge(totalRow, COLUMNS.description, totalRow, COLUMNS.value);
    const totalCell = this.put(
      totalRow,
      COLUMNS.score,
      { formula: sumOfCells(level1.map((s) => s.scoreCell)) },
      "total"
    );
    const ranges = groupRanges(rows.map((x) => x.row)).map(([a, b]) =>
      a === b ? `${scoreCol}${a}` : `${scoreCol}${a}:${scoreCol}${b}`
    );
    // The pending count is a number (shown as "2项待填或需处理，未计入合计"): the grade depends on it.
    const pendingCell = this.put(
      totalRow,
      COLUMNS.explain,
      { formula: "=" + pendingCountExpr(ranges, rows.length) },
      "pending"
    );
    this.heights.set(totalRow, 22);

    this.put(gradeRow, COLUMNS.level1, { value: "评价结果" }, "totalLabel");
    this.merge(gradeRow, COLUMNS.level1, gradeRow, COLUMNS.name);
    this.put(gradeRow, COLUMNS.points, { value: gradeBandsText(this.scheme) }, "totalNote");
    this.merge(gradeRow, COLUMNS.points, gradeRow, COLUMNS.value);
    const gradeCell = this.put(
      gradeRow,
      COLUMNS.score,
      { formula: gradeFormula(this.ctx, totalCell, pendingCell) },
      "grade"
    );
    this.merge(gradeRow, COLUMNS.score, gradeRow, COLUMNS.explain);
    this.heights.set(gradeRow, 24);
    return { totalPointsCell, totalCell, gradeCell, pendingCell };
  }

  private missingFigures(): string[] {
    return schemeFields(this.scheme).filter((f) => !this.base.figures[f]);
  }

  /** The 补充数据 block; returns its last row. */
  private supplement(
    titleRow: number,
    missing: string[],
    figureCells: Map<string, string>
  ): number {
    const heading = `${SUPPLEMENT_TITLE}：基础数据表中没有找到以下数据，请在黄色单元格填写（也可以补到基础数据表后重新生成计分表）`;
    this.put(titleRow - 1, COLUMNS.level1, { value: heading }, "section");
    this.merge(titleRow - 1, COLUMNS.level1, titleRow - 1, LAST_VISIBLE);
    let r = titleRow;
    for (const field of missing) {
      const def = fieldDef(field);
      const cell = figureCells.get(field)!;
      this.put(r, COLUMNS.level1, { value: `${field}（${def.unit}）` }, "name");
      this.merge(r, COLUMNS.level1, r, COLUMNS.criterion);
      const initial = this.initial.get(field);
      this.put(
        r,
        COLUMNS.value,
        { value: initial ?? null, note: `基础数据缺少：${field}` },
        figureStyle(field)
      );
      this.put(
        r,
        COLUMNS.score,
        { value: `基础数据缺少：${field}。${def.description}` },
        "explain"
      );
      this.merge(r, COLUMNS.score, r, COLUMNS.explain);
      this.put(r, COLUMNS.key, { value: field }, "key");
      this.validations.push(figureValidation(cell, field));
      this.inputs.push({
        address: cell,
        key: field,
        kind: "figure",
        label: field,
        ...(initial !== undefined ? { initial } : {}),
      });
      this.fit(r, `基础数据缺少：${field}。${def.description}`, COLUMNS.score, COLUMNS.explain);
      r++;
    }
    return r - 1;
  }

  /** 说明 lines under the table; returns the last row used. */
  private notes(startRow: number): number {
    const lines: string[] = [
      "黄色单元格为自评输入；输入为空的指标不计分（不按0分计），列为“待填”，评价结果待全部指标计分后给出。",
      "各指标得分保留两位小数（四舍五入），合计为各指标得分之和；得分最低为0分，最高为该指标分值。",
    ];
    for (const ref of this.refs) {
      const note = ruleNote(ref.indicator.rule);
      if (note && !lines.includes(note)) lines.push(note);
    }
    for (const ref of this.refs)
      if (ref.indicator.note) lines.push(`${ref.indicator.name}：${ref.indicator.note}`);
    this.put(startRow, COLUMNS.level1, { value: "说明" }, "section");
    this.merge(startRow, COLUMNS.level1, startRow, LAST_VISIBLE);
    let r = startRow + 1;
    lines.forEach((text, i) => {
      const line = `${i + 1}. ${text}`;
      this.put(r, COLUMNS.level1, { value: line }, "note");
      this.merge(r, COLUMNS.level1, r, LAST_VISIBLE);
      this.fit(r, line, COLUMNS.level1, LAST_VISIBLE, 1, 9);
      r++;
    });
    return r - 1;
  }
}

/** Consecutive runs of row numbers: [5,6,8,9,10] -> [[5,6],[8,10]]. */
function groupRanges(rows: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** Map the caller's input keys (paths, names, field ids) to indicator paths and field ids. */
function resolveInputs(
  scheme: Scheme,
  refs: IndicatorRef[],
  inputs: Record<string, string | number>
): Map<string, string | number> {
  const out = new Map<string, string | number>();
  const paths = new Set(refs.map((r) => r.path));
  for (const [key, value] of Object.entries(inputs)) {
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === ""))
      continue;
    if (paths.has(key) || isField(key)) {
      out.set(key, value);
      continue;
    }
    try {
      out.set(findIndicator(scheme, key).path, value);
    } catch (e) {
      if (!isPerfError(e)) throw e;
      // An input for an indicator this scheme does not have is dropped.
    }
  }
  return out;
}
