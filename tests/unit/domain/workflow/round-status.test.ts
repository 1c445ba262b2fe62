import { describe, expect, it } from 'vitest';
import {
  canStartScoring,
  canTransition,
  roundAllows,
  type RoundAction,
  type RoundStatus,
} from '../../../../renderer/src/domain/workflow';

describe('round status: preparing → scoring → closed, never back', () => {
  it.each([
    ['preparing', 'scoring', true],
    ['scoring', 'closed', true],
    ['preparing', 'closed', false], // results without scoring
    ['scoring', 'preparing', false], // would unfreeze the rule-set under given scores
    ['closed', 'scoring', false],
    ['closed', 'preparing', false],
    ['scoring', 'scoring', false],
  ] as const)('%s → %s allowed: %s', (from, to, ok) => {
    expect(canTransition(from, to).ok).toBe(ok);
  });
});

describe('what each status allows', () => {
  const table: readonly [RoundStatus, RoundAction, true | string][] = [
    ['preparing', 'edit-rule-set', true],
    ['preparing', 'edit-rules-profile', true],
    ['preparing', 'edit-products', true],
    ['preparing', 'score', 'round-not-scoring'],
    ['preparing', 'decide', 'round-not-scoring'],
    ['scoring', 'edit-rule-set', 'round-not-preparing'], // rule-set cannot change once scoring starts
    ['scoring', 'edit-rules-profile', 'round-not-preparing'],
    ['scoring', 'edit-details', true],
    ['scoring', 'edit-council', true], // attendance changes during the meeting
    ['scoring', 'edit-products', true],
    ['scoring', 'score', true],
    ['scoring', 'decide', true],
    ['closed', 'edit-details', 'round-closed'],
    ['closed', 'score', 'round-closed'],
  ];
  it.each(table)('%s: %s → %s', (status, action, expected) => {
    const check = roundAllows({ status, archived: false }, action);
    expect(check.ok ? true : check.code).toBe(expected);
  });

  it('an archived round allows nothing', () => {
    expect(roundAllows({ status: 'preparing', archived: true }, 'edit-details')).toEqual({
      ok: false,
      code: 'round-archived',
    });
  });
});

describe('starting scoring', () => {
  const ready = { products: 3, members: 7, chairs: 1 };
  it.each([
    [ready, true],
    [{ ...ready, products: 0 }, 'no-products'],
    [{ ...ready, members: 0, chairs: 0 }, 'no-members'],
    [{ ...ready, chairs: 0 }, 'no-chair'],
  ] as const)('%o → %s', (council, expected) => {
    const check = canStartScoring({ status: 'preparing', archived: false }, council);
    expect(check.ok ? true : check.code).toBe(expected);
  });
  it('cannot start twice', () => {
    expect(canStartScoring({ status: 'scoring', archived: false }, ready)).toEqual({
      ok: false,
      code: 'bad-status-transition',
    });
  });
});
