/**
 * A figure by arbitrary label text, for schemes that name figures the catalogue does not know
 * ("调查人数", "满意人数", "调整后预算数"): the label's value cell, or why there is none.
 */
import type { D } from "../../core/decimal";
import { parseNumericText } from "../../core/parse";
import type { BaseData, LabelledValue } from "../baseData";
import { labelKey } from "./labels";

export type FoundFigure =
  | {
      state: "found";
      address: string;
      value?: D;
      raw: LabelledValue["raw"];
      label: string;
      labelAddress: string;
    }
  /** Several labels read the same, with values in different cells. */
  | { state: "ambiguous"; candidates: LabelledValue[] }
  /** No label reads the same; `near` lists labels that contain it or that it contains. */
  | { state: "missing"; near: LabelledValue[] };

function valueOf(raw: LabelledValue["raw"]): D | undefined {
  if (typeof raw === "number") return parseNumericText(String(raw));
  return typeof raw === "string" ? parseNumericText(raw) : undefined;
}

export function findFigure(base: BaseData, text: string): FoundFigure {
  const key = labelKey(text);
  const labels = base.labels ?? [];
  const same = labels.filter((l) => labelKey(l.label) === key);
  const cells = new Set(same.map((l) => l.address));
  if (cells.size === 1) {
    const l = same[0];
    const value = valueOf(l.raw);
    return {
      state: "found",
      address: l.address,
      raw: l.raw,
      label: l.label,
      labelAddress: l.labelAddress,
      ...(value ? { value } : {}),
    };
  }
  if (cells.size > 1) return { state: "ambiguous", candidates: same };
  const near = labels.filter((l) => {
    const k = labelKey(l.label);
    return key.length >= 2 && k.length >= 2 && (k.includes(key) || key.includes(k));
  });
  return { state: "missing", near };
}
