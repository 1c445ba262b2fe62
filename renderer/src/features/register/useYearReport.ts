import { useCallback, useState } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { safeFileName } from '../../documents/file-names';
import { docWords } from '../../documents/words';
import { REPORT_CHART_WIDTH, yearReportDocument } from '../../domain/documents/year-report';
import { yearCharts } from '../../domain/register/year-charts';
import type { YearStanding } from '../../domain/register/year-standing';
import { useI18n } from '../../i18n/I18nProvider';
import { saveFileAs } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import { localIsoDate } from './useRegister';

/** Renders the yearly report PDF of a standing (charts rebuilt at the page's width) and offers it to save. */
export function useYearReport(): {
  readonly busy: boolean;
  readonly run: (standing: YearStanding) => Promise<void>;
} {
  const db = useDb();
  const { t, language } = useI18n();
  const toaster = useToaster();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (standing: YearStanding) => {
      setBusy(true);
      try {
        const words = docWords(language);
        // The province of the year's latest round at this level names the issuing body and the place.
        const rounds = (await db.rounds.toArray())
          .filter(
            (r) =>
              r.level === standing.level && r.meetingDates.some((d) => d.startsWith(String(standing.year))),
          )
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
        const province = rounds.at(-1)?.province ?? '';
        const doc = yearReportDocument(
          {
            standing,
            charts: yearCharts(standing, words, REPORT_CHART_WIDTH),
            issuingBody: {
              ...(province === '' ? {} : { parent: words.t('registerYear.report.parent', { province }) }),
              name: words.t('registerYear.report.body'),
            },
            province,
            date: localIsoDate(new Date(db.now())),
          },
          words,
        );
        const { browserRenderer } = await import('../../documents/browser');
        const rendered = await browserRenderer(language).render(doc);
        const name = `${safeFileName(t('registerYear.report.fileName', { year: standing.year }), 'OCOP')}.pdf`;
        const saved = await saveFileAs(name, rendered.bytes, 'application/pdf');
        if (saved !== null) toaster.show('success', t('registerYear.plan.printed', { name: saved.name }));
      } catch (error) {
        report(error);
      } finally {
        setBusy(false);
      }
    },
    [db, language, t, toaster, report],
  );
  return { busy, run };
}
