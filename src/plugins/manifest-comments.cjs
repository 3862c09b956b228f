/**
 * English comments for the lab manifests on English pages (issue 14, item 10). One source per
 * manifest: `labs/<lab>/manifests/*.yaml` and `variants/*` keep their Korean comments, and
 * `labs/<lab>/comments.en.json` maps each Korean comment (the text after `# `) to its English.
 * Only comments change: keys, values and the scripts' own output (`echo "…"`) stay as they run,
 * so an English page shows the same runnable file. `original/` (the author's example, byte for
 * byte) is never translated. A practice task's files shown on its page (`tasks/<task>/start/` and
 * `solution/`) work the same way, with `tasks/<task>/comments.en.json`.
 *
 * Plain CommonJS, not TypeScript: Rspack (future.faster) loads loaders with Node's require, which
 * does not read TypeScript on Node 20. manifest-comments.d.cts gives its types to the TS callers
 * (the drift test, the plugin).
 */
'use strict';
const { readFileSync, existsSync } = require('node:fs');
const { join, sep } = require('node:path');

const HANGUL = /\p{Script=Hangul}/u;
/** A YAML (or shell) comment: `#` at the start of the line or after a blank, then its text. */
const COMMENT = /(^|\s)#( ?)(.*)$/;

/** The comment of each line that needs translating (Hangul in it), in file order. */
function koreanComments(text) {
  const found = [];
  for (const line of text.split('\n')) {
    const m = COMMENT.exec(line);
    if (m && HANGUL.test(m[3])) found.push(m[3].trimEnd());
  }
  return found;
}

/**
 * `text` with each Korean comment replaced by its English in `translations` (Korean → English).
 * Returns the text and the comments that have no translation (the caller fails on them).
 */
function localizeComments(text, translations) {
  const missing = [];
  const out = text.split('\n').map((line) => {
    const m = COMMENT.exec(line);
    if (!m || !HANGUL.test(m[3])) return line;
    const key = m[3].trimEnd();
    const en = translations[key];
    if (en === undefined) {
      missing.push(key);
      return line;
    }
    return `${line.slice(0, m.index)}${m[1]}#${m[2]}${en}`;
  });
  return { text: out.join('\n'), missing };
}

/**
 * The translation file of a manifest path, or undefined for a file that keeps its comments:
 * `labs/<lab>/comments.en.json` for a lab's manifests and variants (never original/), and
 * `tasks/<task>/comments.en.json` for the files a practice page shows, start/ and solution/
 * (wrong/ and also-correct/ are answers for testing the checker, which no page shows).
 */
function translationFileFor(file) {
  const parts = file.split(sep);
  const lab = parts.lastIndexOf('labs');
  const task = parts.lastIndexOf('tasks');
  const at = Math.max(lab, task);
  if (at < 0 || parts.length < at + 3) return undefined;
  const dir = parts[at + 2];
  if (at === lab ? dir === 'original' : dir !== 'start' && dir !== 'solution') return undefined;
  return join(parts.slice(0, at + 2).join(sep) || sep, 'comments.en.json');
}

/** The translations of a manifest's lab or task ({} when it has no file). */
function translationsFor(file) {
  const path = translationFileFor(file);
  return path && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

/**
 * The webpack/Rspack loader: with `locale: 'en'`, a manifest's Korean comments become English;
 * any other locale passes the file through. A comment with no translation fails the build,
 * naming the file and what to add.
 */
function loader(source) {
  const { locale } = this.getOptions();
  const path = translationFileFor(this.resourcePath);
  if (locale !== 'en' || !path) return source;
  this.addDependency(path);
  const { text, missing } = localizeComments(source, translationsFor(this.resourcePath));
  if (missing.length) throw new Error(`${this.resourcePath}: no English in ${path} for these comments: ${missing.map((c) => JSON.stringify(c)).join(', ')}`);
  return text;
}

module.exports = loader;
module.exports.koreanComments = koreanComments;
module.exports.localizeComments = localizeComments;
module.exports.translationFileFor = translationFileFor;
module.exports.translationsFor = translationsFor;
