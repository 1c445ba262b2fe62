import type { ReactNode } from 'react';
import type { RoundDifference } from '../../db/backup';
import { describeBackupProblem } from './describe-problem';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import type { RestoreState } from './useRestore';

/** What the chosen backup holds, how it differs from here, and the one button that restores. */
export function RestoreDialog(props: {
  readonly state: RestoreState;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}): ReactNode {
  const { t, language, dateTime, number } = useI18n();
  const { state } = props;
  const open = state.step !== 'idle';
  return (
    <Dialog open={open} title={t('backup.restore.title')} onClose={props.onClose} wide>
      {state.step === 'checking' ? <p role="status">{t('backup.restore.checking')}</p> : null}
      {state.step === 'refused' ? (
        <div role="alert">
          <p>{t('backup.restore.refused', { file: state.file })}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>{describeBackupProblem(p, language)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.step === 'preview' || state.step === 'restoring' ? (
        <>
          <h3>{t('backup.restore.contains', { file: state.file })}</h3>
          <dl className="facts">
            <dt>{t('backup.restore.createdAt')}</dt>
            <dd>{dateTime(state.contents.createdAt)}</dd>
            <dt>{t('backup.restore.appVersion')}</dt>
            <dd>{state.contents.appVersion}</dd>
            <dt>{t('backup.restore.people')}</dt>
            <dd>{number(state.contents.people)}</dd>
            <dt>{t('backup.restore.auditEvents')}</dt>
            <dd>{number(state.contents.auditEvents)}</dd>
            <dt>{t('backup.restore.signedDocuments')}</dt>
            <dd>{number(state.contents.signedDocuments)}</dd>
            <dt>{t('backup.restore.signedFiles')}</dt>
            <dd>{number(state.contents.signedFolderFiles)}</dd>
          </dl>
          {state.brokenChains.map((b) => (
            <p key={b.chain} role="alert">
              {t('backup.restore.chainBroken', { chain: chainName(b.chain, state.differences), seq: b.seq })}
            </p>
          ))}
          <h3>{t('backup.restore.rounds')}</h3>
          <DifferencesTable differences={state.differences} />
          <p className="hint">{t('backup.restore.warning')}</p>
        </>
      ) : null}
      <div className="actions">
        {state.step === 'preview' || state.step === 'restoring' ? (
          <button
            type="button"
            className="primary"
            disabled={state.step === 'restoring'}
            onClick={props.onConfirm}
          >
            {state.step === 'restoring' ? t('backup.restore.busy') : t('backup.restore.confirm')}
          </button>
        ) : null}
        <button type="button" disabled={state.step === 'restoring'} onClick={props.onClose}>
          {state.step === 'refused' ? t('backup.restore.close') : t('backup.restore.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

function chainName(chain: string, differences: readonly RoundDifference[]): string {
  return differences.find((d) => d.id === chain)?.name ?? chain;
}

function DifferencesTable(props: { readonly differences: readonly RoundDifference[] }): ReactNode {
  const { t, dateTime } = useI18n();
  if (props.differences.length === 0) return <p>{t('backup.restore.noRounds')}</p>;
  const pair = (a: string | number | undefined, b: string | number | undefined): string =>
    `${a ?? '—'} / ${b ?? '—'}`;
  const when = (iso: string | undefined): string | undefined =>
    iso === undefined ? undefined : dateTime(iso);
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">{t('backup.restore.col.round')}</th>
          <th scope="col">{t('backup.restore.col.change')}</th>
          <th scope="col" className="num">
            {t('backup.restore.col.products')}
          </th>
          <th scope="col" className="num">
            {t('backup.restore.col.sheets')}
          </th>
          <th scope="col">{t('backup.restore.col.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {props.differences.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.name}</th>
            <td>
              {t(
                d.change === 'replaced' && !d.differs
                  ? 'backup.restore.change.same'
                  : `backup.restore.change.${d.change}`,
              )}
            </td>
            <td className="num">{pair(d.inBackup?.products, d.here?.products)}</td>
            <td className="num">{pair(d.inBackup?.submittedSheets, d.here?.submittedSheets)}</td>
            <td>{pair(when(d.inBackup?.updatedAt), when(d.here?.updatedAt))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
