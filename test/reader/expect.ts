/** Assertions shared by the reader tests: figures by address and value, problems by kind. */
import type { BaseData, ProblemKind } from "../../src/scorecard/baseData";

/** field -> [address, value] where value is a number, or null for a blank/invalid cell. */
export type Expected = Record<string, [string, number | null]>;

export function expectFigures(data: BaseData, expected: Expected): void {
  const got: Record<string, [string, number | null]> = {};
  for (const field of Object.keys(expected)) {
    const f = data.figures[field];
    got[field] = f ? [f.address, f.value === undefined ? null : f.value.toNumber()] : (["(not found)", null] as [string, null]);
  }
  expect(got).toEqual(expected);
}

export function problemsOf(data: BaseData, kind: ProblemKind): Array<{ field?: string; cell?: string; message: string }> {
  return data.problems.filter((p) => p.kind === kind).map(({ field, cell, message }) => ({ field, cell, message }));
}

/** Fields reported by problems of `kind`, sorted. */
export function fieldsWith(data: BaseData, kind: ProblemKind): string[] {
  return problemsOf(data, kind)
    .map((p) => p.field ?? "")
    .sort();
}

export function kindsOf(data: BaseData): ProblemKind[] {
  return [...new Set(data.problems.map((p) => p.kind))].sort();
}
