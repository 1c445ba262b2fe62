import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { returnedPackOf } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { saveFileAs } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import { returnFileName } from './pack-files';
import { ProductCode } from '../products/ProductCode';

/** One imported pack on the member's laptop: the day's products with their state, and the returned pack. */
export function MemberPackView(props: { readonly packId: string }): ReactNode {
  const { t, date } = useI18n();
  const db = useDb();
  const report = useReportError();
  const toaster = useToaster();
  const row = useLiveQuery(async () => (await db.memberPacks.get(props.packId)) ?? null, [db, props.packId]);
  if (row === undefined) return <p>{t('settings.about.loading')}</p>;
  if (row === null)
    return (
      <section className="panel">
        <h1>{t('packs.member.title')}</h1>
        <p>{t('packs.member.missing')}</p>
        <a href={`#${screenPath('packs')}`}>{t('packs.back')}</a>
      </section>
    );
  const { pack } = row;
  const submitted = pack.products.filter((p) => row.sheets[p.id]?.submitted === true).length;

  const exportReturn = async (): Promise<void> => {
    try {
      const { bytes } = returnedPackOf(row, new Date().toISOString());
      const saved = await saveFileAs(
        returnFileName(pack.member.name, pack.round.meetingDate),
        bytes,
        'application/json',
      );
      if (saved !== null) toaster.show('success', t('packs.member.returned', { file: saved.name }));
    } catch (error) {
      report(error);
    }
  };

  return (
    <section className="panel">
      <h1>{t('packs.member.packTitle', { member: pack.member.name })}</h1>
      <p>
        {t('packs.member.packLine', {
          member: pack.member.name,
          round: pack.round.name,
          date: date(pack.round.meetingDate),
        })}
      </p>
      <p className="hint">{t('packs.member.packHint')}</p>
      <table className="data" aria-label={t('packs.member.products')}>
        <thead>
          <tr>
            <th scope="col">{t('form.header.product')}</th>
            <th scope="col">{t('form.header.code')}</th>
            <th scope="col">{t('scoring.sheetColumn')}</th>
            <th scope="col">{t('panel.status')}</th>
          </tr>
        </thead>
        <tbody>
          {pack.products.map((p) => {
            const sheet = row.sheets[p.id];
            const answered = Object.keys(sheet?.answers ?? {}).length;
            const state =
              sheet?.submitted === true
                ? t('packs.member.state.submitted')
                : answered > 0
                  ? t('packs.member.state.inProgress', { count: answered })
                  : t('packs.member.state.notStarted');
            return (
              <tr key={p.id}>
                <td>
                  <a
                    href={`#${screenPath('packs', 'member', pack.packId, p.id)}`}
                    aria-label={t('scoring.openSheet', { product: p.name })}
                  >
                    {p.name}
                  </a>
                </td>
                <td>
                  <ProductCode code={p.code} />
                </td>
                <td className="num">{p.sheetNo}</td>
                <td>{state}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{t('packs.member.progress', { submitted, total: pack.products.length })}</p>
      <p>
        <button type="button" className="primary" onClick={() => void exportReturn()}>
          {t('packs.member.export')}
        </button>{' '}
        <a href={`#${screenPath('packs')}`}>{t('packs.back')}</a>
      </p>
    </section>
  );
}
