/**
 * JSON schemes on the command line: `template --scheme x.json` (it used to stop with an internal
 * error: the template looked the scheme up by id among the built-ins), and rate parameters written as
 * whole-number percentages (threshold 100, step 1), refused with the indicator and how to write them.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
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

describe("figures outside the catalogue", () => {
  /** 浏阳2018 under its own id, its 满意度 computed from two labels the catalogue does not know. */
  function surveyScheme(): string {
    const s = JSON.parse(JSON.stringify(getScheme("浏阳2018")));
    s.id = "某县2023";
    s.aliases = [];
    s.levels[2].groups[2].indicators[1].value = {
      kind: "ratio",
      numerator: "满意人数",
      denominator: "调查人数",
    };
    const file = path.join(dir, "survey.json");
    fs.writeFileSync(file, JSON.stringify(s));
    return file;
  }

  test("template --scheme gives them rows of their own; filled in, score finds them by label", async () => {
    const file = surveyScheme();
    const out = path.join(dir, "调查模板.xlsx");
    expect((await runCli(["template", "--scheme", file, "-o", out, "-f"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const rowOf = (label: string) => {
      let found: number | undefined;
      ws.eachRow((row, n) => {
        if (row.getCell(1).value === label) found = n;
      });
      return found;
    };
    expect(rowOf("本方案的其他数据")).toBeDefined();
    ws.getCell(`B${rowOf("满意人数")!}`).value = 171;
    ws.getCell(`B${rowOf("调查人数")!}`).value = 190;
    await wb.xlsx.writeFile(out);
    const r = await runCli(["score", out, "--scheme", file, "--json"]);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout).indicators.find(
      (i: { name: string }) => i.name === "社会公众或服务对象满意度"
    );
    // 171/190 = 90% → the ≥90% band, 6 points.
    expect([row.value, row.score]).toEqual([0.9, 6]);
  });

  test("scheme check names an operand the base sheet lacks, with the formula's cell", async () => {
    const file = path.join(dir, "带评分方案-调查.xlsx");
    await runCli(["template", "-o", file, "-f"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.addWorksheet("评分方案");
    ws.addRow(["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "指标说明", "评价标准"]);
    ws.addRow([
      "效果",
      5,
      "满意度",
      5,
      "服务对象满意度",
      5,
      "X=满意人数/调查人数×100%",
      "90%（含）以上计5分；80%（含）-90%计3分；低于80%不得分",
    ]);
    await wb.xlsx.writeFile(file);
    const r = await runCli(["scheme", "check", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("公式中的项目已按基础数据表“基础数据”核对");
    expect(r.stdout).toContain("评分方案!G2  公式中的“满意人数”在基础数据表“基础数据”中找不到");
    // score refuses the sheet the same way, before anything is computed.
    const s = await runCli(["score", file]);
    expect(s.code).not.toBe(0);
    expect(s.stderr).toContain("评分方案!G2  公式中的“满意人数”在基础数据表“基础数据”中找不到");
  });
});
