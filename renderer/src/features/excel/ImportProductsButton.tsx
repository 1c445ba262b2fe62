import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ImportProductsDialog } from './ImportProductsDialog';

/** "Nhập danh sách sản phẩm từ Excel/CSV" for a round (for the Rounds or Products screen). */
export function ImportProductsButton(props: { readonly roundId: string }): ReactNode {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('excel.import')}
      </button>
      {open ? (
        <ImportProductsDialog roundId={props.roundId} open={open} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
