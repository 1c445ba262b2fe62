import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/Field';
import type { ProductDraft, ProductFormErrors } from './productFormModel';

/** The producer (chủ thể OCOP) as printed in the sheet's header. */
export function ProducerFields(props: {
  readonly draft: ProductDraft;
  readonly errors: ProductFormErrors;
  readonly onChange: (patch: Partial<ProductDraft>) => void;
}): ReactNode {
  const { t } = useI18n();
  const { draft, onChange } = props;
  const nameError = props.errors.fields.producerName;
  const phoneError = props.errors.fields.producerPhone;
  return (
    <fieldset className="field">
      <legend>{t('productForm.producer')}</legend>
      <div className="form-grid">
        <TextField
          label={t('productForm.producerName')}
          value={draft.producerName}
          required
          error={nameError === undefined ? null : t(nameError)}
          onChange={(producerName) => onChange({ producerName })}
        />
        <TextField
          label={t('productForm.producerAddress')}
          value={draft.producerAddress}
          onChange={(producerAddress) => onChange({ producerAddress })}
        />
        <TextField
          type="tel"
          label={t('productForm.producerPhone')}
          value={draft.producerPhone}
          error={phoneError === undefined ? null : t(phoneError)}
          onChange={(producerPhone) => onChange({ producerPhone })}
        />
        <TextField
          label={t('productForm.producerCommune')}
          value={draft.producerCommune}
          onChange={(producerCommune) => onChange({ producerCommune })}
        />
      </div>
    </fieldset>
  );
}
