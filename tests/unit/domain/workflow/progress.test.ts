import { describe, expect, it } from 'vitest';
import { progressMatrix, type ProgressInput } from '../../../../renderer/src/domain/workflow';

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
