/**
 * A lab-only install (`npm install --omit=dev`, the README's command for readers who only run labs)
 * brings in `dependencies` alone, so those must be exactly what the runner loads: every package
 * imported by `scripts/cli.ts`, the modules it reaches, and every `labs/<name>/lab.ts`, plus `tsx`,
 * which runs it (`npm run lab` is `tsx scripts/cli.ts`). A package missing there breaks the
 * lab-only install; one too many makes it heavier (the site's toolchain is ~800 MB). `npm run bench
 * -- --install` measures that install's size and time for real.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };

/** The package a bare import names (`zod`, `@scope/name`), or undefined for relative and `node:` imports. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every package the modules reachable from `entries` import at run time (type-only imports are erased). */
function runtimePackages(entries: string[]): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'|import\('([^']+)'\)/gm)) {
      if (m[2]) continue; // `import type`: gone at run time
      const spec = m[3] ?? m[4] ?? m[5];
      const name = packageOf(spec);
      if (name) packages.add(name);
      else if (spec.startsWith('.')) queue.push(resolve(dirname(file), /\.[cm]?[jt]s$/.test(spec) ? spec : `${spec}.ts`));
    }
  }
  return packages;
}

describe('lab-only install (npm install --omit=dev)', () => {
  const labs = readdirSync(join(ROOT, 'labs'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(ROOT, 'labs', d.name, 'lab.ts'));
  const used = runtimePackages([join(ROOT, 'scripts', 'cli.ts'), ...labs]);

  it('the lab script runs the runner with tsx, which is a dependency', () => {
    expect(pkg.scripts.lab).toBe('tsx scripts/cli.ts');
    expect(Object.keys(pkg.dependencies)).toContain('tsx');
  });

  it('dependencies are exactly the packages the runner and the labs import, plus tsx', () => {
    expect(used.size, 'the walk found no packages: has the import syntax changed?').toBeGreaterThan(0);
    const missing = [...used].filter((p) => !(p in pkg.dependencies));
    const extra = Object.keys(pkg.dependencies).filter((p) => p !== 'tsx' && !used.has(p));
    expect(missing, 'imported by the runner but not in dependencies: a lab-only install would lack them (move them from devDependencies)').toEqual([]);
    expect(extra, 'in dependencies but not imported by the runner: move them to devDependencies (npm install still installs them for the site and tests)').toEqual([]);
  });

  it('no package is listed twice', () => {
    expect(Object.keys(pkg.dependencies).filter((p) => p in pkg.devDependencies)).toEqual([]);
  });
});
