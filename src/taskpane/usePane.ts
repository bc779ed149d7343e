/** The pane's state and the workbook actions behind it (see paneActions.ts and paneState.ts). */
import * as React from "react";
import { useAnnounce } from "@fluentui/react-components";
import { BUILT_IN_SCHEMES, getScheme, type Scheme } from "../core";
import type { BaseData } from "../scorecard/baseData";
import type { ExcelHost } from "../excel/host";
import { isBlankSheet } from "../excel/read";
import { baseDataOf } from "../excel/readActions";
import type { Lang } from "./i18n";
import {
  useConflictFor,
  useGenerate,
  useInsertTemplate,
  useLoad,
  useLoadOnShow,
  useSelect,
} from "./paneActions";
import { INITIAL_STATE, type PaneState } from "./paneState";

export type { Conflict, Failure, PaneState, Step } from "./paneState";

export function usePane(
  host: ExcelHost,
  lang: Lang,
  onShown?: (listener: () => void) => () => void
) {
  const [state, setState] = React.useState<PaneState>(INITIAL_STATE);
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

  const load = useLoad(host, lang, patch);
  useLoadOnShow(load, state.baseSheet, onShown);
  const insertTemplate = useInsertTemplate(host, lang, patch, load, state.schemeId);
  const select = useSelect(host, lang, patch);
  const conflictFor = useConflictFor(host, scheme, state.baseSheet);
  const generate = useGenerate({ host, lang, patch, state, scheme, conflictFor, announce });

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
