import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { AutoBackupEntry } from './useAutoBackups';

/** The automatic backups, newest first, each with Restore and Delete. */
export function AutoBackupList(props: {
  readonly entries: readonly AutoBackupEntry[] | null;
  readonly failure: string | null;
  readonly busy: boolean;
  readonly onRestore: (entry: AutoBackupEntry) => void;
  readonly onDelete: (entry: AutoBackupEntry) => void;
}): ReactNode {
  const { t, number } = useI18n();
  if (props.failure !== null) return <p role="alert">{t('backup.unexpected', { message: props.failure })}</p>;
  if (props.entries === null) return <p>{t('backup.auto.loading')}</p>;
  if (props.entries.length === 0) return <p>{t('backup.auto.empty')}</p>;
  return (
    <table className="data" aria-labelledby="auto-backups-title">
      <thead>
        <tr>
          <th scope="col">{t('backup.auto.when')}</th>
          <th scope="col">{t('backup.auto.reason')}</th>
          <th scope="col" className="num">
            {t('backup.auto.size')}
          </th>
          <th scope="col">{t('backup.auto.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => {
          const when = `${entry.date} ${entry.time}`;
          return (
            <tr key={entry.name}>
              <th scope="row">{when}</th>
              <td>{t(`backup.auto.reason.${entry.reason}`)}</td>
              <td className="num">
                {t('backup.sizeKb', { size: number(Math.max(1, Math.round(entry.size / 1024))) })}
              </td>
              <td>
                <button
                  type="button"
                  disabled={props.busy}
                  aria-label={t('backup.auto.restoreNamed', { when })}
                  onClick={() => props.onRestore(entry)}
                >
                  {t('backup.auto.restore')}
                </button>{' '}
                <button
                  type="button"
                  disabled={props.busy}
                  aria-label={t('backup.auto.deleteNamed', { when })}
                  onClick={() => props.onDelete(entry)}
                >
                  {t('backup.auto.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
