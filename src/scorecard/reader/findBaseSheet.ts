/** Which sheet of a workbook holds the 基础数据. */
import { compact } from "./labels";

const EXACT = ["基础数据", "基础数据表"];
const CONTAINS = ["基础数据", "基础信息", "基本数据"];

/**
 * The base-data sheet among `sheetNames`: 基础数据 or 基础数据表 (ignoring spaces and full-width
 * forms), else the shortest name containing 基础数据 (部门整体支出绩效评价基础数据表), else one
 * containing 基础信息 / 基本数据. Undefined when none fits.
 */
export function findBaseSheet(sheetNames: readonly string[]): string | undefined {
  const keyed = sheetNames.map((name) => ({ name, key: compact(name) }));
  for (const want of EXACT) {
    const hit = keyed.find((s) => s.key === want);
    if (hit) return hit.name;
  }
  for (const word of CONTAINS) {
    const hits = keyed.filter((s) => s.key.includes(word) && !s.key.includes("计分"));
    if (hits.length) return hits.reduce((a, b) => (b.key.length < a.key.length ? b : a)).name;
  }
  return undefined;
}
