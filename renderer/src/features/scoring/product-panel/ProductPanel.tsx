import { useState, type ReactNode } from 'react';
import { useDb } from '../../../app/DbProvider';
import { useReportError } from '../../../app/useReportError';
import {
  disqualifyProduct,
  recuseMember,
  requalifyProduct,
  unrecuseMember,
  type CouncilMember,
  type ProductBundle,
} from '../../../db';
import { knockOutsOf } from '../../../domain/criteria/knock-outs';
import type { CriteriaSheet } from '../../../domain/criteria/types';
import type { Disqualification } from '../../../domain/model';
import { expectedScorers } from '../../../domain/workflow';
import { useI18n } from '../../../i18n/I18nProvider';
import { useToaster } from '../../../ui/Toasts';
import { ProductFlags } from '../ProductFlags';
import { scoringLinks } from '../routes';
import { canOpenSheet, participantOf, STATE_LABEL, stateOf } from '../scoring-model';
import { SCORING_ACTOR } from '../useMemberSheet';
import { DisqualifyDialog } from './DisqualifyDialog';
import { ReasonDialog } from './ReasonDialog';
import styles from '../scoring.module.css';
import { cx } from '../../../ui/cx';
import { ProductCode } from '../../products/ProductCode';

type Open =
  | { readonly kind: 'recuse' | 'unrecuse'; readonly member: CouncilMember }
  | { readonly kind: 'disqualify' | 'requalify' }
  | null;

/**
 * "Sản phẩm đang chấm": one product's members and their sheet states, recusals (with a written
 * reason, undone with a reason) and the council's disqualification (a reason from the sheet's
 * lines or written). Every decision goes through its repository and is audited there.
 */
export function ProductPanel(props: {
  readonly bundle: ProductBundle;
  readonly sheet: CriteriaSheet;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const report = useReportError();
  const toaster = useToaster();
  const [open, setOpen] = useState<Open>(null);
  const { bundle } = props;
  const { product } = bundle;
  const participants = bundle.members.map((m) => participantOf(bundle, m.id));
  const expected = expectedScorers(participants);
  const submitted = expected.filter((p) => p.sheet?.status === 'submitted').length;

  const act = async (run: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await run();
      toaster.show('success', done);
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  };

  return (
    <section className={cx('panel', styles.productPanel)} aria-labelledby="product-panel-title">
      <h1 id="product-panel-title">
        {t('panel.title')}: {product.name} <ProductFlags product={product} state={bundle.state} />
      </h1>
      <dl className="facts">
        <dt>{t('form.header.code')}</dt>
        <dd>
          <ProductCode code={product.code} />
        </dd>
        <dt>{t('scoring.sheetColumn')}</dt>
        <dd>{t('panel.sheet', { no: product.sheetNo, name: props.sheet.name })}</dd>
        <dt>{t('panel.status')}</dt>
        <dd>
          {bundle.state.sealed ? t('panel.sealed') : t('scoring.product.unsealed')} ·{' '}
          {t('panel.progress', { submitted, expected: expected.length })}
        </dd>
      </dl>
      {product.disqualification !== null ? (
        <p className={styles.sheetBlocked} role="note">
          {t('panel.disqualifiedBecause', { reason: product.disqualification.reason })}
        </p>
      ) : null}
      <div className={cx('actions', styles.actionsStart)}>
        {product.disqualification === null ? (
          <button type="button" onClick={() => setOpen({ kind: 'disqualify' })}>
            {t('panel.disqualify')}
          </button>
        ) : (
          <button type="button" onClick={() => setOpen({ kind: 'requalify' })}>
            {t('panel.requalify')}
          </button>
        )}
        <a className="button-link" href={scoringLinks.self(product.id)}>
          {t('self.open')}
        </a>
      </div>

      <h2>{t('panel.members')}</h2>
      <table className="data">
        <thead>
          <tr>
            <th>{t('scoring.members')}</th>
            <th>{t('panel.status')}</th>
            <th>{t('panel.recuse')}</th>
          </tr>
        </thead>
        <tbody>
          {bundle.members.map((m) => {
            const state = stateOf(bundle, m.id);
            const recusal = bundle.recusals.find((r) => r.memberId === m.id);
            const hasSheet = bundle.sheets.some((s) => s.memberId === m.id);
            return (
              <tr key={m.id}>
                <td>
                  {canOpenSheet(state) ? (
                    <a href={scoringLinks.sheet(product.id, m.id)}>{m.person.fullName}</a>
                  ) : (
                    m.person.fullName
                  )}{' '}
                  <span className="muted">({t(`scoring.role.${m.role}`)})</span>
                </td>
                <td>
                  {t(STATE_LABEL[state])}
                  {recusal ? (
                    <div className="muted">{t('panel.recusedReason', { reason: recusal.reason })}</div>
                  ) : null}
                </td>
                <td>
                  {recusal ? (
                    <button
                      type="button"
                      aria-label={t('panel.unrecuseMember', { name: m.person.fullName })}
                      onClick={() => setOpen({ kind: 'unrecuse', member: m })}
                    >
                      {t('panel.unrecuse')}
                    </button>
                  ) : hasSheet ? (
                    <span className="muted">{t('panel.hasSheet')}</span>
                  ) : (
                    <button
                      type="button"
                      aria-label={t('panel.recuseMember', { name: m.person.fullName })}
                      onClick={() => setOpen({ kind: 'recuse', member: m })}
                    >
                      {t('panel.recuse')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {open?.kind === 'recuse' ? (
        <ReasonDialog
          title={t('panel.recuseMember', { name: open.member.person.fullName })}
          onClose={() => setOpen(null)}
          onConfirm={(reason) =>
            act(
              () => recuseMember(db, product.id, open.member.id, reason, SCORING_ACTOR),
              t('panel.recused', { name: open.member.person.fullName }),
            )
          }
        />
      ) : null}
      {open?.kind === 'unrecuse' ? (
        <ReasonDialog
          title={t('panel.unrecuseMember', { name: open.member.person.fullName })}
          onClose={() => setOpen(null)}
          onConfirm={(reason) =>
            act(
              () => unrecuseMember(db, product.id, open.member.id, reason, SCORING_ACTOR),
              t('panel.unrecused', { name: open.member.person.fullName }),
            )
          }
        />
      ) : null}
      {open?.kind === 'disqualify' ? (
        <DisqualifyDialog
          title={t('panel.disqualifyTitle', { name: product.name })}
          knockOuts={knockOutsOf(props.sheet)}
          onClose={() => setOpen(null)}
          onConfirm={(why: Disqualification) =>
            act(() => disqualifyProduct(db, product.id, why, SCORING_ACTOR), t('panel.disqualified'))
          }
        />
      ) : null}
      {open?.kind === 'requalify' ? (
        <ReasonDialog
          title={t('panel.requalifyTitle', { name: product.name })}
          onClose={() => setOpen(null)}
          onConfirm={(reason) =>
            act(() => requalifyProduct(db, product.id, reason, SCORING_ACTOR), t('panel.requalified'))
          }
        />
      ) : null}
    </section>
  );
}
