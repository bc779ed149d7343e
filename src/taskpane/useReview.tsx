/**
 * Step 4 (复核), offered only when the workbook holds a 计分表 with self-scores typed in. After each
 * read of the workbook the pane looks for one (src/excel/reviewSheets.ts: one round trip, two when
 * a sheet has 三级指标 and 得分 columns); the view and the comparison (src/excel/review.ts, the
 * command line's reviewGrids) load only when the step is opened. Both are chunks of their own, so
 * the pane's first load carries just this file.
 */
import * as React from "react";
import type { ExcelHost } from "../excel/host";
import type { ScoreSheets } from "../excel/reviewSheets";
import { useT } from "./i18n";
import type { PaneState, Step } from "./paneState";
import { Progress } from "./Frame";
import type { Pane } from "./usePane";

export const REVIEW_STEP: [Step, string, string] = ["review", "复核", "Review"];

export interface ReviewSheets {
  /** The sheets found by the last look (undefined before it, or when it failed). */
  found?: ScoreSheets;
  /** A look is under way. */
  reading: boolean;
  /** A 计分表 with self-scores is there: the step is shown. */
  offered: boolean;
}

/** Looks for filled 计分表 each time a read of the workbook ends (not after 生成: it adds none typed in). */
export function useReviewSheets(host: ExcelHost, state: PaneState): ReviewSheets {
  const [found, setFound] = React.useState<ScoreSheets>();
  const [reading, setReading] = React.useState(false);
  const latest = React.useRef(0);
  // The pane starts reading: a first read finished before the first render (startFirstRead) counts.
  const wasLoading = React.useRef(true);
  const { loading, workbook, baseSheet } = state;
  React.useEffect(() => {
    const finished = wasLoading.current && !loading;
    wasLoading.current = loading;
    if (!finished) return;
    const mine = ++latest.current;
    const others = (workbook?.sheets ?? []).map((s) => s.name).filter((n) => n !== baseSheet);
    if (others.length === 0) {
      setFound(undefined);
      setReading(false);
      return;
    }
    setReading(true);
    void (async () => {
      let r: ScoreSheets | undefined;
      try {
        const { readScoreSheets } = await import(
          /* webpackChunkName: "reviewsheets" */ "../excel/reviewSheets"
        );
        r = await readScoreSheets(host, others);
      } catch {
        // 复核 is an offer on top of the three steps: a failed look leaves it out, silently.
        r = undefined;
      }
      if (mine !== latest.current) return;
      setFound(r);
      setReading(false);
    })();
  }, [host, loading, workbook, baseSheet]);
  return { found, reading, offered: Boolean(found?.selfScored.length) };
}

const ReviewView = React.lazy(() => import(/* webpackChunkName: "review" */ "./ReviewView"));

/** The 复核 view, fetched on first use; the progress line says so meanwhile. */
export function ReviewStep({ pane, sheets }: { pane: Pane; sheets: ReviewSheets }) {
  const t = useT();
  return (
    <React.Suspense fallback={<Progress label={t("正在打开复核…", "Opening the review…")} />}>
      <ReviewView pane={pane} sheets={sheets} />
    </React.Suspense>
  );
}
