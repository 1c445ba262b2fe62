import type { HubBatchResult } from '../../platform/types';
import { messageOf } from '../../i18n/translate';

/** A refused op carries its code; the device shows the catalog's words for it (`db.<code>`). */
export function withWords(results: readonly HubBatchResult[]): HubBatchResult[] {
  return results.map((result) => ({
    ...result,
    outcomes: result.outcomes.map((outcome) => {
      const words =
        outcome.status === 'refused' && outcome.code !== undefined
          ? messageOf(`db.${outcome.code}`)
          : undefined;
      return words === undefined ? outcome : { ...outcome, vi: words.vi, en: words.en };
    }),
  }));
}
