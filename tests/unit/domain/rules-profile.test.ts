import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_PROFILE } from '../../../renderer/src/domain/rules-profile';
import { rulesProfileProblems } from '../../../renderer/src/domain/rules-profile-schema';

describe('the rules profile kept with each round', () => {
  it('defaults to the provincial practice: spread 10, majority, 3/4 with the chair, 2 decimals', () => {
    expect(DEFAULT_RULES_PROFILE).toEqual({
      spreadLimit: 10,
      minimumPolicy: 'majority',
      quorum: 0.75,
      chairRequired: true,
      displayDecimals: 2,
    });
    expect(rulesProfileProblems(DEFAULT_RULES_PROFILE)).toEqual([]);
  });

  it('refuses a quorum above 1, a negative spread limit and too many decimals, each with its place', () => {
    const problems = rulesProfileProblems({
      ...DEFAULT_RULES_PROFILE,
      quorum: 1.2,
      spreadLimit: -5,
      displayDecimals: 9,
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['rules.spreadLimit', 'out-of-range'],
      ['rules.quorum', 'out-of-range'],
      ['rules.displayDecimals', 'out-of-range'],
    ]);
  });
});
