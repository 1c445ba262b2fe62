import { useMemo, type ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { CloseRoundSection } from './CloseRoundSection';
import { PlanStandingPanel } from './PlanStandingPanel';
import { QuorumNotice } from './QuorumNotice';
import type { ResultsPage } from './results-data';
import { resultRow } from './results-view';
import { ResultsTable } from './ResultsTable';
import { ExportRoundExcelButton } from '../excel';
import styles from './results.module.css';

/** #/results: the round's results table, its quorum, its plan standing, and closing the round. */
export function ResultsOverview(props: { readonly page: ResultsPage }): ReactNode {
  const { t } = useI18n();
  const { page } = props;
  const rows = useMemo(() => page.products.map(resultRow), [page.products]);
  const counted = useMemo(() => rows.flatMap((r) => (r.result === null ? [] : [r.result])), [rows]);
  return (
    <>
      <section className="panel" aria-labelledby="results-title">
        <div className={styles.resultsTop}>
          <h1 id="results-title">{t('results.title')}</h1>
          <a className="button-link" href={`#${screenPath('results', 'board')}`}>
            {t('results.toBoard')}
          </a>
          <ExportRoundExcelButton roundId={page.round.id} />
        </div>
        <p className={styles.resultsRound}>{page.round.name}</p>
        <QuorumNotice quorum={page.quorum} />
        {rows.length === 0 ? (
          <p>{t('results.noProducts')}</p>
        ) : (
          <div className={styles.tableScroll}>
            <ResultsTable rows={rows} decimals={page.round.rules.displayDecimals} />
          </div>
        )}
        <p className="hint">{t('results.table.hint')}</p>
      </section>
      <PlanStandingPanel results={counted} targets={page.round.planTargets} />
      <CloseRoundSection page={page} />
    </>
  );
}
