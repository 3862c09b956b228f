/**
 * A unified diff of two texts, line by line (longest common subsequence), with `context`
 * unchanged lines around each change and `@@ -a,n +b,m @@` hunk headers like `diff -u`.
 * Enough for manifests of a few hundred lines; no file headers (the page's title names them).
 */
export function unifiedDiff(before: string, after: string, context = 3): string {
  const a = splitLines(before);
  const b = splitLines(after);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  type Op = { mark: ' ' | '-' | '+'; line: string; ai: number; bi: number };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ mark: ' ', line: a[i], ai: i++, bi: j++ });
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ mark: '-', line: a[i], ai: i++, bi: j });
    else ops.push({ mark: '+', line: b[j], ai: i, bi: j++ });
  }

  // Group changes whose context overlaps into hunks.
  const changed = ops.flatMap((op, k) => (op.mark === ' ' ? [] : [k]));
  const hunks: [number, number][] = [];
  for (const k of changed) {
    const last = hunks.at(-1);
    if (last && k - last[1] <= 2 * context + 1) last[1] = k;
    else hunks.push([k, k]);
  }
  return hunks
    .map(([first, lastChange]) => {
      const slice = ops.slice(Math.max(0, first - context), Math.min(ops.length, lastChange + context + 1));
      const aCount = slice.filter((op) => op.mark !== '+').length;
      const bCount = slice.filter((op) => op.mark !== '-').length;
      // diff -u numbers an empty side by the line before it.
      const aStart = aCount === 0 ? slice[0].ai : slice[0].ai + 1;
      const bStart = bCount === 0 ? slice[0].bi : slice[0].bi + 1;
      // …and leaves out a count of 1.
      const range = (start: number, count: number) => (count === 1 ? `${start}` : `${start},${count}`);
      const header = `@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`;
      return [header, ...slice.map((op) => `${op.mark}${op.line}`)].join('\n');
    })
    .join('\n');
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
