/**
 * Docs show manifests only by importing them from labs/, so what readers see is what CI runs.
 * Like kubernetes/website's example tests: no pasted YAML, no import of a missing file, no
 * lab file that no page shows, and every lab embedded by the doc it names.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot, listFiles, rel } from './lib/repo';

/** Pasted ```yaml blocks that are allowed in docs/, each with its reason. Keep it empty. */
const pastedYamlAllowList: { file: string; reason: string }[] = [];

const docs = listFiles('docs', /\.mdx?$/).map((file) => ({ file, source: readFileSync(fromRoot(file), 'utf8') }));

/** `import x from '<spec>'` in a doc, resolved to a repo-relative path. */
function importsOf(file: string, source: string): { spec: string; target: string }[] {
  return [...source.matchAll(/^import\s+[\w{}\s,*]+\s+from\s+['"]([^'"]+)['"];?\s*$/gm)].map(([, spec]) => ({
    spec,
    target: spec.startsWith('@site/')
      ? spec.slice('@site/'.length)
      : spec.startsWith('.')
        ? rel(path.resolve(fromRoot(path.dirname(file)), spec))
        : spec,
  }));
}

const yamlImports = docs.flatMap(({ file, source }) =>
  importsOf(file, source)
    .filter((i) => /\.ya?ml$/.test(i.target))
    .map((i) => ({ ...i, doc: file, name: `${file} imports ${i.spec}` })),
);

const labFiles = listFiles('labs', /\.ya?ml$/).filter((f) => ['manifests', 'original', 'variants'].includes(f.split('/')[2]));

const labs = listFiles('labs', /^lab\.ts$/).map((file) => ({ file, name: file.split('/')[1] }));

describe('docs and labs stay in sync', () => {
  it.each(docs.map((d) => ({ ...d, name: d.file })))('$name has no pasted ```yaml block', ({ file, source }) => {
    const lines = source
      .split('\n')
      .map((line, i) => ({ line, no: i + 1 }))
      .filter(({ line }) => /^\s*(```|~~~)\s*ya?ml\b/i.test(line));
    if (pastedYamlAllowList.some((a) => a.file === file)) return;
    expect(
      lines.map((l) => `${file}:${l.no}`),
      `${file} pastes YAML. Put the manifest in labs/<lab>/manifests/ and import it: ` +
        "import pod from '@site/labs/<lab>/manifests/pod.yaml'; <CodeBlock language=\"yaml\" title=\"labs/<lab>/manifests/pod.yaml\" showLineNumbers>{pod}</CodeBlock>",
    ).toEqual([]);
  });

  it.each(yamlImports)('$name: file exists', ({ doc, spec, target }) => {
    expect(existsSync(fromRoot(target)), `${doc} imports ${spec}, but ${target} does not exist`).toBe(true);
  });

  it.each(labFiles)('%s is shown on a page', (file) => {
    const shownOn = yamlImports.filter((i) => i.target === file).map((i) => i.doc);
    expect(
      shownOn,
      `${file} is imported by no page in docs/. Show it on the lab's doc ` +
        `(import it and render it with <CodeBlock title="${file}">), or delete it if the lab does not use it`,
    ).not.toEqual([]);
  });

  it.each(labs)('labs/$name/lab.ts is embedded by the doc it names', async ({ file, name }) => {
    const lab = (await import(/* @vite-ignore */ fromRoot(file))).default as { doc: string };
    const doc = docs.find((d) => d.file.replace(/\.mdx?$/, '') === `docs/${lab.doc}`);
    expect(doc, `${file}: doc '${lab.doc}' names no page (expected docs/${lab.doc}.mdx)`).toBeDefined();
    const importsLab = importsOf(doc!.file, doc!.source).some((i) => i.target.replace(/\.ts$/, '') === `labs/${name}/lab`);
    expect(
      importsLab && /<Lab\s+lab=\{/.test(doc!.source),
      `${doc!.file} must embed ${file}: import lab from '@site/labs/${name}/lab'; then <Lab lab={lab} />`,
    ).toBe(true);
  });
});
