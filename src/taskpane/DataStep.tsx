/**
 * Step 2 (数据): the base sheet checked against the scheme in use. The count and 需要注意 first,
 * each problem once with its sheet-named cell; near misses apart; the full table folded away.
 */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { workbookErrors } from "../excel/errors";
import type { Problem } from "../scorecard/baseData";
import { CellLink, LinkButton, Progress, StepFrame } from "./Frame";
import { useT } from "./i18n";
import { useStyles } from "./styles";
import { Tag } from "./Tag";
import type { Pane } from "./usePane";
import { PROBLEM_TAG, problemTone } from "./vocabulary";

type OnPin = (figure: string) => Promise<void>;

function formatValue(raw: unknown, value: { toString(): string } | undefined): string {
  if (value !== undefined) return value.toString();
  if (raw === null || raw === undefined || raw === "") return "";
  return String(raw);
}

export function DataStep({ pane, onPin }: { pane: Pane; onPin?: OnPin }) {
  const t = useT();
  const s = useStyles();
  const { state, baseEmpty, scheme, checking } = pane;
  // A check for another scheme (by id) is never shown as this one's; one of the sheet as last read stays
  // (with the progress below) until the new one is there, so nothing the officer opened closes.
  const current = Boolean(scheme) && pane.checkedScheme?.id === scheme?.id;
  const check = current ? pane.check : undefined;
  const baseData = current ? pane.baseData : undefined;
  const sheets = state.workbook?.sheets ?? [];
  const sheet = state.baseSheet ?? "";
  const empty =
    baseEmpty && state.baseSheet ? workbookErrors.emptySheet(state.baseSheet) : undefined;
  // Nothing to read figures from: the way on is the template (or another sheet).
  const noData = !state.baseSheet || baseEmpty || Boolean(check?.blocking);
  const schemeName = scheme
    ? state.choice?.kind === "sheet"
      ? t(`工作簿中的“${state.choice.sheet}”表`, `the sheet "${state.choice.sheet}"`)
      : scheme.id
    : "";

  const footer = noData ? (
    <Button
      appearance="primary"
      className={s.wide}
      onClick={() => void pane.insertTemplate()}
      disabled={state.loading}
    >
      {t("插入基础数据模板", "Insert the base-data template")}
    </Button>
  ) : (
    <Button
      appearance="primary"
      className={s.wide}
      onClick={() => pane.go("generate")}
      disabled={!pane.canGenerate || state.loading}
    >
      {t("下一步：生成计分表", "Next: generate the scorecard")}
    </Button>
  );

  return (
    <StepFrame id="data" heading={t("基础数据", "Base data")} footer={footer}>
      <Text>
        {t(`按评分方案“${schemeName}”检查。`, `Checked for the scheme "${schemeName}". `)}
        <LinkButton onClick={() => pane.go("scheme")}>
          {t("更改方案", "Change the scheme")}
        </LinkButton>
      </Text>
      {sheets.length > 0 && (
        <Field
          label={t("基础数据所在的工作表", "Sheet with the base data")}
          hint={
            state.found
              ? t(
                  "已按名称自动识别，可改选其他工作表。",
                  "Recognised by its name; you may pick another sheet."
                )
              : undefined
          }
        >
          <Select
            value={sheet}
            onChange={(_, d) => void pane.load(d.value || undefined)}
            disabled={state.loading}
          >
            {!state.baseSheet && <option value="">{t("（请选择）", "(choose)")}</option>}
            {sheets.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {!state.loading && checking && (
        <Progress label={t("正在检查基础数据…", "Checking the base data…")} live />
      )}
      {!state.loading && current && <SheetNotice pane={pane} empty={empty} />}
      <Button
        onClick={() => void pane.load(state.baseSheet)}
        disabled={state.loading}
        className={s.wide}
      >
        {t("重新读取", "Read again")}
      </Button>
      {state.snapshot?.truncated && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t(
              `该工作表已使用 ${state.snapshot.used.rowCount.toLocaleString()} 行 × ${state.snapshot.used.columnCount} 列，只读取了左上角 ${state.snapshot.grid.rowCount} 行 × ${state.snapshot.grid.columnCount} 列。基础数据应在表格顶部；如不在，请删除多余的行列后重新读取。`,
              `This sheet uses ${state.snapshot.used.rowCount.toLocaleString()} rows × ${state.snapshot.used.columnCount} columns; only the top-left ${state.snapshot.grid.rowCount} × ${state.snapshot.grid.columnCount} were read. Keep the base data at the top of the sheet.`
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {baseData && check && !check.blocking && (
        <>
          <Text weight="semibold" id="data-count">
            {t(
              `找到 ${check.found} 项数据，${check.attention.length} 项需要注意。`,
              `${check.found} figures found; ${check.attention.length} need attention.`
            )}
          </Text>
          <Text className={s.muted}>
            {t("评价年度：", "Evaluation year: ")}
            {baseData.year ?? t("未识别", "not recognised")}
            {baseData.unitName
              ? t(`　填报单位：${baseData.unitName}`, ` · Unit: ${baseData.unitName}`)
              : ""}
          </Text>
          {check.attention.length > 0 && (
            <ProblemList
              id="attention"
              title={t("需要注意", "Needs attention")}
              problems={check.attention}
              pane={pane}
              sheet={sheet}
              onPin={onPin}
            />
          )}
          {check.nearMisses.length > 0 && (
            <ProblemList
              id="near-misses"
              title={t(
                "像是所需数据但未使用的行",
                "Rows that look like a wanted figure but were not used"
              )}
              problems={check.nearMisses}
              pane={pane}
              sheet={sheet}
              onPin={onPin}
            />
          )}
          <FiguresTable pane={pane} sheet={sheet} onPin={onPin} />
        </>
      )}
    </StepFrame>
  );
}

/** Why there is nothing to check: no base sheet found, an empty sheet, or a sheet without the scheme's figures. */
function SheetNotice({
  pane,
  empty,
}: {
  pane: Pane;
  empty?: { message: string; messageEn: string };
}) {
  const t = useT();
  const { state, check, scheme } = pane;
  if (!state.workbook) return null;
  const [title, text] = !state.baseSheet
    ? [
        t("没有名为“基础数据”的工作表", "No sheet named 基础数据 (base data)"),
        t(
          "请在上方选择基础数据所在的工作表，或插入基础数据模板并填写。",
          "Pick the sheet that holds the base data above, or insert the template and fill it in."
        ),
      ]
    : empty
      ? [t("工作表是空的", "The sheet is empty"), t(empty.message, empty.messageEn)]
      : check?.blocking
        ? [
            t(`“${state.baseSheet}”中没有基础数据`, `No base data in "${state.baseSheet}"`),
            t(
              `在工作表“${state.baseSheet}”中没有找到评分方案“${scheme?.id}”所需的任何数据（如编制数、公用经费）。请选择基础数据所在的工作表，或插入基础数据模板。`,
              `None of the figures the scheme "${scheme?.id}" needs (such as 编制数, 公用经费) is on the sheet "${state.baseSheet}". Pick the sheet with the base data, or insert the template.`
            ),
          ]
        : [undefined, undefined];
  if (!title) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}

function ProblemList({
  id,
  title,
  problems,
  pane,
  sheet,
  onPin,
}: {
  id: string;
  title: string;
  problems: Problem[];
  pane: Pane;
  sheet: string;
  onPin?: OnPin;
}) {
  const t = useT();
  const s = useStyles();
  return (
    <section aria-labelledby={`${id}-heading`} className={s.section}>
      <h3 id={`${id}-heading`} className={s.subheading}>
        {title}
      </h3>
      <ul className={s.list}>
        {problems.map((p, i) => (
          <li key={i} className={s.problem}>
            <span>
              <Tag tone={problemTone(p.kind)}>{t(...PROBLEM_TAG[p.kind])}</Tag>{" "}
              {t(p.message, p.messageEn)}
            </span>
            {(p.cell || (onPin && p.field)) && (
              <span className={s.row}>
                {p.cell && <CellLink sheet={sheet} cell={p.cell} select={pane.select} />}
                {onPin && p.field && <PinButton field={p.field} onPin={onPin} />}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 使用所选单元格: the figure is read from the cell selected in Excel (a slot until wired). */
function PinButton({ field, onPin }: { field: string; onPin: OnPin }) {
  const t = useT();
  return (
    <LinkButton
      onClick={() => void onPin(field)}
      aria-label={t(`${field}：使用所选单元格`, `${field}: use the selected cell`)}
    >
      {t("使用所选单元格", "Use the selected cell")}
    </LinkButton>
  );
}

/** Every figure the scheme reads, by the scheme's name for it, with the sheet's label and cell. Folded. */
function FiguresTable({ pane, sheet, onPin }: { pane: Pane; sheet: string; onPin?: OnPin }) {
  const t = useT();
  const s = useStyles();
  const baseData = pane.baseData!;
  const rows = Object.values(baseData.figures);
  const missing = pane.check!.attention.filter(
    (p) => p.kind === "missing" && p.field && !baseData.figures[p.field]
  );
  const problemOf = (field: string) => pane.check!.attention.find((p) => p.field === field);
  return (
    <details className={s.details}>
      <summary className={s.summary}>
        {t(
          `全部数据（${rows.length + missing.length} 项）`,
          `All figures (${rows.length + missing.length})`
        )}
      </summary>
      <table className={s.table}>
        <caption className={s.caption}>{t("找到的基础数据", "Figures found")}</caption>
        <thead>
          <tr>
            <th scope="col" className={s.th}>
              {t("数据", "Figure")}
            </th>
            <th scope="col" className={mergeClasses(s.th, s.colAddress)}>
              {t("单元格", "Cell")}
            </th>
            <th scope="col" className={mergeClasses(s.th, s.colValue)}>
              {t("数值", "Value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {[
            ...rows.map((f) => ({
              field: f.field,
              label: f.label.trim(),
              address: f.address,
              value: formatValue(f.raw, f.value),
            })),
            ...missing.map((p) => ({ field: p.field!, label: "", address: undefined, value: "" })),
          ].map((r) => {
            const p = problemOf(r.field);
            return (
              <tr key={r.field}>
                <th scope="row" className={s.td}>
                  {r.field}
                  {p && (
                    <>
                      {" "}
                      <Tag tone={problemTone(p.kind)}>{t(...PROBLEM_TAG[p.kind])}</Tag>
                    </>
                  )}
                  {r.label && r.label !== r.field && (
                    <Text block className={mergeClasses(s.small, s.muted)}>
                      {t(`表中写作“${r.label}”`, `labelled “${r.label}”`)}
                    </Text>
                  )}
                  {onPin && <PinButton field={r.field} onPin={onPin} />}
                </th>
                <td className={mergeClasses(s.td, s.colAddress)}>
                  {r.address ? (
                    <CellLink sheet={sheet} cell={r.address} select={pane.select} bare />
                  ) : (
                    "—"
                  )}
                </td>
                <td className={mergeClasses(s.td, s.colValue, s.num)}>{r.value}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
