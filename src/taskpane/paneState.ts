/** The pane's state, and the pure pieces of its actions (messages, the sheet list after a run). */
import type { Dialect } from "../scorecard/planner";
import type { SchemeChoice, Suggestion } from "../scorecard/paneCheck";
import type { SchemeSheetReading } from "../scorecard/schemeSheet/readSchemeSheet";
import { isWorkbookError } from "../excel/errors";
import type { SheetSnapshot, WorkbookInfo } from "../excel/read";
import type { PinnedCell } from "../excel/pins";
import type { GenerateOutcome, ScorecardSummary } from "../excel/scorecard";
import { sameName } from "../excel/readActions";
import type { Lang } from "./i18n";

/**
 * 方案 first: the base data is checked against the scheme the officer will score with. 复核
 * (review) only appears when the workbook holds a 计分表 with self-scores (useReview.tsx).
 */
export type Step = "scheme" | "data" | "generate" | "review";

export interface Failure {
  /** A complete sentence in the pane's language, without Office.js's own (English) words. */
  message: string;
  /** What Office.js said, shown folded as 技术信息 (for whoever helps the officer). */
  detail?: string;
  /** Runs the failed action again. */
  retry?: () => void;
}

/** The workbook's own scoring table, as read (the rule-text reader runs in a chunk of its own). */
export interface OwnScheme {
  reading: SchemeSheetReading;
  /** The grid's first column on the sheet, for the cells of the readings. */
  originColumn: number;
}

export interface PaneState {
  step: Step;
  workbook?: WorkbookInfo;
  /** The sheet read as 基础数据 (found or picked). */
  baseSheet?: string;
  /** Whether baseSheet was recognised by name (vs picked by the user or absent). */
  found: boolean;
  snapshot?: SheetSnapshot;
  /** The workbook's pinned figures (名称 PS_…) with their cells: honoured before any label. */
  pins?: PinnedCell[];
  loading: boolean;
  /** What the pane is reading or writing, for the progress line. */
  progress?: [string, string];
  /** The scheme in use; set by the first read's suggestion until the officer picks one. */
  choice?: SchemeChoice;
  chosenByUser: boolean;
  suggestion?: Suggestion;
  /** Sheets whose names say they are scoring tables. */
  schemeSheets: string[];
  own?: OwnScheme;
  dialect: Dialect;
  sheetName: string;
  ruleTexts: boolean;
  explanations: boolean;
  running: boolean;
  /**
   * Set when the chosen sheet name is taken: the pane offers a new name, and 更新 only when the
   * sheet is a 计分表 generated for the selected scheme.
   */
  conflict?: Conflict;
  outcome?: GenerateOutcome;
  /** How the outcome was made: the result says 已生成 or 已更新. */
  outcomeMode?: "new" | "update";
  /** The 生成 step shows its options again (after a result, to generate once more). */
  editing: boolean;
  error?: Failure;
  notice?: string;
}

export interface Conflict {
  name: string;
  /** The free name offered instead ("计分表 (2)"). */
  alternative: string;
  /**
   * Whether 更新 may rewrite the sheet: "allowed" for this scheme's 计分表; otherwise why not
   * (the base sheet, a sheet PerfScore did not generate, another scheme's 计分表, or unknown
   * because the sheet could not be read).
   */
  update: "allowed" | "baseSheet" | "notScorecard" | "otherScheme" | "unknown";
  /** The other scheme, for "otherScheme". */
  schemeId?: string;
}

export type Patch = (p: Partial<PaneState>) => void;

export const INITIAL_STATE: PaneState = {
  step: "scheme",
  found: false,
  loading: true,
  chosenByUser: false,
  schemeSheets: [],
  dialect: "perf",
  sheetName: "计分表",
  ruleTexts: true,
  explanations: true,
  running: false,
  editing: false,
};

/** A WorkbookError's message ends with Office.js's words ("…。（GeneralException: …）"): shown apart, folded. */
export function failure(e: unknown, lang: Lang, retry?: () => void): Failure {
  if (isWorkbookError(e)) {
    const text = lang === "zh" ? e.message : e.messageEn;
    const tail = e.detail
      ? [`（${e.detail}）`, ` (${e.detail})`].find((x) => text.endsWith(x))
      : undefined;
    return { message: tail ? text.slice(0, -tail.length) : text, detail: e.detail, retry };
  }
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return {
    message:
      lang === "zh"
        ? "操作没有完成：Excel 或加载项内部出错，工作簿未作改动。请重试；如仍失败，请关闭并重新打开本窗格。"
        : "The action did not finish: Excel or the add-in failed internally, and the workbook was not changed. Try again; if it fails again, close and reopen this pane.",
    detail,
    retry,
  };
}

/** The one sentence a screen reader hears when the summary appears. */
export function resultSentence(
  summary: ScorecardSummary,
  lang: Lang,
  mode: "new" | "update" = "new"
): string {
  const n = summary.pending.length;
  const done = mode === "update" ? ["已更新", "Updated"] : ["已生成", "Created"];
  return lang === "zh"
    ? `${done[0]}“${summary.sheetName}”：合计 ${summary.total} 分，${summary.grade ? `评价等级${summary.grade}` : "暂不评定等级"}${n ? `，${n} 项需要填写或决定` : ""}。`
    : `${done[1]} "${summary.sheetName}": ${summary.total} points, ${summary.grade ? `grade ${summary.grade}` : "no grade yet"}${n ? `; ${n} to fill in or decide` : ""}.`;
}

/** The sheet list with `name` added at the end unless it is there (no round trip needed). */
export function withSheet(
  workbook: WorkbookInfo | undefined,
  name: string
): WorkbookInfo | undefined {
  const sheets = workbook?.sheets ?? [];
  if (!workbook || sheets.some((x) => sameName(x.name, name))) return workbook;
  return { ...workbook, sheets: [...sheets, { name, position: sheets.length, visible: true }] };
}

/** A refusal that is answered with a choice of name rather than an error. */
export function isNameConflict(e: unknown): boolean {
  return (
    isWorkbookError(e) &&
    (e.code === "sheetExists" || e.code === "notScorecard" || e.code === "otherScheme")
  );
}
