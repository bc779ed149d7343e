/** 在此表中计分: fill the officer's own blank 计分表 (the scheme sheet) in place. Pure. */
import type { Grid } from "../grid";
import { readSchemeBase } from "../reader";
import { readSchemeSheet, type SchemeSheetReading } from "../schemeSheet";
import type { BaseData } from "../baseData";
import { planFill, type FillPlanning } from "./planFill";

export {
  planFill,
  MAX_FORMULA,
  type FillCell,
  type FillInput,
  type FillPlan,
  type FillPlanning,
  type FillRole,
  type FillRow,
  type FillSkip,
} from "./planFill";

export interface FillFromGrids {
  reading: SchemeSheetReading;
  /** The base data read for the sheet's scheme (absent when the scheme did not read). */
  base?: BaseData;
  planning: FillPlanning;
}

/** Reads the scheme sheet, then the base sheet for its scheme, and plans the fill. */
export function planFillFromGrids(schemeGrid: Grid, baseGrid: Grid, year?: number): FillFromGrids {
  const reading = readSchemeSheet(schemeGrid);
  if (!reading.scheme) return { reading, planning: { ok: false, problems: reading.problems } };
  const base = readSchemeBase(baseGrid, reading.scheme, year);
  return { reading, base, planning: planFill(schemeGrid, reading, base) };
}
export { blankScorecardTable } from "./blankTable";
