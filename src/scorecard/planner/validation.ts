/** Data validation and input messages for input cells, from the rules' own input specs. */
import { fieldDef, type InputSpec } from "../../core";
import type { PlanValidation } from "../plan";
import type { StyleName } from "./styles";

// Texts are written whole: finalizePlan (../finalize.ts) cuts them to Excel's limits, for both writers.

export function ruleValidation(address: string, spec: InputSpec, title: string): PlanValidation {
  const prompt = { title, message: [spec.hint, ...(spec.details ?? [])].join("\n") };
  const error = (strict: boolean) => ({ title: `${title}：输入有误`, message: spec.hint, strict });
  if (spec.list && spec.list.length)
    return {
      range: address,
      rule: { type: "list", values: spec.list },
      prompt,
      // An open list only suggests: other forms ("1,2,4") are typed without an alert.
      ...(spec.open ? { alert: false } : { error: error(true) }),
    };
  if (spec.kind === "count")
    return {
      range: address,
      rule: { type: "whole", min: spec.min ?? 0, max: spec.max },
      prompt,
      error: error(true),
    };
  if (spec.kind === "score")
    return {
      range: address,
      rule: { type: "decimal", min: spec.min ?? 0, max: spec.max },
      prompt,
      error: error(true),
    };
  if (spec.kind === "rate")
    return {
      range: address,
      rule: { type: "decimal", min: spec.min ?? 0 },
      prompt,
      error: error(false),
    };
  // Ticked items ("①②④", "1,2,4", "全部") and fractions ("92/100") are free text; the score formula checks them.
  return { range: address, rule: { type: "any" }, prompt };
}

export function figureValidation(address: string, fieldId: string): PlanValidation {
  const def = fieldDef(fieldId);
  const unit = def.unit === "%" ? "百分比，如95%" : def.unit || "数字";
  const message = `基础数据缺少${fieldId}，请在此填写（${unit}）：${def.description}。也可以补到基础数据表后重新生成计分表。`;
  return {
    range: address,
    rule: {
      type: "decimal",
      min: def.nonNegative ? 0 : undefined,
      ...(def.unit === "%" ? { max: 1 } : {}),
    },
    prompt: { title: `补充：${fieldId}`, message },
    error: {
      title: "输入有误",
      message: def.unit ? `请填写${fieldId}（数字，${unit}）` : `请填写${fieldId}（数字）`,
      strict: false,
    },
  };
}

/** The input cell's style: a rate shows as a percentage; ticks, levels and fractions stay text. */
export function inputStyle(spec: InputSpec): StyleName {
  if (spec.kind === "rate") return "inputRate";
  if (spec.kind === "count" || spec.kind === "score") return "inputNumber";
  return "inputText";
}

export function figureStyle(fieldId: string): StyleName {
  return fieldDef(fieldId).unit === "%" ? "inputRate" : "inputNumber";
}
