import { useMemo, type ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { screenPath } from '../../app/routes';
import { scoringMembers, type CouncilMember, type ProductRow, type RoundBundle } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { canOpenSheet, membersProgress, STATE_LABEL, type MemberProgress } from './scoring-model';
import { ProductFlags } from './ProductFlags';
import { scoringLinks } from './routes';
import { useRoundBundle } from '../../app/useRoundBundle';
import { BoardLink } from '../progress/BoardLink';
import styles from './scoring.module.css';
import { cx } from '../../ui/cx';
import { ProductCode } from '../products/ProductCode';
import { HubPanel } from '../hub/HubPanel';
import { AttendanceNotice } from './AttendanceNotice';

/** Pick the member, then the product: members with their progress; products with each one's state for that member. */
export function ScoringHome(props: { readonly memberId: string | undefined }): ReactNode {
  const { t } = useI18n();
  const { roundId } = useCurrentRound();
  const bundle = useRoundBundle(roundId);
  const progress = useMemo(() => (bundle ? membersProgress(bundle) : []), [bundle]);

  if (roundId === null || bundle === null) {
    return (
      <section className="panel">
        <h1>{t('scoring.title')}</h1>
        <p>
          {t('round.chooseFirst')} <a href={`#${screenPath('rounds')}`}>{t('nav.backHome')}</a>
        </p>
      </section>
    );
  }
  if (bundle === undefined) return <p>{t('scoring.loading')}</p>;
  const member = bundle.members.find((m) => m.id === props.memberId);
  const memberProgress = progress.find((p) => p.memberId === props.memberId);

  return (
    <section className={cx('panel', styles.scoringHome)}>
      <h1>
        {t('scoring.title')} <span className="muted">— {bundle.round.name}</span>
      </h1>
      {bundle.round.status === 'scoring' ? null : (
        <p className={styles.note}>{t('scoring.roundNotScoring', { status: bundle.round.status })}</p>
      )}
      {bundle.round.status === 'scoring' ? <AttendanceNotice bundle={bundle} /> : null}
      <BoardLink />
      <div className={styles.scoringColumns}>
        <MemberList bundle={bundle} progress={progress} selected={props.memberId} />
        <ProductList bundle={bundle} member={member} progress={memberProgress} />
      </div>
      <HubPanel bundle={bundle} />
    </section>
  );
}

function MemberList(props: {
  readonly bundle: RoundBundle;
  readonly progress: readonly MemberProgress[];
  readonly selected: string | undefined;
}): ReactNode {
  const { t } = useI18n();
  if (props.bundle.members.length === 0) return <p>{t('scoring.noMembers')}</p>;
  return (
    <nav className={styles.scoringMembers} aria-labelledby="scoring-members-title">
      <h2 id="scoring-members-title">{t('scoring.members')}</h2>
      <p className="hint">{t('scoring.membersHint')}</p>
      <ul>
        {scoringMembers(props.bundle).map((m) => {
          const p = props.progress.find((x) => x.memberId === m.id);
          const states = Object.values(p?.states ?? {});
          const absentEverywhere = states.length > 0 && states.every((s) => s === 'absent');
          return (
            <li key={m.id}>
              {absentEverywhere ? (
                <span className={cx(styles.memberLink, styles.memberUnavailable)} aria-disabled="true">
                  {m.person.fullName} <span className="muted">({t(`scoring.role.${m.role}`)})</span> ·{' '}
                  {t('scoring.memberAbsentAll')}
                </span>
              ) : (
                <a
                  className={styles.memberLink}
                  href={scoringLinks.member(m.id)}
                  aria-current={props.selected === m.id ? 'true' : undefined}
                >
                  {m.person.fullName} <span className="muted">({t(`scoring.role.${m.role}`)})</span>
                  <span className={styles.memberProgress}>
                    {t('scoring.memberProgress', {
                      submitted: p?.submitted ?? 0,
                      expected: p?.expected ?? 0,
                    })}
                  </span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function ProductList(props: {
  readonly bundle: RoundBundle;
  readonly member: CouncilMember | undefined;
  readonly progress: MemberProgress | undefined;
}): ReactNode {
  const { t } = useI18n();
  const { bundle, member } = props;
  return (
    <section aria-labelledby="scoring-products-title">
      <h2 id="scoring-products-title">
        {member ? t('scoring.productsOf', { name: member.person.fullName }) : t('scoring.products')}
      </h2>
      {member ? null : <p className="hint">{t('scoring.pickMemberFirst')}</p>}
      {bundle.products.length === 0 ? (
        <p>{t('scoring.noProducts')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{t('form.header.product')}</th>
              <th>{t('form.header.code')}</th>
              <th>{t('scoring.sheetColumn')}</th>
              {member ? <th>{t('panel.status')}</th> : null}
              <th>{t('scoring.productActions')}</th>
            </tr>
          </thead>
          <tbody>
            {bundle.products.map((product) => (
              <ProductLine
                key={product.id}
                bundle={bundle}
                product={product}
                member={member}
                progress={props.progress}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ProductLine(props: {
  readonly bundle: RoundBundle;
  readonly product: ProductRow;
  readonly member: CouncilMember | undefined;
  readonly progress: MemberProgress | undefined;
}): ReactNode {
  const { t } = useI18n();
  const { product, member } = props;
  const state = props.progress?.states[product.id];
  const open = member !== undefined && canOpenSheet(state);
  return (
    <tr>
      <td>
        {open ? (
          <a
            href={scoringLinks.sheet(product.id, member.id)}
            aria-label={t('scoring.openSheet', { product: product.name })}
          >
            {product.name}
          </a>
        ) : (
          product.name
        )}
        <ProductFlags product={product} state={props.bundle.productStates.get(product.id)} />
      </td>
      <td>
        <ProductCode code={product.code} />
      </td>
      <td className="num">{product.sheetNo}</td>
      {member ? (
        <td className={styles[`state-${state ?? 'not-started'}`]}>
          {t(STATE_LABEL[state ?? 'not-started'])}
        </td>
      ) : null}
      <td>
        {/* The column heading says what the panel is for, once; each row's link names its product. */}
        <a
          href={scoringLinks.product(product.id)}
          aria-label={t('scoring.productActionsOf', { product: product.name })}
        >
          {t('scoring.productActionsOpen')}
        </a>
      </td>
    </tr>
  );
}
