import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import {
  closeProduct,
  startRescoring,
  unsealProduct,
  type Actor,
  type CouncilMember,
  type RoundRow,
} from '../../db';
import type { ProductResult } from '../../db/results';
import { useI18n } from '../../i18n/I18nProvider';
import type { BoardProduct } from '../progress/board-data';
import { ChairCloseDialog } from './ChairCloseDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { useAction } from './useAction';
import styles from './results.module.css';

type Pending = 'unseal' | 'rescore' | 'close' | 'chair' | null;

/** Who the chair's decision is recorded as: the delegated chair, else the chair, else the operator. */
function chairActor(round: RoundRow, members: readonly CouncilMember[]): Actor {
  const chair =
    members.find((m) => m.id === round.chairDelegatedTo) ?? members.find((m) => m.role === 'chair');
  return chair?.personId ?? 'secretary';
}

/**
 * What the secretary can do with one product now: unseal it once everyone submitted; then
 * close it, or re-score it (a new sealed pass) — or, with the spread above the limit, let
 * the chair close it with a written reason. Why an action would be refused is shown first.
 */
export function ProductActions(props: {
  readonly round: RoundRow;
  readonly members: readonly CouncilMember[];
  readonly item: ProductResult;
  readonly progress: BoardProduct | undefined;
  readonly quorumMet: boolean;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const run = useAction();
  const [pending, setPending] = useState<Pending>(null);
  const { item, round } = props;
  const { product, state, current } = item;
  if (state.closed !== null || round.status !== 'scoring') return null;
  const disqualified = product.disqualification !== null;
  const sealed = state.sealed && !disqualified;
  const submitted = props.progress?.submitted ?? 0;
  const expected = props.progress?.expected ?? 0;
  const readyToUnseal = expected > 0 && submitted === expected;
  const spreadExceeded = current?.spreadExceeded ?? false;
  const done = () => setPending(null);
  return (
    <section className={styles.productActions} aria-labelledby="product-actions-title">
      <h2 id="product-actions-title">{t('results.actions.title')}</h2>
      {!props.quorumMet && !sealed ? <p className={styles.refusalReasons}>{t('db.below-quorum')}</p> : null}
      {sealed ? (
        <>
          <p id="unseal-why">
            {readyToUnseal ? t('results.unseal.ready') : t('results.unseal.waiting', { submitted, expected })}
          </p>
          <button
            type="button"
            className="primary"
            disabled={!readyToUnseal}
            aria-describedby="unseal-why"
            onClick={() => setPending('unseal')}
          >
            {t('results.unseal.action')}
          </button>
        </>
      ) : (
        <div className={styles.actionRow}>
          {spreadExceeded ? (
            <>
              <p className={styles.refusalReasons}>
                {t('results.close.spreadBlocked', {
                  spread: current?.spread ?? 0,
                  limit: round.rules.spreadLimit,
                })}
              </p>
              <button type="button" className="primary" onClick={() => setPending('rescore')}>
                {t('results.rescore.action', { pass: state.currentPass + 1 })}
              </button>
              <button type="button" onClick={() => setPending('chair')}>
                {t('results.chairClose.action')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="primary" onClick={() => setPending('close')}>
                {t('results.close.action')}
              </button>
              {disqualified ? null : (
                <button type="button" onClick={() => setPending('rescore')}>
                  {t('results.rescore.action', { pass: state.currentPass + 1 })}
                </button>
              )}
            </>
          )}
        </div>
      )}
      <ConfirmDialog
        open={pending === 'unseal'}
        title={t('results.unseal.confirmTitle')}
        body={<p>{t('results.unseal.confirmBody', { product: product.name })}</p>}
        confirmLabel={t('results.unseal.action')}
        onConfirm={() => run(() => unsealProduct(db, product.id, 'secretary'), t('results.unseal.done'))}
        onClose={done}
      />
      <ConfirmDialog
        open={pending === 'rescore'}
        title={t('results.rescore.confirmTitle')}
        body={
          <p>{t('results.rescore.confirmBody', { product: product.name, pass: state.currentPass + 1 })}</p>
        }
        confirmLabel={t('results.rescore.action', { pass: state.currentPass + 1 })}
        onConfirm={() => run(() => startRescoring(db, product.id, 'secretary'), t('results.rescore.done'))}
        onClose={done}
      />
      <ConfirmDialog
        open={pending === 'close'}
        title={t('results.close.confirmTitle')}
        body={<p>{t('results.close.confirmBody', { product: product.name })}</p>}
        confirmLabel={t('results.close.action')}
        onConfirm={() => run(() => closeProduct(db, product.id, {}, 'secretary'), t('results.close.done'))}
        onClose={done}
      />
      <ChairCloseDialog
        open={pending === 'chair'}
        productName={product.name}
        spread={current?.spread ?? 0}
        limit={round.rules.spreadLimit}
        onConfirm={(chairReason) =>
          run(
            () => closeProduct(db, product.id, { chairReason }, chairActor(round, props.members)),
            t('results.close.done'),
          )
        }
        onClose={done}
      />
    </section>
  );
}
