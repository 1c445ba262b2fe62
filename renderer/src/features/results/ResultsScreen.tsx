import type { ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { screenPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { ProgressBoardPanel } from '../progress/ProgressBoardPanel';
import { ProductResultView } from './ProductResultView';
import { useResultsPage } from './results-data';
import { ResultsOverview } from './ResultsOverview';

/**
 * Screen "nav.results" of the current round:
 * - #/results — every product's result, plan standing, closing the round;
 * - #/results/board — the live progress board (projector mode);
 * - #/results/product/<productId> — one product: sealed status, unseal, scores, re-scoring, closing.
 */
export function ResultsScreen(props: { readonly rest: readonly string[] }): ReactNode {
  const { t } = useI18n();
  const { roundId } = useCurrentRound();
  if (roundId === null) return <ChooseRound />;
  const [view, id] = props.rest;
  if (view === 'board') return <ProgressBoardPanel roundId={roundId} />;
  return (
    <ResultsPageView
      roundId={roundId}
      productId={view === 'product' ? id : undefined}
      loading={t('results.loading')}
    />
  );
}

function ResultsPageView(props: {
  readonly roundId: string;
  readonly productId: string | undefined;
  readonly loading: string;
}): ReactNode {
  const page = useResultsPage(props.roundId);
  if (page === undefined) return <p>{props.loading}</p>;
  if (page === null) return <ChooseRound />;
  if (props.productId === undefined) return <ResultsOverview page={page} />;
  return <ProductResultView page={page} productId={props.productId} />;
}

function ChooseRound(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="panel">
      <h1>{t('nav.results')}</h1>
      <p>
        {t('round.chooseFirst')} <a href={`#${screenPath('rounds')}`}>{t('nav.backHome')}</a>
      </p>
    </section>
  );
}
