/**
 * Labels that look like a wanted figure but were not read as it: listed with their cell, never
 * swallowed ("D12“公用经费（商品和服务支出）”像是本年公用经费决算数，未使用：如是，请指定").
 */
import { crossFieldId, type YearColumn } from "../../core/fields";
import type { Figure, Problem } from "../baseData";
import type { Reading } from "./classify";
import { PERIOD_ROWS } from "./vocabulary";

export interface LabelCell {
  address: string;
  text: string;
  reading: Reading;
  /** Whether a value stands right of it or below it (a heading or a note has none). */
  hasValue: boolean;
}

/** The catalogue fields a label resembles, from its reading. */
export function resemblance(reading: Reading): string[] {
  if (reading.like?.length) return reading.like;
  const s = reading.scalar;
  if (s?.type === "field") return [s.field];
  if (s?.type === "byPeriod") return Object.values(PERIOD_ROWS[s.row]);
  if (s?.type === "cross") {
    const side = s.period === "上年" ? "上年" : "本年";
    return [crossFieldId(s.row, `${side}${s.kind}数` as YearColumn)];
  }
  const row = reading.row;
  if (row?.type === "cross")
    return [crossFieldId(row.row, "本年预算数"), crossFieldId(row.row, "本年决算数")];
  if (row?.type === "byPeriod") return Object.values(PERIOD_ROWS[row.row]);
  return [];
}

/**
 * One problem per label that was not used although it resembles a wanted figure the sheet lacks.
 * `used`: addresses of the labels figures were read through (and of column headings).
 */
export function nearMissProblems(
  labels: readonly LabelCell[],
  used: ReadonlySet<string>,
  figures: Readonly<Record<string, Figure>>,
  wanted: readonly string[]
): Problem[] {
  const wantedSet = new Set(wanted);
  const out: Problem[] = [];
  for (const l of labels) {
    if (used.has(l.address) || !l.hasValue) continue;
    const like = resemblance(l.reading).filter((f) => wantedSet.has(f) && !figures[f]);
    if (like.length === 0) continue;
    const text = l.text.trim();
    out.push({
      kind: "nearMiss",
      cell: l.address,
      field: like[0],
      message:
        like.length === 1
          ? `${l.address}“${text}”像是${like[0]}，未使用：如是，请指定`
          : `${l.address}“${text}”可能是${like.join("或")}，无法确定，未使用：请指定`,
      messageEn:
        like.length === 1
          ? `${l.address} "${text}" looks like ${like[0]} but was not used: if it is, please specify it`
          : `${l.address} "${text}" could be ${like.join(" or ")}; it is ambiguous and was not used: please specify`,
    });
  }
  return out;
}
