/**
 * Kubernetes quantities (`300m`, `1`, `0.5`, `128Mi`) as numbers, to compare what a ResourceQuota
 * counted. The suffixes are those of k8s.io/apimachinery/pkg/api/resource (decimal SI and binary);
 * exponent forms (`1e3`) are not needed by any lab. Own code: the only npm parser is inside
 * @kubernetes/client-node, a whole API client for one function.
 */
const FACTORS: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40,
};

/** The quantity's value in base units (cores, bytes); throws on a form it does not know. */
export function parseQuantity(q: string): number {
  const m = /^(\d+(?:\.\d+)?)(m|k|Ki|M|Mi|G|Gi|T|Ti)?$/.exec(q.trim());
  if (!m) throw new Error(`not a Kubernetes quantity: "${q}" (expected e.g. 300m, 1, 128Mi)`);
  // Rounded to micro-units so that 0.3 - 0.1 compares equal to 0.2.
  return Math.round(Number(m[1]) * FACTORS[m[2] ?? ''] * 1e6) / 1e6;
}
