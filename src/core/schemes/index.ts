/**
 * The built-in schemes and lookup by id or alias. They are constant data, checked by
 * test/core/schemes.test.ts (schemeProblems is empty for each) rather than at every load: the
 * validator and the field catalogue it needs would add ~2 KB to the custom functions' bundle.
 */
import { notFound } from "../errors";
import type { Scheme } from "../scheme";
import { closest, compactText } from "../text";
import { liuyang2018 } from "./liuyang2018";
import { xiangtan2020 } from "./xiangtan2020";

export const BUILT_IN_SCHEMES: readonly Scheme[] = [xiangtan2020, liuyang2018];

/** Used when a formula names no scheme: the national 财预〔2013〕53号 structure. */
export const DEFAULT_SCHEME_ID = "湘潭县2020";

const byKey = new Map<string, Scheme>();
for (const s of BUILT_IN_SCHEMES)
  for (const k of [s.id, ...(s.aliases ?? [])]) byKey.set(compactText(k).toLowerCase(), s);

const byRaw = new Map<string, Scheme>();
const DEFAULT_SCHEME = byKey.get(compactText(DEFAULT_SCHEME_ID).toLowerCase())!;

/** A built-in scheme by id or alias; blank means the default. Throws #N/A with the known ids. */
export function getScheme(id?: string | null): Scheme {
  if (id === undefined || id === null) return DEFAULT_SCHEME;
  const hit = byRaw.get(id);
  if (hit) return hit;
  if (String(id).trim() === "") return DEFAULT_SCHEME;
  const s = byKey.get(compactText(String(id)).toLowerCase());
  if (s) {
    if (byRaw.size < 1000) byRaw.set(id, s);
    return s;
  }
  const ids = BUILT_IN_SCHEMES.map((x) => x.id);
  throw notFound(
    `没有评分方案“${id}”，可用的方案：${closest(String(id), ids, ids.length).join("、")}`
  );
}
