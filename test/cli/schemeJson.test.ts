/**
 * JSON schemes on the command line: `template --scheme x.json` (it used to stop with an internal
 * error: the template looked the scheme up by id among the built-ins), and rate parameters written as
 * whole-number percentages (threshold 100, step 1), refused with the indicator and how to write them.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { getScheme, loadScheme, SchemeError } from "../../src/core";
import { runCli } from "./support/runCli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-json-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** 浏阳2018 under another id, with `edit` applied to 投入/预算配置/在职人员控制率's rule. */
function ownScheme(edit: (rule: Record<string, unknown>) => void = () => {}): string {
  const s = JSON.parse(JSON.stringify(getScheme("浏阳2018")));
  s.id = "某县2023";
  edit(s.levels[0].groups[0].indicators[0].rule);
  const file = path.join(dir, `scheme-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(s));
  return file;
}

test("template --scheme x.json writes the template (no internal error)", async () => {
  const out = path.join(dir, "模板.xlsx");
  const r = await runCli(["template", "--scheme", ownScheme(), "-o", out]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(fs.existsSync(out)).toBe(true);
});

describe("percentages written as whole numbers", () => {
  test("threshold 100 and step 1 are refused, naming the indicator and the parameter", () => {
    const text = fs.readFileSync(
      ownScheme((rule) => Object.assign(rule, { threshold: 100, step: 1 })),
      "utf8"
    );
    let problems: string[] = [];
    try {
      loadScheme(text);
    } catch (e) {
      problems = (e as SchemeError).problems;
    }
    expect(problems).toEqual([
      "投入/预算配置/在职人员控制率：阈值（threshold）为100，即10000%：比率应写成小数（100%写1，15%写0.15）",
      "投入/预算配置/在职人员控制率：步长（step）为1，即每100个百分点：1个百分点写0.01，5个百分点写0.05",
    ]);
  });

  test("bands edges and a proportional base are checked too; fractions pass", () => {
    const bands = ownScheme((rule) => {
      for (const k of Object.keys(rule)) delete rule[k];
      Object.assign(rule, {
        kind: "bands",
        bands: [
          { min: 90, minInclusive: true, score: 5 },
          { max: 0.9, maxInclusive: false, score: 0 },
        ],
      });
    });
    expect(() => loadScheme(fs.readFileSync(bands, "utf8"))).toThrow(
      /第1个区间的下限（min）为90，即9000%/
    );
    const inverse = ownScheme((rule) => {
      for (const k of Object.keys(rule)) delete rule[k];
      Object.assign(rule, { kind: "proportional", mode: "inverse", threshold: 100 });
    });
    expect(() => loadScheme(fs.readFileSync(inverse, "utf8"))).toThrow(
      /基准（threshold）为100，即10000%/
    );
    // 115% written as 1.15 and a step of 5 points written as 0.05 are what the format asks for.
    const fine = ownScheme((rule) => Object.assign(rule, { threshold: 1.15, step: 0.05 }));
    expect(loadScheme(fs.readFileSync(fine, "utf8")).id).toBe("某县2023");
  });

  test("score --scheme x.json says so and exits non-zero, without a stack trace", async () => {
    const file = ownScheme((rule) => Object.assign(rule, { threshold: 100 }));
    const base = path.join(dir, "基础数据.xlsx");
    await runCli(["template", "-o", base, "-f"]);
    const r = await runCli(["score", base, "--scheme", file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("在职人员控制率：阈值（threshold）为100");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
