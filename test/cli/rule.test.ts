/** `perfscore rule`: the reading of one text, in process. */
import { runRule } from "../../src/cli/commands/rule";

function run(words: string[], points?: string, json = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runRule(
    words,
    points,
    json,
    { write: (s: string) => out.push(s) },
    { write: (s: string) => err.push(s) }
  );
  return { code, out: out.join(""), err: err.join("") };
}

test("prints the reading, with the 分值 the text states", () => {
  const r = run(["100%计满分，每低于5%扣2分，扣完为止。"], "5");
  expect(r.code).toBe(0);
  expect(r.out).toContain("读作：扣分：低于100%后，每低于5%扣2分");
  expect(r.out).toContain('"direction":"below"');
});

test("a text in several words (spaces, no quotes) is one text; 分值 from the text when not given", () => {
  const r = run(["90%（含）以上计6分；", "80%（含）-90%，计4分；", "低于80%不得分"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("分值：6（按原文");
});

test("formula and definition sentences are shown as set aside", () => {
  const r = run(
    [
      "公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%。为100%的计2分，每超过1个百分点扣0.1分，扣完为止。",
    ],
    "2"
  );
  expect(r.out).toContain("未作为规则（公式或定义）：公用经费控制率=");
});

test("a refused text: the reason and the part on stderr, exit 1; JSON says ok:false", () => {
  const r = run(["A、B二者择其一计分"], "3");
  expect(r.code).toBe(1);
  expect(r.err).toContain("无法读懂：“二者择其一”");
  const j = run(["A、B二者择其一计分"], "3", true);
  expect(JSON.parse(j.out)).toMatchObject({ ok: false, points: 3 });
});

test("no 分值 anywhere, or a bad --points: exit 2 with a message", () => {
  // "扣2分" is a deduction, not the 分值.
  expect(run(["100%计满分，每低于5%扣2分"])).toMatchObject({ code: 2, err: expect.stringContaining("--points") });
  const none = run(["按完成比例计分"]);
  expect(none).toMatchObject({ code: 2, err: expect.stringContaining("--points") });
  expect(run(["按完成比例计分"], "abc").code).toBe(2);
});
