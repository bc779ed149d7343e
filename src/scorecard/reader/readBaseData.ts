/**
 * Finds every catalogue figure on a 基础数据 sheet by its label, in whatever layout the sheet uses:
 * label left of value, label above value, and cross tables of row labels × year columns.
 * Linear in the number of cells: each cell is classified once (cached by text), and every lookup
 * afterwards is a bounded walk to a neighbour or a binary search over header rows.
 */
import { crossFieldId, FIELDS, isField, type YearColumn } from "../../core/fields";
import type { BaseData, LabelledValue, Problem } from "../baseData";
import type { Grid } from "../grid";
import type { PinnedCell } from "../pins";
import type { Scheme } from "../../core/scheme";
import { schemeFields } from "./schemeFields";
import { withLabelFigures } from "./labelFigures";
import { classify, type Reading, titleYear, yearValue } from "./classify";
import { type Candidate, checkFigures } from "./figures";
import { type LabelCell, nearMissProblems } from "./nearMiss";
import { Sheet } from "./sheet";
import { SubItemCheck } from "./subItems";
import {
  CROSS_COLUMN_OF,
  isSingleValueField,
  type Kind,
  type Period,
  PERIOD_ROWS,
} from "./vocabulary";

export interface ReadOptions {
  /** The evaluation year (本年), overriding whatever the sheet says. */
  year?: number;
  /**
   * The figures the caller needs (e.g. schemeFields(scheme)): only these are reported when missing
   * or blank. Default: the whole catalogue. Figures found are returned whatever this says.
   */
  fields?: readonly string[];
  /** Figures pinned to cells (src/scorecard/pins.ts): taken from there, before any label search. */
  pins?: readonly PinnedCell[];
}

interface Item {
  r: number;
  c: number;
  text: string;
  reading: Reading;
}

interface HeaderCell {
  r: number;
  c: number;
  text: string;
  period?: Period;
  kind?: Kind;
}

interface HeaderRow {
  /** Last row the headings occupy (merged headings may span rows). */
  bottom: number;
  cells: HeaderCell[];
  /** First row after the table (exclusive end of the rows the headings apply to). */
  end: number;
}

/** The column headings of a sheet's cross tables, and what they claim. */
interface Headings {
  rows: HeaderRow[];
  /** Header cells claimed by a header row. */
  keys: Set<number>;
  /** Period-only cells that head a 预算/决算 pair below ("2019年" over "预算数 | 决算数"). */
  superKeys: Set<number>;
  /** Years the headings name. */
  years: number[];
  /** Rows of single-value figures (满意率, 重点工作交办数) within a table's extent: read label-left. */
  singleRows: Set<number>;
}

const STRIDE = 1 << 15;
/** Text that can only be a number ("2,886.58", "87.98%"): no need to classify it as a label. */
const NUMERIC_LOOKING = /^[\s\d.,%()+-]*$/;

export function readBaseData(grid: Grid, options: ReadOptions = {}): BaseData {
  return new Reader(grid, options).read();
}

/**
 * The evaluation year and 填报单位 alone (what the pane's scheme suggestion needs): the cells are
 * classified and the headings read, but no figure is looked for or checked.
 */
export function readSheetInfo(grid: Grid): Pick<BaseData, "year" | "unitName"> {
  return new Reader(grid, {}).info();
}

type Side = "本年" | "上年";

class Reader {
  private readonly readings = new Map<number, Reading>();
  private readonly items: Item[] = [];
  /** Every text cell that is not a number, for labels the catalogue does not know. */
  private readonly texts: Array<{ r: number; c: number; text: string }> = [];
  private readonly titles: Array<{ r: number; c: number; year: number }> = [];
  private readonly sheet: Sheet;
  private readonly problems: Problem[] = [];
  private readonly reportedHeaders = new Set<string>();
  /** Set once in read(), from resolveYear, before any stage that needs it. */
  private year?: number;

  constructor(
    private readonly grid: Grid,
    private readonly options: ReadOptions
  ) {
    const cache = new Map<string, Reading | null>();
    grid.cells.forEach((row, r) => {
      row?.forEach((cell, c) => {
        const v = cell?.value;
        if (typeof v !== "string" || NUMERIC_LOOKING.test(v)) return;
        this.texts.push({ r, c, text: v });
        let reading = cache.get(v);
        if (reading === undefined) {
          reading = classify(v) ?? null;
          cache.set(v, reading);
        }
        if (reading) {
          // A label that only resembles a figure is no label to the layout logic (near misses only).
          if (!isLikeOnly(reading)) this.readings.set(r * STRIDE + c, reading);
          this.items.push({ r, c, text: v, reading });
        }
        if (v.includes("基础") || v.includes("基本数据")) {
          const y = titleYear(v);
          if (y !== undefined) this.titles.push({ r, c, year: y });
        }
      });
    });
    this.sheet = new Sheet(grid, (r, c) => this.readings.has(r * STRIDE + c));
  }

  read(): BaseData {
    // Each stage returns its result and hands it on; nothing depends on the order of side effects.
    const headings = this.headings();
    this.year = this.resolveYear(headings);
    const unitName = this.findUnitName();
    const cross = this.crossCandidates(headings);
    const candidates = [...cross.candidates, ...this.scalarCandidates(headings, cross.consumed)];
    const wanted = this.options.fields ?? FIELDS.map((f) => f.id);
    const { figures, problems } = checkFigures(
      candidates,
      this.sheet,
      wanted,
      this.options.pins,
      this.grid.sheetName
    );
    // Sub-items of any row, unless the catalogue's own sum check already spoke of that total.
    const sums = new SubItemCheck(this.sheet)
      .problems()
      .filter((p) => !problems.some((q) => q.kind === "sum" && q.cell === p.cell));
    const used = new Set(candidates.map((c) => c.labelAddress));
    for (const key of [...headings.keys, ...headings.superKeys])
      used.add(this.sheet.address(Math.floor(key / STRIDE), key % STRIDE));
    const nearMisses = nearMissProblems(this.labelCells(), used, figures, wanted);
    const out: BaseData = {
      sheetName: this.grid.sheetName,
      figures,
      problems: [...this.problems, ...problems, ...sums, ...nearMisses],
      labels: this.labelledValues(),
    };
    if (this.year !== undefined) out.year = this.year;
    if (unitName !== undefined) out.unitName = unitName;
    return out;
  }

  info(): Pick<BaseData, "year" | "unitName"> {
    const year = this.resolveYear(this.headings());
    const unitName = this.findUnitName();
    return {
      ...(year !== undefined ? { year } : {}),
      ...(unitName !== undefined ? { unitName } : {}),
    };
  }

  private reading(r: number, c: number): Reading | undefined {
    return this.readings.get(r * STRIDE + c);
  }

  // --- column headings ---

  private headings(): Headings {
    const keys = new Set<number>();
    const superKeys = new Set<number>();
    const years: number[] = [];
    const singleRows = new Set<number>();
    const byRow = new Map<number, HeaderCell[]>();
    for (const it of this.items) {
      const h = it.reading.header;
      if (!h) continue;
      const cell: HeaderCell = { r: it.r, c: it.c, text: it.text, period: h.period, kind: h.kind };
      if (h.kind && !h.period) {
        // Two-level headings: "2019年" merged over "预算数 | 决算数".
        for (let dr = 1; dr <= 2 && it.r - dr >= 0; dr++) {
          const [mr, mc] = this.sheet.master(it.r - dr, it.c);
          const above = this.reading(mr, mc)?.header;
          if (above?.period && !above.kind) {
            cell.period = above.period;
            superKeys.add(mr * STRIDE + mc);
            break;
          }
        }
      }
      let list = byRow.get(it.r);
      if (!list) byRow.set(it.r, (list = []));
      list.push(cell);
    }

    const rows: HeaderRow[] = [];
    for (const [, cells] of [...byRow].sort((a, b) => a[0] - b[0])) {
      const usable = cells.filter(
        (h) => !(h.period && !h.kind && superKeys.has(h.r * STRIDE + h.c))
      );
      // One heading alone counts only when it can be nothing else ("2020年年初预算数" may be a figure's label).
      const lone =
        usable.length === 1 &&
        usable[0].period &&
        usable[0].kind &&
        !this.reading(usable[0].r, usable[0].c)?.scalar;
      if (usable.length < 2 && !lone) continue;
      let bottom = usable[0].r;
      for (const h of usable) {
        keys.add(h.r * STRIDE + h.c);
        bottom = Math.max(bottom, this.sheet.area(h.r, h.c).r1);
        if (h.period && typeof h.period === "object") years.push(h.period.year);
      }
      rows.push({ bottom, cells: usable.sort((a, b) => a.c - b.c), end: this.sheet.rows });
    }
    for (const key of superKeys) {
      const p = this.readings.get(key)?.header?.period;
      if (p && typeof p === "object") years.push(p.year);
    }
    for (let i = 0; i < rows.length; i++)
      rows[i].end = this.tableEnd(
        rows[i],
        i + 1 < rows.length ? rows[i + 1].bottom : this.sheet.rows,
        singleRows
      );
    return { rows, keys, superKeys, years, singleRows };
  }

  /**
   * Where the rows under a heading row stop: at the next heading row; at a row that puts text
   * under one of the year columns without naming a row of the table (a new section such as
   * "预算执行情况 | 金额", or label-above headings "编制数 | 在职人数"); after a blank row, at the
   * first row that does not name a row of the table; or at the first of the label|value rows
   * (满意率 | 95%) that follow the table with no blank row in between, unless rows of the table
   * come after them. Rows of single-value figures inside the extent are added to `singleRows`.
   */
  private tableEnd(h: HeaderRow, limit: number, singleRows: Set<number>): number {
    const firstColumn = h.cells[0].c;
    let afterBlank = false;
    /** The first label|value row since the last row that is evidently one of the table. */
    let loose: number | undefined;
    for (let r = h.bottom + 1; r < limit; r++) {
      if (this.sheet.isBlankRow(r)) {
        afterBlank = true;
        continue;
      }
      const kind = this.rowKind(r, firstColumn, h);
      if (afterBlank && kind !== "row") return loose ?? r;
      afterBlank = false;
      if (kind === "row") {
        loose = undefined;
        continue;
      }
      for (const hc of h.cells) {
        const [mr, mc] = this.sheet.master(r, hc.c);
        if (mr !== r) continue;
        const s = this.sheet.slot(mr, mc);
        if (s === "text" || s === "label") return loose ?? r;
      }
      if (kind === "figure") loose = undefined;
      if (kind === "single") singleRows.add(r);
      if (kind === "single" || kind === "loose") loose ??= r;
    }
    return loose ?? limit;
  }

  /**
   * What a row under year headings is, by its label (left of the year columns) and its values:
   * - "row": the label names a row of the table;
   * - "figure": a single figure's label with values under year columns besides the one right of
   *   it (固定资产 | 580 | 600 | 610): a row of the table;
   * - "empty": a single figure's label with no value at all: read by column inside the table's
   *   extent, but no evidence of where the table ends;
   * - "single": a figure that is never a row of a year table (isSingleValueField), holding at most
   *   the value right of its label: read label-left wherever it sits;
   * - "loose": any other figure holding only the value right of its label (项目支出 | 1000): a
   *   label|value row, outside the table unless rows of the table follow it;
   * - "none": no label the reader knows.
   */
  private rowKind(
    r: number,
    firstColumn: number,
    h: HeaderRow
  ): "row" | "figure" | "empty" | "single" | "loose" | "none" {
    const row = this.grid.cells[r];
    if (!row) return "none";
    let label: { c: number; field: string } | undefined;
    for (let c = 0; c < Math.min(firstColumn, row.length); c++) {
      const reading = row[c] ? this.reading(r, c) : undefined;
      if (reading?.row) return "row";
      if (reading?.scalar?.type === "field" && !reading.scalar.period)
        label = { c, field: reading.scalar.field };
    }
    if (!label) return "none";
    const own = this.sheet.scanRight(r, label.c).value;
    for (const hc of h.cells) {
      const [mr, mc] = this.sheet.master(r, hc.c);
      if (mr !== r || (own && own[0] === mr && own[1] === mc)) continue;
      if (this.sheet.slot(mr, mc) === "value") return "figure";
    }
    if (isSingleValueField(label.field)) return "single";
    return own ? "loose" : "empty";
  }

  // --- the evaluation year ---

  /** The evaluation year, from the options, the year cells, the title or the headings (problems reported). */
  private resolveYear(headings: Headings): number | undefined {
    const headerYears = [...headings.years];
    const markers: Array<{ year: number; where: string }> = [];
    for (const it of this.items) {
      const rd = it.reading;
      const key = it.r * STRIDE + it.c;
      if (
        rd.year !== undefined &&
        !(rd.yearAlone && (headings.keys.has(key) || headings.superKeys.has(key)))
      ) {
        markers.push({ year: rd.year, where: this.sheet.address(it.r, it.c) });
      }
      if (rd.yearLabel) {
        const right = this.sheet.scanRight(it.r, it.c);
        const down = this.sheet.scanDown(it.r, it.c);
        for (const at of [right.value, down.value, right.adjacent]) {
          if (!at) continue;
          const y = yearValue(this.sheet.cell(at[0], at[1])?.value);
          if (y !== undefined) {
            markers.push({ year: y, where: this.sheet.address(at[0], at[1]) });
            break;
          }
        }
      }
    }
    for (const it of this.items) {
      const p =
        it.reading.scalar && "period" in it.reading.scalar ? it.reading.scalar.period : undefined;
      if (p && typeof p === "object" && !headings.keys.has(it.r * STRIDE + it.c))
        headerYears.push(p.year);
    }

    const distinct = (ys: number[]) => [...new Set(ys)].sort((a, b) => a - b);
    const markerYears = distinct(markers.map((m) => m.year));
    const title = this.titles[0];

    const given = this.options.year;
    if (given !== undefined) {
      for (const m of markers) {
        if (m.year !== given)
          this.yearProblem(
            m.where,
            `${m.where}写的年度${m.year}与指定的评价年度${given}不一致，按${given}年读取`,
            `${m.where} gives the year ${m.year}, not the evaluation year specified (${given}); reading it as ${given}`
          );
      }
      return given;
    }
    if (markerYears.length === 1) {
      const year = markerYears[0];
      if (title && title.year !== year) {
        const where = this.sheet.address(title.r, title.c);
        this.yearProblem(
          where,
          `标题（${where}）中的年度${title.year}与年度单元格${markers[0].where}的${year}不一致，按${year}年读取`,
          `The year ${title.year} in the title (${where}) differs from the year ${year} in ${markers[0].where}; reading it as ${year}`
        );
      }
      return year;
    }
    if (markerYears.length > 1) {
      const list = markers.map((m) => `${m.where}为${m.year}`).join("，");
      const listEn = markers.map((m) => `${m.where} = ${m.year}`).join(", ");
      this.yearProblem(
        markers[0].where,
        `表中写了不同的年度（${list}），无法确定评价年度，请统一后重试或指定年度`,
        `The sheet gives different years (${listEn}), so the evaluation year is unclear; make them agree and try again, or specify the year`
      );
      return undefined;
    }
    if (title) return title.year;
    const years = distinct(headerYears);
    // Only two consecutive years: the later one is 本年, the earlier 上年 (上年 = 本年 − 1 by definition).
    if (years.length === 2 && years[1] === years[0] + 1) return years[1];
    if (years.length === 1) {
      this.yearProblem(
        undefined,
        `表头只出现${years[0]}年，无法判断它是本年还是上年；请在表中填写“年度”或指定评价年度`,
        `The column headings name only the year ${years[0]}, so it is unclear whether it is the evaluation year or the year before; add a "年度" (year) cell to the sheet or specify the evaluation year`
      );
    } else if (years.length >= 2) {
      this.yearProblem(
        undefined,
        `表头出现多个年份（${years.join("、")}），无法确定评价年度；请在表中填写“年度”或指定评价年度`,
        `The column headings name several years (${years.join(", ")}), so the evaluation year is unclear; add a "年度" (year) cell to the sheet or specify the evaluation year`
      );
    }
    return undefined;
  }

  private yearProblem(cell: string | undefined, message: string, messageEn: string): void {
    const p: Problem = { kind: "year", message, messageEn };
    if (cell) p.cell = cell;
    this.problems.push(p);
  }

  /** 本年 / 上年 for a period; undefined (reported once per cell) when it is neither. */
  private side(period: Period, r: number, c: number, text: string): Side | undefined {
    if (period === "本年" || period === "上年") return period;
    if (this.year === undefined) return undefined; // reported by resolveYear
    if (period.year === this.year) return "本年";
    if (period.year === this.year - 1) return "上年";
    const where = this.sheet.address(r, c);
    if (!this.reportedHeaders.has(where)) {
      this.reportedHeaders.add(where);
      this.yearProblem(
        where,
        `“${text.trim()}”（${where}）的年份既不是评价年度${this.year}年，也不是上年${this.year - 1}年，未读取`,
        `"${text.trim()}" (${where}) is neither the evaluation year ${this.year} nor the year before (${this.year - 1}); not read`
      );
    }
    return undefined;
  }

  private findUnitName(): string | undefined {
    for (const it of this.items) {
      if (it.reading.unitName) return it.reading.unitName;
      if (it.reading.unitLabel) {
        const right = this.sheet.scanRight(it.r, it.c);
        const [r, c] = right.adjacent;
        const v = this.sheet.cell(r, c)?.value;
        if (typeof v === "string" && v.trim() && !this.reading(r, c)) return v.trim();
      }
    }
    return undefined;
  }

  // --- cross tables ---

  /**
   * Figures read from cross tables, and `consumed`: single-figure labels that sat in a table and
   * were read there (scalarCandidates skips them).
   */
  private crossCandidates(headings: Headings): {
    candidates: Candidate[];
    consumed: Set<number>;
  } {
    const out: Candidate[] = [];
    const consumed = new Set<number>();
    const headerRows = headings.rows;
    if (headerRows.length === 0) return { candidates: out, consumed };
    const bottoms = headerRows.map((h) => h.bottom);
    for (const it of this.items) {
      const rd = it.reading;
      const scalarField =
        rd.scalar?.type === "field" && !rd.scalar.period ? rd.scalar.field : undefined;
      if (!rd.row && !scalarField) continue;
      if (headings.keys.has(it.r * STRIDE + it.c)) continue;
      const h = headerRows[lastBelow(bottoms, it.r)];
      if (!h || it.r >= h.end) continue;
      if (scalarField && headings.singleRows.has(it.r)) continue;
      const labelEnd = this.sheet.area(it.r, it.c).c1;
      const columns = h.cells.filter((hc) => hc.c > labelEnd);
      if (columns.length === 0) continue;
      const push = (field: string, hc: HeaderCell) => {
        const [vr, vc] = this.sheet.master(it.r, hc.c);
        out.push({
          field,
          r: vr,
          c: vc,
          label: `${it.text.trim()}（${hc.text.trim()}）`,
          labelAddress: this.sheet.address(it.r, it.c),
        });
      };
      if (scalarField) {
        // A single figure on a row of the table: read from the column the figure means, never another year's.
        consumed.add(it.r * STRIDE + it.c);
        const hc = this.columnFor(scalarField, columns);
        if (hc) push(scalarField, hc);
        continue;
      }
      for (const hc of columns) {
        const side = this.columnSide(hc);
        if (!side) continue;
        const field =
          rd.row?.type === "cross"
            ? hc.kind && crossFieldId(rd.row.row, `${side}${hc.kind}数` as YearColumn)
            : rd.row && hc.kind !== "预算"
              ? PERIOD_ROWS[rd.row.row][side]
              : undefined;
        if (field) push(field, hc);
      }
    }
    return { candidates: out, consumed };
  }

  /**
   * The column of a cross table holding a single figure: the one CROSS_COLUMN_OF names (项目支出 →
   * 本年预算数), else this year's actual (本年决算数, then a 本年 column without a kind, then 本年预算数).
   */
  private columnFor(field: string, columns: HeaderCell[]): HeaderCell | undefined {
    const want = CROSS_COLUMN_OF[field];
    const prefs: Array<[Side, Kind | undefined]> = want
      ? [
          [want.slice(0, 2) as Side, want.slice(2, 4) as Kind],
          [want.slice(0, 2) as Side, undefined],
        ]
      : [
          ["本年", "决算"],
          ["本年", undefined],
          ["本年", "预算"],
        ];
    const sides = columns.map((hc) => this.columnSide(hc));
    for (const [side, kind] of prefs) {
      const i = columns.findIndex((hc, j) => sides[j] === side && hc.kind === kind);
      if (i >= 0) return columns[i];
    }
    return undefined;
  }

  /** 本年 / 上年 of a column heading; headings without a year are reported once. */
  private columnSide(hc: HeaderCell): Side | undefined {
    if (!hc.period) {
      const where = this.sheet.address(hc.r, hc.c);
      if (!this.reportedHeaders.has(where)) {
        this.reportedHeaders.add(where);
        this.yearProblem(
          where,
          `表头“${hc.text.trim()}”（${where}）没有注明年份，无法区分本年与上年，未读取该列`,
          `The column heading "${hc.text.trim()}" (${where}) names no year, so the evaluation year and the year before cannot be told apart; the column was not read`
        );
      }
      return undefined;
    }
    return this.side(hc.period, hc.r, hc.c, hc.text);
  }

  // --- single figures ---

  private scalarCandidates(headings: Headings, consumed: ReadonlySet<number>): Candidate[] {
    const out: Candidate[] = [];
    const headingGroup = this.labelAboveGroups(headings.keys);
    for (const it of this.items) {
      const s = it.reading.scalar;
      if (!s) continue;
      const key = it.r * STRIDE + it.c;
      if (headings.keys.has(key) || consumed.has(key)) continue;
      const field = this.scalarField(s, it);
      if (!field) continue;
      const [vr, vc] = this.valueCell(it.r, it.c, headingGroup.has(key));
      out.push({
        field,
        r: vr,
        c: vc,
        label: it.text.trim(),
        labelAddress: this.sheet.address(it.r, it.c),
      });
    }
    return out;
  }

  private scalarField(s: NonNullable<Reading["scalar"]>, it: Item): string | undefined {
    if (s.type === "field") {
      if (!s.period) return s.field;
      const side = this.side(s.period, it.r, it.c, it.text);
      // "2018年实际在职人数" is this year's figure; last year's is not a catalogue field.
      if (side === "上年") return undefined;
      if (side === undefined && typeof s.period === "object" && this.year !== undefined)
        return undefined;
      return s.field;
    }
    const side = this.side(s.period, it.r, it.c, it.text);
    if (!side) return undefined;
    if (s.type === "byPeriod") return PERIOD_ROWS[s.row][side];
    return crossFieldId(s.row, `${side}${s.kind}数` as YearColumn);
  }

  /** Labels that may be near misses: everything classified as (or like) a figure or a table row. */
  private labelCells(): LabelCell[] {
    return this.items
      .filter((it) => it.reading.scalar || it.reading.row || it.reading.like)
      .map((it) => ({
        address: this.sheet.address(it.r, it.c),
        text: it.text,
        reading: it.reading,
        hasValue: this.hasValue(it.r, it.c),
      }));
  }

  private hasValue(r: number, c: number): boolean {
    return !!(this.sheet.scanRight(r, c).value ?? this.sheet.scanDown(r, c).value);
  }

  /** Every text cell with a value right of it (first) or below it. */
  private labelledValues(): LabelledValue[] {
    const out: LabelledValue[] = [];
    for (const t of this.texts) {
      const at = this.sheet.scanRight(t.r, t.c).value ?? this.sheet.scanDown(t.r, t.c).value;
      if (!at) continue;
      out.push({
        label: t.text.trim(),
        labelAddress: this.sheet.address(t.r, t.c),
        address: this.sheet.address(at[0], at[1]),
        raw: this.sheet.cell(at[0], at[1])?.value ?? null,
      });
    }
    return out;
  }

  /** Scalar labels standing side by side in one row: headings over a row of values (seed 000's 编制数 | 实际在职人数). */
  private labelAboveGroups(headerKeys: ReadonlySet<number>): Set<number> {
    const group = new Set<number>();
    let prev: Item | undefined;
    for (const it of this.items) {
      if (!it.reading.scalar || headerKeys.has(it.r * STRIDE + it.c)) continue;
      if (prev && prev.r === it.r && this.sheet.area(prev.r, prev.c).c1 + 1 === it.c) {
        group.add(prev.r * STRIDE + prev.c);
        group.add(it.r * STRIDE + it.c);
      }
      prev = it;
    }
    return group;
  }

  /**
   * Where a label's value is: a number to the right, else a number below, else (for headings in a
   * row) the cell below, else the cell to the right. A blank value keeps its address.
   */
  private valueCell(r: number, c: number, inHeadingRow: boolean): [number, number] {
    const right = this.sheet.scanRight(r, c);
    if (right.value) return right.value;
    const down = this.sheet.scanDown(r, c);
    if (down.value) return down.value;
    if (inHeadingRow && down.slot !== "label") return down.adjacent;
    return right.adjacent;
  }
}

/** A reading that only says which figures a label resembles (not a label the layout knows). */
function isLikeOnly(rd: Reading): boolean {
  return (
    !!rd.like &&
    !rd.scalar &&
    !rd.row &&
    !rd.header &&
    rd.year === undefined &&
    !rd.yearLabel &&
    !rd.unitLabel &&
    !rd.unitName
  );
}

/** Index of the last element of ascending `xs` that is < x, or -1. */
function lastBelow(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * The 基础数据 sheet read for a scheme: only the scheme's fields are required; those the catalogue
 * does not know (a user's own scheme) are found by their labels, unless pinned to a cell.
 */
export function readSchemeBase(
  grid: Grid,
  scheme: Scheme,
  year?: number,
  pins?: readonly PinnedCell[]
): BaseData {
  const fields = schemeFields(scheme);
  const base = readBaseData(grid, {
    year,
    fields: fields.filter(isField),
    ...(pins ? { pins } : {}),
  });
  return withLabelFigures(
    base,
    fields.filter((f) => !isField(f) && !(f in base.figures)),
    grid
  );
}
