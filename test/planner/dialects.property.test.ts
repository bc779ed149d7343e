/**
 * Random base data and inputs (biased to rule boundaries): the PERF-dialect 计分表 evaluated with
 * the engine's own functions (callFunction) and the portable one, both through the test
 * evaluator, give every value, score, subtotal, total and grade of evaluateScheme.
 * (LibreOffice checks the portable dialect for real in test/e2e/libreoffice.)
 */
import fc from "fast-check";
import { BUILT_IN_SCHEMES } from "../../src/core";
import { planScorecard } from "../../src/scorecard/planner";
import { caseArbitrary, withTextFigures } from "./support/arbitraries";
import { compareWithEngine, expected, handMadeBase, miniWorkbook } from "./support/scorecard";

describe.each(BUILT_IN_SCHEMES.map((s) => [s.id, s] as const))("%s", (_id, scheme) => {
  test.each([
    ["random base data", caseArbitrary(scheme)],
    ["random base data with figures typed as text (“45人”, “４３”, “2,886.58”, “(3.5)”…)", caseArbitrary(scheme).chain(withTextFigures)],
  ])("PERF and portable scorecards equal the engine on %s", (_what, cases) => {
    fc.assert(
      fc.property(cases, ({ figures, inputs: typed, supplied }) => {
        const inputs = { ...typed, ...supplied };
        const hand = handMadeBase(figures);
        const want = expected(scheme, hand.base, inputs);
        for (const dialect of ["perf", "portable"] as const) {
          const plan = planScorecard(hand.base, scheme, { dialect, sheetName: "计分表", baseSheetName: "基础数据" });
          const wb = miniWorkbook(plan, hand, inputs);
          const problems = compareWithEngine(plan, want, (a) => wb.value("计分表", a), { base: hand.base, inputs, explanations: true });
          if (problems.length) throw new Error(`${dialect}: ${problems.join("\n")}\nfigures ${JSON.stringify(figures)}\ninputs ${JSON.stringify(inputs)}`);
        }
      }),
      { numRuns: Number(process.env.PERF_RUNS ?? 200) },
    );
  });
});
