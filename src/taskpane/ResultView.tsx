/**
 * The result of 生成 or 更新, on top of the step: focus moves to its heading; the main action is
 * 转到计分表; what is left to do is listed once, each with its sheet-named cell.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { GenerateOutcome, PendingItem } from "../excel/scorecard";
import { CellLink, StepFrame } from "./Frame";
import { useT, type Translate } from "./i18n";
import { useStyles } from "./styles";
import { Tag } from "./Tag";
import type { Pane } from "./usePane";
import { PROBLEM_TAG, STATUS_TAG, problemTone, statusTone } from "./vocabulary";

/** What to do about an item, in the pane's language (an indicator's 扣分说明 is Chinese domain text). */
function instruction(p: PendingItem, t: Translate): string {
  const onScorecard = !p.sheet;
  if (p.status === "input")
    return t(p.message, "Type the self-evaluation input (自评输入) in this cell of the scorecard.");
  if (p.status === "missing")
    return onScorecard
      ? t(
          `${p.message}。请在计分表的“补充数据”中填写，或补进基础数据后更新。`,
          `${p.messageEn}. Fill it in under 补充数据 (supplementary data) in the scorecard, or add it to the base data and update.`
        )
      : t(p.message, p.messageEn);
  // An impossible figure names its base-sheet cell; an indicator's error is explained in its 扣分说明.
  return p.sheet
    ? t(p.message, p.messageEn)
    : t(p.message, "No score: decide it in the scorecard (its 扣分说明 column says why).");
}

export function ResultView({ pane, outcome }: { pane: Pane; outcome: GenerateOutcome }) {
  const t = useT();
  const s = useStyles();
  const { summary } = outcome;
  const updated = pane.state.outcomeMode === "update";
  const sheet = summary.sheetName;

  // The result replaces the form: focus goes to it, not to the page.
  React.useEffect(() => {
    document.getElementById("result-heading")?.focus();
  }, [outcome]);

  const pendingKeys = new Set(summary.pending.map((p) => p.key));
  // What a reviewer should still check on the base sheet (bad figures are pending items already).
  const others = summary.problems.filter(
    (p) =>
      !["missing", "blank", "nearMiss"].includes(p.kind) && !(p.field && pendingKeys.has(p.field))
  );
  const kept = Object.keys(outcome.kept).length;

  const footer = (
    <>
      <Button
        appearance="primary"
        className={s.wide}
        onClick={() => void pane.select(sheet, summary.totalCell ?? "A1")}
      >
        {t("转到计分表", "Go to the scorecard")}
      </Button>
      <Button className={s.wide} onClick={() => pane.patch({ editing: true })}>
        {t("重新生成或更新…", "Generate or update again…")}
      </Button>
    </>
  );

  return (
    <StepFrame
      id="result"
      heading={
        updated
          ? t(`已更新“${sheet}”`, `Updated "${sheet}"`)
          : t(`已生成“${sheet}”`, `Created "${sheet}"`)
      }
      footer={footer}
    >
      <div>
        <Text className={s.total}>{summary.total.toString()}</Text>
        <Text>{t(` / ${summary.points} 分`, ` / ${summary.points} points`)}</Text>
        {"　"}
        {summary.grade ? (
          <Text weight="semibold">
            {t(`评价等级：${summary.grade}`, `Grade: ${summary.grade}`)}
          </Text>
        ) : (
          <Text className={s.muted}>
            {t("尚有指标待定，暂不评定等级", "No grade until every indicator is scored")}
          </Text>
        )}
      </div>
      {summary.totalCell && (
        <Text className={s.small}>
          {t("合计在 ", "The total is in ")}
          <CellLink sheet={sheet} cell={summary.totalCell} select={pane.select} />
        </Text>
      )}
      {outcome.result.notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t(outcome.result.notice.message, outcome.result.notice.messageEn)}
          </MessageBarBody>
        </MessageBar>
      )}
      {kept > 0 && (
        <Text className={s.muted}>
          {t(`已保留 ${kept} 项已填写的内容。`, `Kept ${kept} typed entries.`)}
        </Text>
      )}
      {summary.pending.length > 0 && (
        <section aria-labelledby="pending-heading" className={s.section}>
          <h3 id="pending-heading" className={s.subheading}>
            {t(
              `需要填写或处理（${summary.pending.length}）`,
              `To fill in or fix (${summary.pending.length})`
            )}
          </h3>
          <ul className={s.list}>
            {summary.pending.map((p) => (
              <li key={p.key} className={s.problem}>
                <span>
                  <Tag tone={statusTone(p.status)}>{t(...STATUS_TAG[p.status])}</Tag>{" "}
                  <Text weight="semibold">{p.label}</Text>
                </span>
                <Text className={s.small}>{instruction(p, t)}</Text>
                {p.cell && <CellLink sheet={p.sheet ?? sheet} cell={p.cell} select={pane.select} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="result-recheck-heading" className={s.section}>
          <h3 id="result-recheck-heading" className={s.subheading}>
            {t(
              `基础数据中还需核对（${others.length}）`,
              `Also check in the base data (${others.length})`
            )}
          </h3>
          <ul className={s.list}>
            {others.map((p, i) => (
              <li key={i} className={s.problem}>
                <span>
                  <Tag tone={problemTone(p.kind)}>{t(...PROBLEM_TAG[p.kind])}</Tag>{" "}
                  {t(p.message, p.messageEn)}
                </span>
                {p.cell && <CellLink sheet={p.sheet} cell={p.cell} select={pane.select} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </StepFrame>
  );
}
