import type { ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { screenPath } from '../../app/routes';
import type { RoundBundle } from '../../db';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { useRoundBundle } from '../../app/useRoundBundle';
import styles from './rounds.module.css';
import { cx } from '../../ui/cx';

/**
 * Frame of the screens that work on the current round (Council, Products): the screen title,
 * the round's name always in view, and a way back to choose one when none is chosen.
 */
export function CurrentRoundGate(props: {
  readonly titleKey: MessageKey;
  readonly children: (bundle: RoundBundle) => ReactNode;
}): ReactNode {
  const { t } = useI18n();
  const { roundId } = useCurrentRound();
  const bundle = useRoundBundle(roundId);
  if (bundle === undefined) return <p>{t('settings.about.loading')}</p>;
  if (bundle === null) {
    return (
      <section className="panel">
        <h1>{t(props.titleKey)}</h1>
        <p>
          {t(roundId === null ? 'round.chooseFirst' : 'round.missing')}{' '}
          <a href={`#${screenPath('rounds')}`}>{t('nav.backHome')}</a>
        </p>
      </section>
    );
  }
  return (
    <section className="panel">
      <h1>{t(props.titleKey)}</h1>
      <p className={styles.currentRoundLine}>
        <strong>{t('round.current', { name: bundle.round.name })}</strong>{' '}
        <span className={cx(styles.statusBadge, styles[`status-${bundle.round.status}`])}>
          {t(`status.${bundle.round.status}`)}
        </span>
        {bundle.round.archived === 1 ? (
          <span className={styles.statusBadge}>{t('rounds.archivedBadge')}</span>
        ) : null}
      </p>
      {props.children(bundle)}
    </section>
  );
}
