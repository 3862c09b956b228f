/**
 * Loader for prism-react-renderer's bundle (dist/index.js and dist/index.mjs, pinned at 2.4.1):
 * drops the ~40 languages it registers on its Prism (markup, javascript, python, c++, …) and its
 * 20 color themes, ~100 KB of JavaScript that every page downloaded, parsed and ran. The pages
 * highlight only YAML and diffs; those come from prismjs' own components, through
 * `prism.additionalLanguages` in docusaurus.config.ts (Docusaurus' prism-include-languages), and
 * the two themes the site uses are read in docusaurus.config.ts (Node, not this bundle).
 *
 * The bundle is one file, so nothing can import less of it; this cuts two sections of it by the
 * comments its build leaves (`// src/prism-langs.ts`, `// src/themes/index.ts`, `// src/index.ts`).
 * A version laid out differently fails the build here instead of shipping a broken highlighter.
 * Plain CommonJS for the same reason as manifest-comments.cjs.
 */
'use strict';

const PRISM = 'var Prism = __toESM(require_prism());\n';
const THEMES = '// src/themes/index.ts\n';
const AFTER_THEMES = '// src/index.ts\n';

function slimPrism(source, file = 'prism-react-renderer') {
  const langs = source.indexOf(`// src/prism-langs.ts\n${PRISM}`);
  const themes = source.indexOf(THEMES, langs);
  const afterThemes = source.indexOf(AFTER_THEMES, themes);
  if (langs < 0 || themes < 0 || afterThemes < 0) {
    throw new Error(
      `${file}: not laid out as prism-react-renderer 2.4.1 (src/plugins/prism-slim.cjs cuts its languages and themes by the comments "// src/prism-langs.ts", "${THEMES.trim()}" and "${AFTER_THEMES.trim()}"): check the loader against this version, or remove it from src/plugins/prism-slim.ts`,
    );
  }
  const keptPrism = langs + '// src/prism-langs.ts\n'.length + PRISM.length;
  return `${source.slice(0, keptPrism)}// (languages cut by src/plugins/prism-slim.cjs)\n\n${THEMES}var themes_exports = {}; // (themes cut by src/plugins/prism-slim.cjs)\n\n${source.slice(afterThemes)}`;
}

function loader(source) {
  return slimPrism(source, this.resourcePath);
}

module.exports = loader;
module.exports.slimPrism = slimPrism;
