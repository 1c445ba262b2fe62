import { useCallback, useState } from 'react';
import {
  backupChainVerdicts,
  backupContents,
  compareWithCurrent,
  readBackupAsync,
  backupSheetProblems,
  restoreWithSafetyBackup,
  SafetyBackupError,
  type BackupContents,
  type BackupFile,
  type BackupProblem,
  type RoundDifference,
} from '../../db/backup';
import type { CouncilDb } from '../../db';
import { describeError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { platformBackupStore } from './platform-store';

export interface BrokenChain {
  readonly chain: string;
  readonly seq: number;
}

export type RestoreState =
  | { readonly step: 'idle' }
  | { readonly step: 'checking'; readonly file: string }
  | { readonly step: 'refused'; readonly file: string; readonly problems: readonly BackupProblem[] }
  | {
      readonly step: 'preview' | 'restoring';
      readonly file: string;
      readonly backup: BackupFile;
      readonly contents: BackupContents;
      readonly differences: readonly RoundDifference[];
      readonly brokenChains: readonly BrokenChain[];
    };

/**
 * The restore flow (issue 6 item 2): check the file completely → show what it holds and how it
 * differs from here → on confirmation, FIRST save a backup of the current data (if that fails,
 * stop: nothing changes), THEN replace everything in one transaction.
 */
export function useRestore(
  db: CouncilDb,
  onChanged: () => void,
): {
  readonly state: RestoreState;
  readonly check: (file: { readonly name: string; readonly bytes: Uint8Array }) => Promise<void>;
  readonly confirm: () => Promise<void>;
  readonly close: () => void;
} {
  const { t, language, date } = useI18n();
  const toaster = useToaster();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const message = useCallback(
    (error: unknown) => describeError(error, language, (m) => t('backup.unexpected', { message: m })),
    [language, t],
  );

  const check = useCallback(
    async (file: { readonly name: string; readonly bytes: Uint8Array }) => {
      setState({ step: 'checking', file: file.name });
      // Let the "checking" state paint before a large file's synchronous parse.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const read = await readBackupAsync(file.bytes);
      if (!read.ok) {
        setState({ step: 'refused', file: file.name, problems: read.problems });
        return;
      }
      try {
        // Sheets the tally cannot count would stop the round's results and minutes once restored.
        const sheetProblems = await backupSheetProblems(read.backup);
        if (sheetProblems.length > 0) {
          setState({ step: 'refused', file: file.name, problems: sheetProblems });
          return;
        }
        const differences = await compareWithCurrent(db, read.backup);
        const brokenChains = [...backupChainVerdicts(read.backup)].flatMap(([chain, v]) =>
          v.ok ? [] : [{ chain, seq: v.seq }],
        );
        setState({
          step: 'preview',
          file: file.name,
          backup: read.backup,
          contents: backupContents(read.backup),
          differences,
          brokenChains,
        });
      } catch (error) {
        setState({ step: 'idle' });
        toaster.show('error', message(error));
      }
    },
    [db, message, toaster],
  );

  const confirm = useCallback(async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'restoring' });
    try {
      const { safety } = await restoreWithSafetyBackup(db, platformBackupStore(), state.backup, 'secretary');
      toaster.show(
        'success',
        t('backup.restore.done', { date: date(state.backup.createdAt), safety: safety ?? '' }),
      );
    } catch (error) {
      toaster.show(
        'error',
        error instanceof SafetyBackupError
          ? t('backup.restore.safetyFailed', { message: message(error.cause) })
          : t('backup.restore.failed', { message: message(error) }),
      );
    }
    setState({ step: 'idle' });
    onChanged();
  }, [state, db, toaster, t, message, date, onChanged]);

  const close = useCallback(() => setState({ step: 'idle' }), []);
  return { state, check, confirm, close };
}
