/**
 * The engine's two arithmetic shortcuts (issue 5) must give exactly what the plain definitions give:
 * guardNumber(x) = guard(new D(x)), divideByConstant(x, c) = x / c.
 */
import fc from "fast-check";
import { D, divideByConstant, guard, guardNumber } from "../../src/core";

const same = (a: D, b: D) => expect([a.toString(), a.isNegative()]).toEqual([b.toString(), b.isNegative()]);

describe("guardNumber: a number rounded at 9 places, half away from zero", () => {
  test.each<[number, string]>([
    // By hand: the 10th decimal decides.
    [0.1234567895, "0.12345679"],
    [0.1234567894, "0.123456789"],
    [-1.0000000005, "-1.000000001"],
    [9.9999999995, "10"],
    [-9.9999999995, "-10"],
    [0.9999999999999999, "1"],
    [2.9999999999999982, "3"], // (1.15-1)/0.05 in binary
    [0.8798, "0.8798"],
    [43, "43"],
    [0, "0"],
    [1e-7, "0.0000001"],
    [5e-10, "0.000000001"], // String(5e-10) is "5e-10": the plain path
    [4.9e-10, "0"],
    [1e21, "1000000000000000000000"],
  ])("%p → %s", (x, expected) => {
    expect(guardNumber(x).toString()).toBe(expected);
    same(guardNumber(x), guard(new D(x)));
  });

  test("equals guard(new D(x)) for any finite double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => same(guardNumber(x), guard(new D(x)))),
      { numRuns: 20000 },
    );
  });

  test("equals guard(new D(x)) for ratios of amounts, as rate cells hold them", () => {
    const cents = fc.integer({ min: -10_000_000, max: 100_000_000 });
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 100_000_000 }), (a, b) => {
        const x = a / 100 / (b / 100);
        same(guardNumber(x), guard(new D(x)));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("divideByConstant: the quotient, whether 1/c is a finite decimal or not", () => {
  const constants = [0.01, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 4, 0.03, 0.07, 3, 7, 0.3, 1.5];
  test("equals x / c", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e9, max: 2e9 }), fc.constantFrom(...constants), (k, c) => {
        const x = new D(k).dividedBy(1e9); // a guarded rate: at most 9 places
        same(divideByConstant(x, c), x.dividedBy(c));
      }),
      { numRuns: 20000 },
    );
  });

  test("by hand", () => {
    expect(divideByConstant(new D("0.1202"), 0.05).toString()).toBe("2.404");
    expect(divideByConstant(new D("0.15"), 0.01).toString()).toBe("15");
    expect(divideByConstant(new D("1"), 3).toString()).toBe("0.3333333333333333333333333333333333333333");
  });
});
