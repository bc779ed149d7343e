/** The pane's workbook actions, one small hook each, over the state's `patch`. */
import * as React from "react";
import type { Scheme } from "../core";
import { uniqueSheetName } from "../scorecard/sheetNames";
import { findBaseSheet } from "../scorecard/reader";
import type { ExcelHost } from "../excel/host";
import { inspectWorkbook, readSheet, sameName, selectCell } from "../excel/readActions";
import type { Lang } from "./i18n";
import {
  failure,
  isNameConflict,
  resultSentence,
  withSheet,
  type Conflict,
  type PaneState,
  type Patch,
} from "./paneState";

/** The generation code, as a chunk of its own fetched on first use (see generation.ts). */
const generation = () => import(/* webpackChunkName: "generate" */ "./generation");

/** Reads the workbook's sheets and the base sheet (the recognised one, or `pick`). */
export function useLoad(host: ExcelHost, lang: Lang, patch: Patch) {
  return React.useCallback(
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
}

/** Loads once, and again whenever the pane is reopened (the user may have edited the workbook). */
export function useLoadOnShow(
  load: (pick?: string) => Promise<void>,
  baseSheet: string | undefined,
  onShown?: (listener: () => void) => () => void
): void {
  React.useEffect(() => {
    void load();
  }, [load]);
  // Reading again keeps the chosen sheet.
  const chosen = React.useRef(baseSheet);
  chosen.current = baseSheet;
  React.useEffect(() => onShown?.(() => void load(chosen.current)), [load, onShown]);
}

export function useInsertTemplate(
  host: ExcelHost,
  lang: Lang,
  patch: Patch,
  load: (pick?: string) => Promise<void>,
  schemeId: string
) {
  return React.useCallback(async () => {
    patch({ loading: true, error: undefined });
    try {
      const { insertBaseTemplate, planBaseDataTemplate } = await generation();
      const r = await insertBaseTemplate(
        host,
        (sheetName) => planBaseDataTemplate({ sheetName, schemeId }),
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
  }, [host, lang, load, patch, schemeId]);
}

export function useSelect(host: ExcelHost, lang: Lang, patch: Patch) {
  return React.useCallback(
    async (sheet: string, address: string) => {
      try {
        await selectCell(host, sheet, address);
      } catch (e) {
        patch({ error: failure(e, lang) });
      }
    },
    [host, lang, patch]
  );
}

/**
 * The choice offered for a taken name: always a free name, and 更新 only for a 计分表 generated
 * for the selected scheme (read to find out: one round trip).
 */
export function useConflictFor(host: ExcelHost, scheme: Scheme, baseSheet: string | undefined) {
  return React.useCallback(
    async (name: string, names: readonly string[]): Promise<Conflict> => {
      const alternative = uniqueSheetName(names, name);
      if (baseSheet && sameName(name, baseSheet)) return { name, alternative, update: "baseSheet" };
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
    [host, scheme, baseSheet]
  );
}

export interface GenerateDeps {
  host: ExcelHost;
  lang: Lang;
  patch: Patch;
  state: PaneState;
  scheme: Scheme;
  conflictFor: (name: string, names: readonly string[]) => Promise<Conflict>;
  announce: (message: string, options: { polite: boolean }) => void;
}

/** Generates; a taken name is never overwritten but turned into a choice. */
export function useGenerate(d: GenerateDeps) {
  const { announce, conflictFor, host, lang, patch, scheme, state } = d;
  return React.useCallback(
    async (mode: "ask" | "new" | "update", name = state.sheetName) => {
      if (!state.baseSheet) return;
      const names = state.workbook?.sheets.map((s) => s.name) ?? [];
      if (mode === "ask" && names.some((n) => sameName(n, name))) {
        patch({ running: true, conflict: undefined, outcome: undefined, error: undefined });
        patch({ running: false, conflict: await conflictFor(name, names) });
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
        // The base sheet as this run read it: the 数据 step shows what the scorecard was built from.
        const workbook = withSheet(state.workbook, name);
        patch({ running: false, outcome, workbook, snapshot: outcome.result.base });
        // The summary appears all at once; one sentence tells screen-reader users it is there.
        announce(resultSentence(outcome.summary, lang), { polite: true });
      } catch (e) {
        // The name was taken meanwhile, or the sheet to update is not this scheme's 计分表
        // (refused before anything was written): offer what is possible now.
        if (!isNameConflict(e)) return patch({ running: false, error: failure(e, lang) });
        const workbook = await inspectWorkbook(host).catch(() => state.workbook);
        const conflict = await conflictFor(name, workbook?.sheets.map((s) => s.name) ?? names);
        patch({ running: false, workbook, conflict });
      }
    },
    [announce, conflictFor, host, lang, patch, scheme, state]
  );
}
