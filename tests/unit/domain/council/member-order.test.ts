import { describe, expect, it } from 'vitest';
import {
  defaultPlace,
  moveMember,
  placeByRole,
  type OrderedMember,
} from '../../../../renderer/src/domain/council/member-order';
import type { MemberRole } from '../../../../renderer/src/domain/model';

const m = (id: string, role: MemberRole): OrderedMember => ({ id, role });
const ids = (order: readonly OrderedMember[] | null) => order?.map((x) => x.id) ?? null;

/** Seats people one by one, as the secretary adds them, each at its role's default place. */
function seat(...people: readonly OrderedMember[]): OrderedMember[] {
  return people.reduce<OrderedMember[]>((order, p) => placeByRole(order, p), []);
}

describe('the council order by default: chair first, secretary last', () => {
  it('members added in any order list the chair first and the secretary last', () => {
    const order = seat(
      m('an', 'member'),
      m('thu-ky', 'secretary'),
      m('chu-tich', 'chair'),
      m('binh', 'member'),
    );
    expect(ids(order)).toEqual(['chu-tich', 'an', 'binh', 'thu-ky']);
  });

  it('a vice-chair or member added later goes before the secretary, in the order added', () => {
    const order = seat(
      m('chu-tich', 'chair'),
      m('thu-ky', 'secretary'),
      m('pho', 'vice-chair'),
      m('an', 'member'),
    );
    expect(ids(order)).toEqual(['chu-tich', 'pho', 'an', 'thu-ky']);
  });

  it('with no secretary yet, a member goes to the foot', () => {
    expect(defaultPlace([m('chu-tich', 'chair'), m('an', 'member')], 'member')).toBe(2);
  });

  it('a member made secretary moves to the foot; made chair, to the top', () => {
    const order = seat(m('chu-tich', 'chair'), m('an', 'member'), m('binh', 'member'));
    expect(ids(placeByRole(order, m('an', 'secretary')))).toEqual(['chu-tich', 'binh', 'an']);
    expect(ids(placeByRole(order, m('binh', 'chair')))).toEqual(['binh', 'chu-tich', 'an']);
  });
});

describe('the secretary moves members up and down', () => {
  const order = seat(
    m('chu-tich', 'chair'),
    m('an', 'member'),
    m('binh', 'member'),
    m('thu-ky', 'secretary'),
  );

  it('up swaps with the one above, down with the one below; nothing else moves', () => {
    expect(ids(moveMember(order, 'binh', 'up'))).toEqual(['chu-tich', 'binh', 'an', 'thu-ky']);
    expect(ids(moveMember(order, 'chu-tich', 'down'))).toEqual(['an', 'chu-tich', 'binh', 'thu-ky']);
  });

  it('the top cannot go up, the foot cannot go down, and a stranger cannot move', () => {
    expect(moveMember(order, 'chu-tich', 'up')).toBeNull();
    expect(moveMember(order, 'thu-ky', 'down')).toBeNull();
    expect(moveMember(order, 'nobody', 'up')).toBeNull();
  });

  it('the order given is not changed in place', () => {
    moveMember(order, 'binh', 'up');
    expect(ids(order)).toEqual(['chu-tich', 'an', 'binh', 'thu-ky']);
  });
});
