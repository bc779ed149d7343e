/** The columns of a scoring table, found by their header text in any order. */
import type { Grid } from "../grid";

export type Role =
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "criterion"
  | "value"
  | "override"
  | "score"
  | "explanation";

const ROLE_HEADERS: Array<[Role, RegExp]> = [
  ["level1", /^一级指标/],
  ["level2", /^二级指标/],
  ["level3", /^(三级指标|指标名称)/],
  ["description", /^(指标说明|指标解释|计算公式|指标内涵|指标定义)/],
  ["criterion", /^(评价标准|评分标准|评分细则|计分标准|评分方法)/],
  ["value", /^指标值/],
  ["override", /^计分方式/],
  ["score", /^(得分|自评得分|评价得分)$/],
  ["explanation", /^(扣分说明|扣分原因|扣分理由)/],
];
const POINTS_HEADER = /^(分值|权重|分数|标准分)/;

export interface Columns {
  /** 0-based row of the header within the grid. */
  headerRow: number;
  col: Partial<Record<Role, number>>;
  /** The 分值 column right of each level's name column. */
  points: Partial<Record<"level1" | "level2" | "level3", number>>;
}

const text = (grid: Grid, r: number, c: number): string =>
  String(grid.cells[r]?.[c]?.value ?? "").replace(/\s+/g, "");

/** The first row (of the first 20) naming both a 三级指标 and a 评价标准 column. */
export function findColumns(grid: Grid): Columns | undefined {
  for (let r = 0; r < Math.min(grid.rowCount, 20); r++) {
    const col: Columns["col"] = {};
    const points: Columns["points"] = {};
    for (let c = 0; c < grid.columnCount; c++) {
      const h = text(grid, r, c);
      const role = ROLE_HEADERS.find(([, re]) => re.test(h))?.[0];
      if (role && col[role] === undefined) col[role] = c;
      if (POINTS_HEADER.test(h)) {
        // A 分值 column belongs to the level name left of it.
        const owner = (["level3", "level2", "level1"] as const).find((l) => col[l] === c - 1);
        if (owner) points[owner] = c;
      }
    }
    if (col.level3 !== undefined && col.criterion !== undefined && points.level3 !== undefined)
      return { headerRow: r, col, points };
  }
  return undefined;
}
