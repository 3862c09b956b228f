/**
 * The diffs <ManifestDiff> shows (a broken variant against the working manifest), computed when
 * the site is built, so no diff code ships to the browser: the page gets the diff as text.
 *
 * `import diff from '@site/labs/x/variants/broken/pod.yaml?diff-from=@site/labs/x/manifests/pod.yaml'`
 * yields the unified diff (`diff -u` hunks, no file headers) from the file in the query to the
 * imported one. manifest-diff-remark.ts writes these imports for every <ManifestDiff from={a}
 * to={b}> of a page, so pages keep passing the manifests they import. Both files are read as the
 * page shows them (English comments in the English build: manifest-comments.cjs runs before this
 * loader on the imported file, and is applied here to the other one), and both are webpack
 * dependencies, so editing either rebuilds the diff.
 *
 * jsdiff (the `diff` package) instead of a hand-written longest-common-subsequence: it is the
 * well-kept implementation (Myers' algorithm, used by Mocha, Jest's ancestors and many editors),
 * and running it at build time keeps it out of the pages' JavaScript. Plain CommonJS for the same
 * reason as manifest-comments.cjs (Rspack loads loaders with Node's require).
 */
'use strict';
const { readFileSync } = require('node:fs');
const { structuredPatch } = require('diff');
const manifestComments = require('./manifest-comments.cjs');

/** A text with exactly one final newline, so a missing one at the end is not a change. */
const withFinalNewline = (text) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/**
 * A unified diff of two texts, line by line, with `context` unchanged lines around each change
 * and `@@ -a,n +b,m @@` hunk headers numbered as GNU `diff -u` numbers them; '' when they are equal.
 */
function unifiedDiff(before, after, context = 3) {
  const { hunks } = structuredPatch('a', 'b', withFinalNewline(before), withFinalNewline(after), '', '', { context });
  // diff -u numbers an empty side by the line before it, and leaves out a count of 1.
  const range = (start, count) => (count === 0 ? `${start - 1},0` : count === 1 ? `${start}` : `${start},${count}`);
  return hunks
    .map((h) => [`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines].join('\n'))
    .join('\n');
}

/** The `?diff-from=` query's file (an import specifier such as `@site/labs/x/manifests/pod.yaml`). */
function baseSpecifier(resourceQuery) {
  const from = new URLSearchParams(resourceQuery.replace(/^\?/, '')).get('diff-from');
  if (!from) throw new Error(`manifest-diff: the query ${JSON.stringify(resourceQuery)} names no file (?diff-from=<import path>)`);
  return from;
}

/** The webpack/Rspack loader: `source` is the imported manifest as the page shows it. */
function loader(source) {
  const callback = this.async();
  const { locale } = this.getOptions();
  const from = baseSpecifier(this.resourceQuery);
  this.getResolve()(this.context, from)
    .then((basePath) => {
      this.addDependency(basePath);
      // The same comment translation the plain import of the base file gets (yaml-source.ts).
      const shown = manifestComments.call(
        { getOptions: () => ({ locale }), resourcePath: basePath, addDependency: (f) => this.addDependency(f) },
        readFileSync(basePath, 'utf8'),
      );
      const diff = unifiedDiff(shown, source);
      if (diff === '') throw new Error(`<ManifestDiff>: ${this.resourcePath} is the same as ${from}; show it with <CodeBlock> instead`);
      callback(null, diff);
    })
    .catch((e) => callback(e));
}

module.exports = loader;
module.exports.unifiedDiff = unifiedDiff;
