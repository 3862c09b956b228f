/**
 * The lines of a lab manifest that only record the lab's timeline, not the pattern it teaches.
 * Lab containers that prove an order print `LIFECYCLE <uptime> <container> Starting|Started|Exiting`
 * (README "labs/<name>/"; scripts/lib/checks/lifecycle.ts parses them for the `lifecycle-*` checks), either
 * with an `echo "LIFECYCLE …"` statement or through a shell function `rec() { echo "LIFECYCLE …" … }`
 * called as `rec Starting`. Code blocks show these lines dimmed and marked (src/theme/CodeBlock),
 * so the pattern reads first; the file itself stays whole, and so does what the copy button copies.
 *
 * Only a line that is nothing but such a statement counts: a line that also does something else
 * (`trap 'rec Exiting; sleep 2; exit 0' TERM`, `…; exec sleep 3600`) is part of the pattern and stays
 * as it is. Comment lines never count. Pure and tiny: it runs in the browser too, on hydration.
 */
const STATEMENT = [
  /^rec\(\)\s*\{\s*echo "LIFECYCLE [^"]*"(\s*\|\s*tee -a \S+)?\s*;\s*\}\s*;?$/, // rec() { echo "LIFECYCLE …" | tee -a …; }
  /^echo "LIFECYCLE [^"]*"(\s*\|\s*tee -a \S+)?\s*;?$/, // echo "LIFECYCLE $(cut …) app Starting"
  /^rec (Starting|Started|Exiting)\s*;?$/, // rec Started (the events of lab-schema.ts' lifecycleEvent)
];

/**
 * 0-based indexes of the recording lines of `code` (lines split on `\n`). `language` `diff`: each
 * line's first column (`+`, `-` or a space) is the diff's, and the rest is judged.
 */
export function recordingLines(code: string, language?: string): number[] {
  if (!code.includes('LIFECYCLE')) return [];
  return code.split('\n').flatMap((line, i) => {
    const body = (language === 'diff' ? line.slice(1) : line).trim();
    return STATEMENT.some((re) => re.test(body)) ? [i] : [];
  });
}
