/** Text normalisation shared by number parsing, name lookup and label matching. */

/** Full-width to half-width (NFKC), unify minus signs, collapse whitespace, trim. */
export function normalizeText(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u2212\u2012\u2013\uFE63]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** For matching names and labels: normalizeText, then drop all spaces and quote marks. */
export function compactText(s: string): string {
  return normalizeText(s).replace(/[\s"'“”‘’「」『』〝〞]/g, "");
}

export function isBlank(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x !== "string") return false;
  // Fast path: most strings start with a visible character.
  if (x.length > 0 && !/\s/.test(x[0])) return false;
  return normalizeText(x) === "";
}

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

/** The `limit` candidates closest to `query` (substring matches first, then by edit distance). */
export function closest(query: string, candidates: readonly string[], limit = 3): string[] {
  const q = compactText(query);
  const scored = candidates.map((c) => {
    const k = compactText(c);
    const contains = k.includes(q) || q.includes(k);
    return { c, d: (contains ? 0 : 100) + editDistance(q, k) };
  });
  scored.sort((x, y) => x.d - y.d);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of scored) {
    if (!seen.has(s.c)) {
      seen.add(s.c);
      out.push(s.c);
    }
    if (out.length >= limit) break;
  }
  return out;
}
