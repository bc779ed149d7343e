/**
 * 复核: per indicator, the department's self-score beside the score computed from its own base
 * data, with the reason (the rule's 扣分说明) and the cells to look at. Pure.
 */
import { D, formulaArgs, indicatorsOf, type Scheme } from "../../core";
import type { IndicatorStatus } from "../../core";
import type { SessionSummary } from "../session";
import type { SelfScores } from "./selfScores";

/**
 * same: both scores and equal (to the cent); differs: both and not equal; noSelf: no usable
 * self-score; pending: no computed score (a figure or an input is missing, or needs a decision).
 */
export type ComparisonStatus = "same" | "differs" | "noSelf" | "pending";

/** A cell to go to, with what it holds. */
export interface CellLink {
  sheet: string;
  cell: string;
  /** "自评得分", or the figure's name. */
  label: string;
}

export interface IndicatorComparison {
  path: string;
  level1: string;
  level2: string;
  name: string;
  max: number;
  computed: D | null;
  computedStatus: IndicatorStatus;
  self: D | null;
  /** self − computed, when both exist. */
  difference: D | null;
  status: ComparisonStatus;
  /** The rule's 扣分说明 for the computed score (or why there is none). */
  explanation: string;
  /** Chinese, one line: what the reviewer asks the department, empty when the scores agree. */
  reason: string;
  /** The self-score cell first, then the base figures the value is computed from. */
  cells: CellLink[];
}

export interface ScoreComparison {
  summary: SessionSummary;
  /** The sheet the self-scores come from; undefined when the workbook holds no filled 计分表. */
  selfSheet?: string;
  /** In the scheme's order. */
  indicators: IndicatorComparison[];
  /** Differences first (largest first), then pending, then the rest in the scheme's order. */
  ordered: IndicatorComparison[];
  /** Sum of the usable self-scores; null when there is none. */
  selfTotal: D | null;
  /** The 合计 the sheet states, when it differs from the sum of its scores. */
  statedTotal?: { cell: string; value: number };
  /** Problems with the self-scores (unreadable cells, rows of no indicator, a 合计 that does not add up). */
  selfProblems: Array<{ sheet: string; cell: string; message: string }>;
}

const score2 = (d: D) => d.toDecimalPlaces(2, D.ROUND_HALF_UP);
const points = (d: D | null) => (d === null ? "—" : `${d.toString()}分`);

function reasonOf(
  status: ComparisonStatus,
  self: D | null,
  computed: D | null,
  explanation: string
): string {
  if (status === "differs")
    return `自评${points(self)}，按基础数据计算为${points(computed)}：${explanation}`;
  if (status === "pending" && self !== null)
    return `自评${points(self)}，无法按基础数据计算：${explanation}`;
  return "";
}

/** The comparison for one workbook's session summary and (when it has one) its self-scores. */
export function compareScores(
  scheme: Scheme,
  summary: SessionSummary,
  self: SelfScores | undefined
): ScoreComparison {
  const refs = new Map(indicatorsOf(scheme).map((r) => [r.path, r.indicator]));
  const figureCells = new Map(
    summary.figures.filter((f) => f.cell && f.sheet).map((f) => [f.field, f])
  );
  const indicators = summary.indicators.map((ind): IndicatorComparison => {
    const s = self?.scores[ind.path];
    const selfScore = s?.score ? score2(s.score) : null;
    const computed = ind.status === "ok" ? ind.score : null;
    const status: ComparisonStatus =
      computed === null
        ? "pending"
        : selfScore === null
          ? "noSelf"
          : selfScore.equals(computed)
            ? "same"
            : "differs";
    const value = refs.get(ind.path)?.value;
    const cells: CellLink[] = [];
    if (s && self) cells.push({ sheet: self.sheetName, cell: s.cell, label: "自评得分" });
    for (const field of value ? formulaArgs(value) : []) {
      const f = figureCells.get(field);
      if (f && !cells.some((c) => c.cell === f.cell && c.sheet === f.sheet))
        cells.push({ sheet: f.sheet!, cell: f.cell!, label: field });
    }
    return {
      path: ind.path,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      max: ind.max,
      computed,
      computedStatus: ind.status,
      self: selfScore,
      difference: selfScore !== null && computed !== null ? selfScore.minus(computed) : null,
      status,
      explanation: ind.explanation,
      reason: reasonOf(status, selfScore, computed, ind.explanation),
      cells,
    };
  });
  const rank = (c: IndicatorComparison) =>
    c.status === "differs" ? 0 : c.status === "pending" ? 1 : 2;
  const ordered = [...indicators].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.difference && b.difference ? b.difference.abs().comparedTo(a.difference.abs()) : 0)
  );
  // No usable self-score at all (say, formulas never calculated): no self total, rather than 0.
  const selfTotal = indicators.some((c) => c.self !== null)
    ? indicators.reduce((sum, c) => (c.self ? sum.plus(c.self) : sum), new D(0))
    : null;
  return {
    summary,
    selfSheet: self?.sheetName,
    indicators,
    ordered,
    selfTotal,
    statedTotal:
      self?.statedTotal && selfTotal && !new D(self.statedTotal.value).equals(selfTotal)
        ? self.statedTotal
        : undefined,
    selfProblems: self ? selfProblems(self, selfTotal) : [],
  };
}

function selfProblems(self: SelfScores, total: D | null): ScoreComparison["selfProblems"] {
  const sheet = self.sheetName;
  const out: ScoreComparison["selfProblems"] = [];
  const unreadable = Object.values(self.scores).filter((s) => s.problem);
  // A formula sheet never calculated is one problem, not one per row.
  const uncalculated = unreadable.filter((s) => s.problem!.startsWith("得分是公式"));
  if (uncalculated.length > 1)
    out.push({
      sheet,
      cell: `${uncalculated[0].cell}:${uncalculated[uncalculated.length - 1].cell}`,
      message: `${uncalculated.length}个得分是公式，但文件中没有计算结果（请在 Excel/WPS 中打开并保存后再复核）`,
    });
  for (const s of unreadable)
    if (uncalculated.length <= 1 || !uncalculated.includes(s))
      out.push({ sheet, cell: s.cell, message: s.problem! });
  for (const u of self.unmatched)
    out.push({ sheet, cell: u.cell, message: `“${u.name}”不是评分方案中的三级指标，其得分未计入` });
  if (self.statedTotal && total && !new D(self.statedTotal.value).equals(total))
    out.push({
      sheet,
      cell: self.statedTotal.cell,
      message: `计分表合计${self.statedTotal.value}分，与各指标自评得分之和${total.toString()}分不符`,
    });
  return out;
}
