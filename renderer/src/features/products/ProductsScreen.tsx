import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { removeProduct, type ProductRow, type RoundBundle } from '../../db';
import { roundAllows } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { useToaster } from '../../ui/Toasts';
import { CurrentRoundGate } from '../rounds/CurrentRoundGate';
import { ProductFormDialog } from './ProductFormDialog';
import { ProductsTable } from './ProductsTable';
import { useSheetChoices } from './useSheetChoices';
import { ImportProductsButton } from '../excel';

/** The current round's products: list, add, edit, remove. */
export function ProductsScreen(_props: { readonly rest: readonly string[] }): ReactNode {
  return (
    <CurrentRoundGate titleKey="nav.products">
      {(bundle) => <ProductsOfRound bundle={bundle} />}
    </CurrentRoundGate>
  );
}

type Editing = { readonly product: ProductRow | null } | null;

function ProductsOfRound(props: { readonly bundle: RoundBundle }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const { round, products } = props.bundle;
  const sheets = useSheetChoices(round.ruleSetId);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<ProductRow | null>(null);
  const check = roundAllows({ status: round.status, archived: round.archived === 1 }, 'edit-products');

  const remove = async (product: ProductRow): Promise<void> => {
    setRemoving(null);
    try {
      await removeProduct(db, product.id, 'secretary');
      toaster.show('success', t('products.removed', { name: product.name }));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <>
      {check.ok ? null : (
        <p className="hint warn-text">{t('products.readOnly', { reason: t(`db.${check.code}`) })}</p>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={!check.ok}
          onClick={() => setEditing({ product: null })}
        >
          {t('products.add')}
        </button>
        {check.ok ? <ImportProductsButton roundId={props.bundle.round.id} /> : null}
      </div>
      {products.length === 0 ? (
        <p>{t('products.empty')}</p>
      ) : (
        <ProductsTable
          bundle={props.bundle}
          sheets={sheets}
          editable={check.ok}
          onEdit={(product) => setEditing({ product })}
          onRemove={setRemoving}
        />
      )}
      {editing === null ? null : (
        <ProductFormDialog bundle={props.bundle} product={editing.product} onClose={() => setEditing(null)} />
      )}
      <Dialog
        open={removing !== null}
        title={t('products.removeConfirm.title')}
        onClose={() => setRemoving(null)}
      >
        {removing === null ? null : (
          <>
            <p>{t('products.removeConfirm.body', { name: removing.name })}</p>
            <div className="actions">
              <button type="button" onClick={() => setRemoving(null)}>
                {t('action.cancel')}
              </button>
              <button type="button" className="primary" onClick={() => void remove(removing)}>
                {t('products.removeShort')}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </>
  );
}
