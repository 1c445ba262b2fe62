import { useState, type FormEvent, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { CouncilDbError, createProduct, updateProduct, type ProductRow, type RoundBundle } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { problemMessage } from '../../i18n/problems';
import { Dialog } from '../../ui/Dialog';
import { Field, SelectField, TextField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import { ProducerFields } from './ProducerFields';
import {
  draftFromProduct,
  emptyProductDraft,
  noProductErrors,
  validateProductDraft,
  type ProductDraft,
  type ProductFormErrors,
} from './productFormModel';
import { SheetPicker } from './SheetPicker';
import { useSheetChoices } from './useSheetChoices';

export function ProductFormDialog(props: {
  readonly bundle: RoundBundle;
  readonly product: ProductRow | null;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <Dialog
      open
      wide
      title={t(props.product === null ? 'productForm.createTitle' : 'productForm.editTitle')}
      onClose={props.onClose}
    >
      <ProductForm {...props} />
    </Dialog>
  );
}

/** Create (no `product`) or edit a product of the current round. Nothing is saved while a field is wrong. */
function ProductForm(props: {
  readonly bundle: RoundBundle;
  readonly product: ProductRow | null;
  readonly onClose: () => void;
}): ReactNode {
  const { t, language, date } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const { round } = props.bundle;
  const choices = useSheetChoices(round.ruleSetId);
  const [draft, setDraft] = useState<ProductDraft>(
    props.product === null ? emptyProductDraft : draftFromProduct(props.product),
  );
  const [errors, setErrors] = useState<ProductFormErrors>(noProductErrors);
  const [codeTaken, setCodeTaken] = useState(false);
  const change = (patch: Partial<ProductDraft>): void => setDraft((current) => ({ ...current, ...patch }));
  const fieldError = (key: keyof ProductFormErrors['fields']): string | null => {
    const message = errors.fields[key];
    return message === undefined ? null : t(message);
  };
  // Answers belong to the sheet's criteria: once anyone has a sheet for it, the set is fixed.
  const sheetLocked =
    props.product !== null && props.bundle.sheets.some((s) => s.productId === props.product?.id);
  const codeExplanation = choices?.find((c) => c.sheetNo === (draft.sheetNo ?? 1))?.codeExplanation;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = validateProductDraft(draft, new Date().getFullYear() + 1);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors(noProductErrors);
    setCodeTaken(false);
    try {
      const saved =
        props.product === null
          ? await createProduct(db, round.id, result.value, 'secretary')
          : await updateProduct(db, props.product.id, result.value, 'secretary');
      toaster.show(
        'success',
        t(props.product === null ? 'products.created' : 'products.updated', { name: saved.name }),
      );
      props.onClose();
    } catch (error) {
      // The repository keeps codes unique in a round: say it on the field, not only in a toast.
      if (error instanceof CouncilDbError && error.code === 'duplicate') setCodeTaken(true);
      reportError(error);
    }
  };

  const codeError = codeTaken
    ? t('productForm.codeTaken')
    : errors.code.length === 0
      ? null
      : errors.code.map((p) => problemMessage(p, language)).join(' ');
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {errors.code.length > 0 || Object.keys(errors.fields).length > 0 ? (
        <p role="alert" className="field-error">
          {t('roundForm.fixErrors')}
        </p>
      ) : null}
      <fieldset className="field">
        <legend>{t('productForm.product')}</legend>
        <TextField
          label={t('productForm.name')}
          value={draft.name}
          error={fieldError('name')}
          required
          autoFocus
          onChange={(name) => change({ name })}
        />
        <Field
          label={t('productForm.code')}
          hint={[t('productForm.code.hint'), codeExplanation].filter(Boolean).join(' ')}
          error={codeError}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              value={draft.code}
              maxLength={40}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => change({ code: event.target.value })}
            />
          )}
        </Field>
        <fieldset className="field">
          <legend>{t('productForm.kind')}</legend>
          {(['first', 'upgrade', 're-evaluation'] as const).map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => change({ kind })}
              />
              {t(`kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        {round.meetingDates.length > 0 ? (
          <SelectField
            label={t('productForm.meetingDate')}
            hint={t('productForm.meetingDate.hint')}
            value={draft.meetingDate}
            options={[
              { value: '', label: t('productForm.meetingDate.none') },
              ...round.meetingDates.map((day) => ({ value: day, label: date(day) })),
            ]}
            onChange={(meetingDate) => change({ meetingDate })}
          />
        ) : null}
      </fieldset>
      {choices === undefined ? (
        <p>{t('productForm.sheetsLoading')}</p>
      ) : (
        <SheetPicker
          choices={choices}
          value={draft.sheetNo}
          locked={sheetLocked}
          error={fieldError('sheetNo')}
          onChange={(sheetNo) => change({ sheetNo })}
        />
      )}
      <ProducerFields draft={draft} errors={errors} onChange={change} />
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
      </div>
    </form>
  );
}
