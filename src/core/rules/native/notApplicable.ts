/** notApplicable's native condition (../notApplicable.ts). */
import { xstr } from "../common";
import { NOT_APPLICABLE_MARKS } from "../notApplicable";

/** Excel condition mirroring isNotApplicable. */
export function xNotApplicable(ref: string): string {
  const t = `TRIM(${ref}&"")`;
  return `OR(${NOT_APPLICABLE_MARKS.map((m) => `${t}=${xstr(m)}`).join(",")})`;
}
