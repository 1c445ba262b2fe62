import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../../../renderer/src/domain/council/outcome';
import { quorumStatus, type QuorumMember } from '../../../../renderer/src/domain/council/quorum';
import type { StarLevel } from '../../../../renderer/src/domain/criteria/types';

describe('what the result proposes', () => {
  it.each<[StarLevel, string, string]>([
    [5, 'forward-5-star', 'recognise-5-star'],
    [4, 'recognise', 'return-to-province'],
    [3, 'recognise', 'return-to-province'],
    [2, 'not-recognised', 'return-to-province'],
    [1, 'not-recognised', 'return-to-province'],
  ])('%i★ → province: %s, central: %s', (stars, province, central) => {
    expect(outcomeOf('province', stars, false)).toBe(province);
    expect(outcomeOf('central', stars, false)).toBe(central);
  });

  it('a disqualified product is disqualified at either level', () => {
    expect([outcomeOf('province', null, true), outcomeOf('central', 5, true)]).toEqual([
      'disqualified',
      'disqualified',
    ]);
  });
});

const council = (present: number, total: number, chairPresent = true): QuorumMember[] =>
  Array.from({ length: total }, (_, i) => ({
    id: `m${i}`,
    role: i === 0 ? 'chair' : 'member',
    present: i === 0 ? chairPresent : i < present + (chairPresent ? 0 : 1),
  }));

describe('quorum: at least 3/4 present, the chair among them', () => {
  const rules = { quorum: 0.75, chairRequired: true };
  it.each([
    [12, 15, true],
    [11, 15, false],
    [3, 4, true],
    [2, 4, false],
    [6, 8, true],
  ])('%i of %i present → met: %s', (present, total, met) => {
    const status = quorumStatus(council(present, total), rules);
    expect([status.present, status.total, status.met]).toEqual([present, total, met]);
  });

  it('without the chair the meeting is not valid, unless the chair delegated a member who is present', () => {
    const members = council(12, 15, false);
    expect(quorumStatus(members, rules)).toMatchObject({
      present: 12,
      enoughMembers: true,
      chairPresent: false,
      met: false,
    });
    expect(quorumStatus(members, rules, 'm3').met).toBe(true);
    expect(quorumStatus(members, { ...rules, chairRequired: false }).met).toBe(true);
  });

  it('a quorum of 2/3 holds with 2 of 3 present despite binary fractions', () => {
    expect(quorumStatus(council(2, 3), { quorum: 2 / 3, chairRequired: true }).met).toBe(true);
  });
});
