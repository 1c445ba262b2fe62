/**
 * A small chart builder, pure (issue 12): data in, an SVG tree out. The same tree is drawn on
 * screen (React elements, no HTML injection) and serialised for the PDF (pdfmake's `svg` node,
 * vectors in print). Why not a charting library: the three charts the office needs are bars;
 * recharts/uplot draw into the DOM (no SVG string for the PDF without a browser) and would add
 * ~100–400 kB for it. Text is escaped when serialised; labels are cut to a readable length.
 */
export interface SvgNode {
  readonly tag: 'svg' | 'g' | 'rect' | 'text' | 'line' | 'title';
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children?: readonly SvgNode[];
  readonly text?: string;
}

export interface Chart {
  readonly width: number;
  readonly height: number;
  readonly root: SvgNode;
}

/** The font family the PDF renderer knows (Tinos, Times-like, covers Vietnamese). */
export const CHART_FONT = 'Tinos';
const FONT_SIZE = 11;
const LABEL_WIDTH = 170;
const ROW = 22;
const BAR = 14;

function node(
  tag: SvgNode['tag'],
  attrs: SvgNode['attrs'],
  children?: readonly SvgNode[],
  text?: string,
): SvgNode {
  return {
    tag,
    attrs,
    ...(children === undefined ? {} : { children }),
    ...(text === undefined ? {} : { text }),
  };
}

function label(
  x: number,
  y: number,
  text: string,
  anchor: 'start' | 'end' | 'middle' = 'start',
  bold = false,
): SvgNode {
  return node(
    'text',
    {
      x,
      y,
      'font-size': FONT_SIZE,
      'font-family': CHART_FONT,
      'text-anchor': anchor,
      fill: '#1a1a1a',
      ...(bold ? { 'font-weight': 'bold' } : {}),
    },
    undefined,
    text,
  );
}

/** A label cut to `max` characters with an ellipsis (the full text stays in the data table). */
export function shortLabel(text: string, max = 26): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function frame(width: number, height: number, title: string, children: readonly SvgNode[]): Chart {
  return {
    width,
    height,
    root: node(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
      },
      [
        node('title', {}, undefined, title),
        node('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
        ...children,
      ],
    ),
  };
}

export interface StackedRow {
  readonly label: string;
  /** one value per series */
  readonly values: readonly number[];
}

export interface Series {
  readonly label: string;
  readonly color: string;
}

/** Horizontal stacked bars: one row per category, one segment per series, the total at the end; legend on top. */
export function stackedBarChart(input: {
  readonly title: string;
  readonly rows: readonly StackedRow[];
  readonly series: readonly Series[];
  readonly width: number;
}): Chart {
  const legendHeight = 24;
  const height = legendHeight + Math.max(1, input.rows.length) * ROW + 8;
  const plot = input.width - LABEL_WIDTH - 40;
  const max = Math.max(1, ...input.rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const legend: SvgNode[] = [];
  const step = Math.min(110, (input.width - 10) / Math.max(1, input.series.length));
  input.series.forEach((s, i) => {
    const x = 5 + i * step;
    legend.push(node('rect', { x, y: 6, width: 10, height: 10, fill: s.color }));
    legend.push(label(x + 14, 15, shortLabel(s.label, 16)));
  });
  const rows = input.rows.map((r, i) => {
    const y = legendHeight + i * ROW;
    let x = LABEL_WIDTH;
    const parts: SvgNode[] = [label(LABEL_WIDTH - 6, y + BAR - 3, shortLabel(r.label), 'end')];
    r.values.forEach((v, k) => {
      if (v <= 0) return;
      const w = (v / max) * plot;
      parts.push(node('rect', { x, y, width: w, height: BAR, fill: input.series[k]?.color ?? '#999999' }));
      x += w;
    });
    parts.push(label(x + 4, y + BAR - 3, String(r.values.reduce((a, b) => a + b, 0))));
    return node('g', {}, parts);
  });
  return frame(input.width, height, input.title, [...legend, ...rows]);
}

export interface ProgressRow {
  readonly label: string;
  /** 0..1+ of the goal reached */
  readonly fraction: number;
  /** e.g. "120 / 141" or "85,0 % / 80 %" */
  readonly text: string;
  readonly met: boolean;
}

/** One bar per target: the part of the goal reached (a full bar = the goal), green when met. */
export function progressChart(input: {
  readonly title: string;
  readonly rows: readonly ProgressRow[];
  readonly width: number;
}): Chart {
  const height = Math.max(1, input.rows.length) * ROW + 8;
  const plot = input.width - LABEL_WIDTH - 120;
  const rows = input.rows.map((r, i) => {
    const y = 4 + i * ROW;
    const filled = Math.max(0, Math.min(1, r.fraction)) * plot;
    return node('g', {}, [
      label(LABEL_WIDTH - 6, y + BAR - 3, shortLabel(r.label), 'end'),
      node('rect', { x: LABEL_WIDTH, y, width: plot, height: BAR, fill: '#e6e6e6' }),
      node('rect', { x: LABEL_WIDTH, y, width: filled, height: BAR, fill: r.met ? '#2e7d32' : '#c62828' }),
      label(LABEL_WIDTH + plot + 6, y + BAR - 3, r.text),
    ]);
  });
  return frame(input.width, height, input.title, rows);
}

/** Vertical bars with their value above and their label below (evaluations per month). */
export function columnChart(input: {
  readonly title: string;
  readonly labels: readonly string[];
  readonly values: readonly number[];
  readonly width: number;
  readonly color: string;
}): Chart {
  const height = 150;
  const top = 18;
  const bottom = 20;
  const plot = height - top - bottom;
  const max = Math.max(1, ...input.values);
  const step = (input.width - 10) / Math.max(1, input.labels.length);
  const bar = step * 0.6;
  const columns = input.labels.map((l, i) => {
    const v = input.values[i] ?? 0;
    const h = (v / max) * plot;
    const x = 5 + i * step + (step - bar) / 2;
    return node('g', {}, [
      node('rect', { x, y: top + plot - h, width: bar, height: h, fill: input.color }),
      label(x + bar / 2, top + plot - h - 4, String(v), 'middle'),
      label(x + bar / 2, height - 6, l, 'middle'),
    ]);
  });
  const axis = node('line', {
    x1: 5,
    y1: top + plot,
    x2: input.width - 5,
    y2: top + plot,
    stroke: '#555555',
    'stroke-width': 1,
  });
  return frame(input.width, height, input.title, [axis, ...columns]);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function formatNumber(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
}

/** The chart as SVG text (for the PDF). */
export function svgText(n: SvgNode): string {
  const attrs = Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(formatNumber(v))}"`)
    .join('');
  const inner = (n.children ?? []).map(svgText).join('') + (n.text === undefined ? '' : escapeXml(n.text));
  return `<${n.tag}${attrs}>${inner}</${n.tag}>`;
}
