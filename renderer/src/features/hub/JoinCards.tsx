import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { HubStatus } from '../../platform/types';
import type { RoundBundle } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { QrCode } from './QrCode';
import styles from './Hub.module.css';

/**
 * The members' join cards on one A4 page: name, QR code (address + one-time secret), short
 * code. Rendered outside the app's root only while printing; the print stylesheet then hides
 * the app and shows only this page.
 */
export function JoinCards(props: { readonly bundle: RoundBundle; readonly status: HubStatus }): ReactNode {
  const { t, date } = useI18n();
  const url = props.status.url ?? '';
  return createPortal(
    <div className={styles.printSheet}>
      <h1 className={styles.printTitle}>{t('hub.cardsTitle', { round: props.bundle.round.name })}</h1>
      <p className={styles.printDay}>
        {t('hub.day')}: {date(props.status.meetingDate ?? '')}
      </p>
      <div className={styles.cards}>
        {props.status.cards.map((card) => {
          const member = props.bundle.members.find((m) => m.id === card.memberId);
          const name = member?.person.fullName ?? '';
          return (
            <article key={card.memberId} className={styles.card}>
              <QrCode text={card.joinUrl} label={t('hub.qrCard', { name })} size={120} />
              <div>
                <p className={styles.cardName}>{name}</p>
                <p className={styles.cardRole}>
                  {member === undefined ? '' : t(`scoring.role.${member.role}`)}
                </p>
                <p className={styles.cardHow}>{t('hub.cardHowTo', { url })}</p>
                <p className={styles.cardCode}>{card.shortCode}</p>
              </div>
            </article>
          );
        })}
      </div>
    </div>,
    document.body,
  );
}
