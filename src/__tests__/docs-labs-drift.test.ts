/**
 * Docs show manifests only by importing them from labs/, so what readers see is what CI runs.
 * Like kubernetes/website's example tests: no pasted YAML, no import of a missing file, no
 * lab file that no page shows, and every lab embedded by the doc it names. Translated pages
 * (`i18n/<locale>/docusaurus-plugin-content-docs/current/`) follow the same rules: they import
 * the same files and embed the same labs as the Korean page they translate, and have no page
 * of their own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot, listFiles, rel } from './lib/repo';

/** Pasted ```yaml blocks that are allowed in docs/, each with its reason. Keep it empty. */
const pastedYamlAllowList: { file: string; reason: string }[] = [];

const docs = listFiles('docs', /\.mdx?$/).map((file) => ({ file, source: readFileSync(fromRoot(file), 'utf8') }));

/** Where each translated edition keeps its docs (same relative paths as docs/). */
const translatedDocsDirs = existsSync(fromRoot('i18n'))
  ? readdirSync(fromRoot('i18n'))
      .map((locale) => `i18n/${locale}/docusaurus-plugin-content-docs/current`)
      .filter((dir) => existsSync(fromRoot(dir)))
  : [];

const translatedDocs = translatedDocsDirs.flatMap((dir) =>
  listFiles(dir, /\.mdx?$/).map((file) => ({
    file,
    source: readFileSync(fromRoot(file), 'utf8'),
    /** The Korean page it translates. */
    original: `docs/${file.slice(dir.length + 1)}`,
  })),
);

const allDocs = [...docs, ...translatedDocs];

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

const yamlImports = allDocs.flatMap(({ file, source }) =>
  importsOf(file, source)
    .filter((i) => /\.ya?ml$/.test(i.target))
    .map((i) => ({ ...i, doc: file, name: `${file} imports ${i.spec}` })),
);

const labFiles = listFiles('labs', /\.ya?ml$/).filter((f) => ['manifests', 'original', 'variants'].includes(f.split('/')[2]));

const labs = listFiles('labs', /^lab\.ts$/).map((file) => ({ file, name: file.split('/')[1] }));

describe('docs and labs stay in sync', () => {
  it.each(allDocs.map((d) => ({ ...d, name: d.file })))('$name has no pasted ```yaml block', ({ file, source }) => {
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

  it.each(allDocs.map((d) => ({ ...d, name: d.file })))('$name titles admonitions as :::type[title]', ({ file, source }) => {
    // The legacy `:::note 제목` form renders as raw text with this site's MDX setup.
    const legacy = source
      .split('\n')
      .map((line, i) => ({ line, no: i + 1 }))
      .filter(({ line }) => /^:::[a-z]+ +\S/.test(line))
      .map(({ line, no }) => `${file}:${no}: ${line}`);
    expect(legacy, 'write the title in brackets: :::note[검증 결과]').toEqual([]);
  });

  it.each(yamlImports)('$name: file exists', ({ doc, spec, target }) => {
    expect(existsSync(fromRoot(target)), `${doc} imports ${spec}, but ${target} does not exist`).toBe(true);
  });

  it.each(labFiles)('%s is shown on a page', (file) => {
    // Shown by a Korean page: a file only a translation imports would be missing from the original.
    const shownOn = yamlImports.filter((i) => i.target === file && i.doc.startsWith('docs/')).map((i) => i.doc);
    expect(
      shownOn,
      `${file} is imported by no page in docs/. Show it on the lab's doc ` +
        `(import it and render it with <CodeBlock title="${file}">), or delete it if the lab does not use it`,
    ).not.toEqual([]);
  });

  // <ManifestDiff title="labs/x/variants/broken/a.yaml" base="labs/x/manifests/a.yaml" from={a} to={broken} />:
  // the names must be the files whose text is passed, or the page would caption another file's diff.
  const diffs = allDocs.flatMap(({ file, source }) => {
    const vars = new Map(
      [...source.matchAll(/^import\s+(\w+)\s+from\s+['"]@site\/([^'"]+)['"];?\s*$/gm)].map(([, v, target]) => [v, target]),
    );
    return [...source.matchAll(/<ManifestDiff\s([^>]*)\/>/g)].map(([tag, attrs]) => {
      const attr = (name: string) => attrs.match(new RegExp(`\\b${name}=(?:"([^"]*)"|\\{(\\w+)\\})`))?.slice(1).find(Boolean);
      return { name: `${file}: ${tag.slice(0, 80)}…`, file, title: attr('title'), base: attr('base'), from: vars.get(attr('from') ?? ''), to: vars.get(attr('to') ?? '') };
    });
  });

  it('broken variants are shown as diffs', () => {
    expect(diffs.length).toBeGreaterThanOrEqual(listFiles('labs', /\.ya?ml$/).filter((f) => f.split('/')[2] === 'variants').length);
  });

  it.each(diffs)('$name names the files it compares', ({ title, base, from, to }) => {
    expect({ title, base }, 'title= must name the file passed as to={…}, base= the one passed as from={…}').toEqual({ title: to, base: from });
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

  it.each(translatedDocsDirs.flatMap((dir) => docs.map((d) => ({ dir, ...d, name: `${d.file} in ${dir}` }))))(
    '$name: every page has a translation',
    ({ dir, file }) => {
      const translated = `${dir}/${file.slice('docs/'.length)}`;
      expect(
        translatedDocs.some((t) => t.file === translated),
        `${file} has no translation ${translated}: translate it (same file name, same imports), or the edition falls back to Korean`,
      ).toBe(true);
    },
  );

  it.each(translatedDocs.map((d) => ({ ...d, name: d.file })))(
    '$name translates an existing page and imports the same labs and files',
    ({ file, source, original }) => {
      const korean = docs.find((d) => d.file === original);
      expect(korean, `${file} has no Korean original ${original}: translated pages must mirror docs/ (same file names)`).toBeDefined();
      const targets = (f: string, src: string) => importsOf(f, src).map((i) => i.target).sort();
      expect(
        targets(file, source),
        `${file} must import exactly what ${original} imports (same @site/labs/... files), so both editions show the same manifests`,
      ).toEqual(targets(korean!.file, korean!.source));
      const embeds = (src: string) => [...src.matchAll(/<(Lab|LabEvidence|LabVariant|LabDifference)\s[^>]*\/>/g)].map((m) => m[0]);
      expect(embeds(source), `${file} must embed the same lab components as ${original}`).toEqual(embeds(korean!.source));
    },
  );
});
