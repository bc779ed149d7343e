/**
 * The built-in schemes quote their sources verbatim: every 评价标准, 指标说明 and checklist item
 * must appear in the seed report it came from (ignoring the line breaks of the PDF tables).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { BUILT_IN_SCHEMES, indicatorsOf, type Scheme } from "../../src/core";

const SOURCES: Record<string, string> = {
  浏阳2018: "liuyang2018.txt",
  湘潭县2020: "xiangtan2020.txt",
};

/** Table cells in the seeds wrap lines anywhere; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, "");

/** Short failure output: which text was not found, not the whole report. */
function expectQuoted(source: string, text: string): void {
  expect({ quoted: source.includes(squash(text)), text }).toEqual({ quoted: true, text });
}

function sourceOf(scheme: Scheme): string {
  return squash(readFileSync(join(__dirname, "..", "fixtures", "seeds", SOURCES[scheme.id]), "utf8"));
}

describe.each(BUILT_IN_SCHEMES.map((s) => [s.id, s] as const))("%s quotes its source", (_id, scheme) => {
  const source = sourceOf(scheme);
  const refs = indicatorsOf(scheme);

  test.each(refs.map((r) => [r.path, r] as const))("%s: 评价标准 verbatim", (_path, ref) => {
    expectQuoted(source, ref.indicator.criterion);
  });

  test.each(refs.filter((r) => r.indicator.description).map((r) => [r.path, r] as const))(
    "%s: 指标说明 verbatim",
    (_path, ref) => {
      expectQuoted(source, ref.indicator.description);
    },
  );

  // 浏阳's "经济效益、社会效益" is the source's two rows sharing one 6-point cell.
  test.each(refs.map((r) => [r.path, r] as const))("%s: name as in the source", (_path, ref) => {
    for (const part of ref.indicator.name.split("、")) expectQuoted(source, part);
  });

  test("checklist items quote their rule text", () => {
    for (const ref of refs) {
      const rule = ref.indicator.rule;
      if (rule.kind === "checklist" || (rule.kind === "perCase" && rule.items)) {
        for (const item of rule.items ?? []) expectQuoted(squash(ref.indicator.criterion), item.text);
      }
    }
  });
});

test("both sources are covered", () => {
  expect(BUILT_IN_SCHEMES.map((s) => s.id).sort()).toEqual(Object.keys(SOURCES).sort());
});
