import type { PersonInput, PersonRow } from '../../db';
import type { MessageKey } from '../../i18n/catalog';

/** A person as typed in the form, and the checks done before anything is written. */
export interface PersonDraft {
  readonly fullName: string;
  readonly title: string;
  readonly organisation: string;
  readonly phone: string;
}

export type PersonFormErrors = Partial<Record<keyof PersonDraft, MessageKey>>;

export const emptyPersonDraft: PersonDraft = { fullName: '', title: '', organisation: '', phone: '' };

export function draftFromPerson(person: PersonRow): PersonDraft {
  return {
    fullName: person.fullName,
    title: person.title,
    organisation: person.organisation,
    phone: person.phone,
  };
}

/**
 * A Vietnamese phone number as people write it: "0912 345 678", "+84 912.345.678",
 * "(0236) 3822 123". 8 to 15 digits (fixed lines have 10–11 with the area code, E.164 max 15).
 */
export function isPlausiblePhone(text: string): boolean {
  const t = text.trim();
  if (!/^\+?[\d\s.()-]+$/.test(t)) return false;
  const digits = t.replace(/\D/g, '').length;
  return digits >= 8 && digits <= 15;
}

export function validatePersonDraft(
  draft: PersonDraft,
):
  | { readonly ok: true; readonly value: PersonInput }
  | { readonly ok: false; readonly errors: PersonFormErrors } {
  const errors: PersonFormErrors = {};
  if (draft.fullName.trim() === '') errors.fullName = 'invalid.required';
  if (draft.phone.trim() !== '' && !isPlausiblePhone(draft.phone)) errors.phone = 'invalid.phone';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      fullName: draft.fullName.trim(),
      title: draft.title.trim(),
      organisation: draft.organisation.trim(),
      phone: draft.phone.trim(),
    },
  };
}
