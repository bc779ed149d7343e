/** The one runner: checks and converts arguments per the registry, calls the body, catches errors. */
import {
  D,
  isPerfError,
  moneyUnitOf,
  numError,
  parseNumber,
  PerfError,
  valueError,
} from "../../core";
import { isBlank } from "../../core";
import { FUNCTIONS } from "./definitions";
import type { FunctionSpec, ParamSpec, Returned } from "./types";

export type CallResult = { ok: true; value: Returned } | { ok: false; error: PerfError };

const byId = new Map(FUNCTIONS.map((f) => [f.id, f]));
/** How many parameters each function takes, and how many of them are required. */
const arity = new Map(
  FUNCTIONS.map((f) => [
    f,
    { max: f.params.length, min: f.params.filter((p) => !p.optional).length },
  ])
);

export function functionSpec(id: string): FunctionSpec | undefined {
  return byId.get(id) ?? byId.get(id.toUpperCase().replace(/^PERF\./, ""));
}

const labels = new WeakMap<ParamSpec, string>();

/** "budget（预算数或核定数）": how messages name an argument. */
export function paramLabel(p: ParamSpec): string {
  let label = labels.get(p);
  if (label === undefined) {
    label = `参数${p.name}（${p.zh.split(/[（(，,：:；;]/)[0]}）`;
    labels.set(p, label);
  }
  return label;
}

function listOf(arg: unknown, p: ParamSpec): D[] {
  const label = paramLabel(p);
  if (Array.isArray(arg)) {
    const flat = (arg as unknown[]).flat(2).filter((x) => !isBlank(x));
    return flat.map((x) => parseNumber(x, label));
  }
  if (typeof arg === "number") return [parseNumber(arg, label)];
  if (typeof arg === "string") {
    const parts = arg
      .replace(/^\s*\{|\}\s*$/g, "")
      .split(/[,，;；、\s]+/)
      .filter((s) => s !== "");
    return parts.map((x) => parseNumber(x, label));
  }
  throw valueError(`${label}应为一组数字，如{0.7,0.8,0.9}`);
}

function convert(arg: unknown, p: ParamSpec): unknown {
  if (Array.isArray(arg) && p.type !== "numbers") {
    // A single cell passed as a 1×1 matrix is that cell; anything larger is a mistake.
    const flat = (arg as unknown[]).flat(2);
    if (flat.length !== 1) throw valueError(`${paramLabel(p)}应为单个值，而不是区域`);
    arg = flat[0];
  }
  if (p.type !== "value" && isBlank(arg)) {
    if (p.optional) return undefined;
    throw valueError(`${paramLabel(p)}为空，请填写`);
  }
  switch (p.type) {
    case "number":
      return parseNumber(arg, paramLabel(p));
    case "text":
      if (typeof arg === "boolean") throw valueError(`${paramLabel(p)}应为文字，而不是逻辑值`);
      return String(arg).trim();
    case "numbers":
      return listOf(arg, p);
    default:
      return arg ?? null;
  }
}

/** 5万元 against 50000元 would be a ratio off by 10,000: amounts in one call share their unit. */
function sameMoneyUnit(spec: FunctionSpec, args: readonly unknown[]): void {
  let first: { unit: string; p: ParamSpec } | undefined;
  for (let i = 0; i < args.length && i < spec.params.length; i++) {
    const p = spec.params[i];
    if (p.type !== "number" || typeof args[i] !== "string") continue;
    const unit = moneyUnitOf(args[i]);
    if (!unit) continue;
    if (!first) first = { unit, p };
    else if (first.unit !== unit)
      throw valueError(
        `${paramLabel(first.p)}的单位是${first.unit}，${paramLabel(p)}的单位是${unit}，请换算为同一单位`
      );
  }
}

function checkResult(value: Returned, id: string): Returned {
  if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value)))
    return value;
  const ok = (x: unknown) => typeof x !== "number" || Number.isFinite(x);
  const bad = Array.isArray(value) ? value.some((row) => row.some((x) => !ok(x))) : !ok(value);
  if (bad) throw numError(`PERF.${id} 的结果超出可表示的范围`);
  return value;
}

/** Call PERF.<id> with raw arguments (cell values or command-line strings). Never throws. */
export function callFunction(id: string, args: readonly unknown[]): CallResult {
  const spec = functionSpec(id);
  if (!spec) return { ok: false, error: new PerfError("#N/A", `没有函数PERF.${id}`) };
  try {
    const { max, min } = arity.get(spec) ?? {
      max: spec.params.length,
      min: spec.params.filter((p) => !p.optional).length,
    };
    // Excel passes omitted optional arguments as null/undefined; trailing ones may be absent.
    if (args.length > max)
      throw valueError(`PERF.${spec.id} 最多${max}个参数，实际给了${args.length}个`);
    let missing: ParamSpec[] | undefined;
    for (let i = 0; i < min; i++) {
      if (args[i] === undefined && spec.params[i].type !== "value")
        (missing ??= []).push(spec.params[i]);
    }
    if (missing) throw valueError(`PERF.${spec.id} 缺少${missing.map(paramLabel).join("、")}`);
    sameMoneyUnit(spec, args);
    const converted = new Array<unknown>(max);
    for (let i = 0; i < max; i++)
      converted[i] = convert(i < args.length ? args[i] : undefined, spec.params[i]);
    return { ok: true, value: checkResult(spec.body(...converted), spec.id) };
  } catch (e) {
    if (isPerfError(e)) return { ok: false, error: e };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: valueError(`PERF.${spec.id} 内部错误：${message}`) };
  }
}
