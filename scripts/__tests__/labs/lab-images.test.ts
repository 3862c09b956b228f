/**
 * Lab images: pinned tags only, and each one an image that the CI cluster builds locally
 * (scripts/cluster/images.ts), since nothing can be pulled there. A lab that names another
 * image would pass on a laptop and fail in CI; this says so before any cluster is involved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { images } from '../../cluster/images';
import { LABS_DIR } from '../../lib/labs/labs';

/** Every `image:` of every container, init container included, in a parsed manifest. */
function imagesIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(imagesIn);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (k === 'image' && typeof v === 'string' ? [v] : imagesIn(v)));
  }
  return [];
}

const files = readdirSync(LABS_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.ya?ml$/.test(f) && !f.includes('/original/'))
  .sort();

const built = images.map((i) => i.ref);

describe('lab images', () => {
  it('finds the lab manifests', () => expect(files.length).toBeGreaterThan(5));

  it.each(files)('labs/%s uses pinned images that CI builds', (file) => {
    const docs = parseAllDocuments(readFileSync(join(LABS_DIR, file), 'utf8'));
    for (const image of docs.flatMap((d) => imagesIn(d.toJS()))) {
      expect(image, `${file}: ${image} has no tag: pin it (e.g. busybox:1.36)`).toMatch(/:[\w.-]+$/);
      expect(image, `${file}: ${image} is not pinned`).not.toMatch(/:latest$/);
      expect(built, `${file}: ${image} is not built for the CI cluster (scripts/cluster/images.ts builds ${built.join(', ')})`).toContain(image);
    }
  });
});
