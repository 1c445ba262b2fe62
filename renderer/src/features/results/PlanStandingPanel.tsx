import type { ReactNode } from 'react';
import type { CouncilResult } from '../../domain/council/council-result';
import type { PlanTargets } from '../../domain/model';
import { planStanding, type TargetStanding } from '../../domain/council/plan-standing';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './results.module.css';
import { cx } from '../../ui/cx';

/** How the round stands against its plan targets (OCOP-RULES §6), from the engine's results. */
export function PlanStandingPanel(props: {
  readonly results: readonly CouncilResult[];
  readonly targets: PlanTargets | undefined;
}): ReactNode {
  const { t, percent } = useI18n();
  const s = planStanding(props.results, props.targets);
  const verdict = (target: TargetStanding | null) =>
    target === null ? null : (
      <strong className={target.met ? styles.targetMet : styles.targetNotMet}>
        {' '}
        {t(target.met ? 'results.plan.met' : 'results.plan.notMet')}
      </strong>
    );
  const share = s.shareAtLeast3Stars === null ? t('results.none') : percent(s.shareAtLeast3Stars, 1);
  return (
    <section className={cx('panel', styles.resultsPanel)} aria-labelledby="plan-title">
      <h2 id="plan-title">{t('results.plan.title')}</h2>
      <ul className={styles.planLines}>
        <li>
          {t('results.plan.share', { count: s.atLeast3Stars, evaluated: s.evaluated, share })}
          {s.shareTarget === null ? null : (
            <> {t('results.plan.shareTarget', { target: percent(s.shareTarget.target, 0) })}</>
          )}
          {verdict(s.shareTarget)}
        </li>
        <li>
          {t('results.plan.forward', { count: s.forwardedFor5Stars })}
          {s.forwardTarget === null ? null : (
            <> {t('results.plan.forwardTarget', { target: s.forwardTarget.target })}</>
          )}
          {verdict(s.forwardTarget)}
        </li>
        <li>
          {t('results.plan.evaluated', { count: s.evaluated })}
          {s.productsTarget === null ? null : (
            <> {t('results.plan.productsTarget', { target: s.productsTarget.target })}</>
          )}
          {verdict(s.productsTarget)}
        </li>
      </ul>
      {props.targets === undefined ? <p className="hint">{t('results.plan.none')}</p> : null}
    </section>
  );
}
