/**
 * Step 3 (生成): the options and one primary action; a taken name turns the action into a choice
 * (更新 first). After a run the result replaces the form (see ResultView).
 */
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { sheetNameProblem } from "../scorecard/sheetNames";
import { LinkButton, StepFrame } from "./Frame";
import { useT } from "./i18n";
import { ResultView } from "./ResultView";
import { useStyles } from "./styles";
import type { Conflict, Pane } from "./usePane";

export function GenerateStep({ pane }: { pane: Pane }) {
  const { state } = pane;
  if (state.outcome && !state.editing) return <ResultView pane={pane} outcome={state.outcome} />;
  return <GenerateForm pane={pane} />;
}

function GenerateForm({ pane }: { pane: Pane }) {
  const t = useT();
  const s = useStyles();
  const { state, check } = pane;
  // Excel's rules; a name it refuses would only fail mid-write.
  const nameProblem = sheetNameProblem(state.sheetName);
  const invalidName = nameProblem !== undefined;
  const own = state.choice?.kind === "sheet";
  const bad = check?.bad ?? [];

  const footer = state.conflict ? (
    <ConflictChoice pane={pane} conflict={state.conflict} />
  ) : (
    <Button
      appearance="primary"
      className={s.wide}
      onClick={() => void pane.generate("ask")}
      disabled={state.running || !pane.canGenerate || invalidName}
    >
      {t("生成计分表", "Generate the scorecard")}
    </Button>
  );

  return (
    <StepFrame id="generate" heading={t("生成计分表", "Generate the scorecard")} footer={footer}>
      <Text className={s.muted}>
        {t(
          `基础数据：${state.baseSheet ?? "（未选择）"}　评分方案：${pane.scheme?.id ?? "—"}`,
          `Base data: ${state.baseSheet ?? "(none)"} · Scheme: ${pane.scheme?.id ?? "—"}`
        )}
      </Text>
      {bad.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t(
                `基础数据中有 ${bad.length} 个数字不能计分`,
                `${bad.length} figures in the base data cannot be scored`
              )}
            </MessageBarTitle>
            {t(
              "用到它们的指标会标为“需处理”，不会得分。",
              "The indicators that use them are marked “needs a fix” and get no score. "
            )}{" "}
            <LinkButton onClick={() => pane.go("data")}>
              {t("查看基础数据", "See the base data")}
            </LinkButton>
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t("公式类型", "Formulas")}>
        <RadioGroup
          value={own ? "portable" : state.dialect}
          onChange={(_, d) => pane.patch({ dialect: d.value === "portable" ? "portable" : "perf" })}
        >
          <Radio
            value="perf"
            disabled={own}
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
      {own && (
        <Text className={s.small}>
          {t(
            "工作簿自己的评分方案在任务窗格中生成通用公式（要 PERF 公式，可用命令行 perfscore generate --perf，按评价标准原文用 PERF.RULESCORE 计分）。",
            "A workbook's own scheme gets portable formulas here (for PERF formulas, use perfscore generate --perf, which scores with PERF.RULESCORE on the rule texts)."
          )}
        </Text>
      )}
      <Field
        label={t("计分表名称", "Scorecard sheet name")}
        validationState={invalidName ? "error" : "none"}
        validationMessage={
          nameProblem === "reserved"
            ? t(
                "“History”是 Excel 保留的名称，请换一个名称",
                "“History” is reserved by Excel; choose another name"
              )
            : invalidName
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
        label={t("写入扣分说明", "Write the 扣分说明 column (how each score was reached)")}
      />
      <Checkbox
        checked={state.ruleTexts}
        onChange={(_, d) => pane.patch({ ruleTexts: Boolean(d.checked) })}
        label={t(
          "写入指标说明和评价标准（扣分依据）",
          "Write the indicator descriptions and rule texts"
        )}
      />
      {state.outcome && (
        <Button
          className={s.wide}
          onClick={() => pane.patch({ editing: false, conflict: undefined })}
        >
          {t("返回结果", "Back to the result")}
        </Button>
      )}
    </StepFrame>
  );
}

/** The taken name: choices stacked full width, 更新 the main one when it is allowed. */
function ConflictChoice({ pane, conflict }: { pane: Pane; conflict: Conflict }) {
  const t = useT();
  const s = useStyles();
  const { state } = pane;
  const noUpdate: Record<Exclude<Conflict["update"], "allowed">, [string, string]> = {
    baseSheet: [
      "它是基础数据所在的工作表，不会被覆盖。",
      "It holds the base data and will not be overwritten.",
    ],
    notScorecard: [
      "它不是 PerfScore 生成的计分表，不会被覆盖。",
      "It is not a scorecard generated by PerfScore and will not be overwritten.",
    ],
    otherScheme: [
      `它是按评分方案“${conflict.schemeId}”生成的计分表，与所选的方案“${pane.scheme?.id}”不同，不会被覆盖。如要更新它，请在“方案”步骤改选“${conflict.schemeId}”。`,
      `It is a scorecard for the scheme "${conflict.schemeId}", not the selected "${pane.scheme?.id}", and will not be overwritten. To update it, pick "${conflict.schemeId}" in the Scheme step.`,
    ],
    unknown: ["无法读取它，不会覆盖它。", "It could not be read and will not be overwritten."],
  };
  const update = conflict.update;
  const allowed = update === "allowed";
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {t(`工作表“${conflict.name}”已存在`, `"${conflict.name}" already exists`)}
          </MessageBarTitle>
          {update === "allowed"
            ? t(
                "可以更新它（保留已填写的自评输入），或另生成一张。",
                "Update it (what was typed is kept), or create another."
              )
            : t(...noUpdate[update])}
        </MessageBarBody>
      </MessageBar>
      <div className={s.stack}>
        {allowed && (
          <Button
            appearance="primary"
            disabled={state.running}
            onClick={() => void pane.generate("update", conflict.name)}
          >
            {t("更新（保留已填写的内容）", "Update (keep what was typed)")}
          </Button>
        )}
        <Button
          appearance={allowed ? "secondary" : "primary"}
          disabled={state.running}
          onClick={() => void pane.generate("new", conflict.alternative)}
        >
          {t(`生成“${conflict.alternative}”`, `Create "${conflict.alternative}"`)}
        </Button>
        <Button
          appearance="subtle"
          disabled={state.running}
          onClick={() => pane.patch({ conflict: undefined })}
        >
          {t("取消", "Cancel")}
        </Button>
      </div>
    </>
  );
}
