import type { ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { useI18n } from '../../i18n/I18nProvider';
import { ExportRoundExcelButton } from './ExportRoundExcelButton';
import { ImportProductsButton } from './ImportProductsButton';

/** Excel out and in for the current round, in Settings until the Results and Products screens host the buttons. */
export function CurrentRoundExcel(): ReactNode {
  const { t } = useI18n();
  const { roundId } = useCurrentRound();
  return (
    <section aria-labelledby="current-round-excel-title">
      <h3 id="current-round-excel-title">{t('excel.section.title')}</h3>
      <p className="hint">{t('excel.section.hint')}</p>
      {roundId === null ? (
        <p>{t('excel.section.none')}</p>
      ) : (
        <div className="toolbar">
          <ExportRoundExcelButton roundId={roundId} />
          <ImportProductsButton roundId={roundId} />
        </div>
      )}
    </section>
  );
}
