/**
 * Step 4 (复核): the department's self-scores (its filled 计分表) beside the scores computed from its
 * 基础数据. Totals and grades first; then the indicators whose scores differ, each with the rule's
 * 扣分说明 and links that select its cells; then those that cannot be checked; the agreeing ones
 * folded away. A chunk of its own (see useReview.tsx), with the comparison code.
 */
import * as React from "react";
import { gradeOf, type D } from "../core";
import { reviewOf, type WorkbookReview } from "../excel/review";
import type { IndicatorComparison } from "../scorecard/review";
import { useT, type Translate } from "./i18n";
import { Button, MessageBar, MessageBarBody, Text, mergeClasses } from "@fluentui/react-components";
import { CellLink, StepFrame } from "./Frame";
import { useStyles } from "./styles";
import { Tag } from "./Tag";
import type { ReviewSheets } from "./useReview";
import type { Pane } from "./usePane";

/** Fluent's and the pane's components, with the pane's styles. */
function useParts() {
  const s = useStyles();
  return { Button, MessageBar, MessageBarBody, Text, mergeClasses, CellLink, StepFrame, Tag, s };
}

/** The view's few styles of its own, inline: no stylesheet of this chunk's own to load. */
const STYLE = {
  scores: { fontVariantNumeric: "tabular-nums" },
  cells: { display: "flex", flexWrap: "wrap", columnGap: "12px", rowGap: "2px" },
  rest: { margin: "4px 0 0", paddingLeft: "18px" },
} as const;

const points = (d: D | null) => (d === null ? "—" : d.toString());

/** The comparison for what the pane has read; undefined until there is a 计分表 and a scheme. */
function useComparison(pane: Pane, sheets: ReviewSheets): WorkbookReview | Error | undefined {
  const { scheme, state } = pane;
  const { snapshot, pins } = state;
  const found = sheets.found;
  return React.useMemo(() => {
    if (!scheme || !snapshot || !found?.selfScored.length) return undefined;
    try {
      return reviewOf(snapshot, found, { scheme, pins });
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [scheme, snapshot, pins, found]);
}

export default function ReviewView(props: { pane: Pane; sheets: ReviewSheets }) {
  return <Review pane={props.pane} sheets={props.sheets} />;
}

function Review({ pane, sheets }: { pane: Pane; sheets: ReviewSheets }) {
  const t = useT();
  const { Button, MessageBar, MessageBarBody, StepFrame, Text, s } = useParts();
  const review = useComparison(pane, sheets);
  const busy = pane.state.loading || sheets.reading;
  const footer = (
    <Button
      appearance="primary"
      className={s.wide}
      disabled={busy}
      onClick={() => void pane.load(pane.state.baseSheet)}
    >
      {t("重新读取并复核", "Read again and review")}
    </Button>
  );
  return (
    <StepFrame id="review" heading={t("复核", "Review")} footer={footer}>
      {review instanceof Error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t(`无法复核：${review.message}`, `The review failed: ${review.message}`)}
          </MessageBarBody>
        </MessageBar>
      ) : review ? (
        <Comparison pane={pane} review={review} />
      ) : (
        !busy && (
          <Text>
            {t(
              "工作簿中没有填写了自评得分的计分表（按“三级指标”“得分”表头查找）。",
              "The workbook has no 计分表 with self-scores typed in (looked for by the headers 三级指标 and 得分)."
            )}
          </Text>
        )
      )}
    </StepFrame>
  );
}

function Comparison({ pane, review }: { pane: Pane; review: WorkbookReview }) {
  const t = useT();
  const { Text, s } = useParts();
  // Differences first (largest first), as compareScores orders them, then what cannot be checked.
  const differs = review.ordered.filter((c) => c.status === "differs");
  const unchecked = review.ordered.filter((c) => c.status === "pending" || c.status === "noSelf");
  const same = review.ordered.filter((c) => c.status === "same");
  return (
    <>
      <Text className={s.muted}>
        {t(
          `自评得分取自“${review.selfSheet}”；计算得分按评分方案“${review.scheme.id}”，由“${review.summary.baseSheet}”中的基础数据算出。`,
          `Self-scores from "${review.selfSheet}"; computed scores from the base data in "${review.summary.baseSheet}" by the scheme "${review.scheme.id}".`
        )}
      </Text>
      <Totals review={review} />
      {review.selfTotal === null && (
        <Text weight="semibold">
          {t(
            `“${review.selfSheet}”中没有能对上评分方案“${review.scheme.id}”三级指标的自评得分；如方案不对，请在“方案”步骤改选。`,
            `"${review.selfSheet}" has no self-score for an indicator of the scheme "${review.scheme.id}"; if the scheme is wrong, pick another in the Scheme step.`
          )}
        </Text>
      )}
      {differs.length === 0 && review.selfTotal !== null && (
        <Text weight="semibold">
          {t("能核对的指标，自评得分与计算得分一致。", "Every score that can be checked agrees.")}
        </Text>
      )}
      <IndicatorList
        id="review-differs"
        title={t(
          `与计算得分不同（${differs.length}）`,
          `Differ from the computed score (${differs.length})`
        )}
        items={differs}
        pane={pane}
      />
      <IndicatorList
        id="review-unchecked"
        title={t(`无法核对（${unchecked.length}）`, `Cannot be checked (${unchecked.length})`)}
        items={unchecked}
        pane={pane}
      />
      <SelfProblems pane={pane} review={review} />
      {same.length > 0 && <Agreeing items={same} />}
    </>
  );
}

/** Self total and computed total, and both grades, side by side. */
function Totals({ review }: { review: WorkbookReview }) {
  const t = useT();
  const { s } = useParts();
  const { summary, selfTotal, scheme } = review;
  const selfGrade = selfTotal === null ? "—" : gradeOf(scheme, selfTotal);
  const computedGrade =
    summary.grade ??
    t(
      `待定（${summary.pendingCount} 项无法计算）`,
      `pending (${summary.pendingCount} not computed)`
    );
  return (
    <table className={s.table}>
      <caption className={s.caption}>{t("合计与评价等级", "Totals and grades")}</caption>
      <thead>
        <tr>
          <td className={s.td} />
          <th scope="col" className={s.th}>
            {t("自评", "Self-assessed")}
          </th>
          <th scope="col" className={s.th}>
            {t("按基础数据计算", "Computed")}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className={s.th}>
            {t("合计", "Total")}
          </th>
          <td className={s.td} style={STYLE.scores}>
            {points(selfTotal)}
          </td>
          <td className={s.td} style={STYLE.scores}>
            {`${summary.total.toString()} / ${summary.points}`}
          </td>
        </tr>
        <tr>
          <th scope="row" className={s.th}>
            {t("评价等级", "Grade")}
          </th>
          <td className={s.td}>{selfGrade}</td>
          <td className={s.td}>{computedGrade}</td>
        </tr>
      </tbody>
    </table>
  );
}

const STATUS: Record<IndicatorComparison["status"], [string, string]> = {
  differs: ["不同", "differs"],
  pending: ["无法计算", "not computed"],
  noSelf: ["未自评", "no self-score"],
  same: ["一致", "agrees"],
};

/** What the reviewer asks about an indicator: the two scores, then why (扣分说明). */
function scoresLine(c: IndicatorComparison, t: Translate): string {
  return t(
    `自评 ${points(c.self)} 分，计算 ${points(c.computed)} 分（分值 ${c.max}）`,
    `Self-score ${points(c.self)}, computed ${points(c.computed)} (of ${c.max})`
  );
}

function IndicatorList({
  id,
  title,
  items,
  pane,
}: {
  id: string;
  title: string;
  items: IndicatorComparison[];
  pane: Pane;
}) {
  const t = useT();
  const { CellLink, Tag, Text, s } = useParts();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className={s.section}>
      <h3 id={`${id}-heading`} className={s.subheading}>
        {title}
      </h3>
      <ul className={s.list}>
        {items.map((c) => (
          <li key={c.path} className={s.problem}>
            <span>
              <Tag tone={c.status === "differs" ? "danger" : "warning"}>
                {t(...STATUS[c.status])}
              </Tag>{" "}
              <Text weight="semibold">{c.name}</Text>
            </span>
            <Text style={STYLE.scores}>{scoresLine(c, t)}</Text>
            {c.explanation && (
              <Text className={s.small}>
                {t("扣分说明：", "扣分说明 (how the score is reached): ")}
                {c.explanation}
              </Text>
            )}
            {c.status === "noSelf" && (
              <Text className={s.small}>
                {t(
                  "计分表中没有此指标的自评得分。",
                  "The 计分表 gives no self-score for this indicator."
                )}
              </Text>
            )}
            {c.cells.length > 0 && (
              <span className={s.small} style={STYLE.cells}>
                {c.cells.map((cell) => (
                  <span key={`${cell.sheet}!${cell.cell}`}>
                    {cell.label === "自评得分" ? t("自评得分", "self-score") : cell.label}{" "}
                    <CellLink sheet={cell.sheet} cell={cell.cell} select={pane.select} />
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Self-scores that could not be used: text, above 分值, rows of no indicator, a 合计 that does not add up. */
function SelfProblems({ pane, review }: { pane: Pane; review: WorkbookReview }) {
  const t = useT();
  const { CellLink, Text, s } = useParts();
  if (review.selfProblems.length === 0) return null;
  return (
    <section aria-labelledby="review-self-heading" className={s.section}>
      <h3 id="review-self-heading" className={s.subheading}>
        {t(
          `自评得分的问题（${review.selfProblems.length}）`,
          `Problems with the self-scores (${review.selfProblems.length})`
        )}
      </h3>
      <ul className={s.list}>
        {review.selfProblems.map((p) => (
          <li key={`${p.cell} ${p.message}`} className={s.problem}>
            <Text className={s.small}>{p.message}</Text>
            <CellLink sheet={p.sheet} cell={p.cell} select={pane.select} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The agreeing indicators, folded away: nothing to ask about them. */
function Agreeing({ items }: { items: IndicatorComparison[] }) {
  const t = useT();
  const { mergeClasses, s } = useParts();
  return (
    <details className={s.details}>
      <summary className={s.summary}>
        {t(`自评与计算一致（${items.length}）`, `Agreeing (${items.length})`)}
      </summary>
      <ul className={mergeClasses(s.small, s.muted)} style={STYLE.rest}>
        {items.map((c) => (
          <li key={c.path}>
            {t(`${c.name}：${points(c.self)} 分`, `${c.name}: ${points(c.self)}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
