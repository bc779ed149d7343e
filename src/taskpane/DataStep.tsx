/** Step 1 (数据): which sheet holds the base data, the year, and every figure found, with problems. */
import * as React from "react";
import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { workbookErrors } from "../excel/errors";
import type { Problem, ProblemKind } from "../scorecard/baseData";
import { useT, type Translate } from "./i18n";
import { useStyles } from "./styles";
import { Tag } from "./Tag";
import type { Pane } from "./usePane";

const KIND_LABEL: Record<ProblemKind, [string, string]> = {
  missing: ["缺失", "missing"],
  blank: ["空白", "blank"],
  duplicate: ["重复", "duplicate"],
  invalid: ["无效", "invalid"],
  negative: ["负数", "negative"],
  range: ["超出范围", "out of range"],
  relation: ["大于总数", "above its total"],
  sum: ["合计不符", "sum"],
  year: ["年度", "year"],
  sheet: ["表格", "sheet"],
  nearMiss: ["未使用的近似项", "near miss"],
};

interface Row {
  field: string;
  label: string;
  address?: string;
  value: string;
  problems: Problem[];
}

function formatValue(raw: unknown, value: { toString(): string } | undefined): string {
  if (value !== undefined) return value.toString();
  if (raw === null || raw === undefined || raw === "") return "";
  return String(raw);
}

export function DataStep({ pane, onNext }: { pane: Pane; onNext(): void }) {
  const t = useT();
  const s = useStyles();
  const { state, baseEmpty } = pane;
  // An empty sheet has one thing to say (below), not every field missing.
  const baseData = baseEmpty ? undefined : pane.baseData;
  const sheets = state.workbook?.sheets ?? [];
  const empty = baseEmpty && state.baseSheet ? workbookErrors.emptySheet(state.baseSheet) : undefined;

  const rows: Row[] = React.useMemo(() => {
    if (!baseData) return [];
    const out: Row[] = Object.values(baseData.figures).map((f) => ({
      field: f.field,
      label: f.label.trim() || f.field,
      address: f.address,
      value: formatValue(f.raw, f.value),
      problems: baseData.problems.filter((p) => p.field === f.field),
    }));
    for (const p of baseData.problems) {
      if (p.kind === "missing" && p.field && !baseData.figures[p.field]) {
        out.push({ field: p.field, label: p.field, value: "", problems: [p] });
      }
    }
    return out;
  }, [baseData]);

  const general =
    baseData?.problems.filter(
      (p) => !p.field || (p.kind !== "missing" && !baseData.figures[p.field])
    ) ?? [];
  const flagged = rows.filter((r) => r.problems.length > 0);

  if (state.loading && !state.workbook) {
    return <Spinner label={t("正在读取工作簿…", "Reading the workbook…")} />;
  }

  return (
    <section className={s.section} aria-labelledby="data-heading">
      <Text as="h2" id="data-heading" tabIndex={-1} weight="semibold" size={400}>
        {t("基础数据", "Base data")}
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
              : t("可选择任意工作表作为基础数据。", "Any sheet can serve as the base data.")
          }
        >
          <Select
            value={state.baseSheet ?? ""}
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

      {!state.found && !baseEmpty && !state.loading && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              {t("未找到“基础数据”工作表", "No 基础数据 (base data) sheet found")}
            </MessageBarTitle>
            {t(
              "可以插入一张基础数据模板，填好后再生成计分表；或在上方选择已有的工作表。",
              "Insert a base-data template and fill it in, or pick an existing sheet above."
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {empty && !state.loading && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("工作表是空的", "The sheet is empty")}</MessageBarTitle>
            {t(empty.message, empty.messageEn)}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={s.row}>
        {(!state.found || baseEmpty) && (
          <Button
            appearance="primary"
            onClick={() => void pane.insertTemplate()}
            disabled={state.loading}
          >
            {t("插入基础数据模板", "Insert base-data template")}
          </Button>
        )}
        <Button onClick={() => void pane.load(state.baseSheet)} disabled={state.loading}>
          {t("重新读取", "Read again")}
        </Button>
        {state.loading && <Spinner size="tiny" label={t("读取中…", "Reading…")} />}
      </div>

      {state.snapshot?.truncated && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t(
              `该工作表已使用 ${state.snapshot.used.rowCount.toLocaleString()} 行 × ${state.snapshot.used.columnCount} 列，只读取了左上角 ${state.snapshot.grid.rowCount} 行 × ${state.snapshot.grid.columnCount} 列。基础数据应在表格顶部；如不在，请删除多余的行列后重新读取。`,
              `This sheet uses ${state.snapshot.used.rowCount.toLocaleString()} rows × ${state.snapshot.used.columnCount} columns; only the top-left ${state.snapshot.grid.rowCount} × ${state.snapshot.grid.columnCount} were read. Keep the base data at the top of the sheet.`
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {baseData && (
        <>
          <Text>
            {t("评价年度：", "Evaluation year: ")}
            <strong>{baseData.year ?? t("未识别", "not recognised")}</strong>
            {baseData.unitName
              ? t(`　填报单位：${baseData.unitName}`, `  Unit: ${baseData.unitName}`)
              : ""}
          </Text>
          <Text className={s.muted}>
            {t(
              `找到 ${rows.length - rows.filter((r) => !r.address).length} 项数据，${flagged.length} 项需要注意。`,
              `${rows.length - rows.filter((r) => !r.address).length} figures found; ${flagged.length} need attention.`
            )}
          </Text>
          <FiguresTable rows={rows} sheet={state.baseSheet ?? ""} pane={pane} t={t} />
          {(flagged.length > 0 || general.length > 0) && (
            <section aria-labelledby="problems-heading" className={s.section}>
              <Text as="h3" id="problems-heading" weight="semibold">
                {t("需要注意", "Needs attention")}
              </Text>
              <ul className={s.list}>
                {[...flagged.flatMap((r) => r.problems), ...general].map((p, i) => (
                  <li key={i}>
                    <Tag tone={p.kind === "missing" || p.kind === "invalid" ? "danger" : "warning"}>
                      {t(...KIND_LABEL[p.kind])}
                    </Tag>{" "}
                    {t(p.message, p.messageEn)}
                    {p.cell && (
                      <>
                        {" "}
                        <Link
                          as="button"
                          onClick={() => void pane.select(state.baseSheet ?? "", p.cell!)}
                        >
                          {t(`定位 ${p.cell}`, `Go to ${p.cell}`)}
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}

      <div className={s.row}>
        <Button appearance="primary" onClick={onNext} disabled={!pane.canGenerate || state.loading}>
          {t("下一步：选择方案", "Next: scheme")}
        </Button>
      </div>
    </section>
  );
}

/** A plain, native table: the screen reader's table navigation works, and it costs no bundle weight. */
function FiguresTable({
  rows,
  sheet,
  pane,
  t,
}: {
  rows: Row[];
  sheet: string;
  pane: Pane;
  t: Translate;
}) {
  const s = useStyles();
  return (
    <table className={s.table}>
      <caption className={s.caption}>{t("找到的基础数据", "Figures found")}</caption>
      <thead>
        <tr>
          <th scope="col" className={s.th}>
            {t("项目", "Item")}
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
        {rows.map((r) => {
          const worst =
            r.problems.find((p) => p.kind === "missing" || p.kind === "invalid") ?? r.problems[0];
          const severe = worst && (worst.kind === "missing" || worst.kind === "invalid");
          const rowClass = worst ? (severe ? s.missingRow : s.problemRow) : undefined;
          return (
            <tr key={r.field} className={rowClass}>
              <th scope="row" className={s.td}>
                <span title={r.field}>{r.label}</span>
                {worst && (
                  <>
                    {" "}
                    <Tag tone={severe ? "danger" : "warning"}>{t(...KIND_LABEL[worst.kind])}</Tag>
                  </>
                )}
              </th>
              <td className={mergeClasses(s.td, s.colAddress)}>
                {r.address ? (
                  <Link
                    as="button"
                    onClick={() => void pane.select(sheet, r.address!)}
                    aria-label={t(
                      `在工作簿中选中 ${r.address}（${r.field}）`,
                      `Select ${r.address} (${r.field}) in the workbook`
                    )}
                  >
                    {r.address}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td className={mergeClasses(s.td, s.colValue, s.num)}>
                {r.value || (r.address ? "" : t("缺失", "missing"))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
