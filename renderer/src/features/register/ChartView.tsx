import { createElement, type ReactNode } from 'react';
import type { Chart, SvgNode } from '../../domain/charts/svg-charts';

/** SVG attribute names as React spells them (font-size → fontSize). */
function reactName(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function draw(n: SvgNode, key: number): ReactNode {
  const props: Record<string, string | number> = { key };
  for (const [k, v] of Object.entries(n.attrs)) props[reactName(k)] = v;
  const children = [
    ...(n.children ?? []).map((c, i) => draw(c, i)),
    ...(n.text === undefined ? [] : [n.text]),
  ];
  return createElement(n.tag, props, ...children);
}

/** A chart from the pure builder, drawn as React elements (no HTML string is injected). */
export function ChartView(props: { readonly chart: Chart; readonly label: string }): ReactNode {
  const { root } = props.chart;
  const children = [...(root.children ?? []).map((c, i) => draw(c, i))];
  const attrs: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(root.attrs)) attrs[reactName(k)] = v;
  return createElement(
    'svg',
    {
      ...attrs,
      role: 'img',
      'aria-label': props.label,
      style: { width: '100%', maxWidth: '760px', height: 'auto' },
    },
    ...children,
  );
}
