/**
 * "Did you mean …?" for a mistyped name. The edit distance is a dozen lines of Levenshtein here
 * rather than a library: no edit-distance package is among the project's dependencies, and the
 * lists compared are a handful of short lab names.
 */

/** Levenshtein distance: the fewest insertions, deletions and substitutions that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The names the reader most likely meant: those that contain what was typed (`sidecar` →
 * `native-sidecar`, `sidecar-shutdown`), else the nearest by edit distance when it is near enough
 * to be a typo (at most 2 edits, or a third of the typed length) – none for something unrelated.
 */
export function closestNames(typed: string, names: string[]): string[] {
  const t = typed.toLowerCase();
  if (t.length >= 3) {
    const containing = names.filter((n) => n.includes(t));
    if (containing.length) return containing;
  }
  const scored = names.map((n) => ({ n, d: editDistance(t, n) }));
  const best = Math.min(...scored.map((s) => s.d));
  if (!Number.isFinite(best) || best > Math.max(2, Math.floor(t.length / 3))) return [];
  return scored.filter((s) => s.d === best).map((s) => s.n);
}
