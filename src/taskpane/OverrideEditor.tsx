/**
 * 写计分方式…: the fix a scheme-sheet problem offers when a 计分方式 override can mend it. Inline, under
 * the problem: a text field (a suggestion from the 评价标准's numbers when there is one), a live
 * preview by the very reader that reads the 计分方式 column, and 写入 (the view's primary action
 * while open) or 取消. The reader is fetched with the scheme-sheet chunk, never on the first load.
 */
import * as React from "react";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import type { OverrideRequest } from "../excel/schemeOverride";
import type { OverrideFix } from "../scorecard/schemeSheet";
import { useT } from "./i18n";
import { useStyles } from "./styles";

type Reader = typeof import("./schemeReading");
const loadReader = () => import(/* webpackChunkName: "schemesheet" */ "./schemeReading");

export const SHORTHAND_EXAMPLE = "扣分 超过100% 每1% 扣0.5";

interface Props {
  sheet: string;
  fix: OverrideFix;
  open: boolean;
  onOpen(): void;
  onClose(): void;
  /** Writes the override (the pane reads the workbook again afterwards). */
  write(req: OverrideRequest): Promise<void>;
}

export function OverrideChoice({ sheet, fix, open, onOpen, onClose, write }: Props) {
  const t = useT();
  const s = useStyles();
  if (!open)
    return (
      <div>
        <Button size="small" onClick={onOpen}>
          {t("写计分方式…", "Write a scoring override…")}
        </Button>
      </div>
    );
  return <OverrideEditor sheet={sheet} fix={fix} onClose={onClose} write={write} s={s} />;
}

function OverrideEditor({
  sheet,
  fix,
  onClose,
  write,
  s,
}: Omit<Props, "open" | "onOpen"> & { s: ReturnType<typeof useStyles> }) {
  const t = useT();
  const id = React.useId();
  const [reader, setReader] = React.useState<Reader>();
  const [text, setText] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    input.current?.focus();
    let live = true;
    void loadReader().then((r) => {
      if (!live) return;
      setReader(r);
      // The suggestion fills the field only while the officer has typed nothing.
      setText((typed) => typed ?? r.suggestOverride(fix));
    });
    return () => {
      live = false;
    };
  }, [fix]);
  const value = text ?? "";
  const preview = reader?.previewOverride(value, fix);
  const where =
    fix.column === undefined
      ? t(
          `写入“${sheet}”第 ${fix.row + 1} 行；表中没有“计分方式”列，将在表头右侧的空白列加上。`,
          `Written on row ${fix.row + 1} of "${sheet}"; the table has no 计分方式 column, so one is added right of its header.`
        )
      : t(
          `写入“${sheet}”第 ${fix.row + 1} 行的“计分方式”单元格（须为空白）。`,
          `Written into the 计分方式 cell on row ${fix.row + 1} of "${sheet}" (it must be empty).`
        );
  const submit = async () => {
    if (!preview?.ok || busy) return;
    setBusy(true);
    try {
      await write({
        sheet,
        row: fix.row,
        column: fix.column,
        headerRow: fix.headerRow,
        text: value,
      });
    } finally {
      setBusy(false);
      onClose();
    }
  };
  return (
    <div role="group" aria-labelledby={`${id}-label`} className={s.stack}>
      <Field
        label={{ id: `${id}-label`, children: t("计分方式", "Scoring override (计分方式)") }}
        hint={where}
      >
        <Input
          ref={input}
          value={value}
          placeholder={t(`如：${SHORTHAND_EXAMPLE}`, `e.g. ${SHORTHAND_EXAMPLE}`)}
          onChange={(_, d) => setText(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") void submit();
            if (e.key === "Escape") onClose();
          }}
          aria-describedby={`${id}-preview`}
        />
      </Field>
      <Text id={`${id}-preview`} aria-live="polite" className={s.small}>
        {!preview
          ? t("正在载入读取器…", "Loading the reader…")
          : preview.ok
            ? t(`读作：${preview.reading}`, `Reads as: ${preview.reading}`)
            : preview.message}
      </Text>
      <Button
        appearance="primary"
        className={s.wide}
        disabled={!preview?.ok || busy}
        onClick={() => void submit()}
      >
        {t("写入", "Write")}
      </Button>
      <Button className={s.wide} appearance="subtle" onClick={onClose}>
        {t("取消", "Cancel")}
      </Button>
    </div>
  );
}
