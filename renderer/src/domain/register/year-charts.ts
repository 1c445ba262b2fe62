import {
  columnChart,
  progressChart,
  stackedBarChart,
  type Chart,
  type ProgressRow,
  type Series,
  type StackedRow,
} from '../charts/svg-charts';
import type { DocWords } from '../documents/format';
import { STAR_BUCKETS, type StarBucket, type TargetProgress, type YearStanding } from './year-standing';

/** The year's four charts with the data behind each (what tests compare with the register). */
export interface YearCharts {
  readonly byGroup: { readonly chart: Chart; readonly rows: readonly StackedRow[] };
  readonly byCommune: { readonly chart: Chart; readonly rows: readonly StackedRow[] };
  readonly progress: { readonly chart: Chart; readonly rows: readonly ProgressRow[] } | null;
  readonly perMonth: { readonly chart: Chart; readonly values: readonly number[] };
}

const STAR_COLORS: Readonly<Record<StarBucket, string>> = {
  '1': '#9e9e9e',
  '2': '#616161',
  '3': '#f9a825',
  '4': '#ef6c00',
  '5': '#b71c1c',
  disqualified: '#263238',
};

export function targetLabel(words: DocWords, p: TargetProgress): string {
  if (p.target === 'group')
    return words.t('registerYear.plan.groupTarget', {
      group: p.group === undefined ? '' : words.t(`register.group.${p.group}`),
    });
  return words.t(`registerYear.plan.target.${p.target}`);
}

export function progressText(words: DocWords, p: TargetProgress): string {
  return p.target === 'share'
    ? `${words.percent(p.actual, 1)} / ${words.percent(p.goal, 0)}`
    : `${p.actual} / ${p.goal}`;
}

export function yearCharts(standing: YearStanding, words: DocWords, width: number): YearCharts {
  const { t } = words;
  const series: Series[] = STAR_BUCKETS.map((b) => ({
    label:
      b === 'disqualified' ? t('registerYear.chart.disqualified') : t('register.starsValue', { stars: b }),
    color: STAR_COLORS[b],
  }));
  const groupRows: StackedRow[] = standing.byGroup.map((g) => ({
    label: g.group === 'unknown' ? t('registerYear.chart.unknownGroup') : t(`register.group.${g.group}`),
    values: STAR_BUCKETS.map((b) => g.stars[b]),
  }));
  const communeRows: StackedRow[] = standing.byCommune.map((c) => ({
    label: c.commune === '' ? t('registerYear.chart.unknownCommune') : c.commune,
    values: STAR_BUCKETS.map((b) => c.stars[b]),
  }));
  const progressRows: ProgressRow[] = standing.progress.map((p) => ({
    label: targetLabel(words, p),
    fraction: p.goal === 0 ? 1 : p.actual / p.goal,
    text: progressText(words, p),
    met: p.met,
  }));
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1));
  return {
    byGroup: {
      rows: groupRows,
      chart: stackedBarChart({ title: t('registerYear.chart.byGroup'), rows: groupRows, series, width }),
    },
    byCommune: {
      rows: communeRows,
      chart: stackedBarChart({ title: t('registerYear.chart.byCommune'), rows: communeRows, series, width }),
    },
    progress:
      progressRows.length === 0
        ? null
        : {
            rows: progressRows,
            chart: progressChart({ title: t('registerYear.chart.progress'), rows: progressRows, width }),
          },
    perMonth: {
      values: standing.perMonth,
      chart: columnChart({
        title: t('registerYear.chart.perMonth'),
        labels: months.map((m) => t('registerYear.chart.month', { month: m })),
        values: standing.perMonth,
        width,
        color: '#1565c0',
      }),
    },
  };
}
