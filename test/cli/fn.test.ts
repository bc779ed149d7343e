/**
 * `perfscore fn …` end to end: the compiled command line (bin/perfscore.js → lib/, built by `npm run prepare`,
 * which `npm ci` runs). Expected values derived by hand (see test/core/boundaries.*.test.ts for the rules).
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "perfscore.js");

function perfscore(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 30000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "lib", "cli", "main.js")))
    throw new Error("perfscore is not compiled: run `npm run prepare` (npm ci does it) before these tests");
});

test.each([
  [["SCORE", "预算完成率", "0.8798", "浏阳2018"], "0.19"], // 12.02 pt below, 4.808 deducted → 0.19
  [["SCORE", "预算完成率", "87.98%", "浏阳2018"], "0.19"], // the same rate as percent text
  [["SCORE", "“三公经费”控制率", "1.15"], "0"], // 湘潭县2020 (default): 15 pt × 0.5 = 7.5 > 2 → 0
  [["SCORE", "预算管理/管理制度健全性", "①③"], "1.5"], // 1 + 0.5
  [["SCORE", "行政效能", "一般", "浏阳2018"], "3"],
  [["EXPLAIN", "预算完成率", "0.8798", "浏阳2018"], "预算完成率87.98%，低于100%共12.02个百分点，每低于5%扣2分，扣4.81分，得0.19分"],
  [["CHANGERATE", "-3", "10"], "-1.3"], // (−3−10)/10: a negative number is a value, not an option
  [["CHANGERATE", "-3", "-10"], "-0.7"], // (−3+10)/(−10)
  [["CHANGERATE", "--", "-3", "10"], "-1.3"], // "--" ends options, as in any command line
  [["CONTROLRATE", "43", "43"], "1"], // seed 000: 在职43 / 编制43
  [["CONTROLRATE", "2,886.58", "2,886.58"], "1"],
  [["DEDUCT", "1.15", "1", "0.05", "1", "5", "above", "floor"], "2"], // exactly 3 whole steps
  [["DEDUCT", "-0.12", "0", "0.05", "1", "5", "below"], "2.6"], // 12 pt below 0 = 2.4 steps
  [["BANDS", "0.1", "0,0.1,0.2,0.3", "5,4,3,2,0", "upper"], "4"], // 10%（含） → 4
  [["CHECKLIST", "①②④", "2,2,2,2"], "6"],
  [["GRADE", "89.99"], "良"],
  [["GRADE", "-0"], "差"], // −0 is a total of 0 (below 60), not a negative total
  [["GRADE", "-0.00"], "差"],
  // Within the threshold nothing is deducted, however large points is (10^400 is past a double).
  [["DEDUCT", "1", "1", "0.05", "1" + "0".repeat(400), "5"], "5"],
  [["DEDUCT", "1.15", "1", "0.05", "1" + "0".repeat(400), "5"], "0"], // 3 steps × 10^400: 扣完为止
  [["perf.grade", "90"], "优"], // the namespace and case are optional
  // A rule text with spaces, then a negative change rate: a decrease scores full marks.
  [["RULESCORE", "--", "下降的计5分， 增加的按比例扣减", "5", "-0.3"], "5"],
  [["RULESCORE", "--", "下降的计5分， 增加的按比例扣减", "5", "30%"], "3.5"], // 5 × (1 − 30%)
  [["RULESCORE", "≤100%计5分，每超过一个百分点扣0.5分，扣完为止", "5", "103%"], "3.5"], // 3 pt × 0.5
])("perfscore fn %j prints %p and exits 0", (args, expected) => {
  const r = perfscore("fn", ...args);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toBe(expected + "\n");
});

test("a blank value prints an empty line (待填), exit 0", () => {
  const r = perfscore("fn", "SCORE", "预算完成率", "", "浏阳2018");
  expect(r.code).toBe(0);
  expect(r.out).toBe("\n");
});

test.each([
  [["SCORE", "不存在的指标", "1"], "#N/A"],
  [["SCORE", "管理制度健全性", "①"], "#N/A"], // ambiguous in 湘潭县2020
  [["SCORE", "预算完成率", "1", "北京2030"], "#N/A"],
  [["CONTROLRATE", "1", "0"], "#DIV/0!"],
  [["CONTROLRATE", "abc", "1"], "#VALUE!"],
  [["CONTROLRATE", "5万元", "50000元"], "#VALUE!"], // mixed money units
  [["GRADE", "101"], "#NUM!"],
  [["SCORE", "管理制度健全性", "⑤", "浏阳2018"], "#VALUE!"],
  [["DEDUCT", "1.1", "1", "0", "1", "5"], "#VALUE!"],
  // A full score of 5.555 would show as 5.56, above the max: scores have two places.
  [["DEDUCT", "1", "1", "0.05", "1", "5.555"], "#VALUE!"],
  [["GRADE", "-0.01"], "#NUM!"],
])("perfscore fn %j prints %s and its message on stderr, exit non-zero", (args, code) => {
  const r = perfscore("fn", ...args);
  expect(r.code).not.toBe(0);
  expect(r.out).toBe("");
  expect(r.err.startsWith(`${code} `)).toBe(true);
  expect(r.err).toMatch(/[\u4e00-\u9fff]/);
});

test("the ambiguity message names both qualified forms", () => {
  const r = perfscore("fn", "SCORE", "管理制度健全性", "①");
  expect(r.err).toContain("预算管理/管理制度健全性");
  expect(r.err).toContain("资产管理/管理制度健全性");
});

test("an unknown function exits non-zero", () => {
  const r = perfscore("fn", "NOSUCH", "1");
  expect(r.code).not.toBe(0);
  expect(r.err).toContain("NOSUCH");
});
