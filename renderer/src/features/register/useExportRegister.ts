import { useCallback, useState } from 'react';
import { useReportError } from '../../app/useReportError';
import { safeFileName } from '../../documents/file-names';
import { docWords } from '../../documents/words';
import type { RegisterLine } from '../../domain/register/register';
import { buildRegisterWorkbook } from '../../domain/spreadsheet/register-workbook';
import { useI18n } from '../../i18n/I18nProvider';
import { saveFileAs } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';

export interface RegisterExportRequest {
  readonly lines: readonly RegisterLine[];
  readonly total: number;
  readonly today: string;
  readonly filterText: string;
}

/** Builds the .xlsx of the register's lines as filtered on screen and offers it to save. */
export function useExportRegister(): {
  readonly busy: boolean;
  readonly run: (request: RegisterExportRequest) => Promise<void>;
} {
  const { t, language } = useI18n();
  const toaster = useToaster();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (request: RegisterExportRequest) => {
      setBusy(true);
      try {
        const model = buildRegisterWorkbook(request, docWords(language).t);
        // exceljs loads only now: it stays out of the start-up chunk.
        const { writeXlsx, XLSX_MIME } = await import('../../documents/excel/write-xlsx');
        const bytes = await writeXlsx(model);
        const name = `${safeFileName(t('registerYear.xlsx.fileName', { date: request.today }), t('register.title'))}.xlsx`;
        const saved = await saveFileAs(name, bytes, XLSX_MIME);
        toaster.show(
          saved === null ? 'info' : 'success',
          saved === null
            ? t('registerYear.export.cancelled')
            : t('registerYear.export.done', { name: saved.name }),
        );
      } catch (error) {
        report(error);
      } finally {
        setBusy(false);
      }
    },
    [language, t, toaster, report],
  );
  return { busy, run };
}
