/**
 * The 写计分方式 editor, inline under its problem: a text field (a suggestion from the 评价标准's
 * numbers when there is one), a live reading by the very reader that reads the 计分方式 column (so
 * the preview is what the sheet will read), and 写入 (the view's primary action while open) or 取消.
 * Loaded lazily with the scheme-sheet chunk (OverrideEditor.tsx).
 */
import * as React from "react";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { previewOverride, suggestOverride } from "../scorecard/schemeSheet/override";
import { useT } from "./i18n";
import type { OverrideProps } from "./OverrideEditor";
import { useStyles } from "./styles";

const SHORTHAND_EXAMPLE = "扣分 超过100% 每1% 扣0.5";

export function OverrideForm({
  sheet,
  fix,
  onClose,
  write,
}: Omit<OverrideProps, "open" | "onOpen">) {
  const t = useT();
  const s = useStyles();
  const id = React.useId();
  // The suggestion when one can be derived, else empty (the placeholder shows the shorthand).
  const [text, setText] = React.useState(() => suggestOverride(fix));
  const [busy, setBusy] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => input.current?.focus(), []);
  const preview = previewOverride(text, fix);
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
    if (!preview.ok || busy) return;
    setBusy(true);
    try {
      await write({
        sheet,
        row: fix.row,
        column: fix.column,
        headerRow: fix.headerRow,
        text,
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
          value={text}
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
        {preview.ok
          ? t(`读作：${preview.reading}`, `Reads as: ${preview.reading}`)
          : t(preview.message, preview.messageEn)}
      </Text>
      <Button
        appearance="primary"
        className={s.wide}
        disabled={!preview.ok || busy}
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
