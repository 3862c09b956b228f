/**
 * Remark plugin (docs pages): each `<ManifestDiff title=… base=… from={a} to={b} />` gets its diff
 * computed when the site is built. `from={a}` becomes `diff={…}`, the text of an import this
 * plugin adds: `b`'s file with `?diff-from=<a's file>`, which manifest-diff.cjs turns into the
 * unified diff (yaml-source.ts routes the query to it). Pages keep passing the manifests they
 * import, as before; the browser gets the diff as text and runs no diff code.
 */

/** The parts of the MDX syntax tree this plugin reads and writes (mdast + mdx). */
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Attribute[];
  children?: Node[];
  data?: { estree?: Program };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string; data?: { estree?: Program } } | null;
}
interface Program {
  type: 'Program';
  sourceType: 'module';
  body: Statement[];
}
type Statement =
  | { type: 'ImportDeclaration'; specifiers: { type: string; local: { type: 'Identifier'; name: string } }[]; source: { type: 'Literal'; value: string; raw?: string } }
  | { type: 'ExpressionStatement'; expression: { type: 'Identifier'; name: string } }
  | { type: string };

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Default imports of the page: local name → import path (`pod` → `@site/labs/x/manifests/pod.yaml`). */
function defaultImports(tree: Node): Map<string, string> {
  const imports = new Map<string, string>();
  walk(tree, (n) => {
    if (n.type !== 'mdxjsEsm') return;
    for (const s of n.data?.estree?.body ?? []) {
      if (s.type !== 'ImportDeclaration' || !('specifiers' in s)) continue;
      for (const spec of s.specifiers) if (spec.type === 'ImportDefaultSpecifier') imports.set(spec.local.name, s.source.value);
    }
  });
  return imports;
}

/** The identifier an attribute passes (`from={pod}` → `pod`), or undefined. */
function identifierOf(attr: Attribute | undefined): string | undefined {
  const value = attr?.value;
  if (!value || typeof value === 'string' || value.type !== 'mdxJsxAttributeValueExpression') return undefined;
  const statement = value.data?.estree?.body[0];
  return statement && 'expression' in statement && statement.expression.type === 'Identifier' ? statement.expression.name : undefined;
}

const program = (body: Statement[]): Program => ({ type: 'Program', sourceType: 'module', body });

export default function manifestDiffRemark() {
  return (tree: Node, file: { path?: string }): void => {
    const imports = defaultImports(tree);
    const added: Node[] = [];
    walk(tree, (n) => {
      if ((n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') || n.name !== 'ManifestDiff') return;
      const attrs = n.attributes ?? [];
      const fromAttr = attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'from');
      const [from, to] = [identifierOf(fromAttr), identifierOf(attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'to'))];
      const [fromPath, toPath] = [from && imports.get(from), to && imports.get(to)];
      if (!fromAttr || !fromPath || !toPath) {
        throw new Error(`${file.path ?? 'a page'}: <ManifestDiff> needs from={…} and to={…}, each a manifest the page imports (import pod from '@site/labs/…/pod.yaml')`);
      }
      const name = `__manifestDiff${added.length}`;
      const source = `${toPath}?diff-from=${encodeURIComponent(fromPath)}`;
      added.push({
        type: 'mdxjsEsm',
        value: `import ${name} from ${JSON.stringify(source)};`,
        data: {
          estree: program([
            {
              type: 'ImportDeclaration',
              specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
              source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
            },
          ]),
        },
      });
      fromAttr.name = 'diff';
      fromAttr.value = { type: 'mdxJsxAttributeValueExpression', value: name, data: { estree: program([{ type: 'ExpressionStatement', expression: { type: 'Identifier', name } }]) } };
    });
    tree.children = [...added, ...(tree.children ?? [])];
  };
}
