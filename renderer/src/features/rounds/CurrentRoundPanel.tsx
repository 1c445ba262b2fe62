import { useEffect, useRef, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { screenPath, type ScreenId } from '../../app/routes';
import { useReportError } from '../../app/useReportError';
import { setRoundArchived, type RoundHead } from '../../db';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { QuorumBadges } from '../council/QuorumBadges';
import { StartScoringButton } from './StartScoringButton';
import styles from './rounds.module.css';
import { cx } from '../../ui/cx';

const quickLinks: readonly { readonly screen: ScreenId; readonly label: MessageKey }[] = [
  { screen: 'council', label: 'nav.council' },
  { screen: 'products', label: 'nav.products' },
  { screen: 'scoring', label: 'nav.scoring' },
  { screen: 'results', label: 'nav.results' },
];

/** The current round: what it is, where to go next, and what can be done to it. */
export function CurrentRoundPanel(props: {
  readonly bundle: RoundHead;
  readonly onEdit: () => void;
  readonly onExport: () => void;
  /** move the keyboard focus here (the person just opened this round from the list) */
  readonly focusRequest: number;
}): ReactNode {
  const { t, date } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const { round, members, products } = props.bundle;
  const archived = round.archived === 1;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focusRequest > 0) heading.current?.focus();
  }, [props.focusRequest]);

  const toggleArchive = async (): Promise<void> => {
    try {
      await setRoundArchived(db, round.id, !archived, 'secretary');
      toaster.show('success', t(archived ? 'rounds.unarchived' : 'rounds.archived', { name: round.name }));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <section className={cx('panel', styles.currentRound)} aria-labelledby="current-round-title">
      <h2 id="current-round-title" ref={heading} tabIndex={-1}>
        {t('round.current', { name: round.name })}
      </h2>
      <p>
        <span className={cx(styles.statusBadge, styles[`status-${round.status}`])}>
          {t(`status.${round.status}`)}
        </span>
        {archived ? <span className={styles.statusBadge}>{t('rounds.archivedBadge')}</span> : null}{' '}
        {t(`level.${round.level}`)}
        {round.province === '' ? null : ` · ${round.province}`}
      </p>
      {archived ? <p className="hint">{t('rounds.archivedNote')}</p> : null}
      <dl className="facts">
        <dt>{t('rounds.facts.decision')}</dt>
        <dd>
          {round.decision === undefined
            ? t('rounds.facts.none')
            : t('rounds.facts.decisionValue', {
                number: round.decision.number,
                date: date(round.decision.date),
                signer: round.decision.signer,
              })}
        </dd>
        <dt>{t('rounds.facts.venue')}</dt>
        <dd>{round.venue === '' ? t('rounds.facts.none') : round.venue}</dd>
        <dt>{t('rounds.col.dates')}</dt>
        <dd>
          {round.meetingDates.length === 0 ? t('rounds.noDates') : round.meetingDates.map(date).join(', ')}
        </dd>
        <dt>{t('rounds.facts.ruleSet')}</dt>
        <dd>{round.ruleSetId}</dd>
        <dt>{t('rounds.facts.members')}</dt>
        <dd>{members.length}</dd>
        <dt>{t('rounds.col.products')}</dt>
        <dd>{products.length}</dd>
      </dl>
      <QuorumBadges bundle={props.bundle} />
      <nav aria-label={t('rounds.links')} className={styles.quickLinks}>
        {quickLinks.map((link) => (
          <a key={link.screen} href={`#${screenPath(link.screen)}`}>
            {t(link.label)}
          </a>
        ))}
      </nav>
      <div className="toolbar">
        <button type="button" disabled={archived || round.status === 'closed'} onClick={props.onEdit}>
          {t('rounds.edit')}
        </button>
        <button type="button" onClick={props.onExport}>
          {t('roundFile.export')}
        </button>
        <button type="button" onClick={() => void toggleArchive()}>
          {t(archived ? 'rounds.unarchive' : 'rounds.archive')}
        </button>
      </div>
      <StartScoringButton bundle={props.bundle} />
    </section>
  );
}
