/**
 * --map and the pins a workbook holds as defined names, on real .xlsx files: score and generate
 * read them, generate writes the --map pins into its output, and a bad --map is a clear error.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "./support/runCli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-pins-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

/** 核定编制数 43 by its label, 50 on "my sheet"!B4; 在职人员数 45. */
async function workbook(name: string, names: Record<string, string> = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("基础数据").addRows([
    ["年度", 2021],
    ["核定编制数", 43],
    ["在职人员数", 45],
  ]);
  wb.addWorksheet("my sheet").getCell("B4").value = 50;
  let data: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (Object.keys(names).length) {
    // Written into workbook.xml as Excel writes them (exceljs refuses a #REF! reference).
    const zip = await JSZip.loadAsync(data);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const defs = Object.entries(names)
      .map(([n, ref]) => `<definedName name="${n}">${ref.replace(/'/g, "&apos;")}</definedName>`)
      .join("");
    zip.file(
      "xl/workbook.xml",
      xml.replace("</sheets>", `</sheets><definedNames>${defs}</definedNames>`)
    );
    data = await zip.generateAsync({ type: "nodebuffer" });
  }
  fs.writeFileSync(file(name), data);
  return file(name);
}

const score = async (f: string, ...more: string[]) => {
  const r = await runCli(["score", f, "--json", "--scheme", "浏阳2018", ...more]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const control = (json: {
  indicators: Array<{ name: string; score: number | null; status: string }>;
}) => json.indicators.find((i) => i.name === "在职人员控制率")!;

describe("perfscore score --map", () => {
  it("takes a mapped figure from its cell on a sheet whose name has a space", async () => {
    const f = await workbook("map.xlsx");
    // By label: 45 / 43 = 104.65%, 4.65 points over × 0.5 = 2.33 off → 2.67.
    expect(control(await score(f)).score).toBe(2.67);
    // Pinned: 45 / 50 = 90% → 5.
    const json = await score(f, "--map", "编制数='my sheet'!B4");
    expect(control(json).score).toBe(5);
    expect(json.figures.find((x: { field: string }) => x.field === "编制数")).toEqual({
      field: "编制数",
      source: "pin",
      pin: "PS_编制数",
      cell: "my sheet!B4",
      label: null,
      labelCell: null,
      value: 50,
    });
    const text = (
      await runCli(["score", f, "--scheme", "浏阳2018", "--map", "编制数='my sheet'!B4"])
    ).stdout;
    expect(text).toMatch(/编制数 +my sheet!B4 ←名称 PS_编制数 = 50/);
  });

  it("reads pins stored as names, and reports one whose cell was deleted (#REF!)", async () => {
    const pinned = await workbook("named.xlsx", { PS_编制数: "'my sheet'!$B$4" });
    expect(control(await score(pinned)).score).toBe(5);
    // --map wins over the name.
    expect(control(await score(pinned, "--map", "编制数=B2")).score).toBe(2.67);
    const broken = await workbook("ref.xlsx", { PS_编制数: "基础数据!#REF!" });
    const json = await score(broken);
    expect(control(json).status).toBe("missing");
    const message =
      "编制数：名称 PS_编制数 指向的单元格已被删除（#REF!），请在“公式 > 名称管理器”中改正或删除该名称后重新读取";
    expect(json.problems).toContainEqual({ cell: null, message });
    expect(json.pending).toContainEqual({ key: "编制数", status: "missing", cell: null, message });
  });

  it.each([
    [
      "编制数",
      "--map 的格式应为“数据名=工作表!单元格”，如 --map 编制数=基础数据!B4，而不是“编制数”",
    ],
    ["编制数=基础数据!B4:C5", "--map 编制数=基础数据!B4:C5：“基础数据!B4:C5”不是一个单元格"],
    [
      "编制数=人员!B4",
      "--map 编制数=人员!B4：工作簿中没有工作表“人员”。工作表有：基础数据、my sheet",
    ],
    [
      "调查人数=B4",
      "--map 调查人数=B4：评分方案 浏阳2018 不读取“调查人数”。它读取的数据有：在职人员数、编制数、本年三公经费预算数、",
    ],
  ])("a bad --map %s is a Chinese error without a stack", async (map, message) => {
    const f = await workbook(`bad-${Buffer.from(map).toString("hex")}.xlsx`);
    const r = await runCli(["score", f, "--scheme", "浏阳2018", "--map", map]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("perfscore generate --map", () => {
  it("links the 计分表 to the mapped cell and saves the pin as a name the next run reads", async () => {
    const f = await workbook("gen.xlsx");
    const out = file("gen.out.xlsx");
    const r = await runCli([
      "generate",
      f,
      "-o",
      out,
      "--scheme",
      "浏阳2018",
      "--map",
      "编制数='my sheet'!B4",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--map 指定的单元格已保存为名称 PS_编制数");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.definedNames.model).toContainEqual({
      name: "PS_编制数",
      ranges: ["'my sheet'!$B$4"],
    });
    const formulas: string[] = [];
    wb.getWorksheet("计分表")!.eachRow((row) =>
      row.eachCell((c) => {
        if (c.formula) formulas.push(c.formula);
      })
    );
    expect(formulas.some((x) => /[(,]PS_编制数[),]/.test(x))).toBe(true);
    // Scored again without --map: the name pins it.
    const json = await score(out);
    expect(control(json).score).toBe(5);
    expect(json.figures.find((x: { field: string }) => x.field === "编制数").pin).toBe("PS_编制数");
  });
});
