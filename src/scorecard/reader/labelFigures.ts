/**
 * Figures a user's own scheme names by labels the catalogue does not know ("调查人数", "满意人数"): each
 * found on the base sheet by its label (findFigure), read as any figure is read, or reported by name.
 */
import type { BaseData, Figure, Problem } from "../baseData";
import { a1, type Grid } from "../grid";
import { labelKey } from "./labels";
import { missingFigureProblem, parseFigure, typedFigureProblem } from "./figures";
import { findFigure, type FoundFigure } from "./findFigure";

/** At most this many near labels or cells are named in a message. */
const LISTED = 3;

/** Why `id` is not a figure of `base`: not there (with the labels near it), or there more than once. */
export function labelProblem(base: BaseData, id: string, found: FoundFigure): Problem | undefined {
  if (found.state === "found") return undefined;
  if (found.state === "ambiguous") {
    const cells = found.candidates.slice(0, LISTED).map((c) => `${c.labelAddress}“${c.label}”`);
    return {
      kind: "duplicate",
      field: id,
      cell: found.candidates[0].labelAddress,
      message: `基础数据表“${base.sheetName}”中有${found.candidates.length}处“${id}”（${cells.join("、")}），数值在不同单元格，无法确定用哪一个：请只保留一处`,
      messageEn: `"${id}" appears ${found.candidates.length} times on "${base.sheetName}" with values in different cells; keep one`,
    };
  }
  const near = found.near.slice(0, LISTED).map((l) => `${l.labelAddress}“${l.label}”`);
  const missing = missingFigureProblem(id);
  return near.length
    ? {
        ...missing,
        message: `${missing.message}（基础数据表“${base.sheetName}”中没有这个标签；相近的有：${near.join("、")}）`,
      }
    : {
        ...missing,
        message: `${missing.message}（基础数据表“${base.sheetName}”中没有这个标签）`,
      };
}

/**
 * A label standing with nothing right of it (a template's row still to fill): the blank cell right of
 * it is the figure's, as the reader keeps a catalogue figure's blank value cell.
 */
function blankLabel(grid: Grid, id: string): FoundFigure | undefined {
  const key = labelKey(id);
  for (let r = 0; r < grid.rowCount; r++) {
    const row = grid.cells[r] ?? [];
    for (let c = 0; c + 1 < grid.columnCount; c++) {
      const v = row[c]?.value;
      if (typeof v !== "string" || labelKey(v) !== key) continue;
      const right = row[c + 1]?.value;
      if (right !== undefined && right !== null && String(right).trim() !== "") continue;
      const at = (cc: number) => a1(grid.origin.row + r, grid.origin.column + cc);
      return {
        state: "found",
        address: at(c + 1),
        raw: null,
        label: v.trim(),
        labelAddress: at(c),
      };
    }
  }
  return undefined;
}

/**
 * `base` (read from `grid`) with the figures `ids` found by label added, and a problem for each one
 * not found, or blank.
 */
export function withLabelFigures(base: BaseData, ids: readonly string[], grid?: Grid): BaseData {
  if (ids.length === 0) return base;
  const figures: Record<string, Figure> = { ...base.figures };
  const problems: Problem[] = [...base.problems];
  for (const id of ids) {
    let found = findFigure(base, id);
    if (found.state === "missing" && grid) found = blankLabel(grid, id) ?? found;
    if (found.state !== "found") {
      problems.push(labelProblem(base, id, found)!);
      continue;
    }
    const parsed = parseFigure(id, found.raw);
    figures[id] = {
      field: id,
      address: found.address,
      raw: found.raw,
      label: found.label,
      labelAddress: found.labelAddress,
      ...(parsed.state === "number" ? { value: parsed.value } : {}),
    };
    const problem = typedFigureProblem(id, found.address, found.raw);
    if (problem) problems.push(problem);
  }
  return { ...base, figures, problems };
}
