/** 评价结果 from the total, by the scheme's grade bands. */
import { D, guard } from "./decimal";
import { numError } from "./errors";
import type { Scheme } from "./scheme";

/**
 * A total typed as =SUM(...) of 2-decimal scores carries binary noise (89.99999999999999 for 90):
 * it is guarded at 9 places, as rates are, before it meets a band's edge.
 */
export function gradeOf(scheme: Scheme, total: D): string {
  total = guard(total);
  for (const band of scheme.grades) {
    if (band.min === undefined || total.greaterThanOrEqualTo(band.min)) return band.grade;
  }
  return scheme.grades[scheme.grades.length - 1].grade;
}

/** The grade bands in words: "总分≥90为优，≥80为良，≥60为中，低于60为差". */
export function gradeBandsText(scheme: Scheme): string {
  const parts: string[] = [];
  let prevMin: number | undefined;
  for (const b of scheme.grades) {
    if (b.min !== undefined) parts.push(`≥${b.min}为${b.grade}`);
    else parts.push(`${prevMin !== undefined ? `低于${prevMin}` : "其余"}为${b.grade}`);
    prevMin = b.min ?? prevMin;
  }
  return `总分${parts.join("，")}`;
}

/** gradeOf for a total someone typed: outside 0–总分 it is a mistake, not a grade. */
export function gradeOfTyped(scheme: Scheme, total: D): string {
  // lessThan, not isNegative: -0 (typed, or a SUM of zeros) is a total of 0, not a mistake.
  const t = guard(total);
  if (t.lessThan(0) || t.greaterThan(scheme.total))
    throw numError(`总分应在0到${scheme.total}之间（当前为${t.toString()}）`);
  return gradeOf(scheme, t);
}
