import { describe, expect, it } from 'vitest';
import {
  expiryDate,
  filingWindow,
  filingWindowOpen,
  recognitionStatus,
  type RecognitionFacts,
} from '../../../../renderer/src/domain/register/recognition';
import { productGroupOfSheet } from '../../../../renderer/src/domain/register/groups';

const decided15Mar2026: RecognitionFacts = { stars: 3, decisionDate: '2026-03-15' };

describe('a certificate is valid 36 months from the decision', () => {
  it.each([
    ['decision 2026-03-15 → expires 2029-03-15', '2026-03-15', '2029-03-15'],
    ['decision 2028-02-29 (leap day) → expires 2031-02-28', '2028-02-29', '2031-02-28'],
    ['decision 2026-12-31 → expires 2029-12-31', '2026-12-31', '2029-12-31'],
  ])('%s', (_, decision, expiry) => {
    expect(expiryDate(decision)).toBe(expiry);
  });
});

describe('the filing window opens 180 and closes 120 days before expiry', () => {
  it('decision 2026-03-15 (expiry 2029-03-15) → window 2028-09-16 … 2028-11-15', () => {
    expect(filingWindow('2026-03-15')).toEqual({ opens: '2028-09-16', closes: '2028-11-15' });
  });
  it.each([
    ['the day before it opens → closed', '2028-09-15', false],
    ['the day it opens → open', '2028-09-16', true],
    ['the last day before it closes → open', '2028-11-14', true],
    ['120 days before expiry → closed', '2028-11-15', false],
  ])('%s', (_, today, open) => {
    expect(filingWindowOpen('2026-03-15', today)).toBe(open);
  });
});

describe('status of a recognition on a given day', () => {
  it.each([
    ['the day of the decision → valid', '2026-03-15', 'valid'],
    ['181 days before expiry → valid', '2028-09-15', 'valid'],
    ['180 days before expiry → due for re-evaluation', '2028-09-16', 'due'],
    ['the day before expiry → due', '2029-03-14', 'due'],
    ['the expiry day → expired', '2029-03-15', 'expired'],
    ['years later → expired', '2033-01-01', 'expired'],
  ] as const)('%s', (_, today, status) => {
    expect(recognitionStatus(decided15Mar2026, [], today)).toBe(status);
  });

  it('revoked with a reason → revoked, even when still within its 36 months', () => {
    expect(recognitionStatus({ ...decided15Mar2026, revoked: { reason: 'vi phạm' } }, [], '2026-06-01')).toBe(
      'revoked',
    );
  });
  it('3★ then 4★ recognised later → the 3★ recognition is upgraded', () => {
    const later: RecognitionFacts = { stars: 4, decisionDate: '2027-05-01' };
    expect(recognitionStatus(decided15Mar2026, [decided15Mar2026, later], '2027-06-01')).toBe('upgraded');
  });
  it('3★ then 3★ again at re-evaluation → renewed, the new one valid', () => {
    const later: RecognitionFacts = { stars: 3, decisionDate: '2029-01-10' };
    expect(recognitionStatus(decided15Mar2026, [decided15Mar2026, later], '2029-06-01')).toBe('renewed');
    expect(recognitionStatus(later, [decided15Mar2026, later], '2029-06-01')).toBe('valid');
  });
  it('a later recognition that was revoked does not replace the earlier one', () => {
    const later: RecognitionFacts = { stars: 4, decisionDate: '2027-05-01', revoked: { reason: 'sai sót' } };
    expect(recognitionStatus(decided15Mar2026, [later], '2027-06-01')).toBe('valid');
  });
});

describe('the six OCOP product groups by sheet', () => {
  it.each([
    [1, 'food'],
    [13, 'food'],
    [14, 'drink'],
    [17, 'drink'],
    [18, 'herbal'],
    [20, 'herbal'],
    [21, 'handicraft'],
    [22, 'handicraft'],
    [23, 'ornamental'],
    [25, 'ornamental'],
    [26, 'tourism'],
    [0, null],
    [27, null],
  ] as const)('sheet %i → %s', (sheet, group) => {
    expect(productGroupOfSheet(sheet)).toBe(group);
  });
});
