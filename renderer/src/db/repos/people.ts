import { searchBy } from '../../domain/text-search';
import type { CouncilDb } from '../council-db';
import { NotFoundError } from '../errors';
import type { Actor, PersonRow } from '../rows';
import { writeTx } from '../tx';
import { requireText } from './guards';

export interface PersonInput {
  readonly fullName: string;
  readonly title?: string;
  readonly organisation?: string;
  readonly phone?: string;
}

/** Creates a person kept across rounds (audit chain "global"). Full name required. */
export async function createPerson(db: CouncilDb, input: PersonInput, actor: Actor): Promise<PersonRow> {
  const at = db.now();
  const person: PersonRow = {
    id: db.newId(),
    fullName: requireText('fullName', input.fullName),
    title: (input.title ?? '').trim(),
    organisation: (input.organisation ?? '').trim(),
    phone: (input.phone ?? '').trim(),
    createdAt: at,
    updatedAt: at,
  };
  return writeTx(db, async (t, audit) => {
    await t.people.add(person);
    await audit({
      actor,
      action: 'person.create',
      entity: 'people',
      entityId: person.id,
      roundId: null,
      before: null,
      after: person,
    });
    return person;
  });
}

/**
 * Edits a person. Rounds show the person's current name: the round file and minutes take
 * a snapshot when exported / signed, so history is not rewritten by a later correction.
 */
export async function updatePerson(
  db: CouncilDb,
  personId: string,
  patch: Partial<PersonInput>,
  actor: Actor,
): Promise<PersonRow> {
  return writeTx(db, async (t, audit) => {
    const before = await t.people.get(personId);
    if (before === undefined) throw new NotFoundError('person', personId);
    const after: PersonRow = {
      ...before,
      ...(patch.fullName === undefined ? {} : { fullName: requireText('fullName', patch.fullName) }),
      ...(patch.title === undefined ? {} : { title: patch.title.trim() }),
      ...(patch.organisation === undefined ? {} : { organisation: patch.organisation.trim() }),
      ...(patch.phone === undefined ? {} : { phone: patch.phone.trim() }),
      updatedAt: db.now(),
    };
    await t.people.put(after);
    await audit({
      actor,
      action: 'person.update',
      entity: 'people',
      entityId: personId,
      roundId: null,
      before,
      after,
    });
    return after;
  });
}

/** People whose name, title or organisation matches (diacritics optional), sorted by name. Read-only. */
export async function searchPeople(db: CouncilDb, query: string): Promise<PersonRow[]> {
  const all = await db.people.orderBy('fullName').toArray();
  return searchBy(all, query, (p) => `${p.fullName} ${p.title} ${p.organisation}`);
}
