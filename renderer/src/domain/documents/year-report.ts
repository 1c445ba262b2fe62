import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { svgText } from '../charts/svg-charts';
import type { YearCharts } from '../register/year-charts';
import { progressText, targetLabel } from '../register/year-charts';
import type { YearStanding } from '../register/year-standing';
import { shortDate, type DocWords } from './format';
import { CONTENT_WIDTH, documentFrame } from './page';
import { documentHeader, documentTitle, placeDateLine, sectionHeading, type IssuingBody } from './parts';
import { headCell, numberCell, ruledTable } from './tables';

/**
 * The printable yearly report (issue 12): Decree 30 header as the summary has it, the year's
 * standing against its plan, the four charts as vectors (pdfmake `svg` nodes from the same
 * pure builder the screen draws), and the products evaluated in the year.
 */
export interface YearReportInput {
  readonly standing: YearStanding;
  readonly charts: YearCharts;
  readonly issuingBody: IssuingBody;
  readonly province: string;
  /** the report's date (YYYY-MM-DD) */
  readonly date: string;
}

/** The width the charts are built for in the report (the page's content width). */
export const REPORT_CHART_WIDTH = Math.floor(CONTENT_WIDTH);

function chartBlock(title: string, svg: string, width: number): Content {
  return {
    stack: [
      { text: title, bold: true, fontSize: 12, margin: [0, 6, 0, 2] },
      { svg, width },
    ],
    unbreakable: true,
  };
}

export function yearReportDocument(input: YearReportInput, words: DocWords): TDocumentDefinitions {
  const { t } = words;
  const s = input.standing;
  const level = t(`register.level.${s.level}`).toLowerCase();
  const verdictRows: TableCell[][] = s.progress.map((p) => [
    { text: targetLabel(words, p) },
    numberCell(progressText(words, p)),
    numberCell(t(p.met ? 'registerYear.plan.met' : 'registerYear.plan.notMet'), true),
  ]);
  const productRows: TableCell[][] = s.counted.map((c, i) => [
    numberCell(String(i + 1)),
    { text: c.line.code === '' ? t('register.noCode') : c.line.code, fontSize: 8.5, noWrap: true },
    { text: c.line.name },
    { text: c.line.producerName },
    { text: c.evaluation.commune },
    numberCell(shortDate(c.evaluation.date)),
    numberCell(
      c.evaluation.outcome === 'disqualified'
        ? t('registerYear.chart.disqualified')
        : c.evaluation.stars === null
          ? ''
          : String(c.evaluation.stars),
    ),
  ]);
  const charts = input.charts;
  const content: Content[] = [
    documentHeader(
      t,
      input.issuingBody,
      t('registerYear.report.number'),
      placeDateLine(t, input.province, input.date),
    ),
    documentTitle(
      t('registerYear.report.title', { year: s.year }),
      t('registerYear.report.subject', { level }),
    ),
    sectionHeading(t('registerYear.report.section.standing')),
    {
      text: t('registerYear.plan.summary', {
        evaluated: s.evaluated,
        atLeast3: s.atLeast3Stars,
        share: s.shareAtLeast3Stars === null ? '—' : words.percent(s.shareAtLeast3Stars, 1),
        forwarded: s.forwardedFor5Stars,
      }),
      style: 'paragraph',
    },
    {
      text:
        s.rounds.length === 0
          ? t('registerYear.plan.noRounds')
          : t('registerYear.plan.rounds', { rounds: s.rounds.join('; ') }),
      style: 'paragraph',
    },
    verdictRows.length === 0
      ? { text: t('registerYear.plan.noTargets'), style: 'paragraph' }
      : ruledTable(
          ['*', 130, 80],
          [
            [
              headCell(t('registerYear.plan.col.target')),
              headCell(t('registerYear.plan.col.result')),
              headCell(t('registerYear.plan.col.verdict')),
            ],
          ],
          verdictRows,
        ),
    sectionHeading(t('registerYear.report.section.charts')),
    ...(charts.progress === null
      ? []
      : [
          chartBlock(
            t('registerYear.chart.progress'),
            svgText(charts.progress.chart.root),
            REPORT_CHART_WIDTH,
          ),
        ]),
    chartBlock(t('registerYear.chart.byGroup'), svgText(charts.byGroup.chart.root), REPORT_CHART_WIDTH),
    chartBlock(t('registerYear.chart.byCommune'), svgText(charts.byCommune.chart.root), REPORT_CHART_WIDTH),
    chartBlock(t('registerYear.chart.perMonth'), svgText(charts.perMonth.chart.root), REPORT_CHART_WIDTH),
    sectionHeading(t('registerYear.report.section.products')),
    ruledTable(
      [22, 96, '*', 76, 60, 52, 30],
      [
        [
          headCell(t('registerYear.xlsx.col.no')),
          headCell(t('registerYear.xlsx.col.code')),
          headCell(t('registerYear.xlsx.col.name')),
          headCell(t('registerYear.xlsx.col.producer')),
          headCell(t('registerYear.xlsx.col.commune')),
          headCell(t('registerYear.xlsx.col.lastDate')),
          headCell(t('registerYear.xlsx.col.stars')),
        ],
      ],
      productRows,
    ),
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 220,
          stack: [
            { text: t('registerYear.report.signer'), style: 'signerRole' },
            { text: ' ', margin: [0, 50, 0, 0] },
          ],
        },
      ],
      margin: [0, 12, 0, 0],
      unbreakable: true,
    },
  ];
  return documentFrame(
    {
      title: t('registerYear.report.title', { year: s.year }),
      subject: t('registerYear.report.subject', { level }),
      date: input.date,
    },
    content,
  );
}
