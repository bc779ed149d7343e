/** The pane: three steps (数据, 方案, 生成) as tabs, each also reachable by its buttons. */
import * as React from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ExcelHost } from "../excel/host";
import { DataStep } from "./DataStep";
import { GenerateStep } from "./GenerateStep";
import { LangProvider, useT, type Lang } from "./i18n";
import { SchemeStep } from "./SchemeStep";
import { useStyles } from "./styles";
import { usePane, type Step } from "./usePane";

const STEPS: Array<[Step, string, string]> = [
  ["data", "数据", "Data"],
  ["scheme", "方案", "Scheme"],
  ["generate", "生成", "Generate"],
];

interface AppProps {
  host: ExcelHost;
  lang: Lang;
  /** Subscribes to the pane being shown again (returns the unsubscribe). */
  onShown?: (listener: () => void) => () => void;
}

export function App(props: AppProps) {
  return (
    <LangProvider value={props.lang}>
      <Pane {...props} />
    </LangProvider>
  );
}

function Pane({ host, lang, onShown }: AppProps) {
  const t = useT();
  const s = useStyles();
  const pane = usePane(host, lang, onShown);
  const { state } = pane;
  const go = (step: Step) => pane.patch({ step });

  // A step's Back and Next buttons leave with it: give focus to the new step's heading rather than
  // dropping it on the page (keyboard and screen-reader users would start again from the top).
  const mounted = React.useRef(false);
  React.useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (document.activeElement === document.body)
      document.getElementById(`${state.step}-heading`)?.focus();
  }, [state.step]);

  return (
    <main className={s.root}>
      {/* The steps as a wizard nav: the current one marked for screen readers with aria-current. */}
      <nav aria-label={t("步骤", "Steps")} className={s.steps}>
        {STEPS.map(([step, zh, en], i) => (
          <Button
            key={step}
            size="small"
            appearance={state.step === step ? "primary" : "subtle"}
            aria-current={state.step === step ? "step" : undefined}
            disabled={step === "generate" && !pane.canGenerate}
            onClick={() => go(step)}
          >
            {`${i + 1} ${t(zh, en)}`}
          </Button>
        ))}
      </nav>
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
      {state.step === "scheme" && (
        <SchemeStep pane={pane} onBack={() => go("data")} onNext={() => go("generate")} />
      )}
      {state.step === "generate" && <GenerateStep pane={pane} onBack={() => go("scheme")} />}
    </main>
  );
}
