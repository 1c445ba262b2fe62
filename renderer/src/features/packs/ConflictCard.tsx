import { useId, useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { resolvePackConflict, type PackConflictRow, type PackSheetContent } from '../../db';
import type { Answer } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import styles from './Packs.module.css';

/**
 * A sheet changed both on this laptop and in a returned pack: both versions side by side,
 * criterion by criterion (differences marked), and the secretary's choice with a written reason.
 */
export function ConflictCard(props: {
  readonly conflict: PackConflictRow;
  readonly memberName: string;
  readonly productName: string;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const report = useReportError();
  const toaster = useToaster();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { conflict } = props;
  const codes = [
    ...new Set([...Object.keys(conflict.laptop.answers), ...Object.keys(conflict.pack.answers)]),
  ].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const answerText = (a: Answer | undefined): string =>
    a === undefined ? '—' : a === 'none' ? t('packs.answer.none') : t('packs.answer.option', { n: a + 1 });
  const title = t('packs.conflict.title', { product: props.productName, member: props.memberName });

  const choose = async (chosen: 'laptop' | 'pack'): Promise<void> => {
    setBusy(true);
    try {
      await resolvePackConflict(db, conflict.id, chosen, reason, 'secretary');
      toaster.show('success', t(chosen === 'pack' ? 'packs.conflict.tookPack' : 'packs.conflict.keptLaptop'));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const side = (content: PackSheetContent) => ({
    status: t(content.submitted ? 'packs.conflict.submitted' : 'packs.conflict.draft'),
    opinion: content.opinion === '' ? '—' : content.opinion,
  });
  const laptop = side(conflict.laptop);
  const pack = side(conflict.pack);
  return (
    <section className={styles.conflict} aria-label={title}>
      <h4>{title}</h4>
      <table className="data" aria-label={t('packs.conflict.table')}>
        <thead>
          <tr>
            <th scope="col">{t('packs.conflict.criterion')}</th>
            <th scope="col">{t('packs.conflict.laptop')}</th>
            <th scope="col">{t('packs.conflict.pack')}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => {
            const differs = conflict.laptop.answers[code] !== conflict.pack.answers[code];
            return (
              <tr key={code} className={differs ? styles.differs : undefined}>
                <th scope="row">{code}</th>
                <td>{answerText(conflict.laptop.answers[code])}</td>
                <td>{answerText(conflict.pack.answers[code])}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('packs.conflict.status')}</th>
            <td>{laptop.status}</td>
            <td>{pack.status}</td>
          </tr>
          <tr>
            <th scope="row">{t('form.opinion')}</th>
            <td>{laptop.opinion}</td>
            <td>{pack.opinion}</td>
          </tr>
        </tbody>
      </table>
      <label htmlFor={reasonId}>{t('packs.conflict.reason')}</label>
      <textarea
        id={reasonId}
        className={styles.reason}
        value={reason}
        maxLength={2000}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className={styles.row}>
        <button type="button" disabled={busy || reason.trim() === ''} onClick={() => void choose('laptop')}>
          {t('packs.conflict.keepLaptop')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || reason.trim() === ''}
          onClick={() => void choose('pack')}
        >
          {t('packs.conflict.takePack')}
        </button>
      </div>
    </section>
  );
}
