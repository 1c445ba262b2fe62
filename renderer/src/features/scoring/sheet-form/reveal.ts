/**
 * Keeping the keyboard's current criterion in view while typing (issue 13: a digit key → its
 * totals painted within a frame). Scrolling on every key — the row centred each time — made the
 * browser lay out and repaint the whole screen for each key, and reading the row's position in
 * the key handler forced a layout of the page the key had just changed. Instead the row is
 * revealed once per frame, in the frame's animation callback (the layout it reads there is the
 * one the frame needs anyway), and only when it is not already wholly in view; then it is
 * brought to the top, so the rows after it are in view for the next keys.
 */

/** A row's top and bottom edges relative to the viewport (getBoundingClientRect), CSS pixels. */
export interface RowEdges {
  readonly top: number;
  readonly bottom: number;
}

/**
 * True when the row must be scrolled to: some of it is above the viewport, or below the band
 * kept free at the bottom (the row's scroll-margin: on a phone the live totals are pinned there).
 */
export function outOfView(row: RowEdges, viewportHeight: number, bottomReserve: number): boolean {
  return row.top < 0 || row.bottom > viewportHeight - bottomReserve;
}

/** What the revealer uses of a row (a fieldset in the page). */
export type RevealedRow = Pick<Element, 'isConnected' | 'getBoundingClientRect' | 'scrollIntoView'>;

/** The frame scheduler and the document the revealer needs (the browser's, or a test's). */
export interface RevealHost {
  readonly requestFrame: (run: () => void) => number;
  readonly cancelFrame: (handle: number) => void;
  readonly viewportHeight: () => number;
  /** the row's scroll-margin-bottom in pixels */
  readonly bottomReserve: (row: RevealedRow) => number;
}

export const browserRevealHost: RevealHost = {
  requestFrame: (run) => window.requestAnimationFrame(run),
  cancelFrame: (handle) => window.cancelAnimationFrame(handle),
  viewportHeight: () => document.documentElement.clientHeight,
  bottomReserve: (row) =>
    row instanceof Element ? Number.parseFloat(getComputedStyle(row).scrollMarginBottom) || 0 : 0,
};

/**
 * Reveals the last row asked for, once, at the next frame: several keys typed within one frame
 * cost one reading of the layout and at most one scroll.
 */
export class RowRevealer {
  private wanted: RevealedRow | null = null;
  private frame: number | null = null;

  constructor(private readonly host: RevealHost) {}

  reveal(row: RevealedRow): void {
    this.wanted = row;
    this.frame ??= this.host.requestFrame(() => {
      this.frame = null;
      const target = this.wanted;
      this.wanted = null;
      if (target === null || !target.isConnected) return;
      const edges = target.getBoundingClientRect();
      if (outOfView(edges, this.host.viewportHeight(), this.host.bottomReserve(target)))
        target.scrollIntoView({ block: 'start' });
    });
  }

  /** Forgets a pending reveal (the form closes, or a jump scrolls at once). */
  cancel(): void {
    this.wanted = null;
    if (this.frame !== null) this.host.cancelFrame(this.frame);
    this.frame = null;
  }
}
