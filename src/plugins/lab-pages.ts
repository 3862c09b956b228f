import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** A file of a lab shown on its page, by its path inside the lab folder. */
export interface LabFileRef {
  /** `manifests/pod.yaml`, `variants/broken/pod.yaml`, `original/pod.yaml`. */
  path: string;
}

export interface LabFolder {
  name: string;
  /** Every manifest, variant and original, sorted: manifests/, original/, variants/<v>/. */
  files: LabFileRef[];
  hasEvidence: boolean;
}

const GROUPS = ['manifests', 'original', 'variants'];

/**
 * The labs under `labsDir`: each folder with a `lab.ts` (the runner's rule, scripts/lib/labs/labs.ts
 * labNames), with its YAML files in manifests/, original/ and variants/<variant>/.
 */
export function labFolders(labsDir: string): LabFolder[] {
  if (!existsSync(labsDir)) return [];
  return readdirSync(labsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(labsDir, d.name, 'lab.ts')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(labsDir, name);
      const files = GROUPS.flatMap((group) =>
        existsSync(path.join(dir, group))
          ? readdirSync(path.join(dir, group), { recursive: true, withFileTypes: true })
              .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
              .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
              .sort()
          : [],
      );
      return { name, files: files.map((p) => ({ path: p })), hasEvidence: existsSync(path.join(dir, 'evidence.json')) };
    });
}

/**
 * The module a lab page loads: the lab's definition, its evidence and every file as text and as
 * a download URL. It imports the lab's own files (as the docs pages do), so the page shows what
 * the runner applies, and the manifests go through the same loader as everywhere else.
 */
export function labModuleSource(lab: LabFolder): string {
  const at = (p: string) => JSON.stringify(`@site/labs/${lab.name}/${p}`);
  const imports = [
    `import lab from ${at('lab')};`,
    lab.hasEvidence ? `import evidence from ${at('evidence.json')};` : 'const evidence = undefined;',
    ...lab.files.flatMap((f, i) => [`import text${i} from ${at(f.path)};`, `import url${i} from ${JSON.stringify(`@site/labs/${lab.name}/${f.path}?download`)};`]),
  ];
  const files = lab.files.map((f, i) => `{ path: ${JSON.stringify(f.path)}, text: text${i}, url: url${i} }`);
  return `${imports.join('\n')}\nexport default { lab, evidence, files: [${files.join(', ')}] };\n`;
}

/** The module of the lab list: each lab's definition (titles and claims in both languages). */
export function indexModuleSource(labs: LabFolder[]): string {
  const imports = labs.map((l, i) => `import lab${i} from ${JSON.stringify(`@site/labs/${l.name}/lab`)};`);
  return `${imports.join('\n')}\nexport default { labs: [${labs.map((_, i) => `lab${i}`).join(', ')}] };\n`;
}

/** `/labs/<name>` under the site's base URL (`/en/labs/<name>` in the English build). */
export const labRoute = (baseUrl: string, name?: string): string => `${baseUrl.replace(/\/?$/, '/')}labs${name ? `/${name}` : ''}`;

/**
 * A page for every lab, generated from `labs/` when the site is built: a lab folder added later
 * gets its page with no other step. `/labs` lists them; `/labs/<name>` shows the lab's definition
 * (src/components/LabPage). Both exist in every locale (Docusaurus runs plugins once per locale,
 * with the locale's base URL).
 */
export default function labPagesPlugin(context: LoadContext): Plugin<LabFolder[]> {
  const labsDir = path.join(context.siteDir, 'labs');
  return {
    name: 'lab-pages',
    getPathsToWatch: () => [path.join(labsDir, '**', '*')],
    async loadContent() {
      return labFolders(labsDir);
    },
    async contentLoaded({ content: labs, actions }) {
      for (const lab of labs) {
        const data = await actions.createData(`lab-${lab.name}.js`, labModuleSource(lab));
        actions.addRoute({ path: labRoute(context.baseUrl, lab.name), component: '@site/src/components/LabPage', modules: { data }, exact: true });
      }
      const index = await actions.createData('labs-index.js', indexModuleSource(labs));
      actions.addRoute({ path: labRoute(context.baseUrl), component: '@site/src/components/LabIndex', modules: { data: index }, exact: true });
    },
  };
}
