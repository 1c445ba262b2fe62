import type { ReactNode } from 'react';
import type { StarBand } from '../../../domain/criteria/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stars } from '../../../ui/Stars';
import {
  bandRange,
  minimumsVerdict,
  unmetByLevel,
  type SheetEvaluation,
  type SheetLayout,
} from './view-model';
import styles from './sheet-form.module.css';
import { cx } from '../../../ui/cx';

/**
 * The live totals beside the form: parts A/B/C, the total, the rank this one sheet would give
 * and why (the band of the total, the unmet star minimums), what is still unanswered, and
 * whether the last choice is saved. Every number comes from the domain's score.
 */
export function SheetSummary(props: {
  readonly layout: SheetLayout;
  readonly bands: readonly StarBand[];
  readonly evaluation: SheetEvaluation;
  readonly saveState: 'idle' | 'saving' | 'saved' | 'failed';
  readonly onJump: () => void;
  readonly children?: ReactNode;
}): ReactNode {
  const { t, number } = useI18n();
  const { score, missing } = props.evaluation;
  const range = bandRange(props.bands, score.band);
  const rangeText =
    range === undefined
      ? ''
      : range.below === undefined
        ? t('summary.rangeFrom', { min: number(range.min) })
        : range.min === 0
          ? t('summary.rangeBelow', { max: number(range.below) })
          : t('summary.rangeBetween', { min: number(range.min), max: number(range.below) });
  const unmet = unmetByLevel(score);
  const verdict = minimumsVerdict(props.evaluation);

  return (
    <aside className={styles.sheetSummary} aria-label={t('summary.label')}>
      {/* The live totals and the star preview: pinned to the bottom of a phone's screen. */}
      <div className={styles.summaryLive}>
        <dl className={styles.summaryParts}>
          {props.layout.parts.map((part) => (
            <div key={part.code} className={styles.summaryPart}>
              <dt>{t('summary.part', { code: part.code })}</dt>
              <dd data-testid={`part-${part.code}`}>
                {t('summary.partValue', { points: score.parts[part.code] ?? 0, max: part.max })}
              </dd>
            </div>
          ))}
          <div className={cx(styles.summaryPart, styles.summaryTotal)}>
            <dt>{t('summary.total')}</dt>
            <dd data-testid="total">
              {t('summary.partValue', {
                points: score.total,
                max: props.layout.parts.reduce((sum, p) => sum + p.max, 0),
              })}
            </dd>
          </div>
        </dl>
        <div className={styles.summaryRank} role="status" aria-live="polite" aria-atomic="true">
          <span>{t('summary.preview')}: </span>
          <Stars count={score.rank} label={t('summary.stars', { stars: score.rank })} showEmpty />
          <span> {t('summary.stars', { stars: score.rank })}</span>
          {score.complete ? null : <span className="muted"> {t('summary.provisional')}</span>}
        </div>
      </div>
      <ul className={styles.summaryWhy}>
        <li>{t('summary.band', { total: score.total, stars: score.band, range: rangeText })}</li>
        {verdict === 'all-met' ? <li>{t('summary.allMinimumsMet')}</li> : null}
        {verdict === 'none-missed-yet' ? <li>{t('summary.noMinimumMissedYet')}</li> : null}
        {unmet.map((g) => (
          <li key={g.level}>{t('summary.unmet', { stars: g.level, codes: g.codes.join(', ') })}</li>
        ))}
      </ul>
      <p
        className={missing.length > 0 ? styles.summaryMissing : styles.summaryComplete}
        data-testid="unanswered"
      >
        {missing.length > 0 ? t('summary.unanswered', { count: missing.length }) : t('summary.complete')}
        {score.noneAnswers.length > 0 ? (
          <span className="muted"> · {t('summary.noneCount', { count: score.noneAnswers.length })}</span>
        ) : null}
      </p>
      {missing.length > 0 ? (
        <button type="button" className="link-button" onClick={props.onJump}>
          {t('summary.jump')}
        </button>
      ) : null}
      <p className={cx(styles.saveState, styles[`save-${props.saveState}`])} role="status">
        {props.saveState === 'saving'
          ? t('save.saving')
          : props.saveState === 'saved'
            ? t('save.saved')
            : props.saveState === 'failed'
              ? t('save.failed')
              : ''}
      </p>
      {props.children}
    </aside>
  );
}
