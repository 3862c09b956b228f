/**
 * The repository as the site names it: `customFields.repositoryUrl` in docusaurus.config.ts is
 * its tree URL of the default branch (`https://github.com/OWNER/REPO/tree/main`; GitLab:
 * `…/-/tree/main`), to which lab folder paths are appended. Unset until the repository is public.
 */
export interface Repository {
  /** The tree URL, without a trailing slash: `<tree>/labs/co-located/` is a lab folder. */
  tree: string;
  /** What `git clone` takes: the tree URL without `/tree/<branch>`. */
  clone: string;
  /** The folder `git clone` creates. */
  folder: string;
}

export function repositoryOf(repositoryUrl: unknown): Repository | undefined {
  if (typeof repositoryUrl !== 'string' || repositoryUrl.trim() === '') return undefined;
  const tree = repositoryUrl.trim().replace(/\/+$/, '');
  const clone = tree.replace(/\/(?:-\/)?tree\/[^/]+$/, '');
  const folder = clone.split('/').pop()!.replace(/\.git$/, '');
  return { tree, clone, folder };
}
