/* global Office, document */
/** Task pane entry: renders the pane once Office is ready. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ExcelHost } from "../excel/host";
import { officeHost } from "../excel/officeHost";
import { pinSelectedCell } from "../excel/pins";
import { App, type FillSlot, type PaneSlots } from "./App";
import { startFirstRead } from "./paneActions";
import { langOf } from "./i18n";
import { showOfficeMissing } from "./officeMissing";

/**
 * Shared runtime: the page lives on while the pane is closed, so what it shows can be stale when
 * the pane opens again (SharedRuntime 1.1, required by the manifest).
 */
function onPaneShown(listener: () => void): () => void {
  const removal = Office.addin
    ?.onVisibilityModeChanged((m) => {
      if (m.visibilityMode === Office.VisibilityMode.taskpane) listener();
    })
    .catch(() => undefined);
  return () => void removal?.then((remove) => remove?.());
}

/**
 * The adapters behind 使用所选单元格 and 在此表中计分. Fill-in-place is a chunk of its own (the
 * planner), fetched at the first preview; the plan a preview made is the one 写入 writes.
 */
function slots(host: ExcelHost): PaneSlots {
  const fill = () => import(/* webpackChunkName: "generate" */ "../excel/fillInPlace");
  const planned = new Map<string, import("../scorecard/fillInPlace").FillPlan>();
  const fillInPlace: FillSlot = {
    async preview(sheet, baseSheet) {
      const r = await (await fill()).planFillInPlace(host, { sheetName: sheet, baseSheet });
      if (!r.ok) return r;
      planned.set(sheet, r.plan);
      return {
        ok: true,
        count: r.count,
        inputs: r.plan.inputs.length,
        skipped: r.plan.skipped.length,
      };
    },
    async write(sheet) {
      const plan = planned.get(sheet);
      if (!plan) return;
      planned.delete(sheet);
      await (await fill()).fillInPlace(host, plan);
    },
  };
  return {
    onPin: async (figure) => {
      await pinSelectedCell(host, figure);
    },
    fillInPlace,
    // With the scheme-sheet chunk: the table was read (so fetched) before any override is written.
    writeOverride: async (req) => {
      const { writeOverride } = await import(
        /* webpackChunkName: "schemesheet" */ "../excel/schemeOverride"
      );
      await writeOverride(host, req);
    },
  };
}

function start(container: HTMLElement): void {
  const lang = langOf(Office.context?.displayLanguage);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = lang === "zh" ? "绩效计分" : "PerfScore";
  const host = officeHost();
  // Reading starts now: Excel's round trips overlap React's first render.
  const first = startFirstRead(host);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {/* FluentProvider alone announces nothing: MessageBars (errors, the name conflict) would be silent. */}
      <AriaLiveAnnouncer>
        <App host={host} lang={lang} first={first} onShown={onPaneShown} {...slots(host)} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

// taskpane.html paints a loading frame at once; React's first render replaces it.
const container = document.getElementById("container");
if (container) {
  if (typeof Office === "undefined") showOfficeMissing(container);
  else void Office.onReady(() => start(container));
}
