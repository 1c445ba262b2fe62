import { useState, type ReactNode } from 'react';
import type { AuditRow, ChainVerdict } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuditChain } from './useAuditChain';
import { useRoundBundle } from '../../app/useRoundBundle';
import { actionWords, actorWords, entityWords } from './audit-words';
import styles from './audit.module.css';
import { cx } from '../../ui/cx';

const SHOWN = 200;

/**
 * A round's audit trail, newest first, with "Kiểm tra tính toàn vẹn": the chain is recomputed
 * and the first broken event is named and highlighted (issue 6 item 5).
 */
export function AuditTrailPanel(props: { readonly roundId: string; readonly roundName: string }): ReactNode {
  const { t } = useI18n();
  const { events, verdict, checking, verify } = useAuditChain(props.roundId);
  const bundle = useRoundBundle(props.roundId);
  const memberNames = new Map((bundle?.members ?? []).map((m) => [m.id, m.person.fullName] as const));
  const [all, setAll] = useState(false);
  const newestFirst = [...(events ?? [])].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, SHOWN);
  return (
    <section aria-labelledby="audit-title" className={styles.auditPanel}>
      <h2 id="audit-title">{t('audit.round', { round: props.roundName })}</h2>
      <p className="hint">{t('audit.intro')}</p>
      <button type="button" className="primary" disabled={checking} onClick={() => void verify()}>
        {checking ? t('audit.verifying') : t('audit.verify')}
      </button>
      <Verdict verdict={verdict} events={events ?? []} />
      <p>{t('audit.count', { count: events?.length ?? 0 })}</p>
      <table className={cx('data', styles.auditTable)}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('audit.col.seq')}
            </th>
            <th scope="col">{t('audit.col.at')}</th>
            <th scope="col">{t('audit.col.actor')}</th>
            <th scope="col">{t('audit.col.via')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.entity')}</th>
            <th scope="col">{t('audit.col.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <EventRow
              key={e.id}
              event={e}
              memberNames={memberNames}
              broken={verdict !== null && !verdict.ok && verdict.eventId === e.id}
            />
          ))}
        </tbody>
      </table>
      {!all && newestFirst.length > SHOWN ? (
        <button type="button" onClick={() => setAll(true)}>
          {t('audit.showAll', { count: newestFirst.length })}
        </button>
      ) : null}
    </section>
  );
}

function Verdict(props: {
  readonly verdict: ChainVerdict | null;
  readonly events: readonly AuditRow[];
}): ReactNode {
  const { t, dateTime } = useI18n();
  const v = props.verdict;
  if (v === null) return null;
  if (v.ok)
    return (
      <p role="status" className={styles.auditOk}>
        {t('audit.ok', { count: v.count, head: v.headHash })}
      </p>
    );
  const event = props.events.find((e) => e.id === v.eventId);
  return (
    <p role="alert" className={styles.auditBroken}>
      {t('audit.broken', {
        seq: v.seq,
        action: event === undefined ? '?' : actionWords(t, event.action),
        at: event === undefined ? '?' : dateTime(event.at),
        problem: t(`audit.problem.${v.problem}`),
        verified: v.verified,
      })}
    </p>
  );
}

/** Where the write came from (OCOP-RULES §4 item 9): the laptop, a hub device, or a returned pack by its hash. */
function viaText(e: AuditRow, t: ReturnType<typeof useI18n>['t']): string {
  const via = e.via;
  if (via === undefined || via.kind === 'laptop') return t('audit.via.laptop');
  if (via.kind === 'hub') return t('audit.via.hub', { device: via.deviceLabel });
  return t('audit.via.pack', { hash: via.fileSha256.slice(0, 12) });
}

function EventRow(props: {
  readonly event: AuditRow;
  readonly memberNames: ReadonlyMap<string, string>;
  readonly broken: boolean;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const e = props.event;
  const actor = actorWords(t, e, props.memberNames);
  return (
    <tr
      className={props.broken ? styles.auditRowBroken : undefined}
      aria-label={props.broken ? t('audit.brokenRow') : undefined}
    >
      <th scope="row" className="num">
        {e.seq}
      </th>
      <td>{dateTime(e.at)}</td>
      <td>{actor}</td>
      <td>{viaText(e, t)}</td>
      <td title={e.action}>{actionWords(t, e.action)}</td>
      <td>{entityWords(t, e.entity)}</td>
      <td>
        <code title={e.hash}>{e.hash.slice(0, 12)}</code>
      </td>
    </tr>
  );
}
