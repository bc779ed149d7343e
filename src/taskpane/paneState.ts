/** The pane's state, and the pure pieces of its actions (messages, the sheet list after a run). */
import { DEFAULT_SCHEME_ID } from "../core";
import type { Dialect } from "../scorecard/planner";
import { isWorkbookError } from "../excel/errors";
import type { SheetSnapshot, WorkbookInfo } from "../excel/read";
import type { GenerateOutcome, ScorecardSummary } from "../excel/scorecard";
import { sameName } from "../excel/readActions";
import type { Lang } from "./i18n";

export type Step = "data" | "scheme" | "generate";

export interface Failure {
  message: string;
}

export interface PaneState {
  step: Step;
  workbook?: WorkbookInfo;
  /** The sheet read as 基础数据 (found or picked). */
  baseSheet?: string;
  /** Whether baseSheet was recognised by name (vs picked by the user or absent). */
  found: boolean;
  snapshot?: SheetSnapshot;
  loading: boolean;
  schemeId: string;
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
  step: "data",
  found: false,
  loading: true,
  schemeId: DEFAULT_SCHEME_ID,
  dialect: "perf",
  sheetName: "计分表",
  ruleTexts: true,
  explanations: true,
  running: false,
};

export function failure(e: unknown, lang: Lang): Failure {
  if (isWorkbookError(e)) return { message: lang === "zh" ? e.message : e.messageEn };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    message: lang === "zh" ? `出错了：${detail}` : `Something went wrong: ${detail}`,
  };
}

/** The one sentence a screen reader hears when the summary appears. */
export function resultSentence(summary: ScorecardSummary, lang: Lang): string {
  const n = summary.pending.length;
  return lang === "zh"
    ? `已生成“${summary.sheetName}”：合计 ${summary.total} 分，${summary.grade ? `评价等级${summary.grade}` : "暂不评定等级"}${n ? `，${n} 项需要填写或决定` : ""}。`
    : `Created "${summary.sheetName}": ${summary.total} points, ${summary.grade ? `grade ${summary.grade}` : "no grade yet"}${n ? `; ${n} to fill in or decide` : ""}.`;
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
