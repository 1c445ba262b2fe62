import type { ReactNode } from 'react';
import type { HubStatus } from '../../platform/types';
import type { RoundBundle } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { useHub } from './HubProvider';
import styles from './Hub.module.css';

/** Per member present: the join code, the bound device (kind, last seen, ops in flight), disconnect / re-issue. */
export function DeviceTable(props: { readonly bundle: RoundBundle; readonly status: HubStatus }): ReactNode {
  const { t, dateTime } = useI18n();
  const hub = useHub();
  const toaster = useToaster();
  const name = (memberId: string) =>
    props.bundle.members.find((m) => m.id === memberId)?.person.fullName ?? memberId;

  const act = async (kind: 'reissue' | 'disconnect', memberId: string) => {
    try {
      await hub.run({ kind, memberId });
      toaster.show(
        'success',
        t(kind === 'reissue' ? 'hub.reissued' : 'hub.disconnected', { name: name(memberId) }),
      );
    } catch (error) {
      toaster.show(
        'error',
        t('hub.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  return (
    <table className={styles.devices} aria-label={t('hub.members')}>
      <thead>
        <tr>
          <th scope="col">{t('hub.col.member')}</th>
          <th scope="col">{t('hub.col.code')}</th>
          <th scope="col">{t('hub.col.device')}</th>
          <th scope="col">{t('hub.col.lastSeen')}</th>
          <th scope="col">{t('hub.col.inFlight')}</th>
          <th scope="col">{t('hub.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.status.cards.map((card) => {
          const device = props.status.devices.find((d) => d.memberId === card.memberId);
          const who = name(card.memberId);
          return (
            <tr key={card.memberId}>
              <th scope="row">{who}</th>
              <td>
                <span className={styles.code}>{card.shortCode}</span>
                {card.used ? <span className={styles.muted}> · {t('hub.card.used')}</span> : null}
                {card.lockedUntil !== null ? (
                  <span className={styles.warningText}>
                    {' '}
                    · {t('hub.card.locked', { time: dateTime(card.lockedUntil) })}
                  </span>
                ) : null}
              </td>
              <td>
                {device === undefined
                  ? t('hub.device.none')
                  : `${t(`hub.device.${device.kind}`)} · ${device.label}`}
              </td>
              <td>{device === undefined ? '' : dateTime(device.lastSeenAt)}</td>
              <td>{device === undefined ? '' : device.inFlight}</td>
              <td className={styles.rowActions}>
                <button
                  type="button"
                  aria-label={t('hub.disconnect', { name: who })}
                  disabled={device === undefined}
                  onClick={() => void act('disconnect', card.memberId)}
                >
                  {t('hub.disconnectShort')}
                </button>
                <button
                  type="button"
                  aria-label={t('hub.reissue', { name: who })}
                  onClick={() => void act('reissue', card.memberId)}
                >
                  {t('hub.reissueShort')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
