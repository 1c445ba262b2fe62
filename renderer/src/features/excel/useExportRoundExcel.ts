import { useCallback, useState } from 'react';
import { exportRoundFile } from '../../db';
import { useDb } from '../../app/DbProvider';
import { loadSheetCatalog } from '../../domain/criteria/registry';
import { buildRoundWorkbook } from '../../domain/spreadsheet/round-workbook';
import { revealedOnly } from '../../domain/spreadsheet/revealed';
import { safeFileName } from '../../documents/file-names';
import { useI18n } from '../../i18n/I18nProvider';
import { saveFileAs } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import { useReportError } from '../../app/useReportError';
import { docWords } from '../../documents/words';

/** Builds the round's .xlsx (only unsealed scores) and offers it to save. */
export function useExportRoundExcel(roundId: string): {
  readonly busy: boolean;
  readonly run: () => Promise<void>;
} {
  const db = useDb();
  const { t, language } = useI18n();
  const toaster = useToaster();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    setBusy(true);
    try {
      const file = revealedOnly(await exportRoundFile(db, roundId));
      const catalog = await loadSheetCatalog([file.round.ruleSet]);
      const model = buildRoundWorkbook(file, catalog, docWords(language).t);
      // The writer (and exceljs) load only now: they stay out of the start-up chunk.
      const { writeXlsx, XLSX_MIME } = await import('../../documents/excel/write-xlsx');
      const bytes = await writeXlsx(model);
      const day = new Date().toISOString().slice(0, 10);
      const name = `${safeFileName(t('excel.fileName', { round: file.round.name, date: day }), t('excel.sheet.summary'))}.xlsx`;
      const saved = await saveFileAs(name, bytes, XLSX_MIME);
      toaster.show(
        saved === null ? 'info' : 'success',
        saved === null ? t('excel.export.cancelled') : t('excel.export.done', { name: saved.name }),
      );
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }, [db, roundId, language, t, toaster, report]);
  return { busy, run };
}
