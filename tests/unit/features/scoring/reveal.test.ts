import { describe, expect, it } from 'vitest';
import {
  outOfView,
  RowRevealer,
  type RevealedRow,
  type RevealHost,
  type RowEdges,
} from '../../../../renderer/src/features/scoring/sheet-form/reveal';

/** A page 768 px high whose frames are run by hand; rows keep 96 px free at the bottom (6rem). */
function pretendPage() {
  const frames = new Map<number, () => void>();
  let next = 1;
  const host: RevealHost = {
    requestFrame: (run) => {
      frames.set(next, run);
      return next++;
    },
    cancelFrame: (handle) => void frames.delete(handle),
    viewportHeight: () => 768,
    bottomReserve: () => 96,
  };
  const frame = (): void => {
    const runs = [...frames.values()];
    frames.clear();
    for (const run of runs) run();
  };
  return { host, frame, framesAsked: () => frames.size };
}

function row(edges: RowEdges) {
  const scrolled: ScrollIntoViewOptions[] = [];
  let reads = 0;
  const element: RevealedRow = {
    isConnected: true,
    getBoundingClientRect: () => {
      reads += 1;
      return {
        ...edges,
        left: 0,
        right: 0,
        width: 0,
        height: edges.bottom - edges.top,
        x: 0,
        y: edges.top,
        toJSON: () => edges,
      };
    },
    scrollIntoView: (arg?: boolean | ScrollIntoViewOptions) => {
      scrolled.push(typeof arg === 'object' ? arg : {});
    },
  };
  return { element, scrolled, reads: () => reads };
}

describe('keeping the current criterion in view while typing', () => {
  it.each([
    ['wholly in view', { top: 300, bottom: 520 }, false],
    ['reaching into the band kept free at the bottom', { top: 500, bottom: 700 }, true],
    ['below the screen', { top: 900, bottom: 1100 }, true],
    ['partly above the screen', { top: -20, bottom: 200 }, true],
    ['ending exactly at the band', { top: 452, bottom: 672 }, false],
  ])('a row %s: scrolled to = %s', (_what, edges, expected) => {
    expect(outOfView(edges, 768, 96)).toBe(expected);
  });

  it('nothing is read or scrolled in the key itself; at the frame, a row in view is left where it is', () => {
    const page = pretendPage();
    const visible = row({ top: 300, bottom: 520 });
    new RowRevealer(page.host).reveal(visible.element);
    expect(visible.reads()).toBe(0);
    page.frame();
    expect(visible.reads()).toBe(1);
    expect(visible.scrolled).toEqual([]);
  });

  it('several keys in one frame: only the last row is read, and brought to the top once', () => {
    const page = pretendPage();
    const revealer = new RowRevealer(page.host);
    const rows = [
      row({ top: 500, bottom: 700 }),
      row({ top: 708, bottom: 900 }),
      row({ top: 908, bottom: 1100 }),
    ];
    for (const r of rows) revealer.reveal(r.element);
    expect(page.framesAsked()).toBe(1);
    page.frame();
    expect(rows.map((r) => r.reads())).toEqual([0, 0, 1]);
    expect(rows[2]?.scrolled).toEqual([{ block: 'start' }]);
    expect(rows[0]?.scrolled).toEqual([]);
  });

  it('a cancelled reveal (a jump that scrolls at once, the form closing) does nothing', () => {
    const page = pretendPage();
    const revealer = new RowRevealer(page.host);
    const below = row({ top: 900, bottom: 1100 });
    revealer.reveal(below.element);
    revealer.cancel();
    page.frame();
    expect(below.reads()).toBe(0);
    expect(below.scrolled).toEqual([]);
  });
});
