/**
 * The two writers translate one settled plan: written by exceljs (read back from the .xlsx) and by
 * Office.js (on the fake host), the same plan gives the same border colour, validation texts,
 * alert styles and list sources, each as derived by hand from the plan and Excel's limits.
 */
import * as ExcelJS from "exceljs";
import { workbookBuffer, workbookFromBuffer, writePlan } from "../../src/cli/xlsx";
import { insertSheet } from "../../src/excel/workbook";
import { a1, parseA1 } from "../../src/scorecard/grid";
import type { Plan } from "../../src/scorecard/plan";
import { FakeWorkbook } from "../support/fakeExcel";

const sixty = Array.from({ length: 60 }, (_, i) => `选项${i + 1}`);

function samplePlan(): Plan {
  return {
    sheetName: "计分表",
    range: "A1:D6",
    cells: [
      { address: "A1", value: "计分表", style: "boxed" },
      { address: "A2", value: "指标", style: "boxed" },
      { address: "B2", value: "得分", style: "boxed" },
      { address: "A3", value: "说明", style: "plain" },
    ],
    styles: { boxed: { border: "thin", bold: true }, plain: { italic: true } },
    merges: [],
    columnWidths: [20, 12, 12, 12],
    freeze: { rows: 0, columns: 0 },
    validations: [
      {
        range: "B3",
        rule: { type: "list", values: ["较好", "一般", "无效果"] },
        prompt: { title: "题".repeat(40), message: "提".repeat(300) },
        error: { title: "输入有误", message: "误".repeat(300), strict: true },
      },
      { range: "B4:B5", rule: { type: "decimal", min: 0 } },
      { range: "C4", rule: { type: "list", values: ["全部", "①", "无"] }, alert: false },
      { range: "D4", rule: { type: "list", values: sixty } },
      { range: "D5", rule: { type: "list", values: ["①②", "a,b"] } },
      {
        range: "B6",
        rule: { type: "whole", min: 0, max: 4 },
        error: { title: "季度数", message: "请填0到4", strict: false },
      },
    ],
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: 1, fitToHeight: 0 },
    inputs: [],
  };
}

interface Seen {
  source: string | null;
  prompt: { title: string; message: string } | null;
  alert: { style: string; title: string; message: string } | null;
}

function cellsOf(range: string): string[] {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) out.push(a1(r, c));
  return out;
}

const validatedCells = samplePlan().validations.flatMap((v) => cellsOf(v.range));

/** The .xlsx writer's output, read back with exceljs: list sources as "inline:…" or "cells:…". */
async function fromXlsx(): Promise<{ borders: string[]; seen: Record<string, Seen>; listCells: unknown[] }> {
  const wb = new ExcelJS.Workbook();
  writePlan(wb, samplePlan());
  const ws = (await workbookFromBuffer(await workbookBuffer(wb))).getWorksheet("计分表")!;
  const seen: Record<string, Seen> = {};
  for (const address of validatedCells) {
    const dv = ws.getCell(address).dataValidation;
    const f = String(dv.formulae?.[0] ?? "");
    seen[address] = {
      source: dv.type !== "list" ? null : f.startsWith('"') ? `inline:${f.slice(1, -1)}` : `cells:${f}`,
      prompt: dv.showInputMessage ? { title: dv.promptTitle!, message: dv.prompt! } : null,
      alert: dv.showErrorMessage
        ? { style: dv.errorStyle!, title: dv.errorTitle!, message: dv.error! }
        : null,
    };
  }
  const borders = ["A1", "A2", "B2"].flatMap((a) =>
    (["top", "bottom", "left", "right"] as const).map((side) => {
      const argb = ws.getCell(a).border?.[side]?.color?.argb ?? "";
      return `#${argb.slice(2)}`;
    })
  );
  const listCells = Array.from({ length: 62 }, (_, i) => ws.getCell(`F${i + 1}`).value);
  return { borders, seen, listCells };
}

/** The Office.js writer's output on the fake host, in the same terms. */
async function fromOffice(): Promise<{ borders: string[]; seen: Record<string, Seen>; listCells: unknown[] }> {
  const wb = new FakeWorkbook();
  wb.addSheet("说明");
  await insertSheet(wb.host(), () => samplePlan());
  const sheet = wb.sheet("计分表")!;
  const seen: Record<string, Seen> = {};
  for (const address of validatedCells) {
    const v = sheet.validations.find((x) => cellsOf(x.address).includes(address));
    const source = v?.rule?.list?.source as string | undefined;
    seen[address] = {
      source:
        source === undefined ? null : source.startsWith("=") ? `cells:${source.slice(1)}` : `inline:${source}`,
      prompt: v?.prompt?.showPrompt ? { title: v.prompt.title, message: v.prompt.message } : null,
      alert: v?.errorAlert?.showAlert
        ? { style: v.errorAlert.style.toLowerCase(), title: v.errorAlert.title, message: v.errorAlert.message }
        : null,
    };
  }
  const borders = ["A1", "A2", "B2"].flatMap((a) =>
    (["top", "bottom", "left", "right"] as const).map((side) => sheet.formats.get(a)?.borders[side]?.color ?? "")
  );
  const listCells = Array.from({ length: 62 }, (_, i) => wb.content("计分表", `F${i + 1}`));
  return { borders, seen, listCells };
}

const fallback = { style: "warning", title: "请核对输入", message: "输入的内容不符合要求，是否仍要保留？" };

/** By hand: titles cut to 32 units (31 + …), the input message to 255, the error message to 224. */
const expected: Record<string, Seen> = {
  B3: {
    source: "inline:较好,一般,无效果",
    prompt: { title: "题".repeat(31) + "…", message: "提".repeat(254) + "…" },
    alert: { style: "stop", title: "输入有误", message: "误".repeat(223) + "…" },
  },
  B4: { source: null, prompt: null, alert: fallback },
  B5: { source: null, prompt: null, alert: fallback },
  C4: { source: "inline:全部,①,无", prompt: null, alert: null },
  // A1:D6, one blank column (E): list cells in F, the sixty first, then the list with a comma.
  D4: { source: "cells:$F$1:$F$60", prompt: null, alert: fallback },
  D5: { source: "cells:$F$61:$F$62", prompt: null, alert: fallback },
  B6: { source: null, prompt: null, alert: { style: "warning", title: "季度数", message: "请填0到4" } },
};

describe("the Office.js and the .xlsx writer agree on a settled plan", () => {
  it("write the same border colour, validation texts, alert styles and list sources", async () => {
    const [xlsx, office] = await Promise.all([fromXlsx(), fromOffice()]);
    for (const out of [xlsx, office]) {
      expect(out.borders).toEqual(new Array(12).fill("#000000"));
      expect(out.seen).toEqual(expected);
      expect(out.listCells).toEqual([...sixty, "①②", "a,b"]);
    }
  });
});
