/**
 * Does every text of a rendered diagram fit inside its box? Runs in the browser, on the real
 * layout: pass `diagramTextOverflows` to Playwright's `page.evaluate` (it is serialized there, so
 * it uses nothing from outside its own body).
 */

/** A text that runs past the box it belongs to. */
export interface TextOverflow {
  /** Index of the diagram (`<svg>`) among the diagrams `diagramTextOverflows` looked at. */
  diagram: number;
  /** The text as the reader sees it (its `textContent`, whitespace collapsed). */
  text: string;
  /** What it must fit in: `note`, `actor`, `labelBox`… (the box's class or tag), or `diagram` (the svg's visible area). */
  box: string;
  /** How far the text runs past the box, in CSS px on the screen: the largest of the four sides. */
  by: number;
  /** The side it runs past most. */
  side: 'left' | 'right' | 'top' | 'bottom';
}

/**
 * Every text of every diagram under `root` (`svg` elements matched by `selector`) that runs past
 * its box by more than `tolerance` CSS px.
 *
 * A text's box: for a foreignObject label (htmlLabels), the foreignObject; for an svg `<text>`,
 * the smallest shape (`rect`, `polygon`, `circle`, `ellipse`, `path`) in the same group that holds
 * the text's centre (a note's or an actor's rectangle, a loop's label tab), else the frame the
 * group's `line`s draw around it (a loop or `par` block), else nothing but the diagram. Every text
 * must also fit the diagram's visible area (the svg clips what lies outside its viewBox).
 * Sizes are measured on screen (getBoundingClientRect), so a diagram scaled down to a phone's
 * width reports screen px; a Range gives a foreignObject's text extent even where it is clipped.
 *
 * @param root where to look, usually `document`
 * @param selector the diagrams' `svg` elements
 * @param tolerance CSS px a text may run past its box (anti-aliasing and rounding)
 * @returns the offenders, in document order; empty when everything fits
 */
export function diagramTextOverflows(
  { selector = '.docusaurus-mermaid-container svg', tolerance = 0.5 }: { selector?: string; tolerance?: number } = {},
  root: ParentNode = document,
): TextOverflow[] {
  // No named inner functions: esbuild's keepNames (tsx, vitest) wraps them in a `__name()` helper
  // that does not exist in the page this function is serialized into.
  type Box = { left: number; right: number; top: number; bottom: number };
  /** [diagram, text, its extent, the box it must fit, the box's name] */
  const pairs: [number, string, Box, Box, string][] = [];
  Array.from(root.querySelectorAll<SVGSVGElement>(selector)).forEach((svg, diagram) => {
    const visible = svg.getBoundingClientRect();
    for (const fo of Array.from(svg.querySelectorAll('foreignObject'))) {
      const text = (fo.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(fo);
      const extent = range.getBoundingClientRect();
      pairs.push([diagram, text, extent, fo.getBoundingClientRect(), 'foreignObject'], [diagram, text, extent, visible, 'diagram']);
    }
    for (const el of Array.from(svg.querySelectorAll('text'))) {
      // A <text> nested in another is measured with its parent.
      if (el.parentElement?.closest('text') || el.closest('foreignObject')) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const t = el.getBoundingClientRect();
      const cx = (t.left + t.right) / 2;
      const cy = (t.top + t.bottom) / 2;
      const siblings = Array.from(el.parentElement?.children ?? []);
      const shape = siblings
        .filter((s) => ['rect', 'polygon', 'circle', 'ellipse', 'path'].includes(s.tagName.toLowerCase()))
        .map((s) => ({ s, b: s.getBoundingClientRect() }))
        .filter(({ b }) => b.width > 0 && b.height > 0 && b.left <= cx && cx <= b.right && b.top <= cy && cy <= b.bottom)
        .sort((x, y) => x.b.width * x.b.height - y.b.width * y.b.height)[0];
      const lines = siblings.filter((s) => s.tagName.toLowerCase() === 'line').map((s) => s.getBoundingClientRect());
      const frame = {
        left: Math.min(...lines.map((b) => b.left)),
        right: Math.max(...lines.map((b) => b.right)),
        top: Math.min(...lines.map((b) => b.top)),
        bottom: Math.max(...lines.map((b) => b.bottom)),
      };
      if (shape) pairs.push([diagram, text, t, shape.b, shape.s.getAttribute('class')?.split(/\s+/)[0] || shape.s.tagName.toLowerCase()]);
      // Lines frame a text only inside a block's own group (a loop, `par`…): the svg's top level holds every lifeline.
      else if (el.parentElement?.tagName.toLowerCase() === 'g' && lines.length >= 3 && frame.left < cx && cx < frame.right && frame.top < cy && cy < frame.bottom) pairs.push([diagram, text, t, frame, 'frame']);
      pairs.push([diagram, text, t, visible, 'diagram']);
    }
  });
  const found: TextOverflow[] = [];
  for (const [diagram, text, t, box, name] of pairs) {
    const sides: [TextOverflow['side'], number][] = [
      ['left', box.left - t.left],
      ['right', t.right - box.right],
      ['top', box.top - t.top],
      ['bottom', t.bottom - box.bottom],
    ];
    const [side, by] = sides.reduce((a, b) => (b[1] > a[1] ? b : a));
    if (by > tolerance) found.push({ diagram, text, box: name, by: Math.round(by * 10) / 10, side });
  }
  return found;
}

/** One line per offender, for a failure message: `diagram 1: "text" runs 24.3 px past its note (right)`. */
export function describeOverflows(overflows: TextOverflow[]): string {
  return overflows.map((o) => `diagram ${o.diagram + 1}: "${o.text}" runs ${o.by} px past its ${o.box} (${o.side})`).join('\n');
}
