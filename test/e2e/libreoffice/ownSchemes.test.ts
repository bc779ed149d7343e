/**
 * Seed 000's 附件3 and seed 004's 计分表, pasted as a workbook's 评分方案 sheet (test/schemeSheet/support/
 * pasted.ts), generated as portable 计分表 through the command line's own path and recalculated by
 * LibreOffice: every value, score, subtotal, total and grade equals the engine, and the scores equal
 * the built-in schemes' on the same base data. Also the JSON example (examples/某县评分方案.json) over
 * figures the catalogue does not know (调整后预算数, 满意人数, 调查人数), found on the base sheet by label.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { getScheme, loadScheme } from "../../../src/core";
import { generateFile, type GenerateFileResult } from "../../../src/cli/commands/generate";
import { templateFile } from "../../../src/cli/commands/template";
import { compareWithEngine } from "../../planner/support/scorecard";
import { SEEDS, writeSeedWorkbook } from "../../schemeSheet/support/pasted";
import { computedSheet, libreOfficeOrSkip, recalculate } from "./support/libreoffice";

const run = libreOfficeOrSkip("the own-scheme LibreOffice suite");
const maybe = run ? describe : describe.skip;
const EXAMPLE = path.join(__dirname, "../../../examples/某县评分方案.json");

maybe("own schemes recalculated in LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-lo-own-"));
  const generated: Array<{ name: string; own: GenerateFileResult; builtIn?: GenerateFileResult }> =
    [];
  const recalculated = new Map<string, string>();

  beforeAll(async () => {
    for (const seed of SEEDS) {
      const file = path.join(dir, `${seed.builtIn}.xlsx`);
      await writeSeedWorkbook(file, seed.rows());
      const own = await generateFile({
        input: file,
        output: path.join(dir, `own-${seed.builtIn}.xlsx`),
        dialect: "portable",
        inputs: seed.inputs,
        force: true,
      });
      const builtIn = await generateFile({
        input: file,
        output: path.join(dir, `builtin-${seed.builtIn}.xlsx`),
        scheme: getScheme(seed.builtIn),
        dialect: "portable",
        inputs: seed.inputs,
        force: true,
      });
      generated.push({ name: seed.seed, own, builtIn });
    }
    // The JSON example: its own figures on the base sheet by label.
    const scheme = loadScheme(fs.readFileSync(EXAMPLE, "utf8"));
    const base = path.join(dir, "example-base.xlsx");
    await templateFile({
      output: base,
      scheme,
      year: 2023,
      values: {
        编制数: 40,
        在职人员数: 41,
        预算完成数: 900,
        调整后预算数: 1000,
        满意人数: 171,
        调查人数: 190,
      },
      force: true,
    });
    const own = await generateFile({
      input: base,
      output: path.join(dir, "own-example.xlsx"),
      scheme,
      dialect: "portable",
      inputs: { "过程/预算管理/资金使用合规性": 1 },
      force: true,
    });
    generated.push({ name: "example", own });
    const files = generated.flatMap((g) => [
      g.own.output,
      ...(g.builtIn ? [g.builtIn.output] : []),
    ]);
    const outs = await recalculate(files, path.join(dir, "out"));
    files.forEach((f, i) => recalculated.set(f, outs[i]));
  }, 600_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["000 附件3", "004 计分表", "example"])(
    "%s: LibreOffice equals the engine, and the built-in scheme",
    async (name) => {
      const g = generated.find((x) => x.name === name)!;
      const read = await computedSheet(recalculated.get(g.own.output)!, g.own.sheetName);
      expect(
        compareWithEngine(g.own.plan, g.own.result, read, {
          base: g.own.base,
          inputs: g.own.inputs,
          explanations: true,
        })
      ).toEqual([]);
      const layout = g.own.plan.scorecard!;
      if (!g.builtIn) {
        // 41/40: 5 − 0.5 × 2.5 = 3.75; 900/1000: 9; one case: 4; 171/190 = 90%: 5.
        expect(layout.rows.map((r) => read(r.scoreCell))).toEqual([3.75, 9, 4, 5]);
        expect([read(layout.totalCell), read(layout.gradeCell)]).toEqual([21.75, "良"]);
        return;
      }
      const theirs = await computedSheet(recalculated.get(g.builtIn.output)!, g.builtIn.sheetName);
      const other = g.builtIn.plan.scorecard!;
      expect(layout.rows.map((r) => read(r.scoreCell))).toEqual(
        other.rows.map((r) => theirs(r.scoreCell))
      );
      expect([read(layout.totalCell), read(layout.gradeCell)]).toEqual([
        theirs(other.totalCell),
        theirs(other.gradeCell),
      ]);
      expect(read(layout.pendingCell)).toBe(0);
    }
  );
});
