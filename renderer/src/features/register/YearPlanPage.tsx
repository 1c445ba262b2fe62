import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { screenPath } from '../../app/routes';
import { yearPlanFor } from '../../db';
import { docWords } from '../../documents/words';
import type { CouncilLevel } from '../../domain/model';
import { evaluationYears, yearStanding } from '../../domain/register/year-standing';
import { progressText, targetLabel, yearCharts } from '../../domain/register/year-charts';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/Field';
import { cx } from '../../ui/cx';
import { ChartView } from './ChartView';
import { PlanForm } from './PlanForm';
import type { RegisterView } from './useRegister';
import { useYearReport } from './useYearReport';
import styles from './RegisterYear.module.css';

const CHART_WIDTH = 560;

/** "Kế hoạch và kết quả năm": the plan of a year and level, its standing across every round, charts, the report. */
export function YearPlanPage(props: { readonly view: RegisterView }): ReactNode {
  const { t, language, percent } = useI18n();
  const db = useDb();
  const thisYear = Number(props.view.today.slice(0, 4));
  const years = [...new Set([thisYear, ...evaluationYears(props.view.lines)])].sort((a, b) => b - a);
  const [year, setYear] = useState(thisYear);
  const [level, setLevel] = useState<CouncilLevel>('province');
  // wrapped: "no plan yet" (undefined) is told apart from "still loading"
  const loaded = useLiveQuery(async () => ({ plan: await yearPlanFor(db, year, level) }), [db, year, level]);
  const plan = loaded?.plan;
  const report = useYearReport();
  const words = docWords(language);
  const standing = yearStanding(
    props.view.lines,
    year,
    level,
    plan === undefined ? undefined : { ...plan.targets, groupTargets: plan.groupTargets },
  );
  const charts = yearCharts(standing, words, CHART_WIDTH);
  const back = <a href={`#${screenPath('register')}`}>{t('register.product.back')}</a>;
  return (
    <section className="panel">
      <p>{back}</p>
      <h1>{t('registerYear.plan.title', { year })}</h1>
      <p className="hint">{t('registerYear.plan.intro')}</p>
      <div className={styles.planChoice}>
        <SelectField
          label={t('registerYear.plan.year')}
          value={String(year)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => setYear(Number(v))}
        />
        <SelectField
          label={t('registerYear.plan.level')}
          value={level}
          options={(['province', 'central'] as const).map((l) => ({
            value: l,
            label: t(`register.level.${l}`),
          }))}
          onChange={(v) => setLevel(v === 'central' ? 'central' : 'province')}
        />
      </div>
      {loaded === undefined ? null : (
        <PlanForm
          key={`${year}-${level}-${loaded.plan?.updatedAt ?? ''}`}
          year={year}
          level={level}
          plan={loaded.plan}
        />
      )}
      <h2 className={styles.planHeading}>{t('registerYear.plan.standing')}</h2>
      <p>
        {t('registerYear.plan.summary', {
          evaluated: standing.evaluated,
          atLeast3: standing.atLeast3Stars,
          share: standing.shareAtLeast3Stars === null ? '—' : percent(standing.shareAtLeast3Stars, 1),
          forwarded: standing.forwardedFor5Stars,
        })}
      </p>
      <p>
        {standing.rounds.length === 0
          ? t('registerYear.plan.noRounds')
          : t('registerYear.plan.rounds', { rounds: standing.rounds.join('; ') })}
      </p>
      {standing.progress.length === 0 ? (
        <p className="hint">{t('registerYear.plan.noTargets')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('registerYear.plan.col.target')}</th>
              <th scope="col" className="num">
                {t('registerYear.plan.col.result')}
              </th>
              <th scope="col">{t('registerYear.plan.col.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {standing.progress.map((p) => (
              <tr key={`${p.target}-${p.group ?? ''}`}>
                <td>{targetLabel(words, p)}</td>
                <td className="num">{progressText(words, p)}</td>
                <td>
                  <strong className={p.met ? styles.met : styles.notMet}>
                    {t(p.met ? 'registerYear.plan.met' : 'registerYear.plan.notMet')}
                  </strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={styles.charts}>
        {charts.progress === null ? null : (
          <figure className={styles.chart}>
            <figcaption>{t('registerYear.chart.progress')}</figcaption>
            <ChartView chart={charts.progress.chart} label={t('registerYear.chart.progress')} />
          </figure>
        )}
        {(
          [
            ['byGroup', charts.byGroup.chart, standing.byGroup.length],
            ['byCommune', charts.byCommune.chart, standing.byCommune.length],
            ['perMonth', charts.perMonth.chart, standing.evaluated],
          ] as const
        ).map(([key, chart, count]) => (
          <figure key={key} className={styles.chart}>
            <figcaption>{t(`registerYear.chart.${key}`)}</figcaption>
            {count === 0 ? (
              <p>{t('registerYear.chart.empty')}</p>
            ) : (
              <ChartView chart={chart} label={t(`registerYear.chart.${key}`)} />
            )}
          </figure>
        ))}
      </div>
      <div className={cx(styles.actions)}>
        <button
          type="button"
          className="primary"
          disabled={report.busy}
          onClick={() => void report.run(standing)}
        >
          {report.busy ? t('registerYear.plan.printing') : t('registerYear.plan.print')}
        </button>
      </div>
    </section>
  );
}
