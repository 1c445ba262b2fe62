import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { RecordDecisionForm } from './RecordDecisionForm';
import { RegisterImportButton } from './RegisterImportDialog';
import { RegisterList } from './RegisterList';
import { RegisterProductPage } from './RegisterProductPage';
import { RoundPapersPanel } from './RoundPapersPanel';
import { YearPlanPage } from './YearPlanPage';
import { screenPath } from '../../app/routes';
import { useRegister } from './useRegister';

/** "Sổ theo dõi sản phẩm OCOP": /register lists the products, /register/<key> shows one. */
export function RegisterScreen(props: { readonly rest: readonly string[] }): ReactNode {
  const { t } = useI18n();
  const view = useRegister();
  const key = props.rest[0];
  if (view === undefined) return <p>{t('register.loading')}</p>;
  if (key === 'year') return <YearPlanPage view={view} />;
  if (key !== undefined) return <RegisterProductPage view={view} lineKey={key} />;
  return (
    <section className="panel">
      <h1>{t('register.title')}</h1>
      <p className="hint">{t('register.intro')}</p>
      <div className="toolbar">
        <RegisterImportButton entries={view.data.entries} today={view.today} />
        <a href={`#${screenPath('register', 'year')}`}>{t('registerYear.plan.link')}</a>
      </div>
      <RecordDecisionForm rounds={view.data.closedRounds} />
      <RoundPapersPanel rounds={view.data.closedRounds} />
      <RegisterList lines={view.lines} today={view.today} />
    </section>
  );
}
