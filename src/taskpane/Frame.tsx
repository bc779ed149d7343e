/** A step's frame: its heading, its one primary action and its content. */
import * as React from "react";
import { useT } from "./i18n";
import { useStyles } from "./styles";

/**
 * The heading to focus once it is there: a step loaded on demand (生成) renders after the step
 * changed, so the step's heading takes focus when it mounts.
 */
let focusWanted: string | undefined;

export function focusHeading(id: string): void {
  const el = document.getElementById(`${id}-heading`);
  if (el) {
    focusWanted = undefined;
    el.focus();
  } else focusWanted = id;
}

/** A step: its heading, its one primary action (first in tab order, shown pinned at the bottom), its content. */
export function StepFrame({
  id,
  heading,
  footer,
  children,
}: {
  id: string;
  heading: string;
  footer: React.ReactNode;
  children: React.ReactNode;
}) {
  const s = useStyles();
  const t = useT();
  React.useEffect(() => {
    if (focusWanted === id) focusHeading(id);
  }, [id]);
  return (
    <section className={s.stepSection} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1} className={s.heading}>
        {heading}
      </h2>
      <div className={s.footer} role="group" aria-label={t("本步操作", "This step's action")}>
        {footer}
      </div>
      {children}
    </section>
  );
}

/**
 * A button that reads as a link (a cell, 更改方案): a native button styled as Fluent's inline
 * link, without Fluent's Link component (1.5 kB of the pane's first load).
 */
export function LinkButton({
  onClick,
  children,
  ...aria
}: {
  onClick(): void;
  children: React.ReactNode;
  "aria-label"?: string;
}) {
  const s = useStyles();
  return (
    <button type="button" className={s.linkButton} onClick={onClick} {...aria}>
      {children}
    </button>
  );
}

/**
 * A cell named with its sheet ("基础数据!D22"), which selects it in Excel. `cell` may already
 * name its sheet ("评分方案!F7"); a sheet alone ("评分方案") activates the sheet's first cell.
 */
export function CellLink({
  sheet,
  cell,
  select,
  bare,
}: {
  sheet: string;
  cell: string;
  select(sheet: string, address: string): Promise<void>;
  /** Show the address alone (a table about one sheet), naming the sheet for screen readers. */
  bare?: boolean;
}) {
  const bang = cell.lastIndexOf("!");
  const onSheet = bang >= 0 ? cell.slice(0, bang).replace(/^'|'$/g, "") : sheet;
  const address = bang >= 0 ? cell.slice(bang + 1) : cell;
  const text = address === "" ? onSheet : `${onSheet}!${address}`;
  return (
    <LinkButton
      aria-label={bare ? text : undefined}
      onClick={() => void select(onSheet, address || "A1")}
    >
      {bare ? address : text}
    </LinkButton>
  );
}

/**
 * A native disclosure (keyboard and screen-reader support built in) whose content is rendered
 * once it is first opened: a closed fold (the scheme's indicator tree, every row's reading) costs
 * the first screen nothing.
 */
export function Fold({
  summary,
  initiallyOpen = false,
  children,
}: {
  summary: React.ReactNode;
  initiallyOpen?: boolean;
  children: React.ReactNode;
}) {
  const s = useStyles();
  const [opened, setOpened] = React.useState(initiallyOpen);
  return (
    <details
      className={s.details}
      open={initiallyOpen}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary className={s.summary}>{summary}</summary>
      {opened && children}
    </details>
  );
}

/**
 * Long work (reading a 5,000-row sheet takes ~1.8 s on the fake host): the browser's own
 * indeterminate progress bar and what is being done; `live` when no live region holds it already.
 */
export function Progress({ label, live }: { label: string; live?: boolean }) {
  const s = useStyles();
  return (
    <span className={s.progress} aria-live={live ? "polite" : undefined}>
      <progress aria-label={label} />
      <span className={s.small}>{label}</span>
    </span>
  );
}
