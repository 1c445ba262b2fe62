import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import {
  exportScoringPack,
  importReturnedPack,
  roundPacks,
  scoringMembers,
  type PackImportRow,
  type RoundBundle,
} from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { pickFiles, saveFileAs } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import { ConflictCard } from './ConflictCard';
import { packFileName, RETURN_EXTENSION } from './pack-files';
import styles from './Packs.module.css';

/** The secretary's side: a pack per member and day, returned packs read back, conflicts to decide. */
export function SecretaryPacksSection(props: { readonly bundle: RoundBundle }): ReactNode {
  const { t, date, dateTime } = useI18n();
  const db = useDb();
  const report = useReportError();
  const toaster = useToaster();
  const { round } = props.bundle;
  const [day, setDay] = useState(round.meetingDates[0] ?? '');
  const [busy, setBusy] = useState(false);
  const packs = useLiveQuery(() => roundPacks(db, round.id), [db, round.id]);
  const nameOf = (memberId: string): string =>
    props.bundle.members.find((m) => m.id === memberId)?.person.fullName ?? memberId;
  const productName = (productId: string): string =>
    props.bundle.products.find((p) => p.id === productId)?.name ?? productId;

  const exportFor = async (memberId: string): Promise<void> => {
    const member = props.bundle.members.find((m) => m.id === memberId);
    if (member === undefined) return;
    setBusy(true);
    try {
      const pack = await exportScoringPack(
        db,
        { roundId: round.id, memberId, meetingDate: day },
        'secretary',
      );
      const saved = await saveFileAs(packFileName(member, day), pack.bytes, 'application/json');
      if (saved !== null)
        toaster.show('success', t('packs.exported', { file: saved.name, count: pack.file.products.length }));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const importReturns = async (): Promise<void> => {
    try {
      const files = await pickFiles({
        multiple: true,
        filters: [{ name: t('packs.returnFilter'), extensions: [RETURN_EXTENSION, 'json'] }],
      });
      for (const file of files) {
        try {
          const result = await importReturnedPack(db, round.id, file.bytes, 'secretary');
          toaster.show(
            result.conflicts.length > 0 ? 'info' : 'success',
            t('packs.imported', {
              file: file.name,
              applied: result.applied.length,
              unchanged: result.unchanged.length,
              conflicts: result.conflicts.length,
              skipped: result.skipped.length,
            }),
          );
        } catch (error) {
          report(error);
        }
      }
    } catch (error) {
      report(error);
    }
  };

  if (round.status !== 'scoring') {
    return (
      <section aria-labelledby="packs-secretary-title">
        <h2 id="packs-secretary-title">{t('packs.secretary.title', { round: round.name })}</h2>
        <p className="hint">{t('packs.secretary.notScoring')}</p>
      </section>
    );
  }
  const open = packs?.conflicts.filter((c) => c.resolution === undefined) ?? [];
  return (
    <section aria-labelledby="packs-secretary-title">
      <h2 id="packs-secretary-title">{t('packs.secretary.title', { round: round.name })}</h2>
      <p className="hint">{t('packs.secretary.hint')}</p>
      <div className={styles.row}>
        <label htmlFor="pack-day">{t('packs.day')}</label>
        <select id="pack-day" value={day} onChange={(e) => setDay(e.target.value)}>
          {round.meetingDates.map((d) => (
            <option key={d} value={d}>
              {date(d)}
            </option>
          ))}
        </select>
      </div>
      <table className="data" aria-label={t('packs.members.table')}>
        <thead>
          <tr>
            <th scope="col">{t('attendance.member')}</th>
            <th scope="col">{t('packs.col.packs')}</th>
            <th scope="col">{t('council.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {scoringMembers(props.bundle).map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.person.fullName}</th>
              <td>{packs?.packs.filter((p) => p.memberId === m.id).length ?? 0}</td>
              <td>
                <button
                  type="button"
                  disabled={busy || day === ''}
                  onClick={() => void exportFor(m.id)}
                  aria-label={t('packs.exportFor', { name: m.person.fullName })}
                >
                  {t('packs.export')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" className="primary" onClick={() => void importReturns()}>
          {t('packs.importReturn')}
        </button>
      </p>
      <h3>{t('packs.conflicts.title', { count: open.length })}</h3>
      {open.length === 0 ? <p className="hint">{t('packs.conflicts.none')}</p> : null}
      {open.map((c) => (
        <ConflictCard
          key={c.id}
          conflict={c}
          memberName={nameOf(c.memberId)}
          productName={productName(c.productId)}
        />
      ))}
      <h3>{t('packs.imports.title')}</h3>
      {packs === undefined || packs.imports.length === 0 ? (
        <p className="hint">{t('packs.imports.none')}</p>
      ) : (
        <table className="data" aria-label={t('packs.imports.title')}>
          <thead>
            <tr>
              <th scope="col">{t('packs.col.at')}</th>
              <th scope="col">{t('attendance.member')}</th>
              <th scope="col">{t('packs.col.result')}</th>
              <th scope="col">{t('packs.col.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {packs.imports.map((i: PackImportRow) => (
              <tr key={i.id}>
                <td>{dateTime(i.at)}</td>
                <td>{nameOf(i.memberId)}</td>
                <td>
                  {t('packs.importResult', {
                    applied: i.applied.length,
                    unchanged: i.unchanged.length,
                    conflicts: i.conflicts.length,
                    skipped: i.skipped.length,
                  })}
                </td>
                <td>
                  <code className={styles.mono} title={i.fileSha256}>
                    {i.fileSha256.slice(0, 16)}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
