/** Option words in English or Chinese ("above" / "超过"). */
import { valueError } from "../../core";
import { compactText } from "../../core";

export function pickOption<K extends string>(
  given: string | undefined,
  table: Record<K, string[]>,
  fallback: K,
  param: string
): K {
  if (given === undefined || given.trim() === "") return fallback;
  const key = compactText(given).toLowerCase();
  for (const [k, words] of Object.entries(table) as Array<[K, string[]]>) {
    if (words.some((w) => compactText(w).toLowerCase() === key)) return k;
  }
  const allowed = (Object.values(table) as string[][]).map((w) => `${w[0]}（${w[1]}）`).join("、");
  throw valueError(`参数 ${param} 的值“${given}”无法识别，应为${allowed}之一`);
}
