import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useExportRoundExcel } from './useExportRoundExcel';

/** "Xuất Excel": the round's results and every member's scores as .xlsx (for the Results screen). */
export function ExportRoundExcelButton(props: { readonly roundId: string }): ReactNode {
  const { t } = useI18n();
  const { busy, run } = useExportRoundExcel(props.roundId);
  return (
    <button type="button" disabled={busy} onClick={() => void run()}>
      {busy ? t('excel.export.busy') : t('excel.export')}
    </button>
  );
}
