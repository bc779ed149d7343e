import { formulaArgs } from "../../core/valueFormula";
import { indicatorsOf, type Scheme } from "../../core/scheme";

/** The base-data fields a scheme's value formulas read, in scheme order (for ReadOptions.fields). */
export function schemeFields(scheme: Scheme): string[] {
  const out: string[] = [];
  for (const ref of indicatorsOf(scheme)) {
    if (!ref.indicator.value) continue;
    for (const id of formulaArgs(ref.indicator.value)) if (!out.includes(id)) out.push(id);
  }
  return out;
}
