/**
 * The native Excel twin of ../index.ts: a rule's reading, score and 扣分说明 as portable formulas,
 * wrapping blank and not-applicable inputs exactly as evaluateRule does. Only the planner loads
 * this folder (the generate chunk), so the custom functions' bundle carries none of it.
 */
import { xl, type D } from "../../decimal";
import { xBlankCell } from "../common";
import { RULE_KINDS, type PlainRule as Plain } from "../index";
import type { Rule } from "../types";
import { bandsNative } from "./bands";
import { checklistNative } from "./checklist";
import { xcat, xfmt } from "./common";
import { deductNative } from "./deduct";
import { externalNative } from "./external";
import type { ExplainCells, NativeKind } from "./kind";
import { levelsNative } from "./levels";
import { manualNative } from "./manual";
import { xNotApplicable } from "./notApplicable";
import { perCaseNative } from "./perCase";
import { proportionalNative } from "./proportional";
import { quarterlyNative } from "./quarterly";
import { NATIVE_READERS } from "./readers";

const NATIVE: { [K in Plain["kind"]]: NativeKind<Extract<Plain, { kind: K }>> } = {
  deduct: deductNative,
  bands: bandsNative,
  proportional: proportionalNative,
  checklist: checklistNative,
  perCase: perCaseNative,
  levels: levelsNative,
  quarterly: quarterlyNative,
  external: externalNative,
  manual: manualNative,
};

function nativeOf<R extends Plain>(rule: R): NativeKind<R> {
  const k = NATIVE[rule.kind] as NativeKind<R> | undefined;
  if (!k) throw new Error(`unknown rule kind: ${String(rule.kind)}`);
  return k;
}

/** The native twin of the engine reader the rule's kind reads its input with. */
const nativeReader = (rule: Plain) => NATIVE_READERS[RULE_KINDS[rule.kind].reader.id];

/**
 * A native Excel expression (no "=") reading the input cell `ref` as the rule's kind reads it (its
 * reader's native twin): "" when the cell is blank (or, for a not-applicable rule, says so), else
 * the number or text the rule's formula takes, or an error where the engine refuses the input. The
 * planner writes it into a reading cell that excelRule's `read` points at.
 */
export function excelReading(rule: Rule, ref: string): string {
  if (rule.kind === "notApplicable")
    return `IF(${xNotApplicable(ref)},"",${nativeReader(rule.rule)(ref)})`;
  return `IF(${xBlankCell(ref)},"",${nativeReader(rule)(ref)})`;
}

/**
 * A native Excel expression (no "=") scoring the value in `ref` exactly like evaluateRule:
 * blank → "" (待填), not-applicable → full marks, unusable input → an Excel error. `read` is a cell
 * holding excelReading's result (the planner's 读数 cell), so that text typed into `ref` ("３",
 * "１０３％") scores as the engine scores it; left out, `ref` is taken to hold the value as read
 * (a computed 指标值, a number typed as a number). The reading is never written inline: a bands
 * rule would repeat it once per edge, past Excel's 8,192 characters.
 */
export function excelRule(rule: Rule, max: D, ref: string, read = ref): string {
  const score = (r: Plain) => nativeOf(r).score(r, max, read);
  if (rule.kind === "notApplicable") {
    return `IF(${xNotApplicable(ref)},${xl(max)},${score(rule.rule)})`;
  }
  return `IF(${xBlankCell(ref)},"",${score(rule)})`;
}

/**
 * A native text expression (no "=") writing evaluateRule's 扣分说明 for a value the rule scored
 * (the score cell holds a number): the kind's native explain, or a not-applicable rule's full marks.
 */
export function excelExplain(rule: Rule, max: D, at: ExplainCells, subject: string): string {
  if (rule.kind === "notApplicable") {
    const full = xcat(`${rule.reason}，按满分计算，得`, xfmt(at.score), "分");
    const inner = nativeOf(rule.rule).explain(rule.rule, max, at, subject);
    return `IF(${xNotApplicable(at.input)},${full},${inner})`;
  }
  return nativeOf(rule).explain(rule, max, at, subject);
}

/** The kind's 扣分说明 (no "=") for a computed value its formula refuses, if it has one. */
export function excelUnscorable(rule: Rule, read: string, subject: string): string | undefined {
  const plain = rule.kind === "notApplicable" ? rule.rule : rule;
  return nativeOf(plain).unscorable?.(plain, read, subject);
}

export type { ExplainCells } from "./kind";
export { xFractionParts } from "./readers";
