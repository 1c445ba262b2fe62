import { useState, type ReactNode } from 'react';
import { createBackupFile, manualBackupStamp, localTimeOf } from '../../db/backup';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { getPlatform, pickFiles, saveFileAs } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import { AutoBackupList } from './AutoBackupList';
import { DeleteRoundSection } from './DeleteRoundSection';
import { CurrentRoundExcel } from '../excel/CurrentRoundExcel';
import { KeepLastField } from './KeepLastField';
import { RestoreDialog } from './RestoreDialog';
import { useAutoBackups, type AutoBackupEntry } from './useAutoBackups';
import { useRestore } from './useRestore';
import styles from './backup.module.css';

/** Settings › "Sao lưu và khôi phục": back up now, restore from a file, the automatic backups. */
export function BackupSection(): ReactNode {
  const db = useDb();
  const { t } = useI18n();
  const toaster = useToaster();
  const report = useReportError();
  const autos = useAutoBackups();
  const restore = useRestore(db, autos.reload);
  const [saving, setSaving] = useState(false);
  const busy = saving || restore.state.step === 'restoring';

  const backUpNow = async (): Promise<void> => {
    setSaving(true);
    try {
      const platform = getPlatform();
      // Serialised and hashed once: the canonical text is the file (db/backup/create.ts).
      const { bytes } = await createBackupFile(db, {
        appVersion: (await platform.appInfo()).version,
        signedFiles: await platform.listDataFiles('signed'),
      });
      const saved = await saveFileAs(
        t('backup.now.fileName', manualBackupStamp(localTimeOf(new Date()))),
        bytes,
        'application/json',
      );
      toaster.show(
        saved === null ? 'info' : 'success',
        saved === null ? t('backup.now.cancelled') : t('backup.now.done', { name: saved.name }),
      );
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };

  const restoreFromFile = async (): Promise<void> => {
    try {
      const [file] = await pickFiles({ filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (file !== undefined) await restore.check(file);
    } catch (error) {
      report(error);
    }
  };

  const restoreAuto = async (entry: AutoBackupEntry): Promise<void> => {
    try {
      const bytes = await getPlatform().readDataFile({ folder: 'backups', name: entry.name });
      await restore.check({ name: entry.name, bytes });
    } catch (error) {
      report(error);
    }
  };

  const remove = async (entry: AutoBackupEntry): Promise<void> => {
    const when = `${entry.date} ${entry.time}`;
    if (!window.confirm(t('backup.auto.deleteConfirm', { when }))) return;
    try {
      await getPlatform().removeDataFile({ folder: 'backups', name: entry.name });
      toaster.show('success', t('backup.auto.deleted', { when }));
    } catch (error) {
      report(error);
    }
    autos.reload();
  };

  return (
    <section aria-labelledby="backup-title" className={styles.backupSection}>
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="hint">{t('backup.intro')}</p>
      <div className={styles.backupActions}>
        <button type="button" className="primary" disabled={busy} onClick={() => void backUpNow()}>
          {saving ? t('backup.now.busy') : t('backup.now')}
        </button>
        <button type="button" disabled={busy} onClick={() => void restoreFromFile()}>
          {t('backup.restoreFromFile')}
        </button>
      </div>
      <KeepLastField />
      <h3 id="auto-backups-title">{t('backup.auto.title')}</h3>
      <AutoBackupList
        entries={autos.entries}
        failure={autos.failure}
        busy={busy}
        onRestore={(e) => void restoreAuto(e)}
        onDelete={(e) => void remove(e)}
      />
      <CurrentRoundExcel />
      <DeleteRoundSection onChanged={autos.reload} />
      <RestoreDialog state={restore.state} onConfirm={() => void restore.confirm()} onClose={restore.close} />
    </section>
  );
}
