/** The README's function reference, generated from the registry (never written twice). */
import { DEFAULT_SCHEME_ID } from "../../core";
import { FUNCTIONS } from "./definitions";
import type { FunctionSpec } from "./types";

/** "PERF.SCORE(indicator, value, [scheme])" */
export const signature = (f: FunctionSpec) =>
  `PERF.${f.id}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function referenceMarkdown(lang: "zh" | "en"): string {
  const zh = lang === "zh";
  const out: string[] = [];
  out.push(
    zh
      ? `默认评分方案为“${DEFAULT_SCHEME_ID}”（省略 scheme 参数时使用）。每个函数都可以在命令行检查：\`npx perfscore fn <函数> <参数…>\`。`
      : `The default scheme is "${DEFAULT_SCHEME_ID}" (used when scheme is omitted). Check any function from the command line: \`npx perfscore fn <FUNCTION> <args…>\`.`,
    ""
  );
  for (const f of FUNCTIONS) {
    out.push(`#### \`${signature(f)}\``, "", zh ? f.zh : f.en, "");
    if (f.params.length) {
      out.push(zh ? "| 参数 | 说明 |" : "| Parameter | Description |", "|---|---|");
      for (const p of f.params)
        out.push(
          `| \`${p.name}\`${p.optional ? (zh ? "（可选）" : " (optional)") : ""} | ${cell(zh ? p.zh : p.en)} |`
        );
      out.push("");
    }
    out.push(zh ? "| 示例 | 结果 |" : "| Example | Result |", "|---|---|");
    for (const e of f.examples)
      out.push(
        `| \`${cell(e.formula)}\` | ${cell(e.result)}${zh && e.zh ? `（${cell(e.zh)}）` : ""} |`
      );
    out.push("");
  }
  return out.join("\n");
}
