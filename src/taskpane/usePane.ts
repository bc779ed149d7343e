/** The pane's state and the workbook actions behind it. */
import * as React from "react";
import { useAnnounce } from "@fluentui/react-components";
import { BUILT_IN_SCHEMES, DEFAULT_SCHEME_ID, getScheme, type Scheme } from "../core";
import type { BaseData } from "../scorecard/baseData";
import type { Dialect } from "../scorecard/planner";
import { uniqueSheetName } from "../scorecard/sheetNames";
import { findBaseSheet } from "../scorecard/reader";
import { isWorkbookError } from "../excel/errors";
import type { ExcelHost } from "../excel/host";
import { isBlankSheet, type SheetSnapshot, type WorkbookInfo } from "../excel/read";
import type { GenerateOutcome, ScorecardSummary } from "../excel/scorecard";
import { baseDataOf, inspectWorkbook, readSheet, sameName, selectCell } from "../excel/readActions";
import type { Lang } from "./i18n";

export type Step = "data" | "scheme" | "generate";

/** The generation code, as a chunk of its own fetched on first use (see generation.ts). */
const generation = () => import(/* webpackChunkName: "generate" */ "./generation");

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

const DEFAULT_SHEET_NAME = "计分表";

function failure(e: unknown, lang: Lang): Failure {
  if (isWorkbookError(e)) return { message: lang === "zh" ? e.message : e.messageEn };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    message: lang === "zh" ? `出错了：${detail}` : `Something went wrong: ${detail}`,
  };
}

function resultSentence(summary: ScorecardSummary, lang: Lang): string {
  const n = summary.pending.length;
  return lang === "zh"
    ? `已生成“${summary.sheetName}”：合计 ${summary.total} 分，${summary.grade ? `评价等级${summary.grade}` : "暂不评定等级"}${n ? `，${n} 项需要填写或决定` : ""}。`
    : `Created "${summary.sheetName}": ${summary.total} points, ${summary.grade ? `grade ${summary.grade}` : "no grade yet"}${n ? `; ${n} to fill in or decide` : ""}.`;
}

export function usePane(
  host: ExcelHost,
  lang: Lang,
  onShown?: (listener: () => void) => () => void
) {
  const [state, setState] = React.useState<PaneState>({
    step: "data",
    found: false,
    loading: true,
    schemeId: DEFAULT_SCHEME_ID,
    dialect: "perf",
    sheetName: DEFAULT_SHEET_NAME,
    ruleTexts: true,
    explanations: true,
    running: false,
  });
  const patch = React.useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);
  const { announce } = useAnnounce();

  const scheme: Scheme = React.useMemo(() => getScheme(state.schemeId), [state.schemeId]);
  const baseData: BaseData | undefined = React.useMemo(
    () => (state.snapshot ? baseDataOf(state.snapshot, scheme) : undefined),
    [state.snapshot, scheme]
  );
  // What 更新 may rewrite depends on the scheme: a choice offered for another one is stale.
  React.useEffect(() => patch({ conflict: undefined }), [patch, state.schemeId]);

  /** The sheet read as 基础数据 holds nothing: nothing to generate from. */
  const baseEmpty = Boolean(state.snapshot && isBlankSheet(state.snapshot));
  /** A base sheet with something in it is chosen: 生成 is offered. */
  const canGenerate = Boolean(state.baseSheet) && !baseEmpty;

  /** Reads the workbook's sheets and the base sheet (the recognised one, or `pick`). */
  const load = React.useCallback(
    async (pick?: string) => {
      patch({ loading: true, error: undefined, notice: undefined });
      try {
        const workbook = await inspectWorkbook(host);
        const names = workbook.sheets.map((s) => s.name);
        const recognised = findBaseSheet(names);
        const baseSheet = pick && names.includes(pick) ? pick : recognised;
        const snapshot = baseSheet ? await readSheet(host, baseSheet) : undefined;
        patch({
          workbook,
          baseSheet,
          found: Boolean(recognised && baseSheet === recognised),
          snapshot,
          loading: false,
        });
      } catch (e) {
        patch({ loading: false, error: failure(e, lang) });
      }
    },
    [host, lang, patch]
  );

  React.useEffect(() => {
    void load();
  }, [load]);

  // Reopened after the user may have edited the workbook: read it again, keeping the chosen sheet.
  const baseSheet = React.useRef(state.baseSheet);
  baseSheet.current = state.baseSheet;
  React.useEffect(() => onShown?.(() => void load(baseSheet.current)), [load, onShown]);

  const insertTemplate = React.useCallback(async () => {
    patch({ loading: true, error: undefined });
    try {
      const { insertBaseTemplate, planBaseDataTemplate } = await generation();
      const r = await insertBaseTemplate(
        host,
        (sheetName) => planBaseDataTemplate({ sheetName, schemeId: state.schemeId }),
        uniqueSheetName
      );
      await load(r.sheetName);
      patch({
        notice:
          lang === "zh"
            ? `已插入“${r.sheetName}”工作表，请在黄色单元格中填写数据后点击“重新读取”。`
            : `Inserted the sheet "${r.sheetName}". Fill in the yellow cells, then choose Read again.`,
      });
    } catch (e) {
      patch({ loading: false, error: failure(e, lang) });
    }
  }, [host, lang, load, patch, state.schemeId]);

  const select = React.useCallback(
    async (sheet: string, address: string) => {
      try {
        await selectCell(host, sheet, address);
      } catch (e) {
        patch({ error: failure(e, lang) });
      }
    },
    [host, lang, patch]
  );

  /**
   * The choice offered for a taken name: always a free name, and 更新 only for a 计分表 generated
   * for the selected scheme (read to find out: one round trip).
   */
  const conflictFor = React.useCallback(
    async (name: string, names: readonly string[]): Promise<Conflict> => {
      const alternative = uniqueSheetName(names, name);
      if (state.baseSheet && sameName(name, state.baseSheet))
        return { name, alternative, update: "baseSheet" };
      try {
        const { inspectExistingSheet } = await generation();
        const found = await inspectExistingSheet(host, name, scheme);
        return found.kind === "scorecard"
          ? { name, alternative, update: "allowed" }
          : found.kind === "otherScheme"
            ? { name, alternative, update: "otherScheme", schemeId: found.schemeId }
            : { name, alternative, update: "notScorecard" };
      } catch {
        return { name, alternative, update: "unknown" };
      }
    },
    [host, scheme, state.baseSheet]
  );

  /** Generates; a taken name is never overwritten but turned into a choice. */
  const generate = React.useCallback(
    async (mode: "ask" | "new" | "update", name = state.sheetName) => {
      if (!state.baseSheet) return;
      const names = state.workbook?.sheets.map((s) => s.name) ?? [];
      if (mode === "ask" && names.some((n) => sameName(n, name))) {
        patch({ running: true, conflict: undefined, outcome: undefined, error: undefined });
        const conflict = await conflictFor(name, names);
        patch({ running: false, conflict });
        return;
      }
      patch({
        running: true,
        conflict: undefined,
        error: undefined,
        outcome: undefined,
        sheetName: name,
      });
      try {
        const { generateScorecard } = await generation();
        const outcome = await generateScorecard(host, {
          baseSheet: state.baseSheet,
          sheetName: name,
          mode: mode === "update" ? "update" : "new",
          scheme,
          dialect: state.dialect,
          ruleTexts: state.ruleTexts,
          explanations: state.explanations,
        });
        // The new sheet joins the list without another round trip.
        const sheets = state.workbook?.sheets ?? [];
        const workbook: WorkbookInfo | undefined =
          state.workbook && !sheets.some((x) => sameName(x.name, name))
            ? {
                ...state.workbook,
                sheets: [...sheets, { name, position: sheets.length, visible: true }],
              }
            : state.workbook;
        // The base sheet as this run read it: the 数据 step shows what the scorecard was built from.
        patch({ running: false, outcome, workbook, snapshot: outcome.result.base });
        // The summary appears all at once; one sentence tells screen-reader users it is there.
        announce(resultSentence(outcome.summary, lang), { polite: true });
      } catch (e) {
        // The name was taken meanwhile, or the sheet to update is not this scheme's 计分表
        // (refused before anything was written): offer what is possible now.
        if (
          isWorkbookError(e) &&
          (e.code === "sheetExists" || e.code === "notScorecard" || e.code === "otherScheme")
        ) {
          const workbook = await inspectWorkbook(host).catch(() => state.workbook);
          const all = workbook?.sheets.map((s) => s.name) ?? names;
          const conflict = await conflictFor(name, all);
          patch({ running: false, workbook, conflict });
          return;
        }
        patch({ running: false, error: failure(e, lang) });
      }
    },
    [
      announce,
      conflictFor,
      host,
      lang,
      patch,
      scheme,
      state.baseSheet,
      state.dialect,
      state.explanations,
      state.ruleTexts,
      state.sheetName,
      state.workbook,
    ]
  );

  return {
    state,
    patch,
    scheme,
    baseData,
    baseEmpty,
    canGenerate,
    load,
    insertTemplate,
    select,
    generate,
    schemes: BUILT_IN_SCHEMES,
  };
}

export type Pane = ReturnType<typeof usePane>;
