import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { importMemberPack, listMemberPacks } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { pickFiles } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import { PACK_EXTENSION } from './pack-files';

/**
 * The member workspace: packs imported on this laptop for a member to score offline. They live
 * apart from this laptop's own rounds (their own store) and never mix with them.
 */
export function MemberWorkspaceSection(): ReactNode {
  const { t, date, dateTime } = useI18n();
  const db = useDb();
  const report = useReportError();
  const toaster = useToaster();
  const packs = useLiveQuery(() => listMemberPacks(db), [db]);

  const importPack = async (): Promise<void> => {
    try {
      const [file] = await pickFiles({
        filters: [{ name: t('packs.packFilter'), extensions: [PACK_EXTENSION, 'json'] }],
      });
      if (file === undefined) return;
      const result = await importMemberPack(db, file.bytes, 'system');
      toaster.show(
        result.alreadyHere ? 'info' : 'success',
        t(result.alreadyHere ? 'packs.member.alreadyHere' : 'packs.member.imported', {
          member: result.row.pack.member.name,
          count: result.row.pack.products.length,
        }),
      );
      window.location.hash = screenPath('packs', 'member', result.row.id);
    } catch (error) {
      report(error);
    }
  };

  return (
    <section aria-labelledby="packs-member-title">
      <h2 id="packs-member-title">{t('packs.member.title')}</h2>
      <p className="hint">{t('packs.member.hint')}</p>
      <p>
        <button type="button" className="primary" onClick={() => void importPack()}>
          {t('packs.member.import')}
        </button>
      </p>
      {packs === undefined || packs.length === 0 ? (
        <p className="hint">{t('packs.member.none')}</p>
      ) : (
        <ul>
          {packs.map((p) => (
            <li key={p.id}>
              <a href={`#${screenPath('packs', 'member', p.id)}`}>
                {t('packs.member.packLine', {
                  member: p.pack.member.name,
                  round: p.pack.round.name,
                  date: date(p.pack.round.meetingDate),
                })}
              </a>{' '}
              <span className="muted">{t('packs.member.importedAt', { at: dateTime(p.importedAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
