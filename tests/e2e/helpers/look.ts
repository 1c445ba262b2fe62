import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * "What a person sees is checked": called by the browser tests at the states they already
 * reach (every screen and dialog), it asserts
 *   - no serious or critical accessibility violation (axe, WCAG 2.1 A/AA, colour contrast
 *     included), and
 *   - at 1366×768 and 1280×720: no horizontal scroll of the page, no text clipped or running
 *     out of its box, no control sticking out of the panel, dialog or table cell holding it.
 * The viewport is put back afterwards, so the test goes on as before.
 *
 *   await expectGoodLook(page, 'rounds: the round form');
 */
export const LOOK_VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

export interface LayoutProblem {
  readonly kind: 'page-scrolls-sideways' | 'text-overflows' | 'outside-container';
  readonly element: string;
  readonly detail: string;
}

export async function expectGoodLook(
  page: Page,
  where: string,
  scope: 'content' | 'page' = 'content',
  /** other sizes to check, e.g. a phone's 360×740 for the member pages */
  viewports: readonly { readonly width: number; readonly height: number }[] = LOOK_VIEWPORTS,
): Promise<void> {
  // The check's own time (axe is a few seconds on a busy machine) must not eat the test's budget.
  test.info().setTimeout(test.info().timeout + 20_000);
  await expectNoSeriousAxeViolations(page, where, scope);
  const before = page.viewportSize();
  const problems: string[] = [];
  for (const size of viewports) {
    await page.setViewportSize(size);
    for (const p of await layoutProblems(page))
      problems.push(`${size.width}×${size.height} ${p.kind}: ${p.element} — ${p.detail}`);
  }
  if (before !== null) await page.setViewportSize(before);
  expect(problems, `layout problems at ${where}`).toEqual([]);
}

/**
 * `scope` 'content' (the default) checks the open dialog, or else the screen's <main>: the
 * header and navigation are the same on every screen and are checked whole once (app-frame
 * spec, scope 'page'), which keeps each call quick.
 */
export async function expectNoSeriousAxeViolations(
  page: Page,
  where: string,
  scope: 'content' | 'page' = 'content',
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (scope === 'content')
    builder = builder.include((await page.locator('dialog[open]').count()) > 0 ? 'dialog[open]' : 'main');
  const results = await builder.analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious, `accessibility violations at ${where}`).toEqual([]);
}

/**
 * Measured in the page. Scroll containers (overflow auto/scroll) may hold wider content: that
 * is what they are for; an ellipsis with the full text in a title is a deliberate clip.
 */
export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const found: { kind: LayoutProblem['kind']; element: string; detail: string }[] = [];
    const describe = (el: Element): string => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      const name = el.getAttribute('aria-label') ?? text;
      return `<${el.tagName.toLowerCase()}>${name === '' ? '' : ` "${name}"`}`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      found.push({
        kind: 'page-scrolls-sideways',
        element: '<html>',
        detail: `content ${root.scrollWidth}px wide in a ${root.clientWidth}px window`,
      });
    }
    const visible = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none';
    };
    const scrolls = (el: Element): boolean => {
      const o = getComputedStyle(el).overflowX;
      return o === 'auto' || o === 'scroll';
    };
    // While a modal is open only its content is looked at (the page behind is inert).
    const modal = document.querySelector('dialog[open]');
    const scope: ParentNode = modal ?? document.body;
    const hiddenByClip = (el: Element): boolean => {
      for (let a: Element | null = el; a !== null; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return true;
        if (a.getBoundingClientRect().width <= 1) return true;
      }
      return false;
    };
    const textual = scope.querySelectorAll<HTMLElement>(
      'h1, h2, h3, p, li, dt, dd, th, td, label, legend, button, a, span, strong, code, summary, input, select',
    );
    for (const el of textual) {
      if (!visible(el) || hiddenByClip(el)) continue;
      const style = getComputedStyle(el);
      const isDeliberateEllipsis = style.textOverflow === 'ellipsis' && el.title !== '';
      if (isDeliberateEllipsis || scrolls(el) || el.tagName === 'INPUT' || el.tagName === 'SELECT') continue;
      if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        found.push({
          kind: 'text-overflows',
          element: describe(el),
          detail: `content ${el.scrollWidth}px in a ${el.clientWidth}px box`,
        });
      }
    }
    // Controls and headings inside the nearest panel, dialog, cell or scroll container.
    const boxed = scope.querySelectorAll<HTMLElement>(
      'button, a, input, select, textarea, h1, h2, h3, label, table',
    );
    for (const el of boxed) {
      if (!visible(el) || hiddenByClip(el)) continue;
      let container: HTMLElement | null = el.parentElement;
      while (container !== null) {
        if (scrolls(container)) break;
        if (container.matches('section, dialog, td, th, main, nav, header, aside, fieldset, form')) break;
        container = container.parentElement;
      }
      if (container === null || scrolls(container)) continue;
      const box = el.getBoundingClientRect();
      const outer = container.getBoundingClientRect();
      if (box.left < outer.left - 1 || box.right > outer.right + 1) {
        found.push({
          kind: 'outside-container',
          element: describe(el),
          detail: `${Math.round(box.left)}–${Math.round(box.right)}px in <${container.tagName.toLowerCase()}> ${Math.round(outer.left)}–${Math.round(outer.right)}px`,
        });
      }
    }
    return found;
  });
}
