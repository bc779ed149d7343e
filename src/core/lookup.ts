/**
 * Finding schemes and indicators by the names people type: “三公经费”变动率 = "三公经费"变动率 =
 * 三公经费变动率; full-width = half-width; spaces ignored; "预算管理/管理制度健全性" qualifies.
 */
import { notFound } from "./errors";
import { indicatorsOf, type IndicatorRef, type Scheme } from "./scheme";
import { closest, compactText } from "./text";

/** Name as a lookup key: compact text, "（5分）" suffixes dropped, separators unified. */
export function nameKey(s: string): string {
  return compactText(String(s))
    .replace(/[\\|｜>＞]/g, "/")
    .split("/")
    .map((part) => part.replace(/\(\d+(\.\d+)?分\)$/, ""))
    .filter((part) => part !== "")
    .join("/");
}

interface SchemeIndex {
  refs: IndicatorRef[];
  byKey: Map<string, IndicatorRef[]>;
  cache: Map<string, IndicatorRef>;
}

const indexes = new WeakMap<Scheme, SchemeIndex>();

function indexOf(scheme: Scheme): SchemeIndex {
  let idx = indexes.get(scheme);
  if (idx) return idx;
  const refs = indicatorsOf(scheme);
  const byKey = new Map<string, IndicatorRef[]>();
  const add = (key: string, ref: IndicatorRef) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(ref)) list.push(ref);
    byKey.set(key, list);
  };
  for (const ref of refs) {
    for (const name of [ref.indicator.name, ...(ref.indicator.aliases ?? [])]) {
      const k = nameKey(name);
      add(k, ref);
      if (ref.level2.name) add(`${nameKey(ref.level2.name)}/${k}`, ref);
      add(
        `${nameKey(ref.level1.name)}/${ref.level2.name ? nameKey(ref.level2.name) + "/" : ""}${k}`,
        ref
      );
    }
  }
  idx = { refs, byKey, cache: new Map() };
  indexes.set(scheme, idx);
  return idx;
}

/** The shortest name that identifies the indicator in its scheme. */
export function qualifiedName(scheme: Scheme, ref: IndicatorRef): string {
  const idx = indexOf(scheme);
  if ((idx.byKey.get(nameKey(ref.indicator.name)) ?? []).length === 1) return ref.indicator.name;
  return ref.level2.name ? `${ref.level2.name}/${ref.indicator.name}` : ref.path;
}

export function allIndicators(scheme: Scheme): IndicatorRef[] {
  return indexOf(scheme).refs;
}

/** Throws #N/A naming the closest indicators, or the qualified forms when ambiguous. */
export function findIndicator(scheme: Scheme, name: string): IndicatorRef {
  const idx = indexOf(scheme);
  const hit = idx.cache.get(name);
  if (hit) return hit;
  const found = idx.byKey.get(nameKey(name)) ?? [];
  if (found.length === 1) {
    if (idx.cache.size < 10000) idx.cache.set(name, found[0]);
    return found[0];
  }
  if (found.length > 1) {
    const forms = found.map((r) => `“${r.level2.name}/${r.indicator.name}”`).join("或");
    throw notFound(`指标“${name}”在方案“${scheme.id}”中有${found.length}个，请写成${forms}`);
  }
  const names = idx.refs.map((r) => qualifiedName(scheme, r));
  throw notFound(
    `方案“${scheme.id}”中没有指标“${name}”，最接近的是：${closest(name, names).join("、")}`
  );
}
