/**
 * One vocabulary for both steps: a problem on the 基础数据 sheet and an item of the result carry the
 * same tag for the same thing (缺数据 before 生成 is 缺数据 after it).
 */
import type { ProblemKind } from "../scorecard/baseData";
import type { PendingItem } from "../excel/scorecard";

type Words = [zh: string, en: string];
export type Tone = "danger" | "warning" | undefined;

export const TAG = {
  missing: ["缺数据", "missing figure"] as Words,
  fix: ["需处理", "needs a fix"] as Words,
  input: ["待填", "to fill in"] as Words,
};

export const PROBLEM_TAG: Record<ProblemKind, Words> = {
  missing: TAG.missing,
  blank: TAG.missing,
  invalid: TAG.fix,
  negative: TAG.fix,
  range: TAG.fix,
  relation: TAG.fix,
  duplicate: ["重复", "duplicate"],
  sum: ["合计不符", "sum differs"],
  year: ["年度", "year"],
  sheet: ["工作表", "sheet"],
  nearMiss: ["近似项", "near miss"],
};

export function problemTone(kind: ProblemKind): Tone {
  if (PROBLEM_TAG[kind] === TAG.fix || kind === "sheet") return "danger";
  if (kind === "nearMiss" || kind === "year") return undefined;
  return "warning";
}

export const STATUS_TAG: Record<PendingItem["status"], Words> = {
  input: TAG.input,
  missing: TAG.missing,
  error: TAG.fix,
};

export const statusTone = (s: PendingItem["status"]): Tone =>
  s === "error" ? "danger" : s === "missing" ? "warning" : undefined;
