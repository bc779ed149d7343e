/** Shared layout: everything wraps and shrinks, so the pane fits 320 px without a horizontal scrollbar. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    maxWidth: "100%",
    padding: "8px 12px 16px",
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
    overflowWrap: "anywhere",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: "10px",
    minWidth: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: "8px",
    rowGap: "8px",
    alignItems: "center",
  },
  table: {
    tableLayout: "fixed",
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: "4px",
  },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: "4px",
    verticalAlign: "top",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  details: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "4px 0",
  },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    padding: "4px 0",
  },
  colAddress: { width: "64px" },
  colValue: { width: "84px", textAlign: "right" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  problemRow: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  missingRow: { backgroundColor: tokens.colorPaletteRedBackground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  small: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  list: {
    margin: 0,
    paddingLeft: "18px",
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
  },
  indicator: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    paddingBottom: "6px",
  },
  total: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  steps: { display: "flex", flexWrap: "wrap", columnGap: "4px", rowGap: "4px" },
  tag: {
    display: "inline-block",
    padding: "0 4px",
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  tagDanger: {
    color: tokens.colorPaletteRedForeground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  tagWarning: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    border: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
});
