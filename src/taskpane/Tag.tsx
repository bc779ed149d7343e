/** A small text label (缺失, 8分): plain text in a styled span, read as part of its sentence. */
import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { useStyles } from "./styles";

export function Tag({
  tone,
  children,
}: {
  tone?: "danger" | "warning";
  children: React.ReactNode;
}) {
  const s = useStyles();
  return (
    <span
      className={mergeClasses(
        s.tag,
        tone === "danger" && s.tagDanger,
        tone === "warning" && s.tagWarning
      )}
    >
      {children}
    </span>
  );
}
