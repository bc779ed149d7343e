/**
 * 写计分方式, pure: which problems a 计分方式 override can fix, the editor's preview (the reader the
 * sheet uses) and its first suggestion; an override that previews as read makes the problem go.
 */
import {
  previewOverride,
  readSchemeSheet,
  suggestOverride,
  tableGrid,
} from "../../src/scorecard/schemeSheet";

const H = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "计分方式"];

/** One 投入/预算配置 group of two rows (5 + 5 = 10); `rows` are [三级, 评价标准, 计分方式]. */
function sheet(rows: Array<[string, string, string | null]>) {
  return readSchemeSheet(
    tableGrid("评分方案", {
      rows: [
        ["某局评分方案"],
        H,
        ...rows.map(([name, criterion, override], i) => [
          i === 0 ? "投入" : null,
          i === 0 ? 10 : null,
          i === 0 ? "预算配置" : null,
          i === 0 ? 10 : null,
          name,
          5,
          criterion,
          override,
        ]),
        ["合计", 10],
      ],
      merges: [],
    })
  );
}

const REFUSED = "超过100%，每1%扣0.5分";

test("a refused 评价标准 with an empty 计分方式 cell offers the override there", () => {
  const r = sheet([
    ["在职人员控制率", REFUSED, null],
    ["预算完成率", "按完成比例计分，满分为止", null],
  ]);
  expect(r.problems).toEqual([
    {
      cell: "评分方案!G3",
      message: expect.stringMatching(/^评价标准无法读懂/),
      // Row 3 is 0-based 2; 计分方式 is column H (7).
      fix: { row: 2, headerRow: 1, column: 7, criterion: REFUSED, points: 5, need: "rule" },
    },
  ]);
});

test("an unreadable 计分方式 is no place to write: no fix offered", () => {
  const r = sheet([
    ["在职人员控制率", REFUSED, "二者择其一"],
    ["预算完成率", "按完成比例计分，满分为止", null],
  ]);
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0].cell).toBe("评分方案!H3");
  expect(r.problems[0].fix).toBeUndefined();
});

test("sums and missing 分值 are fixed in the table, not by an override", () => {
  const r = readSchemeSheet(
    tableGrid("评分方案", {
      rows: [
        H,
        ["投入", 10, "预算配置", 10, "在职人员控制率", 5, "按完成比例计分，满分为止", null],
      ],
      merges: [],
    })
  );
  // 预算配置 says 10 over one 5-point row (投入 10 = 预算配置 10 adds up).
  expect(r.problems.map((p) => p.cell)).toEqual(["评分方案!D2"]);
  expect(r.problems.every((p) => p.fix === undefined)).toBe(true);
});

describe("previewOverride", () => {
  const rule = { points: 5, need: "rule" as const };
  test("reads the shorthand as the sheet will", () => {
    expect(previewOverride("扣分 超过100% 每1% 扣0.5", rule)).toEqual({
      ok: true,
      reading: expect.stringMatching(/^扣分：超过100%后，每超过1%扣0.5分/),
    });
  });
  test("gives the reader's refusal in both languages, and asks for text when empty", () => {
    expect(previewOverride("二者择其一", rule)).toEqual({
      ok: false,
      message: expect.stringMatching(/^无法读懂：.*二者择其一/),
      messageEn: expect.stringMatching(/^Cannot be read: .*二者择其一/),
    });
    expect(previewOverride("  ", rule)).toEqual({
      ok: false,
      message: "请写计分方式",
      messageEn: "Write the scoring override",
    });
  });
  test("where the row has a value formula, a rule needing a self-evaluation input does not fit", () => {
    const rate = { points: 4, need: "rate" as const };
    expect(previewOverride("①制度健全计2分；②执行有效计2分", rate)).toEqual({
      ok: false,
      message: expect.stringMatching(/仍需自评输入，与指标值公式不符/),
      messageEn: expect.stringMatching(/still needs a self-evaluation input and does not fit the value formula/),
    });
    expect(previewOverride("按完成比例计分，满分为止", rate).ok).toBe(true);
  });
});

describe("suggestOverride", () => {
  test.each([
    [REFUSED, "扣分 超过100% 每1% 扣0.5"],
    ["完成率低于100%的，每低于5个百分点扣2分", "扣分 低于100% 每5% 扣2"],
    ["以90%为界每超一个百分点扣1分", "扣分 超过90% 每1% 扣1"],
  ])("%s → %s", (criterion, expected) => {
    expect(suggestOverride({ criterion, points: 5, need: "rule" })).toBe(expected);
  });
  test("nothing when the numbers are not all there, or the override must fit a formula", () => {
    expect(suggestOverride({ criterion: "二者择其一", points: 5, need: "rule" })).toBe("");
    expect(suggestOverride({ criterion: "超过100%的酌情扣分", points: 5, need: "rule" })).toBe("");
    expect(suggestOverride({ criterion: REFUSED, points: 5, need: "rate" })).toBe("");
  });
});

test("the suggestion written into the 计分方式 cell: the problem is gone, the row reads as previewed", () => {
  const fix = sheet([
    ["在职人员控制率", REFUSED, null],
    ["预算完成率", "按完成比例计分，满分为止", null],
  ]).problems[0].fix!;
  const text = suggestOverride(fix);
  const preview = previewOverride(text, fix);
  const r = sheet([
    ["在职人员控制率", REFUSED, text],
    ["预算完成率", "按完成比例计分，满分为止", null],
  ]);
  expect(r.problems).toEqual([]);
  expect(preview.ok && r.rows[0].reading).toBe(preview.ok && preview.reading);
  expect(r.scheme?.levels[0].groups[0].indicators[0].rule).toEqual({
    kind: "deduct",
    threshold: 1,
    direction: "above",
    step: 0.01,
    points: 0.5,
  });
});
