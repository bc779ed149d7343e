/**
 * The pane's 写计分方式 editor, pure: how a typed 计分方式 reads (the very reader readSchemeSheet uses
 * for that column, so the preview is what the sheet will read), and a first suggestion taken from the
 * numbers of the 评价标准 it replaces.
 */
import { readRuleText } from "../../core/ruleText";
import { normalizeRuleText } from "../../core/ruleText/normalize";
import { RATE_KINDS, type OverrideFix } from "./readSchemeSheet";

/** A failure in both languages (the reader's reasons and readings are Chinese in both). */
export type OverridePreview =
  { ok: true; reading: string } | { ok: false; message: string; messageEn: string };

export function previewOverride(
  text: string,
  fix: Pick<OverrideFix, "points" | "need">
): OverridePreview {
  if (text.trim() === "")
    return { ok: false, message: "请写计分方式", messageEn: "Write the scoring override" };
  const read = readRuleText(text, fix.points);
  if (!read.ok) {
    const why = `${read.reason}${read.part && !read.reason.includes(read.part) ? `（“${read.part}”）` : ""}`;
    return { ok: false, message: `无法读懂：${why}`, messageEn: `Cannot be read: ${why}` };
  }
  const inner = read.rule.kind === "notApplicable" ? read.rule.rule : read.rule;
  if (fix.need === "rate" && !RATE_KINDS.has(inner.kind))
    return {
      ok: false,
      message: `读作“${read.reading}”，仍需自评输入，与指标值公式不符；请写按比率计分的规则（扣分、分档或按比例）`,
      messageEn: `Reads as "${read.reading}", which still needs a self-evaluation input and does not fit the value formula; write a rule over the rate (deduct, bands or proportional)`,
    };
  return { ok: true, reading: read.reading };
}

const N = String.raw`(\d+(?:\.\d+)?)`;
const DIRECTION: Array<[RegExp, string]> = [
  [/偏离|超过或低于|高于或低于/, "偏离"],
  [/低于|降低|下降|少于/, "低于"],
  [/超过|超出|高于|大于|增加|超/, "超过"],
];

/**
 * `扣分 超过100% 每1% 扣0.5` from a deduct-like 评价标准 the reader refused ("超过100%，每1%扣0.5分"):
 * its first percentage, its step and its points per step. Only a suggestion that reads is offered.
 */
export function suggestOverride(fix: Pick<OverrideFix, "criterion" | "points" | "need">): string {
  if (fix.need !== "rule") return "";
  const t = normalizeRuleText(fix.criterion);
  const step = new RegExp(String.raw`每([^\d%,;。]{0,4})${N}(?:个百分点|%)`).exec(t);
  const points = new RegExp(String.raw`扣${N}分`).exec(t);
  const threshold = new RegExp(String.raw`(?<!每[^\d]{0,4})${N}%`).exec(t);
  // The step's own word ("每超过1%") first, else the text's.
  const word = (DIRECTION.find(([re]) => re.test(step?.[1] ?? "")) ??
    DIRECTION.find(([re]) => re.test(t)))?.[1];
  if (!step || !points || !threshold || !word) return "";
  const text = `扣分 ${word}${threshold[1]}% 每${step[2]}% 扣${points[1]}`;
  return previewOverride(text, fix).ok ? text : "";
}
