import { describe, expect, it } from 'vitest';
import type { RoundRow } from '../../../../renderer/src/db';
import { DEFAULT_RULES_PROFILE } from '../../../../renderer/src/domain/rules-profile';
import {
  draftFromRound,
  emptyRoundDraft,
  formatQuorum,
  isIsoDate,
  parseQuorum,
  validateRoundDraft,
  type RoundDraft,
} from '../../../../renderer/src/features/rounds/roundFormModel';
import { roundFileName } from '../../../../renderer/src/features/rounds/roundFileName';

const ruleSet = '26/2026/QĐ-TTg';
const valid: RoundDraft = {
  ...emptyRoundDraft(DEFAULT_RULES_PROFILE, ruleSet),
  name: '  Đợt 2 năm 2026 ',
  province: 'Quảng Nam',
  meetingDates: ['2026-12-06', '2026-12-05'],
};

describe('quorum as people write it', () => {
  it.each([
    ['3/4', 0.75],
    ['2 / 3', 2 / 3],
    ['75%', 0.75],
    ['0,75', 0.75],
    ['0.5', 0.5],
    ['1', 1],
    ['4/4', 1],
  ])('%s → %d', (text, value) => {
    expect(parseQuorum(text)).toBeCloseTo(value, 12);
  });

  it.each(['', '5/4', '0', '0/4', '3/0', '120%', 'ba phần tư', '-1', '3/4/5'])('refuses %j', (text) => {
    expect(parseQuorum(text)).toBeNull();
  });

  it.each([
    [0.75, '3/4'],
    [2 / 3, '2/3'],
    [0.5, '1/2'],
    [1, '1/1'],
    [0.7, '7/10'],
    [0.777, '77.7%'],
  ])('shows %d as %s', (value, text) => {
    expect(formatQuorum(value)).toBe(text);
  });
});

describe('calendar dates', () => {
  it('accepts real days and refuses days the month does not have', () => {
    expect(isIsoDate('2026-12-05')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('05/12/2026')).toBe(false);
  });
});

describe('the round form', () => {
  it('builds the round: trimmed, dates sorted, rules and plan converted', () => {
    const result = validateRoundDraft({
      ...valid,
      planShare: '80',
      planForwarded: '3',
      planProducts: '141',
      quorum: '2/3',
      minimumPolicy: 'all',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Đợt 2 năm 2026',
        level: 'province',
        province: 'Quảng Nam',
        venue: '',
        meetingDates: ['2026-12-05', '2026-12-06'],
        ruleSetId: ruleSet,
        rules: {
          spreadLimit: 10,
          minimumPolicy: 'all',
          quorum: 2 / 3,
          chairRequired: true,
          displayDecimals: 2,
        },
        planTargets: { shareAtLeast3Stars: 0.8, forwardedFor5Stars: 3, productsPlanned: 141 },
      },
    });
  });

  it('an empty meeting-day row is not a day; the decision is left out when nothing of it is typed', () => {
    const result = validateRoundDraft({ ...valid, meetingDates: ['', '2026-12-05', ''] });
    expect(result.ok && result.value.meetingDates).toEqual(['2026-12-05']);
    expect(result.ok && 'decision' in result.value).toBe(false);
  });

  it('shows every wrong field at once, each with its own message', () => {
    const result = validateRoundDraft({
      ...valid,
      name: ' ',
      province: '',
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2026-02-30',
      meetingDates: ['2026-12-05', '2026-12-05', '5/12'],
      spreadLimit: '-1',
      quorum: '5/4',
      displayDecimals: '7',
      planShare: '101',
      planForwarded: '2.5',
      planProducts: 'nhiều',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'invalid.required',
        province: 'invalid.required',
        decisionDate: 'invalid.date',
        decisionSigner: 'invalid.decisionIncomplete',
        'meetingDates.1': 'invalid.dateDuplicate',
        'meetingDates.2': 'invalid.date',
        spreadLimit: 'invalid.spreadLimit',
        quorum: 'invalid.quorum',
        displayDecimals: 'invalid.displayDecimals',
        planShare: 'invalid.percent',
        planForwarded: 'invalid.count',
        planProducts: 'invalid.count',
      },
    });
  });

  it('a saved round comes back into the form as it was entered', () => {
    const round: RoundRow = {
      id: 'r1',
      name: 'Đợt 2',
      level: 'central',
      province: 'Quảng Nam',
      decision: { number: '12/QĐ-UBND', date: '2026-11-20', signer: 'Nguyễn Văn An' },
      venue: 'Hội trường',
      meetingDates: ['2026-12-05'],
      ruleSetId: ruleSet,
      rules: {
        spreadLimit: 8,
        minimumPolicy: 'average',
        quorum: 2 / 3,
        chairRequired: false,
        displayDecimals: 1,
      },
      planTargets: { shareAtLeast3Stars: 0.8, productsPlanned: 141 },
      status: 'preparing',
      archived: 0,
      createdAt: '2026-11-28T00:00:00Z',
      updatedAt: '2026-11-28T00:00:00Z',
    };
    const draft = draftFromRound(round);
    expect(draft).toMatchObject({
      quorum: '2/3',
      planShare: '80',
      planForwarded: '',
      planProducts: '141',
      decisionSigner: 'Nguyễn Văn An',
    });
    const again = validateRoundDraft(draft);
    expect(again.ok && again.value).toMatchObject({
      level: 'central',
      rules: round.rules,
      decision: round.decision,
      planTargets: round.planTargets,
    });
  });
});

describe('the round file name', () => {
  it('keeps the diacritics (NFC) and removes what Windows forbids', () => {
    expect(roundFileName('vi', 'Đợt 2 năm 2026')).toBe('Đợt đánh giá - Đợt 2 năm 2026.ocop-round.json');
    expect(roundFileName('vi', 'Đợt 2/2026: "bổ sung"')).toBe(
      'Đợt đánh giá - Đợt 2 2026 bổ sung.ocop-round.json',
    );
    expect(roundFileName('vi', 'Đợt'.normalize('NFD'))).toBe('Đợt đánh giá - Đợt.ocop-round.json');
    expect(roundFileName('en', 'Round 2')).toBe('Round - Round 2.ocop-round.json');
  });
});
