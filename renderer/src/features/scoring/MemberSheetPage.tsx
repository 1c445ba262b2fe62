import { useMemo, type ReactNode } from 'react';
import { type CouncilMember, type ProductBundle, type SheetKey, type SheetRow } from '../../db';
import { canEditSheet, canReopenSheet, roundAllows } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { MemberSheetEditor } from './MemberSheetEditor';
import { flowOf, participantOf } from './scoring-model';
import { scoringLinks } from './routes';
import { useCriteriaSheet } from './sheet-form/useCriteriaSheet';
import { useProductBundle } from './useScoringData';
import { ScoringNotFound } from './ScoringNotFound';
import styles from './scoring.module.css';

/** `#/scoring/<productId>/<memberId>`: one member's sheet of one product, current pass. */
export function MemberSheetPage(props: { readonly productId: string; readonly memberId: string }): ReactNode {
  const { t } = useI18n();
  const bundle = useProductBundle(props.productId);
  const loaded = useCriteriaSheet(bundle?.round.ruleSetId, bundle?.product.sheetNo);
  const member = bundle?.members.find((m) => m.id === props.memberId);

  if (bundle === null || (bundle !== undefined && member === undefined)) {
    return <ScoringNotFound withTitle />;
  }
  if (bundle === undefined || member === undefined || loaded === undefined)
    return <p>{t('scoring.loading')}</p>;
  return <SheetPage bundle={bundle} member={member} loaded={loaded} />;
}

function SheetPage(props: {
  readonly bundle: ProductBundle;
  readonly member: CouncilMember;
  readonly loaded: NonNullable<ReturnType<typeof useCriteriaSheet>>;
}): ReactNode {
  const { t } = useI18n();
  const { bundle, member } = props;
  const { product, round } = bundle;
  const participant = participantOf(bundle, member.id);
  const flow = flowOf(bundle);
  const pass = bundle.state.currentPass;
  const key = useMemo<SheetKey>(
    () => ({ roundId: round.id, productId: product.id, memberId: member.id }),
    [round.id, product.id, member.id],
  );
  const row = bundle.sheets.find((s) => s.memberId === member.id && s.pass === pass);
  // In a re-score pass: the member's own sheet of the latest earlier pass, shown beside it.
  const previous = bundle.sheets
    .filter((s) => s.memberId === member.id && s.pass < pass && s.status === 'submitted')
    .reduce<SheetRow | undefined>(
      (best, s) => (best === undefined || s.pass > best.pass ? s : best),
      undefined,
    );

  const roundCheck = roundAllows({ status: round.status, archived: round.archived === 1 }, 'score');
  const edit = roundCheck.ok ? canEditSheet(flow, participant, pass) : roundCheck;
  const reopen = roundCheck.ok ? canReopenSheet(flow, participant, pass) : roundCheck;
  const recusal = bundle.recusals.find((r) => r.memberId === member.id);

  const back = (
    <nav className={styles.scoringBreadcrumb}>
      <a href={scoringLinks.member(member.id)}>{t('scoring.back')}</a>
      {' · '}
      <a href={scoringLinks.product(product.id)}>{t('panel.title')}</a>
    </nav>
  );

  // The UI does not offer a sheet the member may not fill (the db would refuse it anyway).
  if (recusal !== undefined || !participant.present) {
    return (
      <section className="panel">
        {back}
        <h1>{product.name}</h1>
        <p className={styles.sheetBlocked} role="alert">
          {recusal !== undefined
            ? t('scoring.blocked.recused', { reason: recusal.reason })
            : t('scoring.blocked.absent')}
        </p>
      </section>
    );
  }

  const reason =
    edit.ok || edit.code === 'sheet-submitted'
      ? null
      : product.disqualification !== null
        ? t('scoring.blocked.disqualified', { reason: product.disqualification.reason })
        : t(`db.${edit.code}`);

  return (
    <div>
      {back}
      <MemberSheetEditor
        key={`${product.id}/${member.id}/${pass}`}
        sheetKey={key}
        loaded={props.loaded}
        product={product}
        member={member}
        row={row}
        pass={pass}
        previous={previous}
        editable={edit.ok}
        canReopen={reopen.ok}
        blockedReason={reason}
      />
    </div>
  );
}
