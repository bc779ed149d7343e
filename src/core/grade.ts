/** 评价结果 from the total, by the scheme's grade bands. */
import { D } from "./decimal";
import type { Scheme } from "./scheme";

export function gradeOf(scheme: Scheme, total: D): string {
  for (const band of scheme.grades) {
    if (band.min === undefined || total.greaterThanOrEqualTo(band.min)) return band.grade;
  }
  return scheme.grades[scheme.grades.length - 1].grade;
}
