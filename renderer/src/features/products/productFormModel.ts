import type { ProductInput, ProductRow } from '../../db';
import type { ProductKind } from '../../domain/model';
import { parseProductCode, type ProductCodeProblem } from '../../domain/product-code';
import type { MessageKey } from '../../i18n/catalog';
import { isPlausiblePhone } from '../council/personFormModel';

/** The product form as typed, and the checks done before the repository is asked. */
export interface ProductDraft {
  readonly name: string;
  readonly code: string;
  readonly sheetNo: number | null;
  readonly producerName: string;
  readonly producerAddress: string;
  readonly producerPhone: string;
  readonly producerCommune: string;
  readonly kind: ProductKind;
  /** the meeting day the product is evaluated on ('' = not set) */
  readonly meetingDate: string;
}

export const PRODUCT_KINDS: readonly ProductKind[] = ['first', 'upgrade', 're-evaluation'];

export type ProductField = 'name' | 'sheetNo' | 'producerName' | 'producerPhone';

export interface ProductFormErrors {
  readonly fields: Partial<Record<ProductField, MessageKey>>;
  /** every problem of the product code, from the domain's parser (Vietnamese and English) */
  readonly code: readonly ProductCodeProblem[];
}

export const noProductErrors: ProductFormErrors = { fields: {}, code: [] };

export const emptyProductDraft: ProductDraft = {
  name: '',
  code: '',
  sheetNo: null,
  producerName: '',
  producerAddress: '',
  producerPhone: '',
  producerCommune: '',
  kind: 'first',
  meetingDate: '',
};

export function draftFromProduct(product: ProductRow): ProductDraft {
  return {
    name: product.name,
    code: product.code,
    sheetNo: product.sheetNo,
    producerName: product.producer.name,
    producerAddress: product.producer.address,
    producerPhone: product.producer.phone,
    producerCommune: product.producer.commune,
    kind: product.kind,
    meetingDate: product.meetingDate ?? '',
  };
}

/**
 * Every message at once. The code may stay empty (the commune has not assigned one yet);
 * when typed it must pass the domain's parser. `maxYear` comes from the caller's clock
 * (the domain reads none), the same bound the repository applies (this year + 1).
 */
export function validateProductDraft(
  draft: ProductDraft,
  maxYear: number,
):
  | { readonly ok: true; readonly value: ProductInput }
  | { readonly ok: false; readonly errors: ProductFormErrors } {
  const fields: Partial<Record<ProductField, MessageKey>> = {};
  if (draft.name.trim() === '') fields.name = 'invalid.required';
  if (draft.sheetNo === null) fields.sheetNo = 'invalid.sheet';
  if (draft.producerName.trim() === '') fields.producerName = 'invalid.required';
  if (draft.producerPhone.trim() !== '' && !isPlausiblePhone(draft.producerPhone))
    fields.producerPhone = 'invalid.phone';
  let code = '';
  let codeProblems: readonly ProductCodeProblem[] = [];
  if (draft.code.trim() !== '') {
    const parsed = parseProductCode(draft.code, { maxYear });
    if (parsed.ok) code = parsed.value.code;
    else codeProblems = parsed.problems;
  }
  if (Object.keys(fields).length > 0 || codeProblems.length > 0 || draft.sheetNo === null) {
    return { ok: false, errors: { fields, code: codeProblems } };
  }
  return {
    ok: true,
    value: {
      name: draft.name.trim(),
      code,
      sheetNo: draft.sheetNo,
      producer: {
        name: draft.producerName.trim(),
        address: draft.producerAddress.trim(),
        phone: draft.producerPhone.trim(),
        commune: draft.producerCommune.trim(),
      },
      kind: draft.kind,
      ...(draft.meetingDate === '' ? {} : { meetingDate: draft.meetingDate }),
    },
  };
}
