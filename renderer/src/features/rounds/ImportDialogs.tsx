import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatProblem } from '../../i18n/problems';
import { Dialog } from '../../ui/Dialog';
import type { ImportQuestion } from './useRoundFile';
import styles from './rounds.module.css';

/** The two questions an import can raise: the round exists (copy or cancel), or the file is invalid (every problem). */
export function ImportDialogs(props: {
  readonly question: ImportQuestion | null;
  readonly onCancel: () => void;
  readonly onImportAsCopy: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { question } = props;
  return (
    <>
      <Dialog open={question?.kind === 'exists'} title={t('roundFile.exists.title')} onClose={props.onCancel}>
        {question?.kind === 'exists' ? (
          <>
            <p>{t('roundFile.exists.body', { file: question.fileName, name: question.existingName })}</p>
            <div className="actions">
              <button type="button" onClick={props.onCancel}>
                {t('action.cancel')}
              </button>
              <button type="button" className="primary" onClick={props.onImportAsCopy}>
                {t('roundFile.asCopy')}
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
      <Dialog
        open={question?.kind === 'invalid'}
        wide
        title={t('roundFile.invalid.title')}
        onClose={props.onCancel}
      >
        {question?.kind === 'invalid' ? (
          <>
            <p>{t('roundFile.invalid.body', { file: question.fileName, count: question.problems.length })}</p>
            {/* It scrolls when long: focusable, so the keyboard can scroll it too. */}
            <ol className={styles.problemList} aria-label={t('roundFile.invalid.list')} tabIndex={0}>
              {question.problems.map((problem, index) => (
                <li key={index}>
                  <span lang="vi">{formatProblem(problem, 'vi')}</span>
                  <br />
                  <span lang="en" className="hint">
                    {formatProblem(problem, 'en')}
                  </span>
                </li>
              ))}
            </ol>
            <div className="actions">
              <button type="button" className="primary" onClick={props.onCancel}>
                {t('action.close')}
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
