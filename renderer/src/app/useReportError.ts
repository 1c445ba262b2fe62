import { useCallback } from 'react';
import { CouncilDbError } from '../db';
import { problemFromLine } from '../domain/problems';
import { formatProblem } from '../i18n/problems';
import { translate } from '../i18n/translate';
import { useI18n } from '../i18n/I18nProvider';
import { useToaster } from '../ui/Toasts';

/**
 * Turns any failure of an action into a message the person can act on: a refused rule or
 * invalid input shows its Vietnamese (or English) text and details; anything unexpected is
 * shown as such and logged — never swallowed.
 */
export function describeError(
  error: unknown,
  language: 'vi' | 'en',
  unexpected: (message: string) => string,
): string {
  if (error instanceof CouncilDbError) {
    const text = translate(language, `db.${error.code}`);
    // Details the repositories give as problem codes (`problemLine`) are said in the language.
    const details = error.problems.map((line) => {
      const problem = problemFromLine(line);
      return problem === undefined ? line : formatProblem(problem, language);
    });
    return details.length > 0 ? `${text}\n${details.join('\n')}` : text;
  }
  const message = error instanceof Error ? error.message : String(error);
  return unexpected(message);
}

export function useReportError(): (error: unknown) => void {
  const { language, t } = useI18n();
  const toaster = useToaster();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof CouncilDbError)) console.error(error);
      toaster.show(
        'error',
        describeError(error, language, (message) => t('error.unexpected', { message })),
      );
    },
    [language, t, toaster],
  );
}
