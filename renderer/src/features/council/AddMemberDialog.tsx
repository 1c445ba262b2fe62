import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { addMember, createPerson, searchPeople, type RoundBundle } from '../../db';
import type { MemberRole } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import { PersonFields } from './PersonFields';
import {
  emptyPersonDraft,
  validatePersonDraft,
  type PersonDraft,
  type PersonFormErrors,
} from './personFormModel';
import { MEMBER_ROLES, roleLabel } from './roles';
import styles from './council.module.css';
import { cx } from '../../ui/cx';

export function AddMemberDialog(props: {
  readonly open: boolean;
  readonly bundle: RoundBundle;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <Dialog open={props.open} wide title={t('addMember.title')} onClose={props.onClose}>
      <AddMemberForm bundle={props.bundle} onDone={props.onClose} />
    </Dialog>
  );
}

/**
 * Seats a person: someone from the directory (search tolerant of missing diacritics) or a new
 * person created on the spot. The new person is kept in the directory even if seating is then
 * refused (e.g. a second chair), so nothing typed is lost.
 */
function AddMemberForm(props: { readonly bundle: RoundBundle; readonly onDone: () => void }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const [chosenMode, setMode] = useState<'existing' | 'new' | null>(null);
  const [query, setQuery] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  const [draft, setDraft] = useState<PersonDraft>(emptyPersonDraft);
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const [pickError, setPickError] = useState<string | null>(null);
  const hasChair = props.bundle.members.some((m) => m.role === 'chair');
  const [role, setRole] = useState<MemberRole>(hasChair ? 'member' : 'chair');
  const people = useLiveQuery(() => searchPeople(db, query), [db, query]);
  const seated = new Set(props.bundle.members.map((m) => m.personId));
  // With nobody left to pick (first round, empty directory), start on "new person".
  const anyoneToPick = useLiveQuery(
    async () => (await db.people.count()) > props.bundle.members.length,
    [db, props.bundle.members.length],
  );
  const mode = chosenMode ?? (anyoneToPick === false ? 'new' : 'existing');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    let chosen = personId;
    let name = people?.find((p) => p.id === personId)?.fullName ?? '';
    if (mode === 'new') {
      const result = validatePersonDraft(draft);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      try {
        const person = await createPerson(db, result.value, 'secretary');
        chosen = person.id;
        name = person.fullName;
      } catch (error) {
        reportError(error);
        return;
      }
    } else if (chosen === null) {
      setPickError(t('addMember.pickFirst'));
      return;
    }
    if (chosen === null) return;
    try {
      await addMember(db, props.bundle.round.id, chosen, role, 'secretary');
      toaster.show('success', t('council.added', { name, role: t(roleLabel[role]) }));
      props.onDone();
    } catch (error) {
      reportError(error);
      // The new person now exists: switch to picking them so a retry does not create a twin.
      if (mode === 'new') {
        setMode('existing');
        setQuery(name);
        setPersonId(chosen);
      }
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="field">
        <legend className="visually-hidden">{t('addMember.title')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="add-mode"
            checked={mode === 'existing'}
            onChange={() => setMode('existing')}
          />
          {t('addMember.existing')}
        </label>
        <label className="choice">
          <input type="radio" name="add-mode" checked={mode === 'new'} onChange={() => setMode('new')} />
          {t('addMember.new')}
        </label>
      </fieldset>
      {mode === 'existing' ? (
        <>
          <TextField
            type="search"
            label={t('addMember.search')}
            hint={t('addMember.search.hint')}
            value={query}
            autoFocus
            onChange={setQuery}
          />
          <fieldset
            className={cx('field', styles.peoplePick)}
            aria-describedby={pickError === null ? undefined : 'pick-error'}
          >
            <legend>{t('addMember.people')}</legend>
            {people !== undefined && people.length === 0 ? <p>{t('addMember.noMatch')}</p> : null}
            {(people ?? []).map((person) => (
              <label key={person.id} className={styles.pickRow}>
                <input
                  type="radio"
                  name="person"
                  value={person.id}
                  disabled={seated.has(person.id)}
                  checked={personId === person.id}
                  onChange={() => {
                    setPersonId(person.id);
                    setPickError(null);
                  }}
                />
                <span>
                  <strong>{person.fullName}</strong>
                  {[person.title, person.organisation]
                    .filter((part) => part !== '')
                    .map((part) => ` · ${part}`)}
                  {seated.has(person.id) ? ` ${t('addMember.seated')}` : null}
                </span>
              </label>
            ))}
            {pickError === null ? null : (
              <p id="pick-error" role="alert" className="field-error">
                {pickError}
              </p>
            )}
          </fieldset>
        </>
      ) : (
        <PersonFields
          draft={draft}
          errors={errors}
          autoFocus
          onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        />
      )}
      <SelectField
        label={t('addMember.role')}
        value={role}
        options={MEMBER_ROLES.map((r) => ({ value: r, label: t(roleLabel[r]) }))}
        onChange={setRole}
      />
      <div className="actions">
        <button type="button" onClick={props.onDone}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('addMember.submit')}
        </button>
      </div>
    </form>
  );
}
