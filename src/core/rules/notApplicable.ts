/** "没有楼堂馆所项目的部门按满分计算": blank or 无 → full marks, otherwise the inner rule. */
import { fmt, roundScore } from "../decimal";
import { cellText, excelTrim } from "./common";
import type { Scored } from "./kind";
import type { D } from "../decimal";

/** What a value cell may hold to say "nothing to evaluate". */
export const NOT_APPLICABLE_MARKS = ["", "无", "无项目", "不适用", "/", "-", "—"];

/** The marker value formulas write when every figure of the indicator is empty or 0. */
export const NOT_APPLICABLE_VALUE = "无项目";

export function isNotApplicable(input: unknown): boolean {
  if (input === null || input === undefined) return true;
  if (typeof input !== "string") return false;
  return NOT_APPLICABLE_MARKS.includes(excelTrim(cellText(input)));
}

export function fullMarks(max: D, reason: string): Scored {
  const score = roundScore(max);
  return { score, explain: () => `${reason}，按满分计算，得${fmt(score)}分` };
}
