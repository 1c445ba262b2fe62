import { useCallback, useState } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import {
  exportRoundFileText,
  importRoundFile,
  RoundExistsError,
  RoundFileError,
  type RoundRow,
} from '../../db';
import type { Problem } from '../../domain/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { ensureAllWords } from '../../i18n/translate';
import { pickFiles, saveFileAs } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import { roundFileName } from './roundFileName';

/** What the import is waiting on the person for, if anything. */
export type ImportQuestion =
  | {
      readonly kind: 'exists';
      readonly fileName: string;
      readonly text: string;
      readonly existingName: string;
    }
  | { readonly kind: 'invalid'; readonly fileName: string; readonly problems: readonly Problem[] };

/**
 * Export and import of the round file (issue 4 item 11). Import never overwrites: a round
 * whose id exists is offered as a copy (or cancelled); an invalid file lists every problem
 * and nothing is written (the repository validates before its one transaction).
 */
export function useRoundFile(): {
  readonly exportRound: (round: RoundRow) => Promise<void>;
  readonly importRound: () => Promise<void>;
  readonly importAsCopy: () => Promise<void>;
  readonly question: ImportQuestion | null;
  readonly dismiss: () => void;
} {
  const db = useDb();
  const { t, language } = useI18n();
  const toaster = useToaster();
  const reportError = useReportError();
  const { setRoundId } = useCurrentRound();
  const [question, setQuestion] = useState<ImportQuestion | null>(null);

  const exportRound = useCallback(
    async (round: RoundRow) => {
      try {
        const text = await exportRoundFileText(db, round.id);
        await ensureAllWords(); // the file-name words are not in the start-up part of the catalog
        const saved = await saveFileAs(
          roundFileName(language, round.name),
          new TextEncoder().encode(text),
          'application/json',
        );
        if (saved !== null) toaster.show('success', t('roundFile.exported', { file: saved.name }));
      } catch (error) {
        reportError(error);
      }
    },
    [db, language, reportError, t, toaster],
  );

  const runImport = useCallback(
    async (fileName: string, text: string, asCopy: boolean) => {
      try {
        const result = await importRoundFile(db, text, { asCopy }, 'secretary');
        setQuestion(null);
        const round = await db.rounds.get(result.roundId);
        setRoundId(result.roundId);
        toaster.show('success', t('roundFile.imported', { name: round?.name ?? fileName }));
      } catch (error) {
        if (error instanceof RoundExistsError) {
          const existing = await db.rounds.get(error.roundId);
          setQuestion({ kind: 'exists', fileName, text, existingName: existing?.name ?? error.roundId });
        } else if (error instanceof RoundFileError) {
          setQuestion({ kind: 'invalid', fileName, problems: error.fileProblems });
        } else {
          setQuestion(null);
          reportError(error);
        }
      }
    },
    [db, reportError, setRoundId, t, toaster],
  );

  const importRound = useCallback(async () => {
    try {
      const [file] = await pickFiles({
        filters: [{ name: t('roundFile.filterName'), extensions: ['json'] }],
      });
      if (file === undefined) return;
      // fatal: a file that is not UTF-8 is reported as invalid JSON by the reader, not mangled.
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
      } catch {
        text = '\u0000';
      }
      await runImport(file.name, text, false);
    } catch (error) {
      reportError(error);
    }
  }, [reportError, runImport, t]);

  const importAsCopy = useCallback(async () => {
    if (question?.kind !== 'exists') return;
    await runImport(question.fileName, question.text, true);
  }, [question, runImport]);

  return { exportRound, importRound, importAsCopy, question, dismiss: () => setQuestion(null) };
}
