import { useState, type ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import type { RegisterEvaluation, RegisterLine, RecognitionView } from '../../domain/register/register';
import { useI18n } from '../../i18n/I18nProvider';
import { Stars } from '../../ui/Stars';
import { MergeLines } from './MergeLines';
import { MinutesLink, useSignedMinutes } from './MinutesLink';
import { RevokeDialog } from './RevokeDialog';
import { StatusLabel } from './StatusLabel';
import type { RegisterView } from './useRegister';
import styles from './Register.module.css';

function useOutcomeText(): (e: RegisterEvaluation) => string {
  const { t } = useI18n();
  return (e) =>
    e.outcome === 'disqualified'
      ? t('results.flag.disqualified')
      : t(`results.outcome.${e.outcome}`, { stars: e.stars ?? 0 });
}

/** One product of the register: who and where, every evaluation, every recognition (revoke), merge. */
export function RegisterProductPage(props: {
  readonly view: RegisterView;
  readonly lineKey: string;
}): ReactNode {
  const { t, date, number } = useI18n();
  const outcomeText = useOutcomeText();
  const [revoking, setRevoking] = useState<RecognitionView | null>(null);
  const line: RegisterLine | undefined = props.view.lines.find((l) => l.key === props.lineKey);
  const signed = useSignedMinutes(line?.evaluations.map((e) => e.productId) ?? []);
  const back = <a href={`#${screenPath('register')}`}>{t('register.product.back')}</a>;
  if (line === undefined)
    return (
      <section className="panel">
        {back}
        <p>{t('register.product.notFound')}</p>
      </section>
    );
  return (
    <section className="panel">
      {back}
      <h1>{line.name}</h1>
      <dl className={styles.meta}>
        <dt>{t('register.col.code')}</dt>
        <dd>{line.code === '' ? t('register.noCode') : line.code}</dd>
        <dt>{t('register.col.producer')}</dt>
        <dd>{line.producerName}</dd>
        <dt>{t('register.col.commune')}</dt>
        <dd>{line.commune}</dd>
        <dt>{t('register.col.group')}</dt>
        <dd>
          {line.group === null ? '' : t(`register.group.${line.group}`)}
          {line.sheetNo === null ? '' : ` — ${t('register.sheetNo', { no: line.sheetNo })}`}
        </dd>
        <dt>{t('register.col.status')}</dt>
        <dd>
          <StatusLabel status={line.status} />
        </dd>
      </dl>

      <h2 className={styles.subheading}>{t('register.product.history')}</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('register.ev.round')}</th>
            <th scope="col">{t('register.ev.date')}</th>
            <th scope="col">{t('register.ev.level')}</th>
            <th scope="col" className="num">
              {t('register.ev.average')}
            </th>
            <th scope="col">{t('register.ev.stars')}</th>
            <th scope="col">{t('register.ev.outcome')}</th>
            <th scope="col">{t('register.ev.minutes')}</th>
          </tr>
        </thead>
        <tbody>
          {line.evaluations.map((e) => (
            <tr key={e.productId}>
              <td>{e.roundName}</td>
              <td>{date(e.date)}</td>
              <td>{t(`register.level.${e.level}`)}</td>
              <td className="num">{e.average === null ? '' : number(e.average, 2)}</td>
              <td>
                {e.stars === null ? null : (
                  <Stars count={e.stars} label={t('register.starsValue', { stars: e.stars })} />
                )}
              </td>
              <td>{outcomeText(e)}</td>
              <td>
                <MinutesLink evaluation={e} signed={signed?.has(e.productId) ?? false} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className={styles.subheading}>{t('register.product.recognitions')}</h2>
      {line.recognitions.length === 0 || line.entryId === null ? (
        <p>{t('register.product.noRecognition')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('register.rec.decision')}</th>
              <th scope="col">{t('register.rec.certificate')}</th>
              <th scope="col">{t('register.ev.stars')}</th>
              <th scope="col">{t('register.rec.expiry')}</th>
              <th scope="col">{t('register.rec.filing')}</th>
              <th scope="col">{t('register.col.status')}</th>
              <th scope="col">{t('register.rec.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {line.recognitions.map((r) => (
              <tr key={r.id}>
                <td>
                  {t('register.rec.decisionValue', { number: r.decisionNumber, date: date(r.decisionDate) })}
                </td>
                <td>{r.certificateNo}</td>
                <td>
                  <Stars count={r.stars} label={t('register.starsValue', { stars: r.stars })} />
                </td>
                <td>{date(r.expiry)}</td>
                <td>
                  {t('register.rec.filingRange', {
                    opens: date(r.filing.opens),
                    closes: date(r.filing.closes),
                  })}
                </td>
                <td>
                  <StatusLabel status={r.status} />
                  {r.revoked === undefined ? null : (
                    <div className="hint">
                      {t('register.rec.revokedReason', { reason: r.revoked.reason })}
                    </div>
                  )}
                </td>
                <td>
                  {r.revoked === undefined ? (
                    <button type="button" onClick={() => setRevoking(r)}>
                      {t('register.rec.revoke')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MergeLines line={line} lines={props.view.lines} />
      {revoking === null || line.entryId === null ? null : (
        <RevokeDialog entryId={line.entryId} recognition={revoking} onClose={() => setRevoking(null)} />
      )}
    </section>
  );
}
