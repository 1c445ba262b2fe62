import type { CouncilResult } from '../../domain/council/council-result';
import type { Translate } from '../../i18n/translate';
import type { ResultRowView } from './results-view';

/** The council's proposal in words, by the round's level (the outcome comes from the engine). */
export function outcomeText(
  t: Translate,
  outcome: ResultRowView['outcome'],
  result: CouncilResult | null,
): string {
  const stars = result?.stars ?? 0;
  switch (outcome) {
    case 'recognise':
      return t('results.outcome.recognise', { stars });
    case 'forward-5-star':
      return t('results.outcome.forward-5-star');
    case 'not-recognised':
      return t('results.outcome.not-recognised', { stars });
    case 'recognise-5-star':
      return t('results.outcome.recognise-5-star');
    case 'return-to-province':
      return t('results.outcome.return-to-province', { stars });
    case 'disqualified':
      return t('results.outcome.disqualified', { reason: result?.disqualified?.reason ?? '' });
    case 'pending':
      return t('results.outcome.pending');
    case 'sealed':
      return t('results.outcome.sealed');
  }
}
