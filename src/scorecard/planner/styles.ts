/** The 计分表's cell styles, by id. Light yellow marks every cell the user is meant to fill. */
import type { CellStyle } from "../plan";

export const INPUT_FILL = "#FFF2CC";
const HEADER_FILL = "#D9E1F2";
const SUBTOTAL_FILL = "#F2F2F2";
const TOTAL_FILL = "#E2EFDA";

const cell: CellStyle = { border: "thin", wrap: true, vertical: "middle", fontSize: 10 };

export const STYLES = {
  title: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" },
  info: { fontSize: 10, horizontal: "left", vertical: "middle", wrap: true },
  header: { ...cell, bold: true, horizontal: "center", fill: HEADER_FILL },
  group: { ...cell, bold: true, horizontal: "center" },
  points: { ...cell, horizontal: "center", numberFormat: "General" },
  name: { ...cell, horizontal: "left" },
  text: { ...cell, horizontal: "left", vertical: "top", fontSize: 9 },
  value: { ...cell, horizontal: "center", numberFormat: "0.00%" },
  score: { ...cell, horizontal: "center", bold: true, numberFormat: "General" },
  explain: { ...cell, horizontal: "left", fontSize: 9 },
  inputRate: {
    ...cell,
    horizontal: "center",
    fill: INPUT_FILL,
    unlocked: true,
    numberFormat: "0.00%",
  },
  inputText: { ...cell, horizontal: "center", fill: INPUT_FILL, unlocked: true, numberFormat: "@" },
  inputNumber: {
    ...cell,
    horizontal: "center",
    fill: INPUT_FILL,
    unlocked: true,
    numberFormat: "General",
  },
  subtotalLabel: { ...cell, bold: true, horizontal: "center", fill: SUBTOTAL_FILL },
  subtotal: {
    ...cell,
    bold: true,
    horizontal: "center",
    fill: SUBTOTAL_FILL,
    numberFormat: "General",
  },
  subtotalNote: { ...cell, horizontal: "left", fill: SUBTOTAL_FILL, fontSize: 9 },
  totalLabel: { ...cell, bold: true, horizontal: "center", fill: TOTAL_FILL, fontSize: 11 },
  total: {
    ...cell,
    bold: true,
    horizontal: "center",
    fill: TOTAL_FILL,
    fontSize: 11,
    numberFormat: "General",
  },
  grade: { ...cell, bold: true, horizontal: "center", fill: TOTAL_FILL, fontSize: 12 },
  totalNote: { ...cell, horizontal: "left", fill: TOTAL_FILL, fontSize: 9 },
  pending: {
    ...cell,
    horizontal: "left",
    fill: TOTAL_FILL,
    fontSize: 9,
    numberFormat: '[=0]"全部指标已计分";0"项待填或需处理，未计入合计"',
  },
  section: { bold: true, fontSize: 11, horizontal: "left", vertical: "middle" },
  note: { fontSize: 9, horizontal: "left", vertical: "top", wrap: true },
  key: { fontSize: 8, fontColor: "#808080" },
} satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof STYLES;
