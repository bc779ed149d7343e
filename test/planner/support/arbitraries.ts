/**
 * Random base data and inputs for a scheme (fast-check), biased towards the rules' boundaries:
 * rates exactly on 100%, 115% (5% steps), 15% (结转结余), band edges, 0; figures sometimes
 * missing, blank or zero; inputs sometimes blank or invalid.
 */
import fc from "fast-check";
import { D, formulaArgs, indicatorsOf, type IndicatorRef, type Scheme } from "../../../src/core";
import { fieldDef, numberAsText, TEXT_FORMS, type FigureValues, type TextForm } from "./scorecard";

/** Rates on or next to the built-in schemes' boundaries. */
export const BOUNDARY_RATES = [
  0, 0.1, 0.15, 0.2, 0.3, 0.7, 0.8, 0.9, 0.95, 1, 1.01, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3, 0.85, 0.75, 0.5, -0.1, -0.05, 0.05, 0.25,
  0.1499, 0.1501, 0.9999, 1.0001, 0.7999, 0.8999, 0.2001,
];
const DENOMINATORS = [1, 3, 7, 20, 43, 47.5, 100, 137.92, 916.19, 3653, 25.17];

const rate = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY_RATES) },
  { weight: 2, arbitrary: fc.integer({ min: -3000, max: 20000 }).map((n) => n / 10000) },
);

export interface Case {
  figures: FigureValues;
  /** Qualitative inputs by indicator path. */
  inputs: Record<string, string | number>;
  /** Figures missing from the base sheet but typed into the 计分表's 补充数据 cells, by field id. */
  supplied: Record<string, number | string>;
}

type Perturbation = "none" | "missing" | "supplied" | "blank" | "zero";
const perturbation = fc.oneof(
  { weight: 26, arbitrary: fc.constant<Perturbation>("none") },
  { weight: 1, arbitrary: fc.constant<Perturbation>("missing") },
  { weight: 1, arbitrary: fc.constant<Perturbation>("supplied") },
  { weight: 1, arbitrary: fc.constant<Perturbation>("blank") },
  { weight: 1, arbitrary: fc.constant<Perturbation>("zero") },
);

const round = (x: number, places = 6) => Number(new D(x).toDecimalPlaces(places).toString());

/** Digits, signs, "%" and "." made full-width, as a Chinese IME types them ("１０３％"). */
const wide = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const numberText = (x: number) => new D(x).toFixed();

/** A number typed as text in one of the ways an evaluator types it: "3", "３", " 3 ", "3例" (`unit`). */
function typedNumber(x: number, unit?: string): fc.Arbitrary<string> {
  const t = numberText(x);
  return fc.constantFrom(t, wide(t), ` ${t} `, `\u3000${t}`, `+${t}`, ...(unit ? [t + unit, wide(t) + unit] : []));
}

/** A rate typed as text: "103%", "１０３％", "1.03", "１．０３", " 103 %". */
function typedRate(r: number): fc.Arbitrary<string> {
  const pct = numberText(Number(new D(r).times(100).toString()));
  return fc.constantFrom(`${pct}%`, wide(`${pct}%`), numberText(r), wide(numberText(r)), ` ${pct} %`, `${pct}％`);
}

/** A number, or the same number typed as text (`asText`), about half and half. */
const numberOrText = (n: fc.Arbitrary<number>, asText: (x: number) => fc.Arbitrary<string>) =>
  fc.oneof(n, n.chain(asText));

/**
 * Text no reader takes, though a spreadsheet's VALUE may read some of it as a number (a time, an
 * exponent, a trailing minus, a thousands separator, accounting brackets, a date).
 */
const MISREAD = ["1e0", "1:30", "3-", "(3)", "1,000", "2020-1-1", "1/2", "TRUE", "--3", "3%%", "1.2.3"];

function inputArbitrary(ref: IndicatorRef): fc.Arbitrary<string | number | null> {
  const ind = ref.indicator;
  const rule = ind.rule.kind === "notApplicable" ? ind.rule.rule : ind.rule;
  const blank = fc.constant(null);
  let valid: fc.Arbitrary<string | number>;
  let invalid: fc.Arbitrary<string | number>;
  switch (rule.kind) {
    case "checklist": {
      const n = rule.items.length;
      valid = fc.subarray(Array.from({ length: n }, (_, i) => i + 1)).chain((picked) =>
        fc.constantFrom<string | number>(
          picked.map((i) => "①②③④⑤⑥⑦⑧⑨"[i - 1]).join(""),
          picked.join(","),
          picked.join("、"),
          wide(picked.join(",")),
          picked.length === n ? "全部" : picked.length === 0 ? "无" : picked.join(" "),
          ...(picked.length > 0 ? [Number(picked.join("")), picked.join("")] : []),
        ),
      );
      invalid = fc.constantFrom("⑨", "abc", `${n + 1}`, "①x");
      break;
    }
    case "perCase":
      valid = numberOrText(fc.integer({ min: 0, max: 9 }), (x) => typedNumber(x, "例"));
      invalid = fc.constantFrom(-1, 1.5, "两例", "-1", "1.5", ...MISREAD);
      break;
    case "quarterly":
      valid = numberOrText(fc.integer({ min: 0, max: rule.periods }), (x) => typedNumber(x));
      invalid = fc.constantFrom(rule.periods + 1, -1, 2.5, `${rule.periods + 1}`, "2.5", ...MISREAD);
      break;
    case "levels":
      valid = fc.constantFrom(...rule.levels.flatMap((l) => [l.name, ...(l.aliases ?? []), ` ${l.name} `]));
      invalid = fc.constantFrom("很好", "较差");
      break;
    case "manual":
      valid = numberOrText(
        fc.integer({ min: 0, max: ind.points * 100 }).map((n) => n / 100),
        (x) => typedNumber(x, "分"),
      );
      invalid = fc.constantFrom(ind.points + 1, -0.5, `${ind.points + 1}`, "-0.5", ...MISREAD);
      break;
    case "external":
      valid = fc.oneof(
        fc
          .tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom(100, 50, 120))
          .chain(([a, b]) => fc.constantFrom(`${Math.min(a, b)}/${b}`, wide(`${Math.min(a, b)}/${b}`), ` ${Math.min(a, b)} / ${b} `)),
        numberOrText(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), typedRate),
      );
      invalid = fc.constantFrom("92/0", "优秀", 1.5, "150%", "1/2/3", "/100", "92/", "1e1/100", ...MISREAD);
      break;
    default:
      // Rates typed by the evaluator (湘潭县2020 效益).
      valid = numberOrText(rate.map((r) => Math.max(0, r)), typedRate);
      invalid = fc.constantFrom("很好", ...MISREAD);
  }
  return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: blank }, { weight: 2, arbitrary: invalid });
}

/** A random case for `scheme`. */
export function caseArbitrary(scheme: Scheme): fc.Arbitrary<Case> {
  const refs = indicatorsOf(scheme);
  const quantitative = refs.filter((r) => r.indicator.value);
  const qualitative = refs.filter((r) => !r.indicator.value);
  const fields = [...new Set(quantitative.flatMap((r) => formulaArgs(r.indicator.value!)))];
  return fc
    .record({
      rates: fc.tuple(...quantitative.map(() => rate)),
      dens: fc.tuple(...quantitative.map(() => fc.constantFrom(...DENOMINATORS))),
      extra: fc.tuple(...quantitative.map(() => fc.constantFrom(0, 0, 0, 1, 12.5, 100))),
      noBuilding: fc.boolean(),
      perturb: fc.tuple(...fields.map(() => perturbation)),
      inputs: fc.tuple(...qualitative.map(inputArbitrary)),
    })
    .map(({ rates, dens, extra, noBuilding, perturb, inputs }) => {
      const figures: FigureValues = {};
      const set = (f: string, v: number) => {
        if (!(f in figures)) figures[f] = round(v);
      };
      const get = (f: string) => figures[f] as number;
      quantitative.forEach((ref, k) => {
        const vf = ref.indicator.value!;
        const r = rates[k];
        const den = dens[k];
        switch (vf.kind) {
          case "ratio":
            if (vf.notApplicableWhenEmpty && noBuilding) return; // no 楼堂馆所 project: figures absent
            set(vf.denominator, den);
            set(vf.numerator, get(vf.denominator) * Math.max(0, r));
            break;
          case "change":
            set(vf.previous, den);
            set(vf.current, get(vf.previous) * (1 + r));
            break;
          case "completion":
            set(vf.carryover, extra[k]);
            set(vf.initial, den);
            set(vf.supplementary, extra[(k + 1) % extra.length]);
            set(vf.yearEndBalance, (get(vf.carryover) + get(vf.initial) + get(vf.supplementary)) * (1 - Math.min(1, Math.max(0, r))));
            break;
          case "field":
            set(vf.field, Math.max(0, r));
            break;
        }
      });
      const supplied: Record<string, number> = {};
      fields.forEach((f, i) => {
        if (!(f in figures)) return;
        if (perturb[i] === "supplied") supplied[f] = figures[f] as number;
        if (perturb[i] === "missing" || perturb[i] === "supplied") delete figures[f];
        else if (perturb[i] === "blank") figures[f] = null;
        else if (perturb[i] === "zero") figures[f] = 0;
      });
      const typed: Record<string, string | number> = {};
      qualitative.forEach((ref, k) => {
        const v = inputs[k];
        if (v !== null) typed[ref.path] = v;
      });
      return { figures, inputs: typed, supplied };
    });
}

/**
 * The case with figures (on the base sheet and in 补充数据) typed as text instead, each in one of
 * the forms the reader accepts or left a number: "45人", "４３", "2,886.58", "87.98%", "(3.5)", ...
 */
export function withTextFigures(c: Case): fc.Arbitrary<Case> {
  const form = fc.option(fc.constantFrom<TextForm>(...TEXT_FORMS), { freq: 4 });
  const typed = (values: Record<string, number | string | null>) => {
    const keys = Object.keys(values).filter((k) => typeof values[k] === "number");
    return fc.tuple(...keys.map(() => form)).map((forms) => {
      const out = { ...values };
      keys.forEach((k, i) => {
        const f = forms[i];
        if (f !== null) out[k] = numberAsText(values[k] as number, f, fieldDef(k).unit);
      });
      return out;
    });
  };
  return fc
    .tuple(typed(c.figures), typed(c.supplied))
    .map(([figures, supplied]) => ({ ...c, figures, supplied: supplied as Record<string, number | string> }));
}
