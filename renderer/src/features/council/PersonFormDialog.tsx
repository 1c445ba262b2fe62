import { useState, type FormEvent, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { createPerson, updatePerson, type PersonRow } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { useToaster } from '../../ui/Toasts';
import { PersonFields } from './PersonFields';
import {
  draftFromPerson,
  emptyPersonDraft,
  validatePersonDraft,
  type PersonDraft,
  type PersonFormErrors,
} from './personFormModel';

/** Create (no `person`) or edit a person of the directory. */
export function PersonFormDialog(props: {
  readonly open: boolean;
  readonly person: PersonRow | null;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <Dialog
      open={props.open}
      title={t(props.person === null ? 'person.createTitle' : 'person.editTitle')}
      onClose={props.onClose}
    >
      <PersonForm person={props.person} onDone={props.onClose} />
    </Dialog>
  );
}

function PersonForm(props: { readonly person: PersonRow | null; readonly onDone: () => void }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const [draft, setDraft] = useState<PersonDraft>(
    props.person === null ? emptyPersonDraft : draftFromPerson(props.person),
  );
  const [errors, setErrors] = useState<PersonFormErrors>({});

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = validatePersonDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    try {
      const saved =
        props.person === null
          ? await createPerson(db, result.value, 'secretary')
          : await updatePerson(db, props.person.id, result.value, 'secretary');
      toaster.show(
        'success',
        t(props.person === null ? 'person.created' : 'person.updated', { name: saved.fullName }),
      );
      props.onDone();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <PersonFields
        draft={draft}
        errors={errors}
        autoFocus
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
      />
      <div className="actions">
        <button type="button" onClick={props.onDone}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
      </div>
    </form>
  );
}
