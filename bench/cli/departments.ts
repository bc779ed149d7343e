/**
 * The department workbooks `perfscore score` is run over: each has a 基础数据 sheet (the template,
 * filled with generated figures) and the 计分表 generated from it with the evaluator's inputs typed
 * in, as a department's workbook looks after using the tool. Schemes alternate by department.
 * Made once and kept in bench/out (a marker file says the set is complete).
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { allIndicators, BUILT_IN_SCHEMES } from "../../src/core";
import { gridFromWorksheet, saveWorkbook, writePlan } from "../../src/cli/xlsx";
import { planScorecard } from "../../src/scorecard/planner";
import { readBaseData, schemeFields } from "../../src/scorecard/reader";
import { departmentTemplate } from "../support/departments";
import { rng } from "../support/stats";
import { validValue } from "../engine/workload";

/** What the files depend on: when any of these sources changes, the set is made again. */
const SOURCES = ["bench/cli/departments.ts", "bench/support/departments.ts", "src/scorecard/template.ts", "src/scorecard/planner", "src/cli/xlsx"];

function sourcesHash(): string {
  const root = path.resolve(__dirname, "..", "..").replace(/[\\/]bench[\\/]out[\\/]js$/, "");
  const h = crypto.createHash("sha1");
  const add = (p: string) => {
    if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p).sort()) add(path.join(p, f));
    else h.update(p).update(fs.readFileSync(p));
  };
  for (const s of SOURCES) add(path.join(root, s));
  return h.digest("hex").slice(0, 12);
}

export async function departmentWorkbooks(dir: string, n: number): Promise<string[]> {
  const files = Array.from({ length: n }, (_, i) => path.join(dir, `部门${String(i + 1).padStart(4, "0")}.xlsx`));
  const marker = path.join(dir, `.complete-${n}-${sourcesHash()}`);
  if (fs.existsSync(marker)) return files;
  for (const old of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.startsWith(".complete-")) : []) fs.rmSync(path.join(dir, old));
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(2020);
  for (let i = 0; i < n; i++) {
    const scheme = BUILT_IN_SCHEMES[i % BUILT_IN_SCHEMES.length];
    const template = departmentTemplate(r, i);
    const wb = new ExcelJS.Workbook();
    const ws = writePlan(wb, template);
    const base = readBaseData(gridFromWorksheet(ws), { year: 2020, fields: schemeFields(scheme) });
    const inputs: Record<string, string | number> = {};
    for (const ref of allIndicators(scheme)) {
      if (ref.indicator.value) continue;
      const v = validValue(r, ref.indicator.rule, ref.indicator.points);
      if (typeof v === "string" || typeof v === "number") inputs[ref.path] = v;
    }
    const plan = planScorecard(base, scheme, {
      dialect: "perf",
      sheetName: "计分表",
      baseSheetName: ws.name,
      unitName: base.unitName,
      year: 2020,
      inputs,
    });
    writePlan(wb, plan);
    await saveWorkbook(wb, files[i]);
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return files;
}
