import type { ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { useRoundBundle } from '../../app/useRoundBundle';
import { useI18n } from '../../i18n/I18nProvider';
import { MemberPackSheetPage } from './MemberPackSheetPage';
import { MemberPackView } from './MemberPackView';
import { MemberWorkspaceSection } from './MemberWorkspaceSection';
import { SecretaryPacksSection } from './SecretaryPacksSection';
import styles from './Packs.module.css';

/**
 * Scoring packs on a USB stick (issue 9 part 2). The secretary's side works on the current
 * round; the member workspace (a pack imported on the member's own laptop) needs no round:
 *   /packs                          both sides
 *   /packs/member/<packId>          one imported pack: its products, the returned pack
 *   /packs/member/<packId>/<product> the official form of one product
 */
export function PacksScreen(props: { readonly rest: readonly string[] }): ReactNode {
  const [kind, packId, productId] = props.rest;
  if (kind === 'member' && packId !== undefined) {
    return productId === undefined ? (
      <MemberPackView packId={packId} />
    ) : (
      <MemberPackSheetPage packId={packId} productId={productId} />
    );
  }
  return <PacksHome />;
}

function PacksHome(): ReactNode {
  const { t } = useI18n();
  const { roundId } = useCurrentRound();
  const bundle = useRoundBundle(roundId);
  return (
    <section className={`panel ${styles.screen}`}>
      <h1>{t('nav.packs')}</h1>
      <p className="hint">{t('packs.intro')}</p>
      {bundle === undefined || bundle === null ? (
        <p className="hint">{t('packs.secretary.noRound')}</p>
      ) : (
        <SecretaryPacksSection bundle={bundle} />
      )}
      <MemberWorkspaceSection />
    </section>
  );
}
