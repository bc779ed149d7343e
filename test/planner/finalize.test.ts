/** finalizePlan: every choice the writers used to make on their own, settled once. */
import {
  BORDER_COLOR,
  clip,
  finalizePlan,
  inlineListSource,
  TEXT_LIMITS,
} from "../../src/scorecard/finalize";
import type { Plan } from "../../src/scorecard/plan";

const sixty = Array.from({ length: 60 }, (_, i) => `选项${i + 1}`);

function plan(validations: Plan["validations"], more: Partial<Plan> = {}): Plan {
  return {
    sheetName: "计分表",
    range: "A1:D6",
    cells: [
      { address: "A1", value: "标题", style: "boxed" },
      { address: "B1", value: "说明", style: "plain" },
    ],
    styles: { boxed: { border: "thin", bold: true }, plain: { border: "none", italic: true } },
    merges: [],
    columnWidths: [],
    freeze: { rows: 0, columns: 0 },
    validations,
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: 1, fitToHeight: 0 },
    inputs: [],
    hiddenColumns: [2],
    ...more,
  };
}

describe("clip: one way of cutting text, as Excel counts it", () => {
  it("keeps text within the limit and cuts longer text to the limit, ending in …", () => {
    expect(clip("短", 32)).toBe("短");
    expect(clip("x".repeat(224), 224)).toBe("x".repeat(224));
    expect(clip("长".repeat(40), 32)).toBe("长".repeat(31) + "…");
  });

  it("counts UTF-16 units and never splits a surrogate pair", () => {
    // "𠀀" (U+20000) is two units: a + 𠀀 fill the 3 units before the ellipsis, the next would not fit.
    expect(clip("a" + "𠀀".repeat(3), 4)).toBe("a𠀀…");
    expect(clip("𠀀".repeat(3), 4)).toBe("𠀀…");
  });
});

describe("inlineListSource: one rule for inline lists", () => {
  it("joins short lists with commas, without quotes (each writer quotes as its format needs)", () => {
    expect(inlineListSource(["是", "否"])).toBe("是,否");
    expect(inlineListSource(["x".repeat(255)])).toBe("x".repeat(255));
    expect(inlineListSource(["x".repeat(127), "y".repeat(127)])).toHaveLength(255);
  });

  it("refuses items with a comma or quote, and lists past 255 characters", () => {
    expect(inlineListSource(["a,b"])).toBeUndefined();
    expect(inlineListSource(['说"明'])).toBeUndefined();
    expect(inlineListSource(["x".repeat(256)])).toBeUndefined();
    expect(inlineListSource(["x".repeat(128), "y".repeat(127)])).toBeUndefined();
  });
});

describe("finalizePlan", () => {
  it("gives every thin border the plan's one colour and leaves unbordered styles without", () => {
    const final = finalizePlan(plan([]));
    expect(BORDER_COLOR).toBe("#000000");
    expect(final.styles.boxed).toEqual({ bold: true, border: { weight: "thin", color: "#000000" } });
    expect(final.styles.plain).toEqual({ italic: true });
  });

  it("cuts titles to 32, input messages to 255 and error messages to 224 units", () => {
    const final = finalizePlan(
      plan([
        {
          range: "B3",
          rule: { type: "decimal", min: 0 },
          prompt: { title: "题".repeat(40), message: "提".repeat(300) },
          error: { title: "错".repeat(40), message: "误".repeat(300), strict: true },
        },
      ])
    );
    const [v] = final.validations;
    expect(TEXT_LIMITS).toEqual({ title: 32, prompt: 255, error: 224, listSource: 255 });
    expect(v.prompt).toEqual({ title: "题".repeat(31) + "…", message: "提".repeat(254) + "…" });
    expect(v.alert).toEqual({ style: "stop", title: "错".repeat(31) + "…", message: "误".repeat(223) + "…" });
  });

  it("settles the alert: the plan's (stop or warning), a default warning, or none", () => {
    const final = finalizePlan(
      plan([
        { range: "B3", rule: { type: "whole", min: 0, max: 4 }, error: { title: "有误", message: "请填0-4", strict: false } },
        { range: "B4", rule: { type: "whole", min: 0, max: 4 } },
        { range: "B5", rule: { type: "list", values: ["全部", "无"] }, alert: false },
        { range: "B6", rule: { type: "any" }, prompt: { title: "提示", message: "任意内容" } },
      ])
    );
    const [plans, fallback, suggests, any] = final.validations;
    expect(plans.alert).toEqual({ style: "warning", title: "有误", message: "请填0-4" });
    expect(fallback.alert).toEqual({ style: "warning", title: "请核对输入", message: "输入的内容不符合要求，是否仍要保留？" });
    expect(suggests.alert).toBeUndefined();
    expect(any).toEqual({ range: "B6", rule: { type: "any" }, prompt: { title: "提示", message: "任意内容" } });
  });

  it("says inline list or list cells, placing long lists once in one column past the plan and its hidden columns", () => {
    const final = finalizePlan(
      plan([
        { range: "B3", rule: { type: "list", values: ["较好", "一般", "无效果"] } },
        { range: "B4", rule: { type: "list", values: sixty } },
        { range: "B5", rule: { type: "list", values: ["①②", "a,b"] } },
        { range: "B6", rule: { type: "list", values: sixty } },
      ])
    );
    // Range A1:D6 ends at D (3); hidden C (2); one blank column (E): the list column is F (5).
    expect(final.validations.map((v) => v.rule)).toEqual([
      { type: "list", source: { inline: "较好,一般,无效果" } },
      { type: "list", source: { cells: "$F$1:$F$60" } },
      { type: "list", source: { cells: "$F$61:$F$62" } },
      { type: "list", source: { cells: "$F$1:$F$60" } },
    ]);
    expect(final.listCells).toEqual({ column: 5, values: [...sixty, "①②", "a,b"] });
    expect(finalizePlan(plan([])).listCells).toBeUndefined();
  });

  it("states number bounds as Excel operators and custom formulas with their =", () => {
    const final = finalizePlan(
      plan([
        { range: "A1", rule: { type: "decimal", min: 0 } },
        { range: "A2", rule: { type: "decimal", max: 1 } },
        { range: "A3", rule: { type: "whole", min: 2000, max: 2100 } },
        { range: "A4", rule: { type: "decimal" } },
        { range: "A5", rule: { type: "custom", formula: "ISNUMBER(A5)" } },
      ])
    );
    expect(final.validations.map((v) => v.rule)).toEqual([
      { type: "decimal", operator: "greaterThanOrEqual", formula1: 0 },
      { type: "decimal", operator: "lessThanOrEqual", formula1: 1 },
      { type: "whole", operator: "between", formula1: 2000, formula2: 2100 },
      { type: "decimal", operator: "between", formula1: -9.99e307, formula2: 9.99e307 },
      { type: "custom", formula: "=ISNUMBER(A5)" },
    ]);
  });

  it("prints the plan's range unless the plan names an area, and refuses an undefined style", () => {
    expect(finalizePlan(plan([])).print.area).toBe("A1:D6");
    const named = plan([]);
    named.print.area = "A1:B2";
    expect(finalizePlan(named).print.area).toBe("A1:B2");
    const broken = plan([]);
    broken.cells.push({ address: "C1", value: 1, style: "missing" });
    expect(() => finalizePlan(broken)).toThrow("plan style not defined: missing");
  });
});
