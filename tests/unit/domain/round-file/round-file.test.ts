import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSheetCatalog } from '../../../../renderer/src/domain/criteria/registry';
import { parseRoundFile, parseRoundFileText } from '../../../../renderer/src/domain/round-file/parse';
import { roundFileFromParts, serializeRoundFile } from '../../../../renderer/src/domain/round-file/serialize';
import { tallyReport, tallyRound } from '../../../../renderer/src/domain/round-file/tally';
import type { RoundFile } from '../../../../renderer/src/domain/round-file/types';

const catalog = await loadSheetCatalog();
const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/rounds/${name}`, import.meta.url), 'utf8');
const exampleText = fixture('example-round.json');
const parsed = parseRoundFileText(exampleText, catalog);
if (!parsed.ok) throw new Error(`example round is invalid: ${JSON.stringify(parsed.problems)}`);
const example = parsed.value;

/** The example as plain JSON, to break one thing at a time. */
const exampleJson = (): Record<string, unknown> & {
  round: Record<string, unknown>;
  members: Record<string, unknown>[];
  products: Record<string, unknown>[];
  scores: Record<string, unknown>[];
  events: Record<string, unknown>[];
} => JSON.parse(exampleText) as ReturnType<typeof exampleJson>;
const problemsOf = (data: unknown): [string, string][] => {
  const result = parseRoundFile(data, catalog);
  return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
};

describe('the round file, version 1', () => {
  it('reads the example round and writes it back byte for byte', () => {
    expect(example.members).toHaveLength(7);
    expect(example.products.map((p) => p.sheet)).toEqual([1, 13, 26, 1, 13]);
    expect(serializeRoundFile(example)).toBe(exampleText);
    expect(roundFileFromParts(example)).toEqual(example);
  });

  it('keeps every optional field the app needs to move a round between laptops', () => {
    expect(example.round).toMatchObject({
      province: 'Tỉnh Mẫu',
      decision: { number: '1234/QĐ-UBND', date: '2026-10-15' },
      meetingDates: ['2026-11-27'],
      planTargets: { products: 141 },
      status: 'closed',
    });
    expect(example.products[0]?.producer?.name).toBe('HTX Nông nghiệp Tân Phú');
    expect(example.events?.map((e) => e.kind)).toEqual(['unseal', 'rescore', 'unseal', 'close']);
  });

  it('tallies like the regulation: re-scored, recused, absent, sheet 26 cases, "none", disqualified', () => {
    const tally = tallyRound(example, catalog);
    const [pomelo, coffee, homestay, greens, cocoa] = tallyReport(tally).products;
    expect(tallyReport(tally).quorum).toEqual({ present: 6, total: 7, met: true });
    // re-scored: the chair's pass 2 (95) counts, not pass 1 (81); 1.5 below ***** for 4 of 6 → 4★
    expect(tally.products[0]?.result.memberScores.map((m) => m.pass)).toEqual([2, 1, 1, 1, 1, 1]);
    expect(pomelo).toMatchObject({
      average: { total: 95.5 },
      spread: 7,
      band: 5,
      minimumsLevel: 4,
      stars: 4,
      outcome: 'recognise',
    });
    expect(tallyRound(example, catalog, 1).products[0]?.result).toMatchObject({
      spread: 19,
      spreadExceeded: true,
    });
    // recused (M5) and absent members left out: five sheets count
    expect(tally.products[1]?.result.memberScores).toHaveLength(5);
    expect(coffee).toMatchObject({ average: { total: 78.8 }, stars: 4, outcome: 'recognise' });
    expect(homestay).toMatchObject({ stars: 5, outcome: 'forward-5-star' });
    expect(greens).toMatchObject({ average: null, stars: null, outcome: 'disqualified' });
    expect(cocoa).toMatchObject({
      band: 3,
      minimumsLevel: 2,
      stars: 2,
      outcome: 'not-recognised',
      unmetMinimums: [{ criterion: '1.1', level: 3, membersMeeting: 2, membersScoring: 6 }],
    });
  });

  it('a non-voting secretary and an excused member: tallied as the app counts them (OCOP-RULES §4 items 7–8)', () => {
    const data = exampleJson();
    const secretary = data.members[2];
    const absent = data.members[6];
    if (secretary === undefined || absent === undefined) throw new Error('example changed');
    data.round['secretaryScores'] = false;
    absent['attendance'] = [{ date: '2026-11-27', present: false, excused: true }];
    // the secretary's sheets must go: a score by a non-voting secretary is refused
    expect(problemsOf(data).filter(([, code]) => code === 'score-by-non-voting-secretary').length).toBe(
      data.scores.filter((s) => s['memberId'] === secretary['id']).length,
    );
    data.scores = data.scores.filter((s) => s['memberId'] !== secretary['id']);
    const read = parseRoundFile(data, catalog);
    expect(read.ok ? [] : read.problems).toEqual([]);
    if (!read.ok) return;
    expect(read.value.members[6]?.attendance).toEqual([
      { date: '2026-11-27', present: false, excused: true },
    ]);
    const tally = tallyRound(read.value, catalog);
    // 5 of the 6 scoring members present: the secretary is in neither count
    expect(tallyReport(tally).quorum).toEqual({ present: 5, total: 6, met: true });
    for (const p of tally.products)
      expect(p.result.memberScores.map((m) => m.memberId)).not.toContain(secretary['id']);
    // written back as read
    const again = parseRoundFileText(serializeRoundFile(read.value), catalog);
    expect(again.ok && again.value).toEqual(read.value);
  });

  it('attendance counts per meeting day; a file without per-day marks reads `present` for every day', () => {
    const data = exampleJson();
    data.round['meetingDates'] = ['2026-11-27', '2026-11-28'];
    const last = data.products[4];
    const member = data.members[5];
    if (last === undefined || member === undefined) throw new Error('example changed');
    last['meetingDate'] = '2026-11-28';
    // Written before per-day marks: the six present members are present on both days.
    const old = parseRoundFile(data, catalog);
    expect(old.ok ? [] : old.problems).toEqual([]);
    if (!old.ok) return;
    expect(tallyReport(tallyRound(old.value, catalog)).days).toEqual([
      { date: '2026-11-27', present: 6, total: 7, met: true },
      { date: '2026-11-28', present: 6, total: 7, met: true },
    ]);
    // Per-day marks: member 6 was there on the first day only, and still "present" (on some day).
    member['attendance'] = [
      { date: '2026-11-27', present: true },
      { date: '2026-11-28', present: false, excused: true },
    ];
    const theirs = (s: Record<string, unknown>) =>
      s['memberId'] === member['id'] && s['productId'] === last['id'];
    expect(data.scores.some(theirs)).toBe(true);
    // their sheet for the second day's product cannot be: they were absent that day
    expect(problemsOf(data).map(([, code]) => code)).toEqual(
      data.scores.filter(theirs).map(() => 'score-by-absent-member'),
    );
    data.scores = data.scores.filter((s) => !theirs(s));
    const read = parseRoundFile(data, catalog);
    expect(read.ok ? [] : read.problems).toEqual([]);
    if (!read.ok) return;
    const tally = tallyRound(read.value, catalog);
    expect(tallyReport(tally).days).toEqual([
      { date: '2026-11-27', present: 6, total: 7, met: true },
      { date: '2026-11-28', present: 5, total: 7, met: false },
    ]);
    // the second day's product is the council of that day: without them, not waiting for them
    const scorers = (i: number) => tally.products[i]?.result.memberScores.map((m) => m.memberId);
    expect(scorers(4)).not.toContain(member['id']);
    expect(scorers(4)).toHaveLength(5);
    expect(scorers(0)).toContain(member['id']);
    expect(tally.products[4]?.result.outcome).not.toBe('pending');
  });

  it('"excused" qualifies an absence only', () => {
    const data = exampleJson();
    const member = data.members[0];
    if (member === undefined) throw new Error('example changed');
    member['attendance'] = [
      { date: '2026-11-27', present: true, excused: true },
      { date: '2026-11-28', present: false, excused: false },
    ];
    expect(problemsOf(data)).toEqual([
      ['members[0].attendance[0].present', 'not-one-of'],
      ['members[0].attendance[1].excused', 'not-one-of'],
    ]);
  });

  it('a central round proposes 5★ or returns the product to the province', () => {
    const central: RoundFile = { ...example, round: { ...example.round, level: 'central' } };
    expect(tallyReport(tallyRound(central, catalog)).products.map((p) => p.outcome)).toEqual([
      'return-to-province',
      'return-to-province',
      'recognise-5-star',
      'disqualified',
      'return-to-province',
    ]);
  });

  it('lists every problem of a broken round file, each where it is', () => {
    expect(problemsOf(JSON.parse(fixture('broken-round.json')))).toEqual([
      ['members[7].id', 'duplicate-id'],
      ['products[4].sheet', 'unknown-sheet'],
      ['scores[0].answers["1.9"]', 'unknown-criterion'],
      ['scores[1].answers["1.1"]', 'option-out-of-range'],
      ['scores[2].memberId', 'score-by-absent-member'],
      ['scores[7]', 'score-by-recused-member'],
      ['scores[12].caseChoice["8"]', 'case-missing'],
    ]);
  });
});

describe('reading a round file refuses', () => {
  it('a file of another format, or a version it does not know', () => {
    expect(problemsOf({ ...exampleJson(), format: 'ocop-council/minutes' })).toEqual([
      ['format', 'wrong-format'],
    ]);
    expect(problemsOf({ ...exampleJson(), version: 2 })).toEqual([['version', 'unsupported-version']]);
    expect(parseRoundFileText('{"format": ', catalog)).toMatchObject({
      ok: false,
      problems: [{ code: 'json-syntax' }],
    });
  });

  it('an unknown rule-set, and rules outside their range', () => {
    const data = exampleJson();
    data.round['ruleSet'] = '148/QĐ-TTg';
    data.round['rules'] = { spreadLimit: -1, minimumPolicy: 'most', quorum: 1.5, chairRequired: 'yes' };
    expect(problemsOf(data)).toEqual([
      ['round.rules.spreadLimit', 'out-of-range'],
      ['round.rules.minimumPolicy', 'not-one-of'],
      ['round.rules.quorum', 'out-of-range'],
      ['round.rules.chairRequired', 'wrong-type'],
    ]);
    const onlyRuleSet = exampleJson();
    onlyRuleSet.round['ruleSet'] = '148/QĐ-TTg';
    expect(problemsOf(onlyRuleSet)).toEqual([['round.ruleSet', 'unknown-rule-set']]);
  });

  it('missing required fields, wrong types and unknown fields, all at once', () => {
    const data = exampleJson();
    delete data.members[0]?.['present'];
    if (data.products[1]) data.products[1]['sheet'] = '13';
    if (data.scores[3]) data.scores[3]['submitedAt'] = 'typo';
    if (data.scores[4]) (data.scores[4]['answers'] as Record<string, unknown>)['1.2'] = 'two';
    expect(problemsOf(data)).toEqual([
      ['members[0].present', 'missing-field'],
      ['products[1].sheet', 'wrong-type'],
      ['scores[3].submitedAt', 'unknown-field'],
      // one mistake, one problem: the sheet with a wrong answer is not also "unanswered"
      ['scores[4].answers["1.2"]', 'wrong-type'],
    ]);
  });

  it('a second sheet for the same member, product and pass; a pass with no pass before it', () => {
    const data = exampleJson();
    const first = data.scores.find((s) => s['productId'] === example.products[1]?.id); // coffee: scored once
    if (first === undefined) throw new Error('example changed');
    data.scores.push({ ...first }, { ...first, pass: 3 });
    expect(problemsOf(data)).toEqual([
      ['scores[24].pass', 'duplicate-score'],
      ['scores[25].pass', 'pass-gap'],
    ]);
  });

  it('a case that does not exist, a case on a criterion without cases, an option outside the chosen case', () => {
    const data = exampleJson();
    const homestay = data.scores.find(
      (s) => s['productId'] === example.products[2]?.id && s['caseChoice'] !== undefined,
    );
    if (homestay === undefined) throw new Error('example changed');
    const cases = homestay['caseChoice'] as Record<string, string>;
    const answers = homestay['answers'] as Record<string, unknown>;
    cases['9'] = 'Trường hợp 3';
    cases['1.1'] = 'Trường hợp 1';
    answers['15'] = cases['15']?.startsWith('Trường hợp 1') === true ? 3 : 1;
    const index = data.scores.indexOf(homestay);
    expect(problemsOf(data)).toEqual([
      [`scores[${index}].answers["15"]`, 'option-not-in-case'],
      [`scores[${index}].caseChoice["9"]`, 'case-unknown'],
      [`scores[${index}].caseChoice["1.1"]`, 'case-not-applicable'],
    ]);
  });

  it("closing with the spread above the limit without the chair's written reason", () => {
    const data = exampleJson();
    data.events.push({
      kind: 'close',
      productId: example.products[1]?.id,
      at: '2026-11-27T10:00:00+07:00',
      spreadAboveLimit: true,
    });
    expect(problemsOf(data)).toEqual([['events[4].reason', 'missing-field']]);
  });

  it('a council without a chair, and recusals of people or products it does not have', () => {
    const data = exampleJson();
    if (data.members[0]) data.members[0]['role'] = 'member';
    data['recusals'] = [{ memberId: 'nobody', productId: 'nothing', reason: 'x' }];
    expect(problemsOf(data)).toEqual([
      ['members', 'no-chair'],
      ['recusals[0].memberId', 'unknown-member'],
      ['recusals[0].productId', 'unknown-product'],
    ]);
  });
});
