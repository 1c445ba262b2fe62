import { describe, expect, it } from 'vitest';
import type { ProductRow, RoundBundle, SheetRow } from '../../../../renderer/src/db';
import { DEFAULT_RULES_PROFILE } from '../../../../renderer/src/domain/rules-profile';
import { canOpenSheet, membersProgress } from '../../../../renderer/src/features/scoring/scoring-model';

const AT = '2026-12-01T08:00:00.000Z';
const DAY = '2026-12-01';

const person = (id: string, fullName: string) => ({
  id,
  fullName,
  title: '',
  organisation: '',
  phone: '',
  createdAt: AT,
  updatedAt: AT,
});
const product = (id: string, position: number, disqualified = false): ProductRow => ({
  id,
  roundId: 'r',
  name: id,
  code: '',
  sheetNo: 1,
  producer: { name: '', address: '', phone: '', commune: '' },
  kind: 'first',
  disqualification: disqualified ? { reason: 'Hồ sơ bị loại khi: giả mạo hồ sơ' } : null,
  position,
  createdAt: AT,
  updatedAt: AT,
});
const sheet = (
  productId: string,
  memberId: string,
  status: SheetRow['status'],
  answers: SheetRow['answers'],
): SheetRow => ({
  id: `${productId}-${memberId}`,
  roundId: 'r',
  productId,
  memberId,
  pass: 1,
  answers,
  caseChoice: {},
  opinion: '',
  status,
  updatedAt: AT,
});

/** Three members (Cường absent), three products (P3 disqualified); An recused from P2, submitted P1; Bình started P1. */
const bundle: RoundBundle = {
  round: {
    id: 'r',
    name: 'Đợt 1',
    level: 'province',
    province: 'Tây Ninh',
    venue: '',
    meetingDates: [DAY],
    ruleSetId: '26/2026/QĐ-TTg',
    rules: DEFAULT_RULES_PROFILE,
    status: 'scoring',
    archived: 0,
    createdAt: AT,
    updatedAt: AT,
  },
  members: [
    {
      id: 'an',
      roundId: 'r',
      personId: 'p1',
      role: 'chair',
      position: 0,
      person: person('p1', 'Nguyễn Văn An'),
    },
    {
      id: 'binh',
      roundId: 'r',
      personId: 'p2',
      role: 'member',
      position: 1,
      person: person('p2', 'Trần Thị Bình'),
    },
    {
      id: 'cuong',
      roundId: 'r',
      personId: 'p3',
      role: 'member',
      position: 2,
      person: person('p3', 'Lê Văn Cường'),
    },
  ],
  attendance: [
    { id: 'a1', roundId: 'r', memberId: 'cuong', meetingDate: DAY, present: false },
    { id: 'a2', roundId: 'r', memberId: 'an', meetingDate: DAY, present: true },
    { id: 'a3', roundId: 'r', memberId: 'binh', meetingDate: DAY, present: true },
  ],
  products: [product('P1', 0), product('P2', 1), product('P3', 2, true)],
  productStates: new Map(
    ['P1', 'P2', 'P3'].map((id) => [
      id,
      {
        productId: id,
        roundId: 'r',
        currentPass: 1,
        sealed: true,
        unsealedAt: [],
        rescoredAt: [],
        closed: null,
      },
    ]),
  ),
  recusals: [{ id: 'x', roundId: 'r', productId: 'P2', memberId: 'an', reason: 'người nhà của chủ thể' }],
  sheets: [sheet('P1', 'an', 'submitted', { '1.1': 0 }), sheet('P1', 'binh', 'draft', { '1.1': 1 })],
};

describe('the scoring lists', () => {
  it("each member's state on each product, and their progress over the products they are expected to score", () => {
    const [an, binh, cuong] = membersProgress(bundle);
    expect(an?.states).toEqual({ P1: 'submitted', P2: 'recused', P3: 'not-started' });
    // P2 recused and P3 disqualified are not expected of An.
    expect([an?.submitted, an?.expected]).toEqual([1, 1]);
    expect(binh?.states).toEqual({ P1: 'in-progress', P2: 'not-started', P3: 'not-started' });
    expect([binh?.submitted, binh?.expected]).toEqual([0, 2]);
    expect(cuong?.states).toEqual({ P1: 'absent', P2: 'absent', P3: 'absent' });
    expect(cuong?.expected).toBe(0);
  });

  it('a recused or absent member is not offered the sheet', () => {
    expect(canOpenSheet('recused')).toBe(false);
    expect(canOpenSheet('absent')).toBe(false);
    expect(canOpenSheet('submitted')).toBe(true);
    expect(canOpenSheet('not-started')).toBe(true);
    expect(canOpenSheet(undefined)).toBe(false);
  });
});
