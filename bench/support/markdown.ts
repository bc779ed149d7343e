/** The results as Markdown tables (bench/out/results.md; docs/BENCHMARKS.md quotes them). */
import type { BenchResult, Row } from "./result";

export interface Report {
  date: string;
  command: string;
  quick: boolean;
  machine: { cpuModel: string; cores: number; memoryGB: number; node: string; platform: string; loadAverage: number[] };
  results: Array<BenchResult & { seconds?: number }>;
}

const fmtNumber = (x: number) => (Number.isInteger(x) ? x.toLocaleString("en-US") : String(x));
const cell = (x: unknown, unit?: string) =>
  x === undefined || x === "" ? "" : typeof x === "number" ? `${fmtNumber(x)}${unit ? ` ${unit}` : ""}` : String(x);

function row(r: Row): string {
  const ratio = r.ratio === undefined ? "" : `${r.ratio}×${r.ratioNote ? ` (${r.ratioNote})` : ""}`;
  const runs = r.samples && r.samples.length > 1 ? r.samples.map(fmtNumber).join(", ") : "";
  return `| ${r.measure} | ${cell(r.median, r.unit)} | ${cell(r.baseline, r.unit)} | ${ratio} | ${r.target ?? ""} | ${r.verdict ?? ""} | ${runs} |`;
}

export function toMarkdown(report: Report): string {
  const m = report.machine;
  const out = [
    `# Benchmark results${report.quick ? " (QUICK: reduced sizes, not for reporting)" : ""}`,
    "",
    `- Date: ${report.date}`,
    `- Command: \`${report.command}\``,
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGB} GB, ${m.platform}, Node ${m.node}; load average at the end ${m.loadAverage.join(" / ")}`,
    "",
  ];
  for (const r of report.results) {
    out.push(`## ${r.title}`, "");
    out.push("| Measure | Median | Baseline | Ratio | Target | Verdict | Runs |", "|---|---|---|---|---|---|---|");
    for (const x of r.rows) out.push(row(x));
    out.push("");
    if (r.details) {
      for (const [k, v] of Object.entries(r.details)) out.push(`- ${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
      out.push("");
    }
    for (const t of r.tables ?? []) {
      out.push(`**${t.title}**`, "", `| ${t.columns.join(" | ")} |`, `|${t.columns.map(() => "---").join("|")}|`);
      for (const row of t.rows) out.push(`| ${row.map((x) => (typeof x === "number" ? fmtNumber(x) : x)).join(" | ")} |`);
      out.push("");
    }
    for (const n of r.notes ?? []) out.push(`> ${n}`, "");
    if (r.seconds !== undefined) out.push(`(${r.seconds} s)`, "");
  }
  return out.join("\n");
}
