/**
 * Property tests (fast-check) over every rule kind, through the public PERF function registry only.
 * The shape of each built-in indicator's rule (direction, threshold, step, points, items) is written here by
 * hand from the rule texts (seed 000 附件3, seed 004 计分表), independently of src/core/schemes.
 */
import fc from "fast-check";
import { callFunction, FUNCTIONS } from "../../src/functions/registry";
import { ERROR_CODES, explain, scorePattern, value } from "./boundaries.support";

type Shape =
  | { kind: "deduct"; dir: "above" | "below" | "both"; threshold: string; step: string; points: string }
  | { kind: "bands"; order: "up" | "down"; min?: number }
  | { kind: "direct" | "inverse" | "complement" | "complementBoth" }
  | { kind: "checklist"; items: number[] }
  | { kind: "perCase"; points: number }
  | { kind: "levels"; levels: Record<string, number> }
  | { kind: "quarterly" | "external" | "manual" };

interface Spec {
  scheme: string;
  name: string; // qualified where the scheme needs it
  max: number;
  shape: Shape;
}

const d = (dir: "above" | "below" | "both", threshold: string, step: string, points: string): Shape => ({
  kind: "deduct",
  dir,
  threshold,
  step,
  points,
});

// 浏阳2018, 附件3
const LY = "浏阳2018";
// 湘潭县2020, 计分表
const XT = "湘潭县2020";

const SPECS: Spec[] = [
  { scheme: LY, name: "在职人员控制率", max: 5, shape: d("above", "1", "0.01", "0.5") }, // 每超过一个百分点扣0.5分
  { scheme: LY, name: "“三公经费”变动率", max: 8, shape: d("above", "0", "0.01", "0.8") }, // ≦0计8分，每超过一个百分点扣0.8分
  { scheme: LY, name: "预算完成率", max: 5, shape: d("below", "1", "0.05", "2") }, // 每低于5%扣2分
  { scheme: LY, name: "预算控制率", max: 5, shape: { kind: "bands", order: "down", min: 0 } }, // =0 5 … 大于30% 0
  { scheme: LY, name: "新建楼堂馆所面积控制率", max: 5, shape: d("above", "1", "0.05", "2") }, // 每超出5%扣2分
  { scheme: LY, name: "新建楼堂馆所投资概算控制率", max: 5, shape: d("above", "1", "0.05", "2") },
  { scheme: LY, name: "公用经费控制率", max: 8, shape: d("above", "1", "0.01", "1") }, // 每超出1%扣1分
  { scheme: LY, name: "“三公经费”控制率", max: 8, shape: d("above", "1", "0.01", "1") },
  { scheme: LY, name: "政府采购执行率", max: 6, shape: d("both", "1", "0.05", "2") }, // 每超过（降低）5%扣2分
  { scheme: LY, name: "管理制度健全性", max: 8, shape: { kind: "checklist", items: [2, 2, 2, 2] } },
  { scheme: LY, name: "资金使用合规性", max: 6, shape: { kind: "perCase", points: 1 } }, // 每出现一例扣1分
  { scheme: LY, name: "预决算信息公开", max: 5, shape: { kind: "checklist", items: [1, 1, 1, 1, 1] } },
  { scheme: LY, name: "重点工作办结率", max: 8, shape: { kind: "direct" } },
  { scheme: LY, name: "经济效益、社会效益", max: 6, shape: { kind: "manual" } },
  { scheme: LY, name: "行政效能", max: 6, shape: { kind: "levels", levels: { 较好: 6, 一般: 3, 无效果: 0 } } },
  { scheme: LY, name: "社会公众或服务对象满意度", max: 6, shape: { kind: "bands", order: "up" } }, // ≥90% 6 … <70% 0

  { scheme: XT, name: "绩效目标合理性", max: 2, shape: { kind: "checklist", items: [1, 0.5, 0.5] } },
  { scheme: XT, name: "绩效指标明确性", max: 3, shape: { kind: "checklist", items: [1, 0.5, 0.5, 1] } },
  { scheme: XT, name: "在职人员控制率", max: 5, shape: { kind: "inverse" } }, // 否则按比例计分
  { scheme: XT, name: "“三公经费”变动率", max: 5, shape: { kind: "complement" } }, // 增加的按比例扣减
  { scheme: XT, name: "重点支出安排率", max: 5, shape: { kind: "direct" } }, // 支出安排率*5分
  { scheme: XT, name: "预算完成率", max: 4, shape: { kind: "direct" } }, // 未完成按比例扣减
  { scheme: XT, name: "预算调整率", max: 2, shape: { kind: "complementBoth" } }, // 调整了的按比例扣减
  { scheme: XT, name: "支付进度率", max: 2, shape: { kind: "checklist", items: [1, 1] } },
  { scheme: XT, name: "结转结余控制率", max: 4, shape: d("above", "0.15", "0.05", "1") }, // 每超过5个百分点扣1分
  { scheme: XT, name: "公用经费控制率", max: 2, shape: d("above", "1", "0.01", "0.1") },
  { scheme: XT, name: "“三公经费”控制率", max: 2, shape: d("above", "1", "0.01", "0.5") },
  { scheme: XT, name: "政府采购执行率", max: 4, shape: d("below", "1", "0.01", "0.5") },
  { scheme: XT, name: "预算管理/管理制度健全性", max: 2, shape: { kind: "checklist", items: [1, 0.5, 0.5] } },
  { scheme: XT, name: "资金使用合规性", max: 1, shape: { kind: "checklist", items: [0.2, 0.2, 0.2, 0.2, 0.2] } },
  { scheme: XT, name: "预决算信息公开性", max: 1, shape: { kind: "checklist", items: [0.5, 0.5] } },
  { scheme: XT, name: "基础信息完善性", max: 1, shape: { kind: "checklist", items: [0.4, 0.3, 0.3] } },
  { scheme: XT, name: "资产管理/管理制度健全性", max: 2, shape: { kind: "checklist", items: [1, 0.5, 0.5] } },
  { scheme: XT, name: "资产管理安全性", max: 2, shape: { kind: "checklist", items: [0.4, 0.4, 0.4, 0.4, 0.4] } },
  { scheme: XT, name: "固定资产利用率", max: 1, shape: d("below", "1", "0.01", "0.1") }, // 每降1个百分点扣0.1分
  { scheme: XT, name: "实际完成率", max: 8, shape: { kind: "external" } },
  { scheme: XT, name: "完成及时率", max: 4, shape: { kind: "quarterly" } },
  { scheme: XT, name: "质量达标率", max: 8, shape: { kind: "direct" } },
  { scheme: XT, name: "重点工作办结率", max: 10, shape: { kind: "direct" } },
  { scheme: XT, name: "经济效益", max: 5, shape: { kind: "direct" } },
  { scheme: XT, name: "社会效益", max: 5, shape: { kind: "direct" } },
  { scheme: XT, name: "生态效益", max: 5, shape: { kind: "direct" } },
  { scheme: XT, name: "社会公众或服务对象满意度", max: 5, shape: { kind: "direct" } },
];

const QUANTITATIVE = new Set(["deduct", "bands", "direct", "inverse", "complement", "complementBoth"]);

/** Integers in units of 1/10000, written as exact decimal strings ("1.1500", "-0.0300"). */
const UNIT = 10000;
function decimalString(units: number): string {
  const sign = units < 0 ? "-" : "";
  const a = Math.abs(units);
  return `${sign}${Math.floor(a / UNIT)}.${String(a % UNIT).padStart(4, "0")}`;
}
const units = (s: string): number => Math.round(Number(s) * UNIT);
/** Hundredths of a point, as an exact integer. */
const cents = (s: string | number): number => Math.round(Number(s) * 100);

function scoreOf(spec: Spec, v: unknown): number {
  const s = value("SCORE", spec.name, v, spec.scheme);
  if (typeof s !== "number") throw new Error(`SCORE(${spec.name}, ${String(v)}) gave ${JSON.stringify(s)}`);
  return s;
}

const withinRange = (s: number, max: number) => s >= 0 && s <= max && Number.isFinite(s);

/** Rates with 4 decimals from −300% to 500%, plus arbitrary finite doubles. */
const rate = fc.oneof(
  fc.integer({ min: -3 * UNIT, max: 5 * UNIT }).map((n) => n / UNIT),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

test("the hand-written shapes cover every indicator of both schemes", () => {
  for (const scheme of [LY, XT]) {
    const rows = (value("INDICATORS", scheme) as unknown[][]).slice(1);
    const listed = rows.map((r) => [r[2], r[3]]);
    const mine = SPECS.filter((s) => s.scheme === scheme).map((s) => [s.name.replace(/^.*\//, ""), s.max]);
    expect(mine).toEqual(listed);
  }
});

describe.each(SPECS.filter((s) => QUANTITATIVE.has(s.shape.kind)).map((s) => [`${s.scheme} ${s.name}`, s]))(
  "%s",
  (_label, spec) => {
    const shape = spec.shape;
    const inDomain = (v: number) => !(shape.kind === "bands" && shape.min !== undefined && v < shape.min);

    test("score within [0, 分值] for any rate (text or number)", () => {
      fc.assert(
        fc.property(rate, fc.boolean(), (v, asText) => {
          fc.pre(inDomain(v));
          const text = `${v * 100}%`;
          const s = scoreOf(spec, asText && !/e/i.test(text) ? text : v);
          return withinRange(s, spec.max);
        }),
      );
    });

    if (shape.kind === "bands" && shape.min !== undefined) {
      test("a rate below the text's lowest band is an error, never a score", () => {
        fc.assert(
          fc.property(fc.double({ min: -1e6, max: -1e-6, noNaN: true }), (v) => {
            const r = callFunction("SCORE", [spec.name, v, spec.scheme]);
            return !r.ok && ERROR_CODES.includes(r.error.code);
          }),
        );
      });
    }

    test("monotone in the rule's direction", () => {
      fc.assert(
        fc.property(rate, rate, (x, y) => {
          const [a, b] = x <= y ? [x, y] : [y, x];
          fc.pre(inDomain(a) && inDomain(b));
          switch (shape.kind) {
            case "deduct": {
              const t = Number(shape.threshold);
              if (shape.dir === "above") return scoreOf(spec, a) >= scoreOf(spec, b);
              if (shape.dir === "below") return scoreOf(spec, a) <= scoreOf(spec, b);
              if (b <= t) return scoreOf(spec, a) <= scoreOf(spec, b); // both: rising towards the threshold
              if (a >= t) return scoreOf(spec, a) >= scoreOf(spec, b); // and falling past it
              return true;
            }
            case "bands":
              return shape.order === "up" ? scoreOf(spec, a) <= scoreOf(spec, b) : scoreOf(spec, a) >= scoreOf(spec, b);
            case "direct":
              return scoreOf(spec, a) <= scoreOf(spec, b);
            case "inverse":
              fc.pre(a > 0); // a head-count ratio is positive
              return scoreOf(spec, a) >= scoreOf(spec, b);
            case "complement":
              return scoreOf(spec, a) >= scoreOf(spec, b);
            case "complementBoth": {
              const [p, q] = Math.abs(x) <= Math.abs(y) ? [x, y] : [y, x];
              return scoreOf(spec, p) >= scoreOf(spec, q);
            }
            default:
              return true;
          }
        }),
      );
    });

    if (shape.kind === "deduct") {
      test("exactly k steps past the threshold deducts exactly k × points (decimal strings and their doubles)", () => {
        const t = units(shape.threshold);
        const st = units(shape.step);
        const p = cents(shape.points);
        const m = cents(spec.max);
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 40 }), fc.constantFrom(1, -1), fc.boolean(), (k, side, asText) => {
            const text = decimalString(t + side * k * st);
            const penalised = shape.dir === "both" || (shape.dir === "above" ? side > 0 : side < 0);
            const expected = penalised ? Math.max(0, m - k * p) / 100 : spec.max;
            return scoreOf(spec, asText ? text : Number(text)) === expected;
          }),
        );
      });
    }
  },
);

describe("non-quantitative kinds of the schemes", () => {
  const checklists = SPECS.filter((s) => s.shape.kind === "checklist");
  const CIRCLED = "①②③④⑤⑥⑦⑧⑨";

  test.each(checklists.map((s) => [`${s.scheme} ${s.name}`, s]))(
    "%s: any subset of items scores the sum of their points, whatever the tick format",
    (_label, spec) => {
      const items = (spec.shape as { items: number[] }).items;
      const indices = items.map((_, i) => i);
      fc.assert(
        fc.property(fc.subarray(indices, { minLength: 1 }), fc.constantFrom("circled", "comma", "dunhao"), (chosen, format) => {
          const ticks =
            format === "circled"
              ? chosen.map((i) => CIRCLED[i]).join("")
              : chosen.map((i) => String(i + 1)).join(format === "comma" ? "," : "、");
          const expected = chosen.reduce((sum, i) => sum + cents(items[i]), 0) / 100;
          return scoreOf(spec, ticks) === expected;
        }),
      );
      expect(scoreOf(spec, "全部")).toBe(spec.max);
      expect(scoreOf(spec, "无")).toBe(0);
    },
  );

  test("资金使用合规性 (浏阳2018): n cases → max(0, 6 − n), non-increasing", () => {
    const spec = SPECS.find((s) => s.shape.kind === "perCase")!;
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), (n) => scoreOf(spec, n) === Math.max(0, 6 - n)));
  });

  test("完成及时率 (湘潭县2020): q quarters → q points", () => {
    const spec = SPECS.find((s) => s.shape.kind === "quarterly")!;
    fc.assert(fc.property(fc.integer({ min: 0, max: 4 }), (q) => scoreOf(spec, q) === q));
  });

  test("实际完成率 (湘潭县2020): got/max × 8, capped at 8, rounded half away from zero", () => {
    const spec = SPECS.find((s) => s.shape.kind === "external")!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 300 }), (max, got) => {
        // 800·got/max hundredths, rounded half up (positive): floor((1600·got + max) / (2·max))
        const expected = Math.min(800, Math.floor((1600 * got + max) / (2 * max))) / 100;
        return scoreOf(spec, `${got}/${max}`) === expected;
      }),
    );
  });

  test("经济效益、社会效益 (浏阳2018): the evaluator's score is the score", () => {
    const spec = SPECS.find((s) => s.shape.kind === "manual")!;
    fc.assert(fc.property(fc.integer({ min: 0, max: 600 }), (c) => scoreOf(spec, decimalString(c * 100)) === c / 100));
  });

  test("行政效能 (浏阳2018): the three levels", () => {
    const spec = SPECS.find((s) => s.shape.kind === "levels")!;
    for (const [level, points] of Object.entries((spec.shape as { levels: Record<string, number> }).levels))
      expect(scoreOf(spec, level)).toBe(points);
  });
});

describe("PERF.DEDUCT over random parameters", () => {
  const params = fc
    .record({
      threshold: fc.integer({ min: -2 * UNIT, max: 2 * UNIT }), // units of 1/10000
      step: fc.constantFrom("0.001", "0.005", "0.01", "0.02", "0.05", "0.1", "0.25").map(units),
      points: fc.constantFrom("0.1", "0.2", "0.5", "0.8", "1", "2", "3"),
      max: fc.constantFrom(1, 2, 4, 5, 6, 8, 10, 20),
      direction: fc.constantFrom("above", "below", "both"),
    });

  const deduct = (v: number | string, p: { threshold: number; step: number; points: string; max: number; direction: string }, stepping: string) =>
    value("DEDUCT", v, decimalString(p.threshold), decimalString(p.step), p.points, p.max, p.direction, stepping) as number;

  test("exact step boundaries: threshold ± k×step deducts exactly k×points under every stepping", () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 0, max: 60 }), fc.constantFrom(1, -1), fc.constantFrom("proportional", "floor", "ceil"), (p, k, side, stepping) => {
        const v = Number(decimalString(p.threshold + side * k * p.step));
        const penalised = p.direction === "both" || (p.direction === "above" ? side > 0 : side < 0);
        const expected = penalised ? Math.max(0, cents(p.max) - k * cents(p.points)) / 100 : p.max;
        return deduct(v, p, stepping) === expected;
      }),
    );
  });

  test("between steps: floor counts k, ceil k+1, proportional k+j/10 steps", () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 9 }), (p, k, j) => {
        // a step of 0.001 is 10 units, so j/10 of a step is a whole number of units
        const offset = (k * p.step * 10 + j * p.step) / 10;
        const side = p.direction === "below" ? -1 : 1;
        const v = decimalString(p.threshold + side * offset);
        const pc = cents(p.points); // a multiple of 10, so pc·j/10 is whole
        const after = (deducted: number) => Math.max(0, cents(p.max) - deducted) / 100;
        return (
          deduct(v, p, "floor") === after(k * pc) &&
          deduct(v, p, "ceil") === after((k + 1) * pc) &&
          deduct(v, p, "proportional") === after(k * pc + (pc * j) / 10)
        );
      }),
    );
  });

  test("within [0, max], floor ≥ proportional ≥ ceil, monotone in the direction", () => {
    fc.assert(
      fc.property(params, rate, rate, (p, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const [fa, pa, ca] = ["floor", "proportional", "ceil"].map((s) => deduct(a, p, s));
        if (![fa, pa, ca].every((s) => withinRange(s, p.max))) return false;
        if (!(fa >= pa && pa >= ca)) return false;
        const t = p.threshold / UNIT;
        const pb = deduct(b, p, "proportional");
        if (p.direction === "above") return pa >= pb;
        if (p.direction === "below") return pa <= pb;
        if (b <= t) return pa <= pb;
        if (a >= t) return pa >= pb;
        return true;
      }),
    );
  });
});

describe("PERF.BANDS over random bands", () => {
  const bands = fc
    .uniqueArray(fc.integer({ min: -500, max: 500 }), { minLength: 1, maxLength: 6 })
    .chain((edges) =>
      fc.record({
        edges: fc.constant([...edges].sort((a, b) => a - b).map((e) => e / 100)),
        scores: fc.array(fc.integer({ min: 0, max: 1000 }).map((c) => c / 100), {
          minLength: edges.length + 1,
          maxLength: edges.length + 1,
        }),
      }),
    );

  test("an edge belongs to the band above it (lower) or below it (upper); inside a band, that band's score", () => {
    fc.assert(
      fc.property(bands, fc.nat(), (b, pick) => {
        const i = pick % b.edges.length;
        const e = b.edges[i];
        const lower = value("BANDS", e, [b.edges], [b.scores], "lower");
        const upper = value("BANDS", e, [b.edges], [b.scores], "upper");
        const before = value("BANDS", e - 0.005, [b.edges], [b.scores]); // edges are 0.01 apart at least
        const after = value("BANDS", e + 0.005, [b.edges], [b.scores], "upper");
        return lower === b.scores[i + 1] && upper === b.scores[i] && before === b.scores[i] && after === b.scores[i + 1];
      }),
    );
  });

  test("non-decreasing scores give a non-decreasing function, within [0, max score]", () => {
    fc.assert(
      fc.property(bands, rate, rate, fc.constantFrom("lower", "upper"), (b, x, y, inclusive) => {
        const scores = [...b.scores].sort((p, q) => p - q);
        const [a, c] = x <= y ? [x, y] : [y, x];
        const sa = value("BANDS", a, [b.edges], [scores], inclusive) as number;
        const sc = value("BANDS", c, [b.edges], [scores], inclusive) as number;
        return sa <= sc && sa >= 0 && sc <= scores[scores.length - 1];
      }),
    );
  });
});

describe("PERF.CHECKLIST over random item lists", () => {
  test("the sum of the ticked items' points; 全部 is the total, 无 is 0", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 9 }), // an item worth 0 is rejected
        fc.nat(),
        (pointsCents, mask) => {
          const points = pointsCents.map((c) => c / 100);
          const chosen = points.map((_, i) => i).filter((i) => (mask >> i) & 1);
          const total = pointsCents.reduce((s, c) => s + c, 0) / 100;
          const all = value("CHECKLIST", "全部", [points]);
          const none = value("CHECKLIST", "无", [points]);
          if (all !== total || none !== 0) return false;
          if (chosen.length === 0) return true;
          const expected = chosen.reduce((s, i) => s + pointsCents[i], 0) / 100;
          return value("CHECKLIST", chosen.map((i) => i + 1).join(","), [points]) === expected;
        },
      ),
    );
  });
});

describe("robustness: any input", () => {
  const names = SPECS.map((s) => s.name).concat(["管理制度健全性", "三公经费变动率", "", "不存在"]);
  const schemes = ["浏阳2018", "湘潭县2020", "", "不存在", "浏阳"];
  const scalar = fc.oneof(
    fc.double(), // includes NaN, ±Infinity, −0, huge and tiny
    fc.integer(),
    fc.constantFrom(1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 0.1 + 0.2),
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.constantFrom("87.98%", "2,886.58", "１２３", "①②④", "全部", "无", "92/100", "0/0", "1e400", "-1e400", "NaN", "Infinity", "一般", "{1,2}"),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom(...names),
    fc.constantFrom(...schemes),
  );
  const arg = fc.oneof(scalar, fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 3 }), fc.array(scalar, { maxLength: 4 }));
  const ids = FUNCTIONS.map((f) => f.id);

  const finiteEverywhere = (x: unknown): boolean =>
    Array.isArray(x) ? x.every(finiteEverywhere) : typeof x !== "number" || Number.isFinite(x);

  test("callFunction never throws, never returns NaN/Infinity, and errors are Excel errors with a message", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.array(arg, { maxLength: 8 }), (id, args) => {
        const r = callFunction(id, args);
        if (r.ok) return finiteEverywhere(r.value) && ["number", "string", "object"].includes(typeof r.value);
        return ERROR_CODES.includes(r.error.code) && typeof r.error.message === "string" && r.error.message.length > 0;
      }),
      { numRuns: 2000 },
    );
  });

  test("SCORE and EXPLAIN with real indicator names and arbitrary values never throw nor give NaN", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SPECS), scalar, fc.constantFrom("SCORE", "EXPLAIN"), (spec, v, id) => {
        const r = callFunction(id, [spec.name, v, spec.scheme]);
        if (!r.ok) return ERROR_CODES.includes(r.error.code) && r.error.message.length > 0;
        if (id === "EXPLAIN") return typeof r.value === "string";
        return r.value === "" || (typeof r.value === "number" && withinRange(r.value, spec.max));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a valid input always has a non-empty explanation that states the score", () => {
  const validValue = (spec: Spec): fc.Arbitrary<unknown> => {
    const shape = spec.shape;
    switch (shape.kind) {
      case "checklist":
        return fc.subarray(shape.items.map((_, i) => String(i + 1)), { minLength: 1 }).map((xs) => xs.join(","));
      case "perCase":
        return fc.integer({ min: 0, max: 10 });
      case "levels":
        return fc.constantFrom(...Object.keys(shape.levels));
      case "quarterly":
        return fc.integer({ min: 0, max: 4 });
      case "external":
        return fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 120 })).map(([g, m]) => `${g}/${m}`);
      case "manual":
        return fc.integer({ min: 0, max: 600 }).map((c) => c / 100);
      case "bands":
        return fc.integer({ min: shape.min ?? -UNIT, max: 2 * UNIT }).map((n) => n / UNIT);
      case "inverse":
        return fc.integer({ min: 1, max: 3 * UNIT }).map((n) => n / UNIT);
      default:
        return fc.integer({ min: -2 * UNIT, max: 3 * UNIT }).map((n) => n / UNIT);
    }
  };

  test.each(SPECS.map((s) => [`${s.scheme} ${s.name}`, s]))("%s", (_label, spec) => {
    fc.assert(
      fc.property(validValue(spec), (v) => {
        const s = scoreOf(spec, v);
        const e = explain(spec.name, v, spec.scheme);
        return e.trim().length > 0 && scorePattern(s).test(e);
      }),
      { numRuns: 50 },
    );
  });
});
