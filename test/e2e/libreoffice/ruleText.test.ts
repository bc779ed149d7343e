/**
 * Read rules in a real spreadsheet engine: every built-in 评价标准 and every corpus text, read by the
 * rule-text reader, emitted as a native Excel formula by the same emitter the 计分表 uses, and
 * recalculated by LibreOffice on each text's boundary inputs. LibreOffice's score must equal the engine's;
 * for corpus texts the hand-derived score too.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { constant, evaluateRule, type Rule } from "../../../src/core";
import { excelReading, excelRule } from "../../../src/core/rules/native";
import { readRuleText } from "../../../src/core/ruleText";
import { indicatorsOf } from "../../../src/core/scheme";
import { BUILT_IN_SCHEMES } from "../../../src/core/schemes";
import { CORPUS } from "../../core/ruleText/corpus";
import { isError, type Scalar } from "../../planner/support/excelFormula";
import { computedSheet, libreOfficeOrSkip, recalculate } from "./support/libreoffice";
import { SAMPLE, SAMPLE_SCORES } from "../../functions/support/ruleSample";

const run = libreOfficeOrSkip("the LibreOffice rule-text suite");
const maybe = run ? describe : describe.skip;

interface Row {
  text: string;
  points: number;
  input: number | string;
  /** The engine's score ("" pending), or "error". */
  engine: number | "" | "error";
  /** The corpus's hand-derived score, where there is one. */
  byHand?: number;
}

function engineScore(rule: Rule, points: number, input: unknown): Row["engine"] {
  try {
    const o = evaluateRule(rule, constant(points), input, "指标值");
    return o.pending ? "" : o.score.toNumber();
  } catch {
    return "error";
  }
}

/** Rates as numbers, and as officers type them as text (read by the rule's reader in both dialects). */
const RATE_PROBES: Array<number | string> = [
  -0.2,
  0,
  0.1,
  0.5,
  0.7,
  0.8,
  0.85,
  0.9,
  0.95,
  0.999,
  1,
  1.001,
  1.03,
  1.05,
  1.15,
  1.2,
  2,
  "103%",
  "１０３％",
  "87.98%",
  "0.9",
  "-5%",
];

function rows(): { rows: Row[]; rules: Rule[] } {
  const out: Row[] = [];
  const rules: Rule[] = [];
  const add = (
    text: string,
    points: number,
    inputs: Array<[number | string, number | undefined]>
  ) => {
    const r = readRuleText(text, points);
    if (!r.ok) return;
    for (const [input, byHand] of inputs) {
      rules.push(r.rule);
      out.push({ text, points, input, engine: engineScore(r.rule, points, input), byHand });
    }
  };
  for (const s of BUILT_IN_SCHEMES)
    for (const ref of indicatorsOf(s)) {
      const k =
        ref.indicator.rule.kind === "notApplicable"
          ? ref.indicator.rule.rule.kind
          : ref.indicator.rule.kind;
      // Inputs of the kind each rule takes; text typed for numbers is the input readers' own test.
      const probes: Array<number | string> = ["deduct", "bands", "proportional"].includes(k)
        ? RATE_PROBES
        : k === "checklist"
          ? ["全部", "无", "①", "①③", "②④"]
          : k === "levels"
            ? ["较好", "一般", "无效果"]
            : k === "external"
              ? ["92/100", "45/50", "0/100"]
              : [0, 1, 3, 4, 7, "３", "2"];
      add(
        ref.indicator.criterion,
        ref.indicator.points,
        probes.map((p) => [p, undefined])
      );
    }
  for (const c of CORPUS) add(c.text, c.points, c.cases);
  return { rows: out, rules };
}

maybe("read rules recalculated in LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-ruletext-"));
  const { rows: all, rules } = rows();
  let cell: (address: string) => Scalar;
  let sample: (address: string) => Scalar;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("规则");
    all.forEach((row, i) => {
      const r = i + 1;
      ws.getCell(`A${r}`).value = row.input;
      // As the 计分表 does: the input read by the rule's own reader in C, scored from there in B.
      ws.getCell(`C${r}`).value = { formula: excelReading(rules[i], `A${r}`) };
      ws.getCell(`B${r}`).value = {
        formula: excelRule(rules[i], constant(row.points), `A${r}`, `C${r}`),
      };
    });
    const file = path.join(dir, "rules.xlsx");
    await wb.xlsx.writeFile(file);
    const sampleCopy = path.join(dir, "sample.xlsx");
    fs.copyFileSync(SAMPLE, sampleCopy);
    const [out, sampleOut] = await recalculate([file, sampleCopy], path.join(dir, "out"), 1);
    cell = await computedSheet(out, "规则");
    sample = await computedSheet(sampleOut, "评价标准计分示例");
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("covers the built-in texts and the corpus", () => {
    expect(new Set(all.map((r) => r.text)).size).toBeGreaterThanOrEqual(40);
    expect(all.length).toBeGreaterThanOrEqual(400);
  });

  test("LibreOffice's score equals the engine's on every row", () => {
    const failures: string[] = [];
    all.forEach((row, i) => {
      const got = cell(`B${i + 1}`);
      const ok =
        row.engine === "error"
          ? isError(got)
          : row.engine === ""
            ? got === ""
            : typeof got === "number" && Math.abs(got - row.engine) < 1e-9;
      if (!ok)
        failures.push(
          `${row.text} | ${row.points} | ${JSON.stringify(row.input)}: engine ${row.engine}, LibreOffice ${JSON.stringify(got)}`
        );
    });
    expect(failures).toEqual([]);
  });

  test("the corpus's hand-derived scores hold in LibreOffice", () => {
    const failures: string[] = [];
    all.forEach((row, i) => {
      if (row.byHand === undefined) return;
      const got = cell(`B${i + 1}`);
      if (!(typeof got === "number" && Math.abs(got - row.byHand) < 1e-9))
        failures.push(
          `${row.text} | ${JSON.stringify(row.input)}: by hand ${row.byHand}, LibreOffice ${JSON.stringify(got)}`
        );
    });
    expect(failures).toEqual([]);
  });

  test("examples/评价标准计分示例.xlsx: its native-formula column gives the hand-derived scores", () => {
    const got = SAMPLE_SCORES.map((_, i) => sample(`G${i + 3}`));
    expect(got).toEqual(SAMPLE_SCORES);
  });
});
