/**
 * What the 汇总表 keeps of each department while the batch runs: a few numbers and strings per
 * workbook (the workbook itself is gone before the next one is opened), and its 明细 rows, which
 * are written out at once.
 */
import type { GradeBand } from "../../core";
import type { IndicatorComparison, WorkbookReview } from "../../scorecard/review";

/** One 明细 row: an indicator of a department. */
export interface DetailRow {
  id: number;
  unit: string;
  file: string;
  level1: string;
  level2: string;
  name: string;
  max: number;
  self: number | null;
  computed: number | null;
  explanation: string;
  selfCell: string;
}

/** One 问题清单 row. */
export interface ProblemRow {
  id: number;
  file: string;
  unit: string;
  /** 指标差异 / 无法核对 / 基础数据 / 自评得分 / 计分表 / 文件 */
  kind: string;
  sheet: string;
  cell: string;
  message: string;
}

export interface DepartmentRecord {
  id: number;
  file: string;
  unit: string;
  year?: number;
  schemeId?: string;
  grades?: GradeBand[];
  /** Whether a filled 计分表 was found (else the self total stays blank). */
  hasSelf: boolean;
  /** 1-based 明细 rows of its first and last indicator. */
  firstRow?: number;
  lastRow?: number;
  /** 明细 row and scores by matrix column key. */
  cells: Map<string, { row: number; self: number | null; computed: number | null }>;
  /** The values the 汇总 formulas compute now. */
  selfTotal: number | null;
  computedTotal: number;
  differing: number;
  unchecked: number;
  dataProblems: number;
  /** Chinese: how it was read, or why it could not be. */
  note: string;
  error?: string;
}

/** The matrix column an indicator goes to: its name, or 二级/name where the scheme repeats the name. */
export function matrixKey(c: IndicatorComparison, all: readonly IndicatorComparison[]): string {
  return all.filter((x) => x.name === c.name).length > 1 ? `${c.level2}/${c.name}` : c.name;
}

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

export function detailRows(id: number, file: string, r: WorkbookReview): DetailRow[] {
  const unit = r.unitName ?? "";
  return r.indicators.map((c) => ({
    id,
    unit,
    file,
    level1: c.level1,
    level2: c.level2,
    name: c.name,
    max: c.max,
    self: num(c.self),
    computed: num(c.computed),
    explanation: c.reason || c.explanation,
    selfCell: c.cells[0]?.label === "自评得分" ? `${c.cells[0].sheet}!${c.cells[0].cell}` : "",
  }));
}

/** What the reviewer sends back: differences, scores that cannot be checked, missing figures, data problems. */
export function problemRows(id: number, file: string, r: WorkbookReview): ProblemRow[] {
  const unit = r.unitName ?? "";
  const row = (kind: string, sheet: string, cell: string, message: string): ProblemRow => ({
    id,
    file,
    unit,
    kind,
    sheet,
    cell,
    message,
  });
  const out: ProblemRow[] = [];
  for (const c of r.ordered) {
    if (c.status !== "differs" && c.status !== "pending") continue;
    // The self-score cell, else the first figure the value needs.
    const at = c.cells[0];
    const kind = c.status === "differs" ? "指标差异" : "无法核对";
    out.push(row(kind, at?.sheet ?? "", at?.cell ?? "", `${c.name}：${c.reason || c.explanation}`));
  }
  for (const p of r.summary.problems) out.push(row("基础数据", p.sheet, p.cell ?? "", p.message));
  for (const p of r.selfProblems) out.push(row("自评得分", p.sheet, p.cell, p.message));
  if (!r.selfSheet)
    out.push(
      row(
        "计分表",
        "",
        "",
        "工作簿中没有填写了得分的计分表（按“三级指标”“得分”表头查找），无法与自评得分比较"
      )
    );
  return out;
}
