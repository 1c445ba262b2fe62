import { ensureAllWords } from '../../i18n/translate';
import { preloadable } from '../../ui/preloadable';

/**
 * The results screen's code, loaded when first opened (shell/ScreenView) or readied ahead by
 * the home screen's warm-up (useWarmResults). Its words are the later part of the catalog.
 */
export const resultsScreen = preloadable((): Promise<typeof import('./ResultsScreen').ResultsScreen> =>
  Promise.all([import('./ResultsScreen'), ensureAllWords()]).then(([m]) => m.ResultsScreen),
);
