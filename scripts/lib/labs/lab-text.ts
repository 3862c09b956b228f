/**
 * The one place that picks a lab's texts in a language: Korean (the lab's own fields, the source
 * and the default) or English (its `en` block). Used by the page components and by the runner.
 * Pure and browser-safe, like lab-schema.ts.
 */
import { UserError } from '../output/errors';
import type { LabDefinition } from './lab-schema';

export const LAB_LANGS = ['ko', 'en'] as const;
export type LabLang = (typeof LAB_LANGS)[number];
export const DEFAULT_LAB_LANG: LabLang = 'ko';

export interface LabText {
  title: string;
  proves: string[];
  /** Every step's title with its checks' titles, in order. */
  steps: { title: string; checks: { id: string; title: string }[] }[];
  /** Check id → title. */
  checks: Record<string, string>;
  /** Variant name → why it is broken. */
  variants: Record<string, string>;
  /** Original file (`originals[].file`) → why the runnable version differs. */
  originals: Record<string, string>;
}

/**
 * A lab's texts in `lang`. Takes the definition as written (pages import it unparsed), so
 * fields with schema defaults may be absent; the schema guarantees that `en` covers every text.
 */
export function labText(lab: LabDefinition, lang: LabLang): LabText {
  const steps = lab.steps.map((s, i) => ({
    title: lang === 'en' ? lab.en.steps[i] : s.title,
    checks: (s.checks ?? []).map((c) => ({ id: c.id, title: lang === 'en' ? lab.en.checks[c.id] : c.title })),
  }));
  const variants = Object.entries(lab.variants ?? {}).map(([name, v]) => [name, lang === 'en' ? lab.en.variants?.[name]?.why : v.why] as const);
  const originals = (lab.originals ?? []).map((o) => [o.file, lang === 'en' ? lab.en.originals?.[o.file]?.why : o.why] as const);
  return {
    title: lang === 'en' ? lab.en.title : lab.title,
    proves: lang === 'en' ? lab.en.proves : lab.proves,
    steps,
    checks: Object.fromEntries(steps.flatMap((s) => s.checks.map((c) => [c.id, c.title]))),
    variants: Object.fromEntries(variants.filter((e): e is readonly [string, string] => e[1] !== undefined)),
    originals: Object.fromEntries(originals.filter((e): e is readonly [string, string] => e[1] !== undefined)),
  };
}

/** `--lang` of the runner: one of LAB_LANGS, `ko` when not given. */
export function parseLabLang(value: string | undefined): LabLang {
  if (value === undefined) return DEFAULT_LAB_LANG;
  if ((LAB_LANGS as readonly string[]).includes(value)) return value as LabLang;
  throw new UserError(`unknown --lang "${value}": use ${LAB_LANGS.join(' or ')}`);
}

/** The command that runs a lab (optionally a variant), as a page shows it: `--lang en` only when not Korean. */
export function runCommand(lab: string, { lang = DEFAULT_LAB_LANG, variant, kubeconfig }: { lang?: LabLang; variant?: string; kubeconfig?: boolean } = {}): string {
  return ['npm run lab -- run', lab, ...(variant ? ['--variant', variant] : []), ...(kubeconfig ? ['--kubeconfig', 'FILE'] : []), ...(lang === DEFAULT_LAB_LANG ? [] : ['--lang', lang])].join(' ');
}
