/** For tests that check a run speaks one language: what may stay in the other. */
/**
 * A line with what may stay English in a Korean run taken out: commands and flags, file names,
 * `kubectl …`, URLs, Kubernetes words in code (Pod, ConfigMap), names of labs, Pods and checks.
 * What is left must hold no run of three English words.
 */
export function withoutNames(line: string): string {
  return line
    .replace(/https?:\/\/\S+/g, '')
    .replace(/(npm|kubectl|kind|docker|curl|brew|choco|go|sudo) [^:()\]]*/g, '')
    .replace(/--?[\w-]+( [A-Z]+| ko\|en| <[^>]+>)?/g, '')
    .replace(/[\w.~/${}:-]*\/[\w.~/${}<>:-]*/g, '');
}

/** Lines of a Korean run's output that still read as English prose (three English words in a row, names taken out). */
export function englishLines(text: string): string[] {
  return text.split('\n').filter((l) => /[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/.test(withoutNames(l)));
}

/**
 * A catalogue message (messages.ts) as a RegExp, for output that must hold it: `sample` is the
 * message made with placeholder arguments, each of which (`wild`) then matches any text.
 */
export function said(sample: string, ...wild: string[]): RegExp {
  let source = sample.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const w of wild) source = source.split(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?');
  return new RegExp(source);
}
