/** Cell addresses grouped into as few rectangles as practical, for multi-area (RangeAreas) calls. */
import { a1, columnLetters, parseA1 } from "../scorecard/grid";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectAddress(r: Rect): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

/** "B3:D7" or "C5" -> Rect (0-based, inclusive). */
export function parseRect(address: string): Rect {
  const [from, to = from] = address.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/**
 * Rectangles covering exactly the given cells: runs along each row, then runs with the same
 * columns on consecutive rows stacked. Deterministic (sorted by top, then left).
 */
export function cellsToRects(addresses: Iterable<string>): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const address of addresses) {
    const { row, column } = parseA1(address);
    const cols = byRow.get(row) ?? [];
    cols.push(column);
    byRow.set(row, cols);
  }
  const open = new Map<string, Rect>(); // runs still growing downwards, keyed by "left:right"
  const done: Rect[] = [];
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  let previousRow = -2;
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && c === last[1] + 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next = new Map<string, Rect>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      const grow = open.get(key);
      if (grow && previousRow === row - 1) {
        grow.bottom = row;
        next.set(key, grow);
        open.delete(key);
      } else {
        next.set(key, { top: row, left, bottom: row, right });
      }
    }
    for (const r of open.values()) done.push(r);
    open.clear();
    for (const [k, r] of next) open.set(k, r);
    previousRow = row;
  }
  for (const r of open.values()) done.push(r);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Joins addresses with "," into strings no longer than `maxLength` (a multi-area address that
 * long is what Excel accepts everywhere), so one call covers as many areas as allowed.
 */
export function joinAreas(addresses: readonly string[], maxLength = 250): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > maxLength) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/** Consecutive column indexes with the same width -> "B:D" runs. */
export function columnRuns(widths: readonly number[]): Array<{ address: string; width: number }> {
  const out: Array<{
    address: string;
    width: number;
    from: number;
    to: number;
  }> = [];
  widths.forEach((w, i) => {
    if (w === undefined || w === null || !(w > 0)) return;
    const last = out[out.length - 1];
    if (last && last.width === w && last.to === i - 1) {
      last.to = i;
      last.address = `${columnLetters(last.from)}:${columnLetters(i)}`;
    } else {
      out.push({
        address: `${columnLetters(i)}:${columnLetters(i)}`,
        width: w,
        from: i,
        to: i,
      });
    }
  });
  return out.map(({ address, width }) => ({ address, width }));
}
