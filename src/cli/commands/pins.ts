/**
 * Pins on the command line: `--map 编制数=基础数据!B4` (repeatable) and the pins a workbook already
 * holds as defined names (PS_编制数, set in the task pane or in Excel's 名称管理器). A --map wins
 * over a name for the same figure; `generate` writes the --map pins into its output as names.
 */
import type * as ExcelJS from "exceljs";
import type { Scheme } from "../../core";
import type { Grid } from "../../scorecard/grid";
import {
  gridCell,
  parseMapping,
  PinSyntaxError,
  pinReference,
  pinsOf,
  resolvePins,
  type Pin,
  type PinnedCell,
} from "../../scorecard/pins";
import { schemeFields } from "../../scorecard/reader";
import { t } from "../i18n";
import { definedNamesOf, gridFromWorksheet, setDefinedName } from "../xlsx";
import { CliError } from "./common";

/** The --map option's help (after i18n has chosen the language). */
export const MAP_HELP = () =>
  t(
    "把数据固定到单元格，可重复，如 --map 编制数=基础数据!B4 或 --map 编制数='my sheet'!B4；优先于按标签查找，也优先于工作簿中已有的名称 PS_编制数",
    "pin a figure to a cell, repeatable, e.g. --map 编制数=基础数据!B4; used before any label search and over a name PS_… already in the workbook"
  );

/** commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The --map values as pins, each checked against the scheme and the workbook's sheets. */
export function mappedPins(
  maps: readonly string[],
  scheme: Scheme,
  wb: ExcelJS.Workbook,
  baseSheet: string
): Pin[] {
  const fields = schemeFields(scheme);
  const sheets = wb.worksheets.map((w) => w.name);
  const out: Pin[] = [];
  for (const text of maps) {
    let pin: Pin;
    try {
      pin = parseMapping(text, baseSheet);
    } catch (e) {
      if (e instanceof PinSyntaxError) throw new CliError(t(e.message, e.messageEn));
      throw e;
    }
    if (!fields.includes(pin.figure))
      throw new CliError(
        t(
          `--map ${text}：评分方案 ${scheme.id} 不读取“${pin.figure}”。它读取的数据有：${fields.join("、")}`,
          `--map ${text}: scheme ${scheme.id} reads no figure "${pin.figure}". It reads: ${fields.join(", ")}`
        )
      );
    if (out.some((p) => p.figure === pin.figure))
      throw new CliError(
        t(`--map 对“${pin.figure}”指定了两次`, `--map names "${pin.figure}" twice`)
      );
    const sheet = "sheet" in pin.target ? pin.target.sheet : "";
    const actual = sheets.find((n) => n.toLowerCase() === sheet.toLowerCase());
    if (actual === undefined)
      throw new CliError(
        t(
          `--map ${text}：工作簿中没有工作表“${sheet}”。工作表有：${sheets.join("、")}`,
          `--map ${text}: the workbook has no sheet "${sheet}". Sheets: ${sheets.join(", ")}`
        )
      );
    out.push({
      ...pin,
      target: { sheet: actual, address: (pin.target as { address: string }).address },
    });
  }
  return out;
}

/** The pins the reader honours: the workbook's names, then --map over them (same figure). */
export function workbookPins(wb: ExcelJS.Workbook, mapped: readonly Pin[]): PinnedCell[] {
  const stored = pinsOf(definedNamesOf(wb)).filter(
    (p) => !mapped.some((m) => m.figure === p.figure)
  );
  const grids = new Map<string, Grid>();
  return resolvePins([...stored, ...mapped], (sheet) => {
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
    if (!ws) return undefined;
    let grid = grids.get(ws.name);
    if (!grid) grids.set(ws.name, (grid = gridFromWorksheet(ws)));
    const g = grid;
    return (address) => gridCell(g, address);
  });
}

/** Writes the --map pins into the workbook as defined names (replacing a name for the same figure). */
export function storePins(wb: ExcelJS.Workbook, pins: readonly Pin[]): void {
  for (const p of pins)
    if ("sheet" in p.target)
      setDefinedName(wb, p.name, pinReference(p.target.sheet, p.target.address));
}
