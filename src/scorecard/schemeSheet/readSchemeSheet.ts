/**
 * A scoring table pasted into a sheet, read as a scheme: columns found by header, 一级/二级 carried down
 * through merged or blank cells, each 评价标准 read by the rule-text reader, each value formula read
 * over base-data figures. Every problem names its cell; a sheet with problems gives no scheme.
 */
import {
  D,
  parseNumberOrBlank,
  type Indicator,
  type Level1,
  type Level2,
  type Rule,
  type Scheme,
} from "../../core";
import { STANDARD_GRADES } from "../../core/schemes/grades";
import { readRuleText } from "../../core/ruleText";
import { a1, type Grid } from "../grid";
import { findColumns, type Columns, type Role } from "./headers";
import {
  catalogueLabel,
  formulaPart,
  labelOperand,
  readValueFormula,
  type OperandResolver,
} from "./valueText";

export interface SheetProblem {
  /** "评分方案!H9" */
  cell: string;
  message: string;
  /** Set where a 计分方式 override written on the row would fix the problem (its cell is empty). */
  fix?: OverrideFix;
}

/** Where a row's 计分方式 override goes, and what it must read to (the pane's 写计分方式). */
export interface OverrideFix {
  /** 0-based sheet row of the indicator, and of the table's header. */
  row: number;
  headerRow: number;
  /** 0-based sheet column of the 计分方式 column; absent when the table has none. */
  column?: number;
  /** The row's 评价标准 as written, and its 分值 (the override is read with it). */
  criterion: string;
  points: number;
  /** "rate": the row has a value formula, so the override must read to a rule over a rate. */
  need: "rule" | "rate";
}

/** How one 三级指标 row was read, for the pane's and the CLI's listing. */
export interface RowReading {
  row: number;
  path: string;
  points: number;
  /** The rule as understood, or why not. */
  reading: string;
  /** The value formula in figures, or 自评输入. */
  value: string;
  ok: boolean;
}

export interface SchemeSheetReading {
  sheetName: string;
  scheme?: Scheme;
  rows: RowReading[];
  problems: SheetProblem[];
  /** Where the 得分 / 扣分说明 / 指标值 columns are, for filling the table in place. */
  columns?: Columns;
}

/** Rules over a rate: the only ones a value formula can feed. */
export const RATE_KINDS = new Set(["deduct", "bands", "proportional"]);

function cellText(grid: Grid, r: number, c: number | undefined): string {
  if (c === undefined) return "";
  const v = grid.cells[r]?.[c]?.value;
  return v === null || v === undefined ? "" : String(v).trim();
}

function pointsAt(grid: Grid, r: number, c: number | undefined): number | undefined {
  const t = cellText(grid, r, c);
  if (t === "") return undefined;
  try {
    const d = parseNumberOrBlank(t, "分值");
    return d === undefined ? Number.NaN : d.toNumber();
  } catch {
    // Text that is no number ("已填"): the caller reports the cell.
    return Number.NaN;
  }
}

/** Points add up exactly: 0.4 + 0.3 + 0.3 is 1, not 1.0000000000000002. */
const decimalSum = (xs: number[]) => xs.reduce((s, x) => s.plus(x), new D(0)).toNumber();

const END = /^(合计|总计|总分|小计|评价结果|备注|说明|注[:：])/;

/**
 * A level's name as tables print it, "投   入（20分）": the name without the spaces that spread it
 * across the cell, and the points in brackets (the 分值 where the table has no 分值 column for it).
 */
export function namePoints(text: string): [string, number | undefined] {
  const m = /^(.*?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$/.exec(text);
  const name = (m ? m[1] : text).replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, "");
  return [name, m ? Number(m[2]) : undefined];
}

interface Acc {
  levels: Level1[];
  problems: SheetProblem[];
  rows: RowReading[];
  /** Where each level's 分值 was written, for the sum check. */
  at: Map<object, string>;
  /** Every 三级 row's 分值 per 二级, readable rule or not. */
  rowPoints: Map<Level2, number[]>;
}

function ruleOf(
  grid: Grid,
  r: number,
  cols: Columns,
  points: number,
  addr: (c: number) => string,
  problems: SheetProblem[],
  fix: OverrideFix
): { rule?: Rule; reading: string; source?: string } {
  const override = cellText(grid, r, cols.col.override);
  const criterion = cellText(grid, r, cols.col.criterion);
  const source = override || criterion;
  const where = addr((override ? cols.col.override : cols.col.criterion)!);
  if (source === "") {
    problems.push({ cell: where, message: "评价标准为空", fix });
    return { reading: "评价标准为空" };
  }
  const read = readRuleText(source, points);
  if (!read.ok) {
    problems.push({
      cell: where,
      message: `评价标准无法读懂：${read.reason}${read.part ? `（“${read.part}”）` : ""}；可修改原文，或在“计分方式”列写明`,
      // An unreadable 计分方式 is edited where it is: the fix never writes over it.
      ...(override ? {} : { fix }),
    });
    return { reading: `无法读懂：${read.reason}` };
  }
  return { rule: read.rule, reading: read.reading, source };
}

/**
 * The 指标值 cell as a value formula's text. A table filled in place (在此表中计分: its 得分 is a
 * formula) holds the computed value or the officer's self-evaluation input there: a formula cell,
 * or text that reads as no formula, is then no formula text, and the row reads as before the fill.
 */
function typedValueFormula(grid: Grid, r: number, cols: Columns, resolve: OperandResolver): string {
  const c = cols.col.value;
  if (c === undefined || grid.cells[r]?.[c]?.formula !== undefined) return "";
  const typed = cellText(grid, r, c);
  const filled = cols.col.score !== undefined && grid.cells[r]?.[cols.col.score]?.formula;
  if (!filled || !typed) return typed;
  // One word with no arithmetic ("较好", "①②") is an input here, unless it names a catalogue figure:
  // any word could be a label of the officer's own.
  const arithmetic = /[/／=＝]/.test(typed);
  return readValueFormula(typed, arithmetic ? resolve : catalogueLabel).ok ? typed : "";
}

function indicatorRow(
  grid: Grid,
  r: number,
  cols: Columns,
  resolve: OperandResolver,
  acc: Acc,
  path: string
): Indicator | undefined {
  const addr = (c: number) =>
    `${grid.sheetName}!${a1(grid.origin.row + r, grid.origin.column + c)}`;
  const name = namePoints(cellText(grid, r, cols.col.level3))[0];
  const points = pointsAt(grid, r, cols.points.level3);
  if (points === undefined || !(points > 0)) {
    acc.problems.push({ cell: addr(cols.points.level3!), message: `“${name}”的分值应为大于0的数` });
    return undefined;
  }
  const criterion = cellText(grid, r, cols.col.criterion);
  const fix: OverrideFix = {
    row: grid.origin.row + r,
    headerRow: grid.origin.row + cols.headerRow,
    ...(cols.col.override === undefined ? {} : { column: grid.origin.column + cols.col.override }),
    criterion,
    points,
    need: "rule",
  };
  const { rule, reading, source } = ruleOf(grid, r, cols, points, addr, acc.problems, fix);
  const description = cellText(grid, r, cols.col.description);
  // A 指标值 cell wins; else a rate rule takes the formula at the head of 指标说明 or 评价标准
  // ("X=（A/B）×100%"); other rules, and rate rules without a formula, are self-evaluated.
  const inner = rule && (rule.kind === "notApplicable" ? rule.rule : rule);
  const typed = typedValueFormula(grid, r, cols, resolve);
  const fromText =
    inner && RATE_KINDS.has(inner.kind)
      ? [description, criterion].find(
          (t) => /=|＝/.test(t.split(/[。;；]/)[0]) && formulaPart(t) !== undefined
        )
      : undefined;
  const valueSource = typed || fromText || "";
  const valueCol = typed
    ? cols.col.value
    : description === valueSource
      ? cols.col.description
      : cols.col.criterion;
  let value: Indicator["value"];
  if (valueSource) {
    const v = readValueFormula(valueSource, resolve);
    if (v.ok) value = v.formula;
    else acc.problems.push({ cell: addr(valueCol!), message: v.reason });
  }
  if (inner && value && !RATE_KINDS.has(inner.kind))
    acc.problems.push({
      cell: addr(cols.col.criterion!),
      message: `评价标准是“${reading.split("：")[0]}”，需要自评输入，但指标值是公式；请删去指标值公式或在“计分方式”列改写`,
      ...(cellText(grid, r, cols.col.override) === ""
        ? { fix: { ...fix, need: "rate" as const } }
        : {}),
    });
  acc.rows.push({
    row: grid.origin.row + r + 1,
    path,
    points,
    reading,
    value: value ? valueSource : "自评输入",
    ok: rule !== undefined && (!valueSource || value !== undefined),
  });
  if (!rule) return undefined;
  // The text read is kept: a PERF 计分表 scores with it (PERF.RULESCORE), naming no scheme.
  return {
    name,
    points,
    description,
    criterion,
    rule,
    ruleText: source,
    ...(value ? { value } : {}),
  };
}

function checkSums(acc: Acc, total: number | undefined, sheet: string): void {
  const sum = (xs: Array<{ points: number }>) => xs.reduce((s, x) => s.plus(x.points), new D(0));
  for (const l1 of acc.levels) {
    const s1 = sum(l1.groups);
    if (!s1.equals(l1.points))
      acc.problems.push({
        cell: acc.at.get(l1) ?? sheet,
        message: `一级指标“${l1.name}”${l1.points}分，其下二级指标合计${s1.toString()}分`,
      });
    for (const l2 of l1.groups) {
      const s2 = sum((acc.rowPoints.get(l2) ?? []).map((points) => ({ points })));
      if (!s2.equals(l2.points))
        acc.problems.push({
          cell: acc.at.get(l2) ?? sheet,
          message: `二级指标“${l2.name || "（未命名）"}”${l2.points}分，其下三级指标合计${s2.toString()}分`,
        });
    }
  }
  const all = sum(acc.levels);
  if (total !== undefined && !all.equals(total))
    acc.problems.push({
      cell: sheet,
      message: `合计行写${total}分，各一级指标合计${all.toString()}分`,
    });
}

export function readSchemeSheet(
  grid: Grid,
  resolve: OperandResolver = labelOperand
): SchemeSheetReading {
  const cols = findColumns(grid);
  if (!cols)
    return {
      sheetName: grid.sheetName,
      rows: [],
      problems: [
        {
          cell: grid.sheetName,
          message: "没有找到评分表的表头（需要“三级指标”“分值”“评价标准”等列）",
        },
      ],
    };
  const acc: Acc = { levels: [], problems: [], rows: [], at: new Map(), rowPoints: new Map() };
  const addr = (r: number, c: number) =>
    `${grid.sheetName}!${a1(grid.origin.row + r, grid.origin.column + c)}`;
  let l1: Level1 | undefined;
  let l2: Level2 | undefined;
  let total: number | undefined;
  const text = (r: number, role: Role) => cellText(grid, r, cols.col[role]);
  for (let r = cols.headerRow + 1; r < grid.rowCount; r++) {
    const first =
      [0, 1, 2].map((c) => cellText(grid, r, c).replace(/\s+/g, "")).find((t) => t !== "") ?? "";
    if (END.test(first)) {
      if (/^(合计|总计|总分)/.test(first))
        total = pointsAt(grid, r, cols.points.level3) ?? pointsAt(grid, r, cols.points.level1);
      break;
    }
    // An upper level's 分值 that is no number would otherwise be taken for a blank one.
    for (const c of [cols.points.level1, cols.points.level2])
      if (c !== undefined && Number.isNaN(pointsAt(grid, r, c) ?? 0))
        acc.problems.push({ cell: addr(r, c), message: `分值“${cellText(grid, r, c)}”不是数字` });
    const [name1, named1] = namePoints(text(r, "level1"));
    const [name2, named2] = namePoints(text(r, "level2"));
    const name3 = namePoints(text(r, "level3"))[0];
    if (
      name1 !== "" ||
      pointsAt(grid, r, cols.points.level1) !== undefined ||
      (l1 === undefined && name3 !== "")
    ) {
      const p1 = pointsAt(grid, r, cols.points.level1) ?? named1;
      l1 = { name: name1, points: p1 ?? Number.NaN, groups: [] };
      acc.levels.push(l1);
      acc.at.set(l1, addr(r, cols.points.level1 ?? cols.col.level1 ?? 0));
      l2 = undefined;
    }
    // A new 二级 starts where its name or its 分值 is written (an unnamed 二级 has only its 分值).
    const p2 = pointsAt(grid, r, cols.points.level2) ?? named2;
    if (name2 !== "" || p2 !== undefined || l2 === undefined) {
      if (name3 === "" && name2 === "") continue;
      l2 = { name: name2, points: p2 ?? Number.NaN, indicators: [] };
      l1!.groups.push(l2);
      acc.at.set(l2, addr(r, cols.points.level2 ?? cols.col.level2 ?? 0));
    }
    if (name3 === "") continue;
    // The table's own arithmetic counts every row's 分值, whether or not its rule reads.
    const p3 = pointsAt(grid, r, cols.points.level3);
    if (p3 !== undefined && p3 > 0) acc.rowPoints.set(l2, [...(acc.rowPoints.get(l2) ?? []), p3]);
    const ind = indicatorRow(grid, r, cols, resolve, acc, `${l1!.name}/${l2.name}/${name3}`);
    if (ind) l2.indicators.push(ind);
  }
  // Levels without their own 分值 column take the sum of what is below them.
  for (const l of acc.levels) {
    for (const g of l.groups)
      if (Number.isNaN(g.points)) g.points = decimalSum(acc.rowPoints.get(g) ?? []);
    if (Number.isNaN(l.points)) l.points = decimalSum(l.groups.map((g) => g.points));
  }
  checkSums(acc, total, grid.sheetName);
  const scheme: Scheme | undefined =
    acc.problems.length === 0
      ? {
          id: `本地:${grid.sheetName}`,
          title: `工作簿中的评分方案表“${grid.sheetName}”`,
          source: `工作簿中的“${grid.sheetName}”工作表`,
          descriptionHeading: "指标说明",
          total: decimalSum(acc.levels.map((l) => l.points)),
          grades: STANDARD_GRADES,
          levels: acc.levels,
        }
      : undefined;
  return {
    sheetName: grid.sheetName,
    scheme,
    rows: acc.rows,
    problems: acc.problems,
    columns: cols,
  };
}
