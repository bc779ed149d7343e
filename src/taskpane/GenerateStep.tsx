/** Step 3 (生成): options, one primary button, progress, then the summary with links to the cells. */
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { PendingItem } from "../excel/scorecard";
import { sameName } from "../excel/workbook";
import { MAX_SHEET_NAME } from "../scorecard/sheetNames";
import { useT } from "./i18n";
import { useStyles } from "./styles";
import type { Pane } from "./usePane";

const STATUS: Record<PendingItem["status"], [string, string]> = {
  input: ["待填", "to fill in"],
  missing: ["缺数据", "missing figure"],
  error: ["需决定", "needs a decision"],
};

export function GenerateStep({ pane, onBack }: { pane: Pane; onBack(): void }) {
  const t = useT();
  const s = useStyles();
  const { state } = pane;
  const outcome = state.outcome;
  const summary = outcome?.summary;
  // Excel's rules (src/scorecard/sheetNames.ts); a name it refuses would only fail mid-write.
  const invalidName =
    /[[\]:*?/\\]/.test(state.sheetName) ||
    /^'|'$/.test(state.sheetName) ||
    state.sheetName.trim() === "" ||
    state.sheetName.length > MAX_SHEET_NAME;
  // The base sheet is never rewritten in place: only a new name is offered.
  const isBaseSheet = Boolean(
    state.conflict && state.baseSheet && sameName(state.conflict.name, state.baseSheet)
  );

  return (
    <section className={s.section} aria-labelledby="generate-heading">
      <Text as="h2" id="generate-heading" tabIndex={-1} weight="semibold" size={400}>
        {t("生成计分表", "Generate the scorecard")}
      </Text>
      <Text className={s.muted}>
        {t(
          `基础数据：${state.baseSheet ?? "（未选择）"}　方案：${state.schemeId}`,
          `Base data: ${state.baseSheet ?? "(none)"}  Scheme: ${state.schemeId}`
        )}
      </Text>

      <Field label={t("公式类型", "Formulas")}>
        <RadioGroup
          value={state.dialect}
          onChange={(_, d) => pane.patch({ dialect: d.value === "portable" ? "portable" : "perf" })}
        >
          <Radio
            value="perf"
            label={t(
              "PERF 函数（易读，需要本加载项）",
              "PERF functions (readable; need this add-in)"
            )}
          />
          <Radio
            value="portable"
            label={t(
              "通用公式（不装加载项也能计算，WPS 可用）",
              "Portable formulas (work without the add-in)"
            )}
          />
        </RadioGroup>
      </Field>

      <Field
        label={t("工作表名称", "Sheet name")}
        validationState={invalidName ? "error" : "none"}
        validationMessage={
          invalidName
            ? t(
                "名称须为 1–31 个字符，不含 [ ] : * ? / \\，且不以 ' 开头或结尾",
                "1–31 characters, none of [ ] : * ? / \\, not starting or ending with '"
              )
            : undefined
        }
      >
        <Input
          value={state.sheetName}
          onChange={(_, d) => pane.patch({ sheetName: d.value, conflict: undefined })}
        />
      </Field>

      <Checkbox
        checked={state.explanations}
        onChange={(_, d) => pane.patch({ explanations: Boolean(d.checked) })}
        label={t("写入扣分说明", "Include 扣分说明 (how each score was reached)")}
      />
      <Checkbox
        checked={state.ruleTexts}
        onChange={(_, d) => pane.patch({ ruleTexts: Boolean(d.checked) })}
        label={t(
          "写入指标说明和评价标准（扣分依据）",
          "Include indicator descriptions and rule texts"
        )}
      />

      <div className={s.row}>
        <Button onClick={onBack} disabled={state.running}>
          {t("上一步", "Back")}
        </Button>
        <Button
          appearance="primary"
          onClick={() => void pane.generate("ask")}
          disabled={state.running || !state.baseSheet || invalidName}
        >
          {t("生成计分表", "Generate scorecard")}
        </Button>
      </div>

      <div aria-live="polite">
        {state.running && <Spinner label={t("正在生成计分表…", "Generating the scorecard…")} />}
      </div>

      {state.conflict && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t(`工作表“${state.conflict.name}”已存在`, `"${state.conflict.name}" already exists`)}
            </MessageBarTitle>
            {isBaseSheet
              ? t(
                  "它是基础数据所在的工作表，不会被覆盖。",
                  "It holds the base data and will not be overwritten."
                )
              : t("不会覆盖它。请选择：", "It will not be overwritten. Choose:")}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void pane.generate("new", state.conflict!.alternative)}>
              {t(`生成“${state.conflict.alternative}”`, `Create "${state.conflict.alternative}"`)}
            </Button>
            {!isBaseSheet && (
              <Button onClick={() => void pane.generate("update", state.conflict!.name)}>
                {t("更新（保留已填写的内容）", "Update (keep what was typed)")}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}

      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.error.message}</MessageBarBody>
        </MessageBar>
      )}

      {summary && (
        <section aria-labelledby="summary-heading" className={s.section}>
          <Text as="h3" id="summary-heading" weight="semibold">
            {t(`已生成“${summary.sheetName}”`, `Created "${summary.sheetName}"`)}
          </Text>
          <div>
            <Text className={s.total}>{summary.total.toString()}</Text>
            <Text>{t(" 分", " points")}</Text>
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
            <Link
              as="button"
              onClick={() => void pane.select(summary.sheetName, summary.totalCell!)}
            >
              {t(`查看合计（${summary.totalCell}）`, `Show the total (${summary.totalCell})`)}
            </Link>
          )}
          {summary.pending.length > 0 && (
            <>
              <Text weight="semibold">
                {t(
                  `需要填写或决定的指标（${summary.pending.length}）`,
                  `To fill in or decide (${summary.pending.length})`
                )}
              </Text>
              <ul className={s.list}>
                {summary.pending.map((p) => (
                  <li key={p.key}>
                    <Text weight="semibold">{p.label}</Text>{" "}
                    <Text className={s.muted}>[{t(...STATUS[p.status])}]</Text>{" "}
                    {p.cell ? (
                      <Link
                        as="button"
                        onClick={() => void pane.select(p.sheet ?? summary.sheetName, p.cell!)}
                      >
                        {t(`转到 ${p.cell}`, `Go to ${p.cell}`)}
                      </Link>
                    ) : null}
                    <Text block className={s.small}>
                      {p.message}
                    </Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          {outcome && Object.keys(outcome.kept).length > 0 && (
            <Text className={s.muted}>
              {t(
                `已保留 ${Object.keys(outcome.kept).length} 项已填写的内容。`,
                `Kept ${Object.keys(outcome.kept).length} typed entries.`
              )}
            </Text>
          )}
        </section>
      )}
    </section>
  );
}
