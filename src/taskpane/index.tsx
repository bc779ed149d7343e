/* global Office, document */
/** Task pane entry: renders the pane once Office is ready. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { officeHost } from "../excel/officeHost";
import { App } from "./App";
import { langOf } from "./i18n";

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

Office.onReady(() => {
  const lang = langOf(Office.context?.displayLanguage);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = lang === "zh" ? "绩效计分" : "PerfScore";
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {/* FluentProvider alone announces nothing: MessageBars (errors, the name conflict) would be silent. */}
      <AriaLiveAnnouncer>
        {/* Slots for adapters other branches provide (see PaneSlots in App.tsx): until the lead
            wires onPin (pinSelectedCell) and onFillInPlace, their controls are not shown. */}
        <App host={officeHost()} lang={lang} onShown={onPaneShown} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
});
