/** The label grammar piece by piece, and the labels issue 11 found missed. Expected values by hand. */
import { classify } from "../../src/scorecard/reader/classify";
import { fieldsOfLabel, parseLabel, splitKind, splitNotes, splitQualifier, subjectOf } from "../../src/scorecard/reader/grammar";
import { findFigure, readBaseData } from "../../src/scorecard/reader";
import { expectFigures, problemsOf } from "./expect";
import { gridFromRows } from "./sheetBuilder";

describe("grammar pieces", () => {
  it("splits trailing notes, keeping brackets inside a subject", () => {
    expect(splitNotes("公用经费(商品和服务支出)(盖章)")).toEqual({ core: "公用经费", notes: ["商品和服务支出", "盖章"] });
    expect(splitNotes("因公出国(境)费")).toEqual({ core: "因公出国(境)费", notes: [] });
    expect(splitNotes("(境)")).toEqual({ core: "(境)", notes: [] });
  });

  it("splits qualifiers that do not change the figure", () => {
    expect(splitQualifier("年末实有在职人数")).toEqual({ qualifier: "年末", rest: "实有在职人数" });
    expect(splitQualifier("年末")).toEqual({ rest: "年末" });
  });

  it("splits kind words after and before the subject, and totals", () => {
    expect(splitKind("项目支出预算合计")).toEqual({ stem: "项目支出", kind: "预算", total: true });
    expect(splitKind("公用经费决算数")).toEqual({ stem: "公用经费", kind: "决算" });
    expect(splitKind("政府采购批复数")).toEqual({ stem: "政府采购", kind: "预算" });
    expect(splitKind("三公经费完成数")).toEqual({ stem: "三公经费", kind: "决算" });
    expect(splitKind("实际政府采购金额")).toEqual({ stem: "政府采购金额", kind: "决算" });
    expect(splitKind("调查人数")).toEqual({ stem: "调查人数" });
  });

  it("names subjects by their small synonym lists", () => {
    expect(subjectOf("政府采购金额")).toBe("政府采购");
    expect(subjectOf("“三公”经费".replace(/[“”]/g, ""))).toBe("三公经费");
    expect(subjectOf("在职职工人数")).toBe("在职人员数");
    expect(subjectOf("项目支出")).toBe("项目支出");
    expect(subjectOf("调查人数")).toBeUndefined();
  });

  it("composes period + subject + kind + notes", () => {
    expect(parseLabel("2023年公用经费决算数（万元）")).toEqual({
      key: "2023年公用经费决算数",
      notes: [],
      period: { year: 2023 },
      kind: "决算",
      stem: "公用经费",
      subject: "公用经费",
    });
    expect(parseLabel("上年度“三公”经费预算安排数")).toMatchObject({ period: "上年", kind: "预算", subject: "三公经费" });
    expect(parseLabel("公用经费（商品和服务支出）")).toMatchObject({ notes: ["商品和服务支出"], subject: "公用经费" });
  });

  it("maps parts to catalogue fields through subject + kind + period", () => {
    expect(fieldsOfLabel(parseLabel("政府采购预算数"))).toEqual({ field: "本年政府采购预算数", like: [] });
    expect(fieldsOfLabel(parseLabel("上年政府采购决算数"))).toEqual({ field: "上年政府采购决算数", like: [] });
    expect(fieldsOfLabel(parseLabel("项目支出预算合计"))).toEqual({ field: "项目总支出", like: [] });
    // 项目总支出 is the budgeted amount: an actual is only like it.
    expect(fieldsOfLabel(parseLabel("项目支出决算数"))).toEqual({ like: ["项目总支出"] });
    expect(fieldsOfLabel(parseLabel("公用经费（商品和服务支出）"))).toEqual({ like: ["本年公用经费决算数"] });
    expect(fieldsOfLabel(parseLabel("公用经费"))).toEqual({ like: ["本年公用经费预算数", "本年公用经费决算数"] });
  });
});

describe("labels issue 11 found missed", () => {
  it.each([
    ["公用经费预算数", { type: "cross", row: "公用经费", kind: "预算", period: "本年" }],
    ["公用经费决算数", { type: "cross", row: "公用经费", kind: "决算", period: "本年" }],
    ["政府采购预算数", { type: "cross", row: "政府采购", kind: "预算", period: "本年" }],
    ["实际政府采购金额", { type: "cross", row: "政府采购", kind: "决算", period: "本年" }],
    ["年末实有在职人数", { type: "field", field: "在职人员数" }],
    ["在职职工人数", { type: "field", field: "在职人员数" }],
    ["项目支出预算合计", { type: "field", field: "项目总支出" }],
  ])("%s", (text, scalar) => {
    expect(classify(text)?.scalar).toEqual(scalar);
  });

  it("reads them label-left and lists 公用经费（商品和服务支出） as a near miss with its cell", () => {
    const data = readBaseData(
      gridFromRows([
        ["年度", 2023],
        ["公用经费预算数", 51.6],
        ["公用经费（商品和服务支出）", 50.2],
        ["政府采购预算数", 120],
        ["实际政府采购金额", 110],
        ["年末实有在职人数", 41],
        ["项目支出预算合计", 1000],
      ]),
      { fields: ["本年公用经费预算数", "本年公用经费决算数", "本年政府采购预算数", "本年政府采购决算数", "在职人员数", "项目总支出"] },
    );
    expectFigures(data, {
      本年公用经费预算数: ["B2", 51.6],
      本年政府采购预算数: ["B4", 120],
      本年政府采购决算数: ["B5", 110],
      在职人员数: ["B6", 41],
      项目总支出: ["B7", 1000],
    });
    expect(problemsOf(data, "nearMiss")).toEqual([
      { field: "本年公用经费决算数", cell: "A3", message: "A3“公用经费（商品和服务支出）”像是本年公用经费决算数，未使用：如是，请指定" },
    ]);
  });

  it("an ambiguous label is reported with both readings", () => {
    const data = readBaseData(gridFromRows([["年度", 2023], ["公用经费", 50]]), { fields: ["本年公用经费预算数"] });
    expect(problemsOf(data, "nearMiss")).toEqual([
      { field: "本年公用经费预算数", cell: "A2", message: "A2“公用经费”像是本年公用经费预算数，未使用：如是，请指定" },
    ]);
    const both = readBaseData(gridFromRows([["年度", 2023], ["公用经费", 50]]));
    expect(problemsOf(both, "nearMiss").map((p) => p.message)).toEqual([
      "A2“公用经费”可能是本年公用经费预算数或本年公用经费决算数，无法确定，未使用：请指定",
    ]);
  });
});

describe("findFigure: any label on the base sheet", () => {
  const data = readBaseData(
    gridFromRows([
      ["年度", 2023],
      ["调查人数", 200, "", "满意人数", "180人"],
      ["调整后预算数", ""],
      [3000],
      ["预算执行数", 2900],
      ["备注", "调查人数含线上"],
      ["调查人数（线下）", 120],
    ]),
  );
  it("finds a label's value right of it or below it", () => {
    expect(findFigure(data, "调查人数")).toMatchObject({ state: "found", address: "B2", labelAddress: "A2" });
    expect(findFigure(data, "满意人数")).toMatchObject({ state: "found", address: "E2" });
    const v = findFigure(data, "满意人数");
    expect(v.state === "found" && v.value?.toNumber()).toBe(180);
    expect(findFigure(data, "调整后预算数")).toMatchObject({ state: "found", address: "A4" });
    expect(findFigure(data, "预算执行数")).toMatchObject({ state: "found", address: "B5" });
  });
  it("reports near labels when none reads the same", () => {
    const r = findFigure(data, "线下调查人数");
    expect(r.state).toBe("missing");
    expect(r.state === "missing" && r.near.map((l) => l.labelAddress)).toEqual(["A2"]);
  });
  it("reports two labels that read the same with values in different cells as ambiguous", () => {
    const twice = readBaseData(gridFromRows([["调查人数", 200], ["调查人数（人）", 210]]));
    const r = findFigure(twice, "调查人数");
    expect(r.state).toBe("ambiguous");
    expect(r.state === "ambiguous" && r.candidates.map((l) => l.address)).toEqual(["B1", "B2"]);
  });
});
