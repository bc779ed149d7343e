/**
 * A built-in scheme written as a 评分方案表 and read back gives the same scheme: the same tree, points,
 * value formulas and rules (so the same scores). Rules whose text reads otherwise travel in 计分方式.
 */
import { indicatorsOf } from "../../src/core";
import { BUILT_IN_SCHEMES } from "../../src/core/schemes";
import { readSchemeSheet, schemeTable, tableGrid } from "../../src/scorecard/schemeSheet";

const shape = (rule: unknown) =>
  JSON.parse(
    JSON.stringify(rule, (k, v) =>
      ["label", "reason", "text", "aliases"].includes(k) ? undefined : v
    )
  );

describe.each(BUILT_IN_SCHEMES.map((s) => [s.id, s] as const))("%s", (_, scheme) => {
  const table = schemeTable(scheme);
  const read = readSchemeSheet(tableGrid("评分方案", table));

  test("reads back without a problem", () => {
    expect(read.problems).toEqual([]);
    expect(read.scheme).toBeDefined();
  });

  test("the same tree, points, value formulas and rules", () => {
    const a = indicatorsOf(scheme);
    const b = indicatorsOf(read.scheme!);
    expect(b.map((r) => r.path)).toEqual(a.map((r) => r.path));
    expect(
      read.scheme!.levels.map((l) => [l.name, l.points, l.groups.map((g) => [g.name, g.points])])
    ).toEqual(
      scheme.levels.map((l) => [l.name, l.points, l.groups.map((g) => [g.name, g.points])])
    );
    b.forEach((r, i) => {
      const want = a[i].indicator;
      expect([r.path, r.indicator.points, r.indicator.value]).toEqual([
        a[i].path,
        want.points,
        want.value,
      ]);
      expect([r.path, shape(r.indicator.rule)]).toEqual([a[i].path, shape(want.rule)]);
      expect(r.indicator.criterion).toBe(want.criterion);
    });
    expect(read.scheme!.total).toBe(scheme.total);
  });
});

test("only the built-ins' readings beyond their text need a 计分方式", () => {
  const overrides = BUILT_IN_SCHEMES.flatMap((s) =>
    schemeTable(s)
      .rows.slice(2)
      .filter((r) => r[9])
      .map((r) => `${s.id}/${r[4]}`)
  );
  // See docs/RULES.md: 办结率×8 and the evaluator's 0–6 have no rule text; 投资概算 has no 没有…按满分 sentence.
  expect(overrides).toEqual([
    "浏阳2018/新建楼堂馆所投资概算控制率",
    "浏阳2018/重点工作办结率",
    "浏阳2018/经济效益、社会效益",
  ]);
});
