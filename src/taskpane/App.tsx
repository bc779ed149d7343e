/** The pane: three steps (数据, 方案, 生成) as tabs, each also reachable by its buttons. */
import * as React from "react";
import { MessageBar, MessageBarBody, Tab, TabList } from "@fluentui/react-components";
import type { ExcelHost } from "../excel/host";
import { DataStep } from "./DataStep";
import { GenerateStep } from "./GenerateStep";
import { LangProvider, useT, type Lang } from "./i18n";
import { SchemeStep } from "./SchemeStep";
import { useStyles } from "./styles";
import { usePane, type Step } from "./usePane";

export function App({ host, lang }: { host: ExcelHost; lang: Lang }) {
  return (
    <LangProvider value={lang}>
      <Pane host={host} lang={lang} />
    </LangProvider>
  );
}

function Pane({ host, lang }: { host: ExcelHost; lang: Lang }) {
  const t = useT();
  const s = useStyles();
  const pane = usePane(host, lang);
  const { state } = pane;
  const go = (step: Step) => pane.patch({ step });

  return (
    <main className={s.root}>
      <TabList
        selectedValue={state.step}
        onTabSelect={(_, d) => go(d.value as Step)}
        aria-label={t("步骤", "Steps")}
        size="small"
      >
        <Tab value="data">{t("1 数据", "1 Data")}</Tab>
        <Tab value="scheme">{t("2 方案", "2 Scheme")}</Tab>
        <Tab value="generate" disabled={!state.baseSheet}>
          {t("3 生成", "3 Generate")}
        </Tab>
      </TabList>
      {state.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.error && state.step !== "generate" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.step === "data" && <DataStep pane={pane} onNext={() => go("scheme")} />}
      {state.step === "scheme" && <SchemeStep pane={pane} onBack={() => go("data")} onNext={() => go("generate")} />}
      {state.step === "generate" && <GenerateStep pane={pane} onBack={() => go("scheme")} />}
    </main>
  );
}
