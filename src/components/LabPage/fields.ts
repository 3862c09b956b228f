/** How the lab page writes a definition of lab.ts (a check, a wait's `until`) in one line. */

/** `{ containerRunning: 'x' }` → `containerRunning: x`; nested objects in braces. Field names stay as in lab.ts. */
export function fields(value: unknown): string {
  // An object inside keeps its braces (a wait's `anyOf: [{ allOf: [...] }, { ... }]`), the outer one drops them.
  const inner = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? `{ ${fields(v)} }` : fields(v));
  if (Array.isArray(value)) return `[${value.map(inner).join(', ')}]`;
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${inner(v)}`)
      .join(', ');
  }
  return String(value);
}
