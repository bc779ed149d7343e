/**
 * The registry, the generated metadata and the bound implementations must agree; every documented
 * example must produce its documented result (results in definitions.ts are derived by hand).
 */
import { bindFunctions, type CustomFunctionsApi } from "../../src/functions/bind";
import {
  callFunction,
  FUNCTIONS,
  functionsMetadata,
  METADATA_FILES,
} from "../../src/functions/registry";
import { runFn } from "../../src/cli/commands/fn";

/** Arguments of an example formula: strings, numbers and array constants {a,b,c}. */
function exampleCall(formula: string): { id: string; args: unknown[] } {
  const m = /^=PERF\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a PERF formula: ${formula}`);
  const args: unknown[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|\{([^}]*)\}|(-?[\d.]+))\s*(?:,|$)/gy;
  let tok: RegExpExecArray | null;
  while (re.lastIndex < m[2].length && (tok = re.exec(m[2]))) {
    if (tok[1] !== undefined) args.push(tok[1].replace(/""/g, '"'));
    else if (tok[2] !== undefined) args.push([tok[2].split(",").map(Number)]);
    else args.push(Number(tok[3]));
  }
  return { id: m[1], args };
}

describe("every function's examples", () => {
  const examples = FUNCTIONS.flatMap((f) =>
    f.examples.map((e) => [f.id, e.formula, e.result] as const)
  );
  test.each(examples)("%s: %s → %s", (id, formula, result) => {
    const call = exampleCall(formula);
    expect(call.id).toBe(id);
    const r = callFunction(call.id, call.args);
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
    const shape = /^(\d+)行×(\d+)列/.exec(result);
    if (shape) {
      expect(Array.isArray(r.value)).toBe(true);
      const rows = r.value as unknown[][];
      expect([rows.length, rows[0].length]).toEqual([Number(shape[1]), Number(shape[2])]);
    } else {
      expect(String(r.value)).toBe(result);
    }
  });
});

describe("generated metadata", () => {
  test.each(["en", "zh"] as const)(
    "%s metadata lists every registry function with its parameters",
    (lang) => {
      const meta = functionsMetadata(lang).functions;
      expect(meta.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
      for (const [i, f] of FUNCTIONS.entries()) {
        const m = meta[i];
        // Names stay PERF.* in every language: localised names break formulas written by code.
        expect(m.name).toBe(f.id);
        expect(m.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
        expect(m.parameters.map((p) => [p.name, !!p.optional])).toEqual(
          f.params.map((p) => [p.name, !!p.optional])
        );
        expect(m.description).toBe(lang === "zh" ? f.zh : f.en);
        expect(m.result.dimensionality).toBe(f.result.matrix ? "matrix" : "scalar");
      }
    }
  );

  test("optional parameters come last (Excel's rule)", () => {
    for (const f of FUNCTIONS) {
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  test("file names are the ones the manifest references", () => {
    expect(METADATA_FILES).toEqual({ en: "functions.json", zh: "functions.zh-CN.json" });
  });

  test("every body takes exactly its declared parameters", () => {
    for (const f of FUNCTIONS) expect([f.id, f.body.length]).toEqual([f.id, f.params.length]);
  });
});

describe("binding to Excel's runtime", () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string
    ) {}
  }
  const bound = new Map<string, (...args: unknown[]) => unknown>();
  const api: CustomFunctionsApi = {
    associate: (id, fn) => void bound.set(id, fn),
    Error: FakeError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
    },
  };
  const ids = bindFunctions(api);

  test("binds exactly the functions the metadata declares", () => {
    expect([...bound.keys()]).toEqual(functionsMetadata("en").functions.map((f) => f.id));
    expect(ids).toEqual([...bound.keys()]);
  });

  test("a result passes through; Excel's omitted optional arguments arrive as null", () => {
    expect(bound.get("SCORE")!("预算完成率", 0.8798, "浏阳2018")).toBe(0.19);
    expect(bound.get("GRADE")!(90, null)).toBe("优");
  });

  test("errors become CustomFunctions.Error; messages only where Excel shows them", () => {
    const na = bound.get("SCORE")!("不存在的指标", 1, null) as FakeError;
    expect(na).toBeInstanceOf(FakeError);
    expect(na.code).toBe("#N/A");
    expect(na.message).toMatch(/没有指标“不存在的指标”/);
    const value = bound.get("CONTROLRATE")!("abc", 1) as FakeError;
    expect([value.code, value.message]).toEqual(["#VALUE!", "参数actual（实际数）“abc”不是数字"]);
    const div = bound.get("CONTROLRATE")!(1, 0) as FakeError;
    expect([div.code, div.message]).toEqual(["#DIV/0!", undefined]);
  });

  test("a matrix spills as rows of cells", () => {
    const rows = bound.get("INDICATORS")!("浏阳2018") as unknown[][];
    expect(rows[0]).toEqual(["一级指标", "二级指标", "三级指标", "分值"]);
    expect(rows).toHaveLength(17);
    expect(rows[1]).toEqual(["投入", "预算配置", "在职人员控制率", 5]);
  });
});

describe("every function from the command line (perfscore fn), in process", () => {
  const examples = FUNCTIONS.flatMap((f) =>
    f.examples.map((e) => [f.id, e.formula, e.result] as const)
  );
  /** Cell arguments as a shell passes them: text, numbers as text, arrays as "a,b,c". */
  const asArgv = (args: unknown[]) =>
    args.map((a) => (Array.isArray(a) ? (a as unknown[][]).flat().join(",") : String(a)));

  test.each(examples.filter(([, , result]) => !/行×/.test(result)))(
    "fn %s: %s",
    (id, formula, result) => {
      const out: string[] = [];
      const err: string[] = [];
      const sink = (buf: string[]) => ({ write: (s: string) => buf.push(s) });
      const code = runFn(id, asArgv(exampleCall(formula).args), sink(out), sink(err));
      expect({ code, out: out.join(""), err: err.join("") }).toEqual({
        code: 0,
        out: `${result}\n`,
        err: "",
      });
    }
  );
});

test("PERF.GRADE's help gives the default scheme's own grade bands, named as the scheme's", () => {
  const grade = FUNCTIONS.find((f) => f.id === "GRADE")!;
  // 湘潭县2020 (the default) grades 财预〔2020〕10号's way: ≥90 优, ≥80 良, ≥60 中, below 差.
  expect(grade.zh).toContain("默认方案〔湘潭县2020〕：总分≥90为优，≥80为良，≥60为中，低于60为差");
  expect(grade.en).toContain("default scheme 湘潭县2020: ≥90 优, ≥80 良, ≥60 中, otherwise 差");
  expect(grade.examples.map((e) => [e.formula, e.result])).toEqual([["=PERF.GRADE(90)", "优"], ["=PERF.GRADE(89.99)", "良"]]);
});
