import type { CouncilDb } from '../../db';

export interface TokenSigner {
  readonly personId: string;
  readonly fullName: string;
  readonly role: 'chair' | 'secretary';
}

/**
 * The people who sign minutes: chair or secretary of some round's council, each once (their
 * latest seat's role), sorted by name. A token library is remembered per person.
 */
export async function tokenSigners(db: CouncilDb): Promise<TokenSigner[]> {
  const seats = (await db.roundMembers.toArray()).filter(
    (seat) => seat.role === 'chair' || seat.role === 'secretary',
  );
  const roles = new Map<string, 'chair' | 'secretary'>();
  for (const seat of seats)
    if (seat.role === 'chair' || seat.role === 'secretary') roles.set(seat.personId, seat.role);
  const people = await db.people.bulkGet([...roles.keys()]);
  return people
    .flatMap((person) => {
      const role = person === undefined ? undefined : roles.get(person.id);
      return person === undefined || role === undefined
        ? []
        : [{ personId: person.id, fullName: person.fullName, role }];
    })
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
}
