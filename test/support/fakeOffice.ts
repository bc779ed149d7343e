/**
 * Browser stand-in for office.js: `Office`, `Excel` and `CustomFunctions` over a FakeWorkbook.
 * The browser test serves this bundle in place of office.js (page.route), after an init script
 * has set `window.__fakeOfficeConfig`. The workbook is `window.__workbook`, for assertions.
 */
import { FakeOfficeError, FakeWorkbook, type FakeValue } from "./fakeExcel";
import { SEED000_MERGES, seedCells } from "./seedBaseSheet";

export interface FakeOfficeConfig {
  /** "seed": a 基础数据 sheet with seed 000's figures; "empty": one blank sheet. */
  scenario?: "seed" | "empty";
  /** More sheets after the scenario's, each with its cells (values only). */
  extraSheets?: Array<{ name: string; cells?: Record<string, FakeValue> }>;
  /** Cells of the seed's 基础数据 sheet changed before the pane opens (null empties one). */
  baseEdits?: Record<string, FakeValue | null>;
  displayLanguage?: string;
  /** Each Excel.run waits this long first, as Excel's round trips take time (default: none). */
  latencyMs?: number;
  /** Office.onReady resolves this long after the page loads, as Office connects to Excel (default: at once). */
  readyDelayMs?: number;
  /** The first Office.js call fails once with this code and message (the pane's first read). */
  failFirst?: { code: string; message: string };
}

const w = window as unknown as Record<string, unknown>;
const config = (w.__fakeOfficeConfig ?? {}) as FakeOfficeConfig;

const wb = new FakeWorkbook();
if (config.scenario === "empty") {
  wb.addSheet("Sheet1");
} else {
  wb.addSheet("说明", { A1: "部门整体支出绩效自评" });
  const base = wb.addSheet("基础数据", seedCells());
  base.merges.push(...SEED000_MERGES);
  for (const [address, value] of Object.entries(config.baseEdits ?? {}))
    if (value === null) base.cells.delete(address);
    else base.cells.set(address, { value });
}
for (const extra of config.extraSheets ?? []) wb.addSheet(extra.name, extra.cells);
w.__workbook = wb;

/** Plain-data view of the workbook for page.evaluate. */
w.__workbookState = () => ({
  sheets: wb.sheets.map((s) => ({
    name: s.name,
    cells: Object.fromEntries([...s.cells].map(([a, c]) => [a, c.formula ?? c.value])),
    merges: s.merges,
    frozen: s.freeze,
  })),
  activeSheet: wb.activeSheet,
  selection: wb.selection,
  syncCount: wb.syncCount,
});

/** `__failNext(code, message)`: the next Office.js call fails once, as Excel's internal errors do. */
const failNext = (code: string, message: string) => {
  let failed = false;
  wb.failWhen = () => {
    if (failed) return undefined;
    failed = true;
    return new FakeOfficeError(code, message);
  };
};
w.__failNext = failNext;
if (config.failFirst) failNext(config.failFirst.code, config.failFirst.message);

/** The shared runtime's pane visibility: `__setVisibility("Hidden" | "Taskpane")` plays the user closing or opening the pane. */
const visibilityHandlers = new Set<(m: { visibilityMode: string }) => void>();
w.__setVisibility = (mode: string) =>
  visibilityHandlers.forEach((h) => h({ visibilityMode: mode }));

const host = wb.host();
const info = { host: "Excel", platform: "OfficeOnline" };
const ready = config.readyDelayMs
  ? new Promise<typeof info>((r) => setTimeout(() => r(info), config.readyDelayMs))
  : Promise.resolve(info);

w.Office = {
  onReady(callback?: (info: unknown) => void) {
    return ready.then((info) => {
      callback?.(info);
      return info;
    });
  },
  context: {
    displayLanguage: config.displayLanguage ?? "zh-CN",
    requirements: {
      isSetSupported: (name: string, version: string) =>
        name === "ExcelApi" ? wb.supports(version) : true,
    },
  },
  HostType: { Excel: "Excel" },
  VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
  addin: {
    onVisibilityModeChanged(h: (m: { visibilityMode: string }) => void) {
      visibilityHandlers.add(h);
      return Promise.resolve(async () => void visibilityHandlers.delete(h));
    },
  },
};

const latency = config.latencyMs ?? 0;
w.Excel = {
  run: async (batch: Parameters<typeof host.run>[0]) => {
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    return host.run(batch);
  },
};

const associated: Record<string, unknown> = {};
w.__associated = associated;
class CfError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
w.CustomFunctions = {
  associate: (id: string, fn: unknown) => void (associated[id] = fn),
  Error: CfError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
  },
};
