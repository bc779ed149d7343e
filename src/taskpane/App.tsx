/**
 * The pane: three steps (方案, 数据, 生成), and 复核 when the workbook holds a 计分表 with
 * self-scores (useReview.tsx). Each view has one primary action, pinned to the bottom
 * of the pane; the step buttons above are plain navigation.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  mergeClasses,
} from "@fluentui/react-components";
import type { ExcelHost } from "../excel/host";
import type { OverrideRequest } from "../excel/schemeOverride";
import { focusHeading, Progress } from "./Frame";
import { LangProvider, useT, type Lang } from "./i18n";
import { SchemeStep } from "./SchemeStep";
import { useStyles } from "./styles";
import type { FirstRead } from "./paneActions";
import { failure } from "./paneState";
import { usePane, type Failure, type Step } from "./usePane";
import { REVIEW_STEP, ReviewStep, useReviewSheets } from "./useReview";

/**
 * The 数据 and 生成 steps (their Fluent inputs and the figures table) are a chunk of their own:
 * the first screen (方案) paints without them, and they are fetched while the officer reads it.
 */
const laterSteps = () => import(/* webpackChunkName: "steps" */ "./laterSteps");
const DataStep = React.lazy(() => laterSteps().then((m) => ({ default: m.DataStep })));
const GenerateStep = React.lazy(() => laterSteps().then((m) => ({ default: m.GenerateStep })));

const STEPS: Array<[Step, string, string]> = [
  ["scheme", "方案", "Scheme"],
  ["data", "数据", "Data"],
  ["generate", "生成", "Generate"],
];

/**
 * Actions other helpers' adapters provide; the lead wires them in index.tsx. Until then each
 * control is absent (never a button that does nothing).
 */
export interface PaneSlots {
  /** 使用所选单元格: pin `figure` (a field id) to the cell selected in Excel (src/excel pinSelectedCell). */
  onPin?: (figure: string) => Promise<void>;
  /** 在此表中计分: score the scheme sheet in place (it has a 得分 column), after a preview. */
  fillInPlace?: FillSlot;
  /** 写计分方式: write a 计分方式 override into a scheme sheet's row (src/excel/schemeOverride.ts). */
  writeOverride?: OverrideSlot;
}

export type OverrideSlot = (req: OverrideRequest) => Promise<void>;

/** What 在此表中计分 would do, shown before anything is written. */
export type FillPreviewSummary =
  | { ok: true; count: number; inputs: number; skipped: number }
  | { ok: false; problems: Array<{ cell: string; message: string }> };

export interface FillSlot {
  /** How many cells filling `sheet` from `baseSheet` writes; nothing is written yet. */
  preview(sheet: string, baseSheet: string): Promise<FillPreviewSummary>;
  /** Writes what the last preview of `sheet` announced (their cells must still be empty). */
  write(sheet: string): Promise<void>;
}

interface AppProps extends PaneSlots {
  host: ExcelHost;
  lang: Lang;
  /** The workbook's first read, started before React renders (paneActions startFirstRead). */
  first?: FirstRead;
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

function Pane({ host, lang, first, onShown, onPin, fillInPlace, writeOverride }: AppProps) {
  const t = useT();
  const s = useStyles();
  const pane = usePane(host, lang, onShown, first);
  const { state } = pane;
  const review = useReviewSheets(host, state);
  const steps = review.offered || state.step === "review" ? [...STEPS, REVIEW_STEP] : STEPS;

  // Focus follows the step: the new step's heading, never the page (keyboard and screen-reader
  // users would start again from the top).
  const mounted = React.useRef(false);
  React.useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    focusHeading(state.step);
  }, [state.step]);

  const pin = useSlot(pane, lang, onPin);
  const fillWrite = useSlot(pane, lang, fillInPlace?.write);
  const override = useSlot(pane, lang, writeOverride);
  const fill = React.useMemo(
    () =>
      fillInPlace && fillWrite ? { preview: fillInPlace.preview, write: fillWrite } : undefined,
    [fillInPlace, fillWrite]
  );

  // Fetch the later steps once the first screen is up (by the time 下一步 is pressed, they are there).
  const ready = !state.loading && Boolean(state.choice);
  React.useEffect(() => {
    if (ready) void laterSteps();
  }, [ready]);

  const enabled: Record<Step, boolean> = {
    scheme: true,
    data: Boolean(pane.scheme),
    generate: pane.canGenerate,
    review: review.offered && Boolean(pane.scheme && state.snapshot) && !pane.baseEmpty,
  };

  return (
    // data-ready: the workbook is read and a scheme chosen (the first render's end, for the bench).
    <main className={s.root} data-ready={ready ? "" : undefined}>
      <h1 className={s.title}>
        {t("绩效计分 · 部门整体支出绩效自评", "PerfScore · performance self-evaluation")}
      </h1>
      <nav aria-label={t("步骤", "Steps")} className={s.steps}>
        {steps.map(([step, zh, en], i) => (
          <Button
            key={step}
            size="small"
            appearance="subtle"
            className={state.step === step ? s.stepCurrent : undefined}
            aria-current={state.step === step ? "step" : undefined}
            disabled={!enabled[step] && state.step !== step}
            onClick={() => pane.go(step)}
          >
            {`${i + 1} ${t(zh, en)}`}
          </Button>
        ))}
      </nav>
      <div aria-live="polite" className={s.row}>
        {state.progress && <Progress label={t(...state.progress)} />}
      </div>
      {state.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.error && <ErrorBar error={state.error} />}
      {/* Until the workbook is first read, the title and the progress alone: the steps render once, with what was read. */}
      {state.step === "scheme" && (state.workbook || !state.loading) && (
        <SchemeStep pane={pane} fill={fill} override={override} />
      )}
      <React.Suspense fallback={<Progress label={t("正在打开…", "Opening…")} />}>
        {state.step === "data" && <DataStep pane={pane} onPin={pin} />}
        {state.step === "generate" && <GenerateStep pane={pane} />}
      </React.Suspense>
      {state.step === "review" && <ReviewStep pane={pane} sheets={review} />}
    </main>
  );
}

/**
 * A slot's action as the pane runs it: the workbook is read again afterwards (a pinned figure or a
 * filled sheet changes what the steps show); a failure is shown like any other, with 重试.
 */
function useSlot<A>(
  pane: ReturnType<typeof usePane>,
  lang: Lang,
  action: ((arg: A) => Promise<void>) | undefined
): ((arg: A) => Promise<void>) | undefined {
  const { load, patch, state } = pane;
  const baseSheet = state.baseSheet;
  return React.useMemo(() => {
    if (!action) return undefined;
    const run = async (arg: A): Promise<void> => {
      patch({ error: undefined, notice: undefined });
      try {
        await action(arg);
        await load(baseSheet);
      } catch (e) {
        patch({ error: failure(e, lang, () => void run(arg)) });
      }
    };
    return run;
  }, [action, baseSheet, lang, load, patch]);
}

/** A failure in the pane's language, with 重试 and Office.js's own words folded away. */
function ErrorBar({ error }: { error: Failure }) {
  const t = useT();
  const s = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {error.message}
        {error.detail && (
          <details>
            <summary className={mergeClasses(s.small, s.summary)}>
              {t("技术信息", "Technical details")}
            </summary>
            <span className={s.small}>{error.detail}</span>
          </details>
        )}
      </MessageBarBody>
      {error.retry && (
        <MessageBarActions>
          <Button onClick={error.retry}>{t("重试", "Try again")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
