import React, { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Appended to every id in the dialog's copy of the diagram. */
const COPY = '-full';

interface Props {
  /** The diagram: whatever renders an `<svg>` (the Mermaid component). */
  children: ReactNode;
}

/**
 * A diagram with a "View full size" button that opens it in a full-screen dialog at its natural
 * size (1 svg unit = 1 CSS px, so its 16 px labels stay 16 px), scrolled and pinch-zoomed there.
 * On a phone the page shrinks a sequence diagram to a third of that (labels about 5 px): the
 * button is how it can be read. A native modal `<dialog>`: it keeps focus inside, closes with Esc
 * and gives focus back to the button (the browser does all three), and the page under it does
 * not scroll (styles.module.css).
 *
 * The dialog shows a copy of the rendered svg, made when it opens: Mermaid renders in the browser,
 * and rendering again would cost the same time again. The copy's ids are renamed, so its
 * stylesheet (`#<id> .note {…}`) and markers apply to it alone and no id appears twice.
 * The button appears once the diagram is there (Mermaid loads when the diagram comes near).
 */
export default function FullSizeDiagram({ children }: Props): ReactNode {
  const diagram = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const el = diagram.current;
    if (!el) return undefined;
    const check = () => setReady(el.querySelector('svg') !== null);
    check();
    const observer = new MutationObserver(check);
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  const open = () => {
    const svg = diagram.current?.querySelector('svg');
    if (!svg || !dialog.current || !body.current) return;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    // Ids built on the svg's own (its stylesheet's `#<id>`, markers, aria-labelledby) are renamed
    // with every reference to them; the rest (Mermaid's `actor0`, `root-0`: nothing here refers
    // to them) just get the suffix, so no id of the page appears twice.
    if (svg.id) copy.innerHTML = copy.innerHTML.replaceAll(svg.id, `${svg.id}${COPY}`);
    for (const el of [copy, ...Array.from(copy.querySelectorAll('[id]'))]) {
      if (!el.id.endsWith(COPY) && !el.id.includes(`${svg.id}${COPY}`)) el.id = `${el.id}${COPY}`;
    }
    // Natural size: the viewBox in CSS px, not the page's width (Mermaid sets width="100%" and a max-width).
    const { width, height } = svg.viewBox.baseVal;
    copy.removeAttribute('style');
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
    body.current.replaceChildren(copy);
    body.current.scrollTo(0, 0);
    dialog.current.showModal();
  };

  return (
    <div>
      {ready && (
        <button type="button" className={styles.open} onClick={open} aria-haspopup="dialog" data-testid="diagram-full-size">
          <Translate id="diagram.fullSize.open" description="Button above a diagram that opens it at full size">
            크게 보기
          </Translate>
        </button>
      )}
      <div ref={diagram}>{children}</div>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={titleId}
        // Drop the copy when closed: nothing of it stays in the page.
        onClose={() => body.current?.replaceChildren()}
        data-testid="diagram-dialog"
      >
        <div className={styles.bar}>
          <span id={titleId} className={styles.title}>
            <Translate id="diagram.fullSize.title" description="Title of the dialog that shows a diagram at full size">
              그림 크게 보기
            </Translate>
          </span>
          <button type="button" className={styles.close} onClick={() => dialog.current?.close()} data-testid="diagram-dialog-close">
            <Translate id="diagram.fullSize.close" description="Button that closes the full-size diagram dialog">
              닫기
            </Translate>
          </button>
        </div>
        {/* Scrolls both ways; focusable so a keyboard can scroll it too (axe: scrollable-region-focusable). */}
        <div ref={body} className={styles.body} tabIndex={0} role="region" aria-labelledby={titleId} />
      </dialog>
    </div>
  );
}
