/** The pane's state and the workbook actions behind it (see paneActions.ts and paneState.ts). */
import * as React from "react";
import { useAnnounce } from "@fluentui/react-components";
import { BUILT_IN_SCHEMES, getScheme, type Scheme } from "../core";
import type { BaseData } from "../scorecard/baseData";
import { checkBaseData, type DataCheck, type SchemeChoice } from "../scorecard/paneCheck";
import type { ExcelHost } from "../excel/host";
import { isBlankSheet } from "../excel/read";
import { baseDataOf } from "../excel/readActions";
import type { Lang } from "./i18n";
import {
  initialState,
  useConflictFor,
  useGenerate,
  useInsertTemplate,
  useLoad,
  useLoadOnShow,
  useSelect,
  type FirstRead,
} from "./paneActions";
import type { PaneState, Step } from "./paneState";

export type { Conflict, Failure, PaneState, Step } from "./paneState";

/** The scheme a choice names: a built-in, or the own scoring table when it reads without problems. */
function schemeOf(c: SchemeChoice | undefined, own: PaneState["own"]): Scheme | undefined {
  if (!c) return undefined;
  if (c.kind === "builtin") return getScheme(c.id);
  return own?.reading.sheetName === c.sheet ? own.reading.scheme : undefined;
}

/** The check's input before the first paint: nothing to check. */
const NOTHING_YET: { snapshot?: PaneState["snapshot"]; pins?: PaneState["pins"]; scheme?: Scheme } =
  {};

function changes(s: PaneState, p: Partial<PaneState>): boolean {
  return (Object.keys(p) as Array<keyof PaneState>).some((k) => !Object.is(s[k], p[k]));
}

export function usePane(
  host: ExcelHost,
  lang: Lang,
  onShown?: (listener: () => void) => () => void,
  first?: FirstRead
) {
  const [state, setState] = React.useState<PaneState>(() => initialState(first));
  const ref = React.useRef(state);
  ref.current = state;
  // A patch that changes nothing keeps the state object, so React skips the render (a whole pane's).
  const patch = React.useCallback(
    (p: Partial<PaneState>) => setState((s) => (changes(s, p) ? { ...s, ...p } : s)),
    []
  );
  const { announce } = useAnnounce();

  const { choice, own } = state;
  const scheme = React.useMemo(() => schemeOf(choice, own), [choice, own]);
  /** The empty sheet read as 基础数据 holds nothing: nothing to generate from. */
  const baseEmpty = Boolean(state.snapshot && isBlankSheet(state.snapshot));
  // Checked against the scheme in use, at once when it changes (never against a default first).
  // The check is deferred: the 方案 step (which does not show it) paints first, and the reader
  // runs in the render after it. On mount too (useDeferredValue defers only changes): the first
  // render may already hold the first read (startFirstRead), and checks nothing until painted.
  const [painted, setPainted] = React.useState(false);
  React.useEffect(() => setPainted(true), []);
  const current = React.useMemo(
    () => (painted ? { snapshot: state.snapshot, pins: state.pins, scheme } : NOTHING_YET),
    [painted, state.snapshot, state.pins, scheme]
  );
  const deferred = React.useDeferredValue(current);
  /** The check is for older input: the data step says it is checking. */
  const checking = deferred !== current;
  /** The scheme the check is for: a check for another scheme is never shown as this one's. */
  const checkedScheme = deferred.scheme;
  const baseData: BaseData | undefined = React.useMemo(
    () =>
      deferred.snapshot && deferred.scheme && !isBlankSheet(deferred.snapshot)
        ? baseDataOf(deferred.snapshot, deferred.scheme, undefined, deferred.pins)
        : undefined,
    [deferred]
  );
  const check: DataCheck | undefined = React.useMemo(
    () => (baseData ? checkBaseData(baseData) : undefined),
    [baseData]
  );
  // What 更新 may rewrite depends on the scheme: a choice offered for another one is stale.
  React.useEffect(() => patch({ conflict: undefined }), [patch, scheme]);

  /** A base sheet with figures of the scheme, and a scheme that reads: 生成 is offered. */
  const canGenerate = Boolean(state.baseSheet && scheme && !checking && check && !check.blocking);

  const load = useLoad(host, lang, patch, ref);
  useLoadOnShow(load, state.baseSheet, onShown, first);
  const insertTemplate = useInsertTemplate(
    host,
    lang,
    patch,
    load,
    scheme?.id ?? BUILT_IN_SCHEMES[0].id
  );
  const select = useSelect(host, lang, patch);
  const conflictFor = useConflictFor(host, scheme, state.baseSheet);
  const generate = useGenerate({ host, lang, patch, state, scheme, conflictFor, announce });

  /** Another step: notices and errors of the last one do not follow. */
  const go = React.useCallback(
    (step: Step) => patch({ step, notice: undefined, error: undefined, conflict: undefined }),
    [patch]
  );
  const choose = React.useCallback(
    (choice: SchemeChoice) =>
      patch({
        choice,
        chosenByUser: true,
        outcome: undefined,
        conflict: undefined,
      }),
    [patch]
  );

  return {
    state,
    patch,
    go,
    choose,
    scheme,
    baseData,
    check,
    checking,
    checkedScheme,
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
