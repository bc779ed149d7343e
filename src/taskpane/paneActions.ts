/** The pane's workbook actions, one small hook each, over the state's `patch`. */
import * as React from "react";
import { BUILT_IN_SCHEMES, DEFAULT_SCHEME_ID, type Scheme } from "../core";
import { suggestScheme } from "../scorecard/paneCheck";
import { isSchemeSheetName } from "../scorecard/schemeSheet/sheetName";
import { uniqueSheetName } from "../scorecard/sheetNames";
import { findBaseSheet, readSheetInfo } from "../scorecard/reader";
import type { ExcelHost } from "../excel/host";
import { isBlankSheet, type SheetSnapshot } from "../excel/read";
import { inspectWorkbookPins, pinnedCells } from "../excel/pins";
import { inspectWorkbook, readSheet, sameName, selectCell } from "../excel/readActions";
import type { Lang } from "./i18n";
import {
  failure,
  INITIAL_STATE,
  isNameConflict,
  resultSentence,
  withSheet,
  type Conflict,
  type OwnScheme,
  type PaneState,
  type Patch,
} from "./paneState";

/** The generation code, as a chunk of its own fetched on first use (see generation.ts). */
const generation = () => import(/* webpackChunkName: "generate" */ "./generation");
/** The scoring-table reader (with the rule-text reader), fetched only for a workbook that has one. */
const schemeReading = () => import(/* webpackChunkName: "schemesheet" */ "./schemeReading");

const READING: [string, string] = ["正在读取工作簿…", "Reading the workbook…"];

/** Reads a scoring table and how it reads as a scheme (undefined when it cannot be read). */
async function readOwnScheme(host: ExcelHost, sheet: string): Promise<OwnScheme> {
  const [snapshot, { readSchemeSheet }] = await Promise.all([
    readSheet(host, sheet),
    schemeReading(),
  ]);
  return { reading: readSchemeSheet(snapshot.grid), originColumn: snapshot.grid.origin.column };
}

/** The scheme suggested for what was read: the workbook's own table, else by 填报单位 or year. */
function suggestionFor(schemeSheets: string[], snapshot: SheetSnapshot | undefined) {
  const info = snapshot && !isBlankSheet(snapshot) ? readSheetInfo(snapshot.grid) : undefined;
  return suggestScheme({
    schemeSheets,
    builtIns: BUILT_IN_SCHEMES,
    defaultId: DEFAULT_SCHEME_ID,
    year: info?.year,
    unitName: info?.unitName,
  });
}

/**
 * Reads the workbook's sheets, the base sheet (the recognised one, or `pick`), its pinned figures
 * and the workbook's own scoring table; the scheme is suggested from what was read, and chosen
 * with it unless the officer has picked one (`current`).
 */
export async function readPane(
  host: ExcelHost,
  pick?: string,
  current?: PaneState
): Promise<Partial<PaneState>> {
  // The names are read with the sheet list: a workbook without pins costs no round trip more.
  const { workbook, pins: named } = await inspectWorkbookPins(host);
  const names = workbook.sheets.map((s) => s.name);
  const recognised = findBaseSheet(names);
  const baseSheet = pick && names.includes(pick) ? pick : recognised;
  const schemeSheets = names.filter(isSchemeSheetName);
  const ownName =
    current?.choice?.kind === "sheet" && names.includes(current.choice.sheet)
      ? current.choice.sheet
      : schemeSheets[0];
  const [snapshot, own] = await Promise.all([
    baseSheet ? readSheet(host, baseSheet) : undefined,
    ownName ? readOwnScheme(host, ownName) : undefined,
  ]);
  const pins = snapshot ? (await pinnedCells(host, named, snapshot, names)).pins : [];
  const suggestion = suggestionFor(schemeSheets, snapshot);
  const keep = current?.chosenByUser && current.choice;
  return {
    workbook,
    baseSheet,
    found: Boolean(recognised && baseSheet === recognised),
    snapshot,
    pins,
    schemeSheets,
    own,
    suggestion,
    choice: keep || suggestion.choice,
    loading: false,
    progress: undefined,
  };
}

/**
 * The pane's first read, started in Office.onReady before React renders: its round trips overlap
 * the first render, and a read finished by then is the first render's state (one render and one
 * layout instead of a progress line first).
 */
export interface FirstRead {
  readonly read: Promise<Partial<PaneState>>;
  /** Set once the read has succeeded. */
  done?: Partial<PaneState>;
}

export function startFirstRead(host: ExcelHost): FirstRead {
  const first: FirstRead = { read: readPane(host) };
  first.read.then(
    (r) => (first.done = r),
    () => undefined // shown by the pane's load, with 重试
  );
  return first;
}

/** The pane's state before anything is read: with the first read when it has finished. */
export function initialState(first?: FirstRead): PaneState {
  return first?.done
    ? { ...INITIAL_STATE, ...first.done }
    : { ...INITIAL_STATE, progress: READING };
}

/**
 * Reads the workbook (readPane) into the state; a failure is shown with 重试. `started` is a read
 * already under way (the first one).
 */
export function useLoad(
  host: ExcelHost,
  lang: Lang,
  patch: Patch,
  state: React.RefObject<PaneState>
) {
  const load = React.useCallback(
    async (pick?: string, started?: Promise<Partial<PaneState>>) => {
      patch({ loading: true, progress: READING, error: undefined, notice: undefined });
      try {
        patch(await (started ?? readPane(host, pick, state.current ?? undefined)));
      } catch (e) {
        patch({
          loading: false,
          progress: undefined,
          error: failure(e, lang, () => void load(pick)),
        });
      }
    },
    [host, lang, patch, state]
  );
  return load;
}

/**
 * Loads once (unless the first read is already the state), and again whenever the pane is reopened
 * (the user may have edited the workbook).
 */
export function useLoadOnShow(
  load: (pick?: string, started?: Promise<Partial<PaneState>>) => Promise<void>,
  baseSheet: string | undefined,
  onShown?: (listener: () => void) => () => void,
  first?: FirstRead
): void {
  const firstRead = React.useRef(first);
  React.useEffect(() => {
    const pending = firstRead.current;
    firstRead.current = undefined;
    if (!pending?.done) void load(undefined, pending?.read);
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
  const insert = React.useCallback(async () => {
    patch({
      loading: true,
      error: undefined,
      progress: ["正在插入模板…", "Inserting the template…"],
    });
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
      patch({ loading: false, progress: undefined, error: failure(e, lang, () => void insert()) });
    }
  }, [host, lang, load, patch, schemeId]);
  return insert;
}

export function useSelect(host: ExcelHost, lang: Lang, patch: Patch) {
  const select = React.useCallback(
    async (sheet: string, address: string) => {
      try {
        await selectCell(host, sheet, address);
      } catch (e) {
        patch({ error: failure(e, lang, () => void select(sheet, address)) });
      }
    },
    [host, lang, patch]
  );
  return select;
}

/**
 * The choice offered for a taken name: always a free name, and 更新 only for a 计分表 generated
 * for the selected scheme (read to find out: one round trip).
 */
export function useConflictFor(
  host: ExcelHost,
  scheme: Scheme | undefined,
  baseSheet: string | undefined
) {
  return React.useCallback(
    async (name: string, names: readonly string[]): Promise<Conflict> => {
      const alternative = uniqueSheetName(names, name);
      if (baseSheet && sameName(name, baseSheet)) return { name, alternative, update: "baseSheet" };
      if (!scheme) return { name, alternative, update: "unknown" };
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
  scheme: Scheme | undefined;
  conflictFor: (name: string, names: readonly string[]) => Promise<Conflict>;
  announce: (message: string, options: { polite: boolean }) => void;
}

const GENERATING: [string, string] = [
  "正在生成计分表：读取基础数据、写入公式…",
  "Generating: reading the base data, writing the formulas…",
];

/** Generates; a taken name is never overwritten but turned into a choice. */
export function useGenerate(d: GenerateDeps) {
  const { announce, conflictFor, host, lang, patch, scheme, state } = d;
  const generate = React.useCallback(
    async (mode: "ask" | "new" | "update", name = state.sheetName): Promise<void> => {
      if (!state.baseSheet || !scheme) return;
      const names = state.workbook?.sheets.map((s) => s.name) ?? [];
      const clear = { conflict: undefined, error: undefined, notice: undefined };
      if (mode === "ask" && names.some((n) => sameName(n, name))) {
        patch({
          ...clear,
          running: true,
          progress: ["正在检查同名工作表…", "Checking the sheet of that name…"],
        });
        patch({ running: false, progress: undefined, conflict: await conflictFor(name, names) });
        return;
      }
      patch({ ...clear, running: true, progress: GENERATING, sheetName: name });
      try {
        const { generateScorecard } = await generation();
        const outcome = await generateScorecard(host, {
          baseSheet: state.baseSheet,
          sheetName: name,
          mode: mode === "update" ? "update" : "new",
          scheme,
          // An own scheme: portable here (the CLI's --perf scores it with PERF.RULESCORE).
          dialect: state.choice?.kind === "sheet" ? "portable" : state.dialect,
          ruleTexts: state.ruleTexts,
          explanations: state.explanations,
        });
        // The base sheet as this run read it: the 数据 step shows what the scorecard was built from.
        const workbook = withSheet(state.workbook, name);
        const outcomeMode = mode === "update" ? "update" : "new";
        patch({
          running: false,
          progress: undefined,
          outcome,
          outcomeMode,
          editing: false,
          workbook,
          snapshot: outcome.result.base,
        });
        // The summary appears all at once; one sentence tells screen-reader users it is there.
        announce(resultSentence(outcome.summary, lang, outcomeMode), { polite: true });
      } catch (e) {
        // The name was taken meanwhile, or the sheet to update is not this scheme's 计分表
        // (refused before anything was written): offer what is possible now.
        if (!isNameConflict(e))
          return patch({
            running: false,
            progress: undefined,
            error: failure(e, lang, () => void generate(mode, name)),
          });
        const workbook = await inspectWorkbook(host).catch(() => state.workbook);
        const conflict = await conflictFor(name, workbook?.sheets.map((s) => s.name) ?? names);
        patch({ running: false, progress: undefined, workbook, conflict });
      }
    },
    [announce, conflictFor, host, lang, patch, scheme, state]
  );
  return generate;
}
