/**
 * Step 1 (方案): the scheme the check and 生成 use, suggested from the workbook. The workbook's own
 * scoring table is listed first, with how each row reads and every problem at its cell.
 */
import * as React from "react";
import { Button, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { Scheme } from "../core";
import { canFillInPlace, readingCell } from "../scorecard/paneCheck";
import { CellLink, Fold, StepFrame } from "./Frame";
import { useLang, useT } from "./i18n";
import type { FillPreviewSummary, FillSlot, OverrideSlot } from "./App";
import { OverrideChoice } from "./OverrideEditor";
import { failure, type OwnScheme } from "./paneState";
import { useStyles } from "./styles";
import { Tag } from "./Tag";
import type { Pane } from "./usePane";

const SHEET = "sheet:";

export function SchemeStep({
  pane,
  fill,
  override,
}: {
  pane: Pane;
  fill?: FillSlot;
  override?: OverrideSlot;
}) {
  const t = useT();
  const s = useStyles();
  const { scheme, state } = pane;
  const choice = state.choice;
  const value = choice ? (choice.kind === "sheet" ? SHEET + choice.sheet : choice.id) : "";
  const suggested = state.suggestion?.choice;
  const isSuggested = (v: string) =>
    suggested && (suggested.kind === "sheet" ? SHEET + suggested.sheet : suggested.id) === v;
  const own =
    choice?.kind === "sheet" && state.own?.reading.sheetName === choice.sheet
      ? state.own
      : undefined;
  const ownProblems = own?.reading.problems.length ?? 0;
  // The open 写计分方式 editor (its problem's index): its 写入 is then the view's primary action.
  const [editing, setEditing] = React.useState<number>();
  React.useEffect(() => setEditing(undefined), [own]);

  const footer =
    own && ownProblems > 0 ? (
      <Button
        appearance={editing === undefined ? "primary" : "secondary"}
        className={s.wide}
        onClick={() => void pane.load(state.baseSheet)}
        disabled={state.loading}
      >
        {t("改好后重新读取评分方案表", "Read the scheme sheet again")}
      </Button>
    ) : (
      <Button
        appearance="primary"
        className={s.wide}
        onClick={() => pane.go("data")}
        disabled={!scheme || state.loading}
      >
        {t("下一步：检查基础数据", "Next: check the base data")}
      </Button>
    );

  return (
    <StepFrame id="scheme" heading={t("评分方案", "Scoring scheme")} footer={footer}>
      {state.suggestion?.reason && (
        <Text id="scheme-suggestion">
          {t(
            `建议：${suggestionName(state.suggestion.choice)}（${state.suggestion.reason.zh}）`,
            `Suggested: ${suggestionName(state.suggestion.choice, "en")} (${state.suggestion.reason.en})`
          )}
        </Text>
      )}
      <RadioGroup
        aria-labelledby="scheme-choice-label"
        value={value}
        onChange={(_, d) =>
          pane.choose(
            d.value.startsWith(SHEET)
              ? { kind: "sheet", sheet: d.value.slice(SHEET.length) }
              : { kind: "builtin", id: d.value }
          )
        }
      >
        <Text id="scheme-choice-label" weight="semibold">
          {t("用哪个评分方案计分", "Score with")}
        </Text>
        {state.schemeSheets.map((name) => (
          <Radio
            key={SHEET + name}
            value={SHEET + name}
            label={
              <>
                {t(`工作簿中的评分方案表“${name}”`, `The workbook's scheme sheet "${name}"`)}
                {isSuggested(SHEET + name) && (
                  <>
                    {" "}
                    <Tag>{t("建议", "suggested")}</Tag>
                  </>
                )}
              </>
            }
          />
        ))}
        {pane.schemes.map((x) => (
          <Radio
            key={x.id}
            value={x.id}
            label={
              <>
                {`${x.id}　${x.title}`}
                {isSuggested(x.id) && (
                  <>
                    {" "}
                    <Tag>{t("建议", "suggested")}</Tag>
                  </>
                )}
              </>
            }
          />
        ))}
      </RadioGroup>

      {own && (
        <OwnSchemeView
          own={own}
          pane={pane}
          fill={fill}
          edit={override && { slot: override, editing, setEditing }}
        />
      )}
      {choice?.kind === "sheet" && !own && !state.loading && (
        <Text>{t("正在读取评分方案表…", "Reading the scheme sheet…")}</Text>
      )}
      {choice?.kind === "builtin" && scheme && <BuiltInTree scheme={scheme} />}
    </StepFrame>
  );
}

function suggestionName(c: NonNullable<Pane["state"]["choice"]>, lang: "zh" | "en" = "zh"): string {
  if (c.kind === "builtin") return c.id;
  return lang === "zh" ? `工作簿中的“${c.sheet}”表` : `the sheet "${c.sheet}"`;
}

/** The workbook's table as read: its problems (each at its cell) first, then every row's reading. */
function OwnSchemeView({
  own,
  pane,
  fill,
  edit,
}: {
  own: OwnScheme;
  pane: Pane;
  fill?: FillSlot;
  edit?: { slot: OverrideSlot; editing?: number; setEditing(i?: number): void };
}) {
  const t = useT();
  const s = useStyles();
  const r = own.reading;
  const at = (cell: string) => (cell.includes("!") ? cell : `${cell}!`);
  return (
    <>
      <Text>
        {r.scheme
          ? t(
              `读出 ${r.rows.length} 个三级指标，共 ${r.scheme.total} 分，没有问题。任务窗格用它生成通用公式的计分表。`,
              `Read ${r.rows.length} indicators, ${r.scheme.total} points in all, with no problems. The pane generates a scorecard with portable formulas from it.`
            )
          : t(
              `读出 ${r.rows.length} 个三级指标；有 ${r.problems.length} 个问题，改好之前不能用它计分：`,
              `Read ${r.rows.length} indicators; ${r.problems.length} problems must be fixed before it can score:`
            )}
      </Text>
      {r.problems.length > 0 && (
        <section aria-labelledby="scheme-problems-heading" className={s.section}>
          <h3 id="scheme-problems-heading" className={s.subheading}>
            {t(
              `评分方案表的问题（${r.problems.length}）`,
              `Problems in the scheme sheet (${r.problems.length})`
            )}
          </h3>
          <ul className={s.list}>
            {r.problems.map((p, i) => (
              <li key={i}>
                <CellLink sheet={r.sheetName} cell={at(p.cell)} select={pane.select} /> {p.message}
                {edit && p.fix && (
                  <OverrideChoice
                    sheet={r.sheetName}
                    fix={p.fix}
                    open={edit.editing === i}
                    onOpen={() => edit.setEditing(i)}
                    onClose={() => edit.setEditing(undefined)}
                    write={edit.slot}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {fill && canFillInPlace(r) && r.scheme && (
        <FillInPlace sheet={r.sheetName} baseSheet={pane.state.baseSheet} fill={fill} pane={pane} />
      )}
      <Fold
        initiallyOpen={r.problems.length === 0}
        summary={t(`逐行读法（${r.rows.length}）`, `Row by row (${r.rows.length})`)}
      >
        <ul className={s.list}>
          {r.rows.map((row) => (
            <li key={row.row} className={s.indicator}>
              <Text>
                {row.path.split("/").filter(Boolean).pop()}　
                <Tag tone={row.ok ? undefined : "danger"}>
                  {t(`${row.points}分`, `${row.points} pts`)}
                </Tag>{" "}
                <CellLink
                  sheet={r.sheetName}
                  cell={readingCell(r, row.row, own.originColumn)}
                  select={pane.select}
                />
              </Text>
              <Text className={s.small}>{row.reading}</Text>
              <Text className={`${s.small} ${s.muted}`}>
                {t("指标值：", "Value: ")}
                {row.value}
              </Text>
            </li>
          ))}
        </ul>
      </Fold>
    </>
  );
}

/** A built-in scheme's indicator tree with points and rule texts, folded by 一级指标. */
function BuiltInTree({ scheme }: { scheme: Scheme }) {
  const t = useT();
  const s = useStyles();
  const points = (n: number) => t(`${n}分`, `${n} pts`);
  return (
    <>
      <Text className={s.muted}>{t(`来源：${scheme.source}`, `Source: ${scheme.source}`)}</Text>
      <h3 className={s.subheading}>
        {t(`指标体系（共${scheme.total}分）`, `Indicators (${scheme.total} points in all)`)}
      </h3>
      <div>
        {scheme.levels.map((l1) => (
          <Fold
            key={l1.name}
            summary={
              <>
                {l1.name}　<Tag>{points(l1.points)}</Tag>
              </>
            }
          >
            {l1.groups.map((l2, gi) => (
              <div
                key={`${l2.name}-${gi}`}
                role="group"
                aria-label={l2.name || t("（未命名二级指标）", "(unnamed group)")}
              >
                <Text weight="semibold" block>
                  {l2.name || t("（未命名）", "(unnamed)")}　{points(l2.points)}
                </Text>
                <ul className={s.list}>
                  {l2.indicators.map((ind) => (
                    <li key={ind.name} className={s.indicator}>
                      <Text>
                        {ind.name}　<Tag>{points(ind.points)}</Tag>
                      </Text>
                      <Text className={s.small}>{ind.criterion}</Text>
                      {ind.note && <Text className={`${s.small} ${s.muted}`}>{ind.note}</Text>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </Fold>
        ))}
      </div>
    </>
  );
}

/**
 * 在此表中计分: first how many empty cells would be written (nothing is written yet), then 写入 or
 * 取消. Cells with content are never written; the adapter rolls back a failed write.
 */
function FillInPlace({
  sheet,
  baseSheet,
  fill,
  pane,
}: {
  sheet: string;
  baseSheet?: string;
  fill: FillSlot;
  pane: Pane;
}) {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const [preview, setPreview] = React.useState<FillPreviewSummary>();
  const ask = async () => {
    if (!baseSheet) return;
    try {
      setPreview(await fill.preview(sheet, baseSheet));
    } catch (e) {
      pane.patch({ error: failure(e, lang, () => void ask()) });
    }
  };
  const cancel = (
    <Button className={s.wide} appearance="subtle" onClick={() => setPreview(undefined)}>
      {t("取消", "Cancel")}
    </Button>
  );
  return (
    <section aria-labelledby="fill-heading" className={s.section}>
      <h3 id="fill-heading" className={s.subheading}>
        {t("在此表中计分", "Score in this sheet")}
      </h3>
      {!preview && (
        <>
          <Text>
            {baseSheet
              ? t(
                  `“${sheet}”有“得分”列：可以直接在此表中计分，只写入空白的指标值、得分和扣分说明单元格，数据取自“${baseSheet}”。`,
                  `"${sheet}" has a 得分 (score) column: it can be scored in place, writing only its empty cells, with figures from "${baseSheet}".`
                )
              : t(
                  "没有找到基础数据表，不能在此表中计分。",
                  "No base-data sheet was found, so this sheet cannot be scored in place."
                )}
          </Text>
          <Button className={s.wide} disabled={!baseSheet} onClick={() => void ask()}>
            {t("在此表中计分…", "Score in this sheet…")}
          </Button>
        </>
      )}
      {preview?.ok && (
        <>
          <Text>
            {t(
              `将在“${sheet}”中写入 ${preview.count} 个空白单元格；有内容的单元格不会改动。` +
                (preview.inputs ? `另有 ${preview.inputs} 个自评输入单元格留给您填写。` : "") +
                (preview.skipped
                  ? `${preview.skipped} 处不写入（原因见命令行 perfscore fill --dry-run）。`
                  : ""),
              `${preview.count} empty cells of "${sheet}" will be written; cells with content stay as they are.` +
                (preview.inputs
                  ? ` ${preview.inputs} self-evaluation cells are left for you to fill.`
                  : "") +
                (preview.skipped
                  ? ` ${preview.skipped} are left out (perfscore fill --dry-run says why).`
                  : "")
            )}
          </Text>
          <Button
            className={s.wide}
            onClick={() => {
              setPreview(undefined);
              void fill.write(sheet);
            }}
          >
            {t(`写入 ${preview.count} 个单元格`, `Write ${preview.count} cells`)}
          </Button>
          {cancel}
        </>
      )}
      {preview && !preview.ok && (
        <>
          <Text>{t("不能在此表中计分：", "This sheet cannot be scored in place:")}</Text>
          <ul className={s.list}>
            {preview.problems.map((p, i) => (
              <li key={i}>
                <CellLink
                  sheet={sheet}
                  cell={p.cell.includes("!") ? p.cell : `${sheet}!${p.cell}`}
                  select={pane.select}
                />{" "}
                {p.message}
              </li>
            ))}
          </ul>
          {cancel}
        </>
      )}
    </section>
  );
}
