/**
 * Where a lab's page and its parts are, as site paths for `<Link to>` (Docusaurus adds the base
 * URL and the locale). The pages are made by src/plugins/lab-pages.ts from labs/.
 */
export const labPagePath = (name: string, anchor?: string): string => `/labs/${name}${anchor ? `#${anchor}` : ''}`;

/** The anchor of a file's section on the lab page: `manifests/pod.yaml` → `manifests-pod-yaml`. */
export const fileAnchor = (filePath: string): string => filePath.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** The anchor of a variant's section: `variant-broken`. */
export const variantAnchor = (variant: string): string => `variant-${variant}`;

export const ORIGINALS_ANCHOR = 'original';
export const EVIDENCE_ANCHOR = 'evidence';
