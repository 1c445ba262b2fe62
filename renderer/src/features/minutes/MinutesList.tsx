import type { ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { currentRevision, revisionsOf, type MinutesData } from './minutes-data';
import { ProductCode } from '../products/ProductCode';

/** The round's products with the state of their minutes: open, closed, signed by whom. */
export function MinutesList(props: { readonly data: MinutesData }): ReactNode {
  const { t } = useI18n();
  return (
    <table className="data">
      <caption>{t('minutes.products')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('minutes.col.product')}</th>
          <th scope="col">{t('minutes.col.minutes')}</th>
        </tr>
      </thead>
      <tbody>
        {props.data.results.products.map((r) => {
          const current = currentRevision(revisionsOf(props.data, r.product.id));
          const state =
            current !== null
              ? t('minutes.state.signedBy', {
                  revision: current.revision,
                  signers: current.signers.map((s) => `${t(`minutes.role.${s.role}`)} ${s.name}`).join(', '),
                })
              : t(r.state.closed === null ? 'minutes.state.open' : 'minutes.state.closed');
          return (
            <tr key={r.product.id}>
              <th scope="row">
                <a
                  href={`#${screenPath('minutes', r.product.id)}`}
                  aria-label={t('minutes.open', { product: r.product.name })}
                >
                  {r.product.name}
                </a>{' '}
                <span className="hint">
                  <ProductCode code={r.product.code} />
                </span>
              </th>
              <td>{state}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
