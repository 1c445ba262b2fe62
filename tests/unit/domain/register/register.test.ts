import { describe, expect, it } from 'vitest';
import {
  buildRegister,
  certificateNumber,
  filterRegister,
  nextCertificateSeq,
  type RegisterEntryFacts,
  type RegisterEvaluation,
} from '../../../../renderer/src/domain/register/register';

function evaluation(over: Partial<RegisterEvaluation> & { productId: string }): RegisterEvaluation {
  return {
    roundId: 'r1',
    roundName: 'Đợt 1',
    level: 'province',
    date: '2026-04-10',
    code: '',
    name: 'Mật ong hoa nhãn',
    producerName: 'HTX Đồng Tâm',
    commune: 'Xã Hòa Bình',
    sheetNo: 4,
    average: 75,
    stars: 4,
    outcome: 'recognise',
    ...over,
  };
}

describe('the register groups evaluations into products across rounds', () => {
  it('one product evaluated in two rounds with its code → one line, both evaluations, oldest first', () => {
    const lines = buildRegister(
      [],
      [
        evaluation({
          productId: 'p2',
          roundId: 'r2',
          roundName: 'Đợt 2',
          date: '2026-09-01',
          code: 'X-1',
          stars: 4,
        }),
        evaluation({ productId: 'p1', date: '2026-04-10', code: 'X-1', stars: 3 }),
      ],
      '2026-10-01',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]?.evaluations.map((e) => e.productId)).toEqual(['p1', 'p2']);
    expect(lines[0]?.stars).toBe(4);
    expect(lines[0]?.status).toBe('not-recognised');
  });

  it('without a code, the same producer and name (tones aside) are the same product', () => {
    const lines = buildRegister(
      [],
      [
        evaluation({ productId: 'p1' }),
        evaluation({
          productId: 'p2',
          producerName: 'htx dong tam',
          name: 'MẬT ONG HOA NHÃN',
          date: '2026-09-01',
        }),
      ],
      '2026-10-01',
    );
    expect(lines).toHaveLength(1);
  });

  it('a stored entry claims its linked products and evaluations with its code', () => {
    const entry: RegisterEntryFacts = {
      id: 'e1',
      code: 'X-1',
      name: 'Mật ong hoa nhãn',
      producerName: 'HTX Đồng Tâm',
      commune: 'Xã Hòa Bình',
      sheetNo: 4,
      productIds: ['p1'],
      recognitions: [
        {
          id: 'c1',
          stars: 3,
          decisionNumber: '12/QĐ-UBND',
          decisionDate: '2026-05-01',
          certificateNo: '0001/2026/GCN-OCOP',
        },
      ],
    };
    const lines = buildRegister(
      [entry],
      [evaluation({ productId: 'p1' }), evaluation({ productId: 'p2', code: 'X-1', date: '2026-09-01' })],
      '2026-10-01',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]?.entryId).toBe('e1');
    expect(lines[0]?.evaluations).toHaveLength(2);
    expect(lines[0]?.status).toBe('valid');
    expect(lines[0]?.current?.expiry).toBe('2029-05-01');
    expect(lines[0]?.group).toBe('food');
  });

  it('filters by status, stars, year and a search typed without tones', () => {
    const lines = buildRegister(
      [],
      [
        evaluation({ productId: 'p1', code: 'A-1' }),
        evaluation({
          productId: 'p2',
          code: 'B-1',
          name: 'Rượu nếp',
          sheetNo: 14,
          stars: 3,
          date: '2027-03-01',
        }),
      ],
      '2027-04-01',
    );
    expect(filterRegister(lines, { query: 'ruou nep' }).map((l) => l.code)).toEqual(['B-1']);
    expect(filterRegister(lines, { group: 'drink' }).map((l) => l.code)).toEqual(['B-1']);
    expect(filterRegister(lines, { stars: 4 }).map((l) => l.code)).toEqual(['A-1']);
    expect(filterRegister(lines, { year: 2026 }).map((l) => l.code)).toEqual(['A-1']);
    expect(filterRegister(lines, { status: 'not-recognised' })).toHaveLength(2);
    expect(filterRegister(lines, { status: 'valid' })).toHaveLength(0);
  });
});

describe('certificate numbers run 1, 2, 3… per decision year without gaps', () => {
  it('the first of a year is 0001', () => {
    expect(nextCertificateSeq([], 2026)).toBe(1);
    expect(certificateNumber(1, 2026)).toBe('0001/2026/GCN-OCOP');
  });
  it('continues after the highest of the same year, ignoring other years', () => {
    const given = [certificateNumber(1, 2026), certificateNumber(2, 2026), certificateNumber(7, 2025)];
    expect(nextCertificateSeq(given, 2026)).toBe(3);
    expect(nextCertificateSeq(given, 2025)).toBe(8);
  });
});
