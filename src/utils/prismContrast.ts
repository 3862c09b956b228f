import type { PrismTheme } from 'prism-react-renderer';

/**
 * Prism themes as shipped miss WCAG AA contrast for some tokens (GitHub's `#00a4db` YAML keys
 * and `#999988` comments on `#f6f8fa`; Dracula's comments), which Lighthouse reports on every
 * page with a manifest. This keeps each theme's hues and only moves a token color towards
 * black (light theme) or white (dark theme) until it reaches `minRatio` against the background.
 */

type Rgb = [number, number, number];

function parse(color: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) as Rgb;
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/i.exec(color);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

/** Whether two CSS colors (`#rrggbb` or `rgb(r, g, b)`, as Prism themes write them) are the same color. */
export function sameColor(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const [x, y] = [parse(a), parse(b)];
  return x !== undefined && y !== undefined && x.every((v, i) => v === y[i]);
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function readable(color: string, background: Rgb, minRatio: number): string {
  const fg = parse(color);
  if (!fg || contrast(fg, background) >= minRatio) return color;
  const target = luminance(background) > 0.5 ? 0 : 255;
  for (let t = 0.05; t <= 1; t += 0.05) {
    const mixed = fg.map((v) => v + (target - v) * t) as Rgb;
    if (contrast(mixed, background) >= minRatio) return hex(mixed);
  }
  return hex([target, target, target]);
}

export function withContrast(theme: PrismTheme, minRatio = 4.5): PrismTheme {
  const background = parse(String(theme.plain.backgroundColor));
  if (!background) return theme;
  const fix = (color: unknown) => (typeof color === 'string' ? readable(color, background, minRatio) : color);
  return {
    plain: { ...theme.plain, color: fix(theme.plain.color) as string },
    styles: theme.styles.map((s) => (s.style.color ? { ...s, style: { ...s.style, color: fix(s.style.color) as string } } : s)),
  };
}
