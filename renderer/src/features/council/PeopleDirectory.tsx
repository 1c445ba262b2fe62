import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { searchPeople, type PersonRow } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/Field';
import { PersonFormDialog } from './PersonFormDialog';

type Editing = { readonly person: PersonRow | null } | null;

/** The people kept across rounds: search (diacritics optional), add, correct. */
export function PeopleDirectory(): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const people = useLiveQuery(() => searchPeople(db, query), [db, query]);

  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t('people.title')}</h2>
      <p className="hint">{t('people.hint')}</p>
      <div className="toolbar">
        <TextField
          type="search"
          label={t('people.search')}
          hint={t('addMember.search.hint')}
          value={query}
          onChange={setQuery}
        />
        <button type="button" onClick={() => setEditing({ person: null })}>
          {t('people.add')}
        </button>
      </div>
      {people !== undefined && people.length === 0 ? (
        <p>{query.trim() === '' ? t('people.empty') : t('addMember.noMatch')}</p>
      ) : (
        <table className="data" aria-label={t('people.table')}>
          <thead>
            <tr>
              <th scope="col">{t('council.col.name')}</th>
              <th scope="col">{t('council.col.title')}</th>
              <th scope="col">{t('council.col.organisation')}</th>
              <th scope="col">{t('council.col.phone')}</th>
              <th scope="col">{t('council.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(people ?? []).map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.fullName}</th>
                <td>{person.title}</td>
                <td>{person.organisation}</td>
                <td>{person.phone}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('person.edit', { name: person.fullName })}
                    onClick={() => setEditing({ person })}
                  >
                    {t('person.editShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing === null ? null : (
        <PersonFormDialog open person={editing.person} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
