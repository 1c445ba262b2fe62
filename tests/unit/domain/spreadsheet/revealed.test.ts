import { describe, expect, it } from 'vitest';
import { revealedOnly } from '../../../../renderer/src/domain/spreadsheet/revealed';
import type { RoundFile } from '../../../../renderer/src/domain/round-file/types';

const at = '2026-11-28T08:00:00.000Z';
const score = (productId: string, pass: number) => ({
  memberId: 'm',
  productId,
  pass,
  answers: {},
  submittedAt: at,
});

describe('revealedOnly', () => {
  it('keeps only the scores of unsealed passes: a spreadsheet never shows sealed scores', () => {
    const file = {
      format: 'ocop-council/round',
      version: 1,
      round: {
        id: 'r',
        name: 'R',
        level: 'province',
        ruleSet: 'x',
        rules: {
          spreadLimit: 10,
          minimumPolicy: 'majority',
          quorum: 0.75,
          chairRequired: true,
          displayDecimals: 2,
        },
      },
      members: [],
      products: [],
      recusals: [],
      scores: [score('p1', 1), score('p1', 2), score('p2', 1)],
      events: [{ kind: 'unseal', productId: 'p1', pass: 1, at }],
    } satisfies RoundFile;
    expect(revealedOnly(file).scores).toEqual([score('p1', 1)]);
  });
});
