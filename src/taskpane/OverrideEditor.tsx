/**
 * 写计分方式…: the fix a scheme-sheet problem offers when a 计分方式 override can mend it. The button
 * is all the first load carries; the editor (OverrideForm.tsx: its Fluent field and input, and the
 * rule-text reader) comes with the scheme-sheet chunk, fetched already to read the table.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { OverrideRequest } from "../excel/schemeOverride";
import type { OverrideFix } from "../scorecard/schemeSheet";
import { useT } from "./i18n";

const OverrideForm = React.lazy(() =>
  import(/* webpackChunkName: "schemesheet" */ "./OverrideForm").then((m) => ({
    default: m.OverrideForm,
  }))
);

export interface OverrideProps {
  sheet: string;
  fix: OverrideFix;
  open: boolean;
  onOpen(): void;
  onClose(): void;
  /** Writes the override (the pane reads the workbook again afterwards). */
  write(req: OverrideRequest): Promise<void>;
}

export function OverrideChoice({ sheet, fix, open, onOpen, onClose, write }: OverrideProps) {
  const t = useT();
  if (!open)
    return (
      <div>
        <Button size="small" onClick={onOpen}>
          {t("写计分方式…", "Write a scoring override…")}
        </Button>
      </div>
    );
  return (
    <React.Suspense fallback={<Text>{t("正在载入…", "Loading…")}</Text>}>
      <OverrideForm sheet={sheet} fix={fix} onClose={onClose} write={write} />
    </React.Suspense>
  );
}
