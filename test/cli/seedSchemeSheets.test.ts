/**
 * Seed 000's 附件3 and seed 004's 计分表, typed into a workbook as an officer pastes them (with the
 * officer's 指标值 and 计分方式 where the text does not say), give the built-in schemes' scores on the same
 * base data through the command line, in both dialects: the PERF 计分表 evaluated from its own formulas
 * (PERF.* through the function registry) equals the engine and names no scheme. The portable one is
 * recalculated in LibreOffice by test/e2e/libreoffice/ownSchemes.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { getScheme } from "../../src/core";
import { generateFile, type GenerateFileResult } from "../../src/cli/commands/generate";
import { scoreFile } from "../../src/cli/commands/score";
import { MiniWorkbook } from "../planner/support/excelFormula";
import { compareWithEngine } from "../planner/support/scorecard";
import { SEEDS, writeSeedWorkbook } from "../schemeSheet/support/pasted";
import { runCli } from "./support/runCli";
import { cellsOf } from "./support/sheetCells";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-seed-sheets-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const scores = (r: GenerateFileResult) =>
  r.summary.indicators.map((i) => [i.path, i.status, i.score?.toString() ?? null]);

describe.each(SEEDS.map((s) => [s.seed, s] as const))("seed %s", (_, seed) => {
  const file = path.join(dir, `${seed.builtIn}.xlsx`);
  beforeAll(() => writeSeedWorkbook(file, seed.rows()));

  test("scheme check reads every row against the base sheet, without a problem", async () => {
    const r = await runCli(["scheme", "check", file, "--json"]);
    const out = JSON.parse(r.stdout);
    expect(out.problems).toEqual([]);
    expect(r.code).toBe(0);
    expect(out.rows).toHaveLength(
      getScheme(seed.builtIn).levels.flatMap((l) => l.groups.flatMap((g) => g.indicators)).length
    );
  });

  test.each(["portable", "perf"] as const)(
    "generate (%s): the built-in scheme's scores, total and grade",
    async (dialect) => {
      const own = await generateFile({
        input: file,
        output: path.join(dir, `${seed.builtIn}-own-${dialect}.xlsx`),
        dialect,
        inputs: seed.inputs,
        force: true,
      });
      const builtIn = await generateFile({
        input: file,
        output: path.join(dir, `${seed.builtIn}-builtin-${dialect}.xlsx`),
        scheme: getScheme(seed.builtIn),
        dialect,
        inputs: seed.inputs,
        force: true,
      });
      expect(own.summary.schemeId).toBe("本地:评分方案");
      expect(scores(own)).toEqual(scores(builtIn));
      expect(own.summary.pendingCount).toBe(0);
      expect([own.summary.total.toString(), own.summary.grade]).toEqual([
        builtIn.summary.total.toString(),
        builtIn.summary.grade,
      ]);
      // score reads the sheet the same way.
      const scored = await scoreFile(own.output, {});
      expect(scored.json.total).toBe(Number(builtIn.summary.total.toString()));
      if (dialect === "portable") return;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(own.output);
      const sheets = new Map(wb.worksheets.map((ws) => [ws.name, cellsOf(ws)]));
      const formulas = [...sheets.get(own.sheetName)!.values()].flatMap((c) =>
        c.formula ? [c.formula] : []
      );
      expect(formulas.filter((f) => /PERF\.(SCORE|EXPLAIN|GRADE)\(|本地:评分方案/.test(f))).toEqual(
        []
      );
      const engine = new MiniWorkbook(sheets);
      const read = (a: string) => engine.value(own.sheetName, a);
      expect(
        compareWithEngine(own.plan, own.result, read, {
          base: own.base,
          inputs: own.inputs,
          explanations: true,
        })
      ).toEqual([]);
    }
  );
});

test("seed 004's 计分表 pasted without the officer's additions: each gap with its cell, nothing generated", async () => {
  const file = path.join(dir, "seed004-bare.xlsx");
  await writeSeedWorkbook(
    file,
    SEEDS[1].rows().map((row) => row.slice(0, 7))
  );
  const r = await runCli(["scheme", "check", file, "--json"]);
  expect(r.code).toBe(1);
  const problems: Array<{ cell: string; message: string }> = JSON.parse(r.stdout).problems;
  // 评价标准 is column F; rows from 3 in the seed's order (在职人员控制率 5, “三公经费”变动率 6, 预算完成率 8,
  // 预算调整率 9, 公用经费控制率 12, 政府采购执行率 14, 质量达标率 24, 重点工作办结率 25, the three 效益 26–28).
  expect(problems.map((p) => p.cell)).toEqual(
    ["F5", "F6", "F8", "F9", "F12", "F14", "F24", "F25", "F26", "F27", "F28"].map(
      (c) => `评分方案!${c}`
    )
  );
  expect(problems[7].message).toBe("公式中的“交办或下达数”在基础数据表“基础数据”中找不到");
  const g = await runCli(["generate", file, "-o", path.join(dir, "seed004-bare.计分表.xlsx")]);
  expect(g.code).not.toBe(0);
  expect(fs.existsSync(path.join(dir, "seed004-bare.计分表.xlsx"))).toBe(false);
});
