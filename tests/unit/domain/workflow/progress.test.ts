import { describe, expect, it } from 'vitest';
import {
  expectedScorers,
  participantsOf,
  progressMatrix,
  scorersByProduct,
  type ProgressInput,
} from '../../../../renderer/src/domain/workflow';

const base: ProgressInput = {
  memberIds: ['chair', 'm1', 'm2'],
  products: [
    { id: 'p1', currentPass: 2 },
    { id: 'p2', currentPass: 1, meetingDate: '2026-12-02' },
  ],
  roundMeetingDates: ['2026-12-01', '2026-12-02'],
  attendance: [
    { memberId: 'chair', meetingDate: '2026-12-01', present: true },
    { memberId: 'm1', meetingDate: '2026-12-01', present: true },
    { memberId: 'm2', meetingDate: '2026-12-01', present: true },
    { memberId: 'chair', meetingDate: '2026-12-02', present: true },
    { memberId: 'm1', meetingDate: '2026-12-02', present: true },
    { memberId: 'm2', meetingDate: '2026-12-02', present: false },
  ],
  recusals: [{ productId: 'p1', memberId: 'm1' }],
  sheets: [
    { productId: 'p1', memberId: 'chair', pass: 1, status: 'submitted', answered: 30 },
    { productId: 'p1', memberId: 'chair', pass: 2, status: 'draft', answered: 30 },
    { productId: 'p1', memberId: 'm2', pass: 2, status: 'submitted', answered: 30 },
    { productId: 'p2', memberId: 'chair', pass: 1, status: 'draft', answered: 3 },
  ],
};

describe('progress board (member × product)', () => {
  it('shows the current pass only, recusals, and absences on the product’s own meeting day', () => {
    const [p1, p2] = progressMatrix(base);
    // p1 is being re-scored: the chair's submitted pass 1 does not count, their pass-2 draft does
    expect(p1?.states).toEqual({ chair: 'in-progress', m1: 'recused', m2: 'submitted' });
    expect([p1?.submitted, p1?.expected]).toEqual([1, 2]);
    // m2 is absent on 2 December only, when p2 is evaluated
    expect(p2?.states).toEqual({ chair: 'in-progress', m1: 'not-started', m2: 'absent' });
    expect([p2?.submitted, p2?.expected]).toEqual([0, 2]);
  });
});

describe('who scores each product (scorersByProduct)', () => {
  it('is, for every product, the present and non-recused members of its own meeting day', () => {
    const scorers = scorersByProduct(base);
    // p1 (first meeting day): m1 is recused; p2 (2 December): m2 is absent
    expect(scorers.get('p1')).toEqual(['chair', 'm2']);
    expect(scorers.get('p2')).toEqual(['chair', 'm1']);
  });

  it('agrees with the product-flow rule (expectedScorers of participantsOf) on every product', () => {
    const input: ProgressInput = {
      ...base,
      products: [
        ...base.products,
        { id: 'p3', currentPass: 1, meetingDate: '2026-12-01' },
        { id: 'p4', currentPass: 1, meetingDate: '2026-12-03' }, // a day nobody was marked on
      ],
      recusals: [
        ...base.recusals,
        { productId: 'p3', memberId: 'chair' },
        { productId: 'p3', memberId: 'm2' },
      ],
    };
    const scorers = scorersByProduct(input);
    for (const product of input.products) {
      const rule = expectedScorers(participantsOf(input, product.id)).map((p) => p.memberId);
      expect(scorers.get(product.id), product.id).toEqual(rule);
    }
    expect(scorers.get('p3')).toEqual(['m1']);
    expect(scorers.get('p4')).toEqual([]);
  });
});
