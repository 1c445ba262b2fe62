import { describe, expect, it } from 'vitest';
import {
  canCloseProduct,
  canCloseRound,
  canEditSheet,
  canReopenSheet,
  canStartRescoring,
  canSubmitSheet,
  canUnseal,
  isPresentOn,
  memberSheetState,
  type Participant,
  type ProductFlow,
  type RuleCheck,
} from '../../../../renderer/src/domain/workflow';

const outcome = (c: RuleCheck): true | string => (c.ok ? true : c.code);
const open: ProductFlow = { currentPass: 1, sealed: true, closed: false, disqualified: false };
const unsealed: ProductFlow = { ...open, sealed: false };
const member = (over: Partial<Participant> = {}): Participant => ({
  memberId: 'm',
  present: true,
  recused: false,
  ...over,
});
const submitted = { status: 'submitted', answered: 30 } as const;
const draft = { status: 'draft', answered: 12 } as const;

describe("a member's sheet state on the board", () => {
  it.each([
    [member(), 'not-started'],
    [member({ sheet: { status: 'draft', answered: 0 } }), 'not-started'],
    [member({ sheet: draft }), 'in-progress'],
    [member({ sheet: submitted }), 'submitted'],
    [member({ recused: true }), 'recused'],
    [member({ present: false }), 'absent'],
  ] as const)('%o → %s', (p, state) => {
    expect(memberSheetState(p)).toBe(state);
  });
});

describe('editing and submitting a sheet', () => {
  it.each([
    ['open product, present member', open, member(), 1, true],
    ['recused member cannot score that product', open, member({ recused: true }), 1, 'member-recused'],
    ['absent member cannot score', open, member({ present: false }), 1, 'member-absent'],
    ['submitted sheet must be reopened first', open, member({ sheet: submitted }), 1, 'sheet-submitted'],
    ['unsealed product: the pass is fixed', unsealed, member(), 1, 'product-unsealed'],
    ['an earlier pass is kept as it was', { ...open, currentPass: 2 }, member(), 1, 'stale-pass'],
    [
      'disqualified product is not scored',
      { ...open, disqualified: true },
      member(),
      1,
      'product-disqualified',
    ],
    ['closed product', { ...open, closed: true }, member(), 1, 'product-closed'],
  ] as const)('%s', (_name, product, p, pass, expected) => {
    expect(outcome(canEditSheet(product, p, pass))).toBe(expected);
  });

  it('submit is blocked while any criterion is unanswered', () => {
    expect(outcome(canSubmitSheet(open, member({ sheet: draft }), 1, 1))).toBe('sheet-incomplete');
    expect(outcome(canSubmitSheet(open, member({ sheet: draft }), 1, 0))).toBe(true);
  });

  it('a submitted sheet can be reopened until the product is unsealed', () => {
    expect(outcome(canReopenSheet(open, member({ sheet: submitted }), 1))).toBe(true);
    expect(outcome(canReopenSheet(unsealed, member({ sheet: submitted }), 1))).toBe('product-unsealed');
    expect(outcome(canReopenSheet(open, member({ sheet: draft }), 1))).toBe('sheet-not-submitted');
  });
});

describe('the seal', () => {
  const everyone = [member({ memberId: 'a', sheet: submitted }), member({ memberId: 'b', sheet: submitted })];
  it.each([
    ['every present member submitted', everyone, true],
    [
      'one member still drafting',
      [...everyone, member({ memberId: 'c', sheet: draft })],
      'not-all-submitted',
    ],
    ['one member not started', [...everyone, member({ memberId: 'c' })], 'not-all-submitted'],
    ['an absent member is not waited for', [...everyone, member({ memberId: 'c', present: false })], true],
    ['a recused member is not waited for', [...everyone, member({ memberId: 'c', recused: true })], true],
    ['nobody scored: nothing to unseal', [member({ present: false })], 'not-all-submitted'],
  ] as const)('%s → %s', (_name, participants, expected) => {
    expect(outcome(canUnseal(open, participants))).toBe(expected);
  });
  it('cannot unseal twice', () => {
    expect(outcome(canUnseal(unsealed, everyone))).toBe('product-unsealed');
  });
  it('re-scoring needs the current pass unsealed', () => {
    expect(outcome(canStartRescoring(open))).toBe('product-sealed');
    expect(outcome(canStartRescoring(unsealed))).toBe(true);
    expect(outcome(canStartRescoring({ ...unsealed, closed: true }))).toBe('product-closed');
  });
});

describe('closing a product', () => {
  const base = { product: unsealed, quorumMet: true, spreadExceeded: false };
  it.each([
    ['spread within the limit', base, true],
    ['spread above the limit', { ...base, spreadExceeded: true }, 'spread-exceeded'],
    [
      'spread above the limit, chair writes nothing but spaces',
      { ...base, spreadExceeded: true, chairReason: '  ' },
      'spread-exceeded',
    ],
    [
      'spread above the limit, chair writes a reason',
      { ...base, spreadExceeded: true, chairReason: 'Hội đồng thống nhất giữ kết quả' },
      true,
    ],
    ['below quorum', { ...base, quorumMet: false }, 'below-quorum'],
    [
      'below quorum even with a chair reason',
      { ...base, quorumMet: false, spreadExceeded: true, chairReason: 'x' },
      'below-quorum',
    ],
    ['still sealed', { ...base, product: open }, 'product-sealed'],
    [
      'disqualified, sealed: closes on quorum alone',
      { ...base, product: { ...open, disqualified: true } },
      true,
    ],
    ['already closed', { ...base, product: { ...unsealed, closed: true } }, 'product-closed'],
  ] as const)('%s → %s', (_name, input, expected) => {
    expect(outcome(canCloseProduct(input))).toBe(expected);
  });
});

describe('closing the round', () => {
  const base = { status: 'scoring', archived: false, openProducts: 0, quorumMet: true } as const;
  it.each([
    ['all closed, quorum met', base, true],
    ['below quorum: results cannot be closed', { ...base, quorumMet: false }, 'below-quorum'],
    ['a product still open', { ...base, openProducts: 1 }, 'products-open'],
    ['never scored', { ...base, status: 'preparing' }, 'bad-status-transition'],
    ['already closed', { ...base, status: 'closed' }, 'round-closed'],
  ] as const)('%s → %s', (_name, input, expected) => {
    expect(outcome(canCloseRound(input))).toBe(expected);
  });
});

describe('presence on a meeting day', () => {
  const marks = [
    { memberId: 'a', meetingDate: '2026-12-01', present: false },
    { memberId: 'a', meetingDate: '2026-12-02', present: true },
  ];
  it('a member nobody marked is NOT present (attendance is confirmed, not assumed: §4 item 7)', () =>
    expect(isPresentOn(marks, 'b', '2026-12-01')).toBe(false));
  it('absence counts on its own day only', () => {
    expect(isPresentOn(marks, 'a', '2026-12-01')).toBe(false);
    expect(isPresentOn(marks, 'a', '2026-12-02')).toBe(true);
  });
});
