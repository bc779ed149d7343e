/** 评价结果 from the total, by the scheme's grade bands. */
import { D } from "./decimal";
import type { Scheme } from "./scheme";

export function gradeOf(scheme: Scheme, total: D): string {
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
