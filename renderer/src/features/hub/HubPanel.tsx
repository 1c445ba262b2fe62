import { useId, useState, type ReactNode } from 'react';
import { HUB_DEFAULT_PORT, type HubRefusal, type HubStatus } from '../../platform/types';
import type { RoundBundle } from '../../db';
import { isPresentOn } from '../../domain/workflow';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { CouncilHostError } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import { DeviceTable } from './DeviceTable';
import { JoinCards } from './JoinCards';
import { useHub } from './HubProvider';
import { QrCode } from './QrCode';
import styles from './Hub.module.css';

/**
 * "Mở phiên chấm trên mạng nội bộ" on the Scoring screen: the secretary picks the meeting day
 * and this computer's address; the app listens only from here until "Đóng phiên chấm".
 */
export function HubPanel(props: { readonly bundle: RoundBundle }): ReactNode {
  const { t } = useI18n();
  const hub = useHub();
  const headingId = useId();
  if (!hub.supported) return null;
  const status = hub.status;
  const mine = status?.running === true && status.roundId === props.bundle.round.id;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('hub.title')}</h2>
      <p className={styles.hint}>{t('hub.intro')}</p>
      {hub.relayDown ? (
        <p className={styles.warning} role="status">
          {t('hub.relayDown')}
        </p>
      ) : null}
      {status === null ? null : mine ? (
        <RunningMeeting bundle={props.bundle} status={status} />
      ) : status.running ? (
        <>
          <p className={styles.warning}>{t('hub.otherRound')}</p>
          <CloseButton />
        </>
      ) : (
        <OpenForm bundle={props.bundle} status={status} />
      )}
    </section>
  );
}

/** The host's reasons for not opening the hub, worded by the catalog. */
const REFUSAL_WORDS = {
  'address-not-local': 'hub.refusal.address-not-local',
  'port-in-use': 'hub.refusal.port-in-use',
  'cannot-listen': 'hub.refusal.cannot-listen',
} as const satisfies Record<HubRefusal['code'], MessageKey>;

function useHubAction(): (action: () => Promise<unknown>, done?: string) => Promise<void> {
  const { t } = useI18n();
  const toaster = useToaster();
  return async (action, done) => {
    try {
      await action();
      if (done !== undefined) toaster.show('success', done);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const refusal = error instanceof CouncilHostError ? error.refusal : undefined;
      toaster.show(
        'error',
        refusal !== undefined
          ? t(REFUSAL_WORDS[refusal.code], refusal.params)
          : error instanceof CouncilHostError && error.code === 'unsupported'
            ? t('hub.unsupported')
            : t('hub.failed', { message }),
      );
    }
  };
}

function CloseButton(): ReactNode {
  const { t } = useI18n();
  const hub = useHub();
  const act = useHubAction();
  return (
    <button type="button" onClick={() => void act(() => hub.run({ kind: 'close' }), t('hub.closed'))}>
      {t('hub.close')}
    </button>
  );
}

function OpenForm(props: { readonly bundle: RoundBundle; readonly status: HubStatus }): ReactNode {
  const { t, date } = useI18n();
  const hub = useHub();
  const act = useHubAction();
  const id = useId();
  const { round, members, attendance } = props.bundle;
  const [day, setDay] = useState(round.meetingDates[0] ?? '');
  const [address, setAddress] = useState(props.status.addresses[0] ?? '127.0.0.1');
  const [port, setPort] = useState(String(HUB_DEFAULT_PORT));
  const present = members.filter((m) => isPresentOn(attendance, m.id, day));
  const scoring = round.status === 'scoring' && round.archived === 0;

  const open = () =>
    act(
      () =>
        hub.run({
          kind: 'open',
          roundId: round.id,
          meetingDate: day,
          memberIds: present.map((m) => m.id),
          bindAddress: address,
          port: Number(port),
        }),
      t('hub.opened'),
    );

  return (
    <div className={styles.form}>
      <div className="form-field">
        <label htmlFor={`${id}-day`}>{t('hub.day')}</label>
        <select id={`${id}-day`} value={day} onChange={(e) => setDay(e.target.value)}>
          {round.meetingDates.map((d) => (
            <option key={d} value={d}>
              {date(d)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-address`}>{t('hub.address')}</label>
        <select
          id={`${id}-address`}
          value={address}
          aria-describedby={`${id}-address-hint`}
          onChange={(e) => setAddress(e.target.value)}
        >
          {props.status.addresses.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <div id={`${id}-address-hint`} className="hint">
          {t('hub.addressHint')}
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-port`}>{t('hub.port')}</label>
        <input
          id={`${id}-port`}
          inputMode="numeric"
          value={port}
          onChange={(e) => setPort(e.target.value.replace(/\D/gu, '').slice(0, 5))}
        />
      </div>
      {!scoring ? <p className={styles.warning}>{t('hub.notScoring')}</p> : null}
      {scoring && present.length === 0 ? <p className={styles.warning}>{t('hub.nonepresent')}</p> : null}
      <button
        type="button"
        className="primary"
        disabled={!scoring || present.length === 0 || day === ''}
        onClick={() => void open()}
      >
        {t('hub.open')}
      </button>
    </div>
  );
}

function RunningMeeting(props: { readonly bundle: RoundBundle; readonly status: HubStatus }): ReactNode {
  const { t, date } = useI18n();
  const url = props.status.url ?? '';
  return (
    <div className={styles.running}>
      <div className={styles.address}>
        <QrCode text={url} label={t('hub.qrAddress', { url })} size={132} />
        <div>
          <p>{t('hub.running', { date: date(props.status.meetingDate ?? '') })}</p>
          <p className={styles.url}>{url}</p>
          <div className={styles.actions}>
            <button
              type="button"
              // The cards are in the page already, hidden on screen; the print stylesheet shows only them.
              onClick={() => window.print()}
            >
              {t('hub.printCards')}
            </button>
            <CloseButton />
          </div>
        </div>
      </div>
      <DeviceTable bundle={props.bundle} status={props.status} />
      <JoinCards bundle={props.bundle} status={props.status} />
    </div>
  );
}
