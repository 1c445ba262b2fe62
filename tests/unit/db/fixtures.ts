import 'fake-indexeddb/auto';
import type { Answer, MemberSheet, RulesProfile } from '../../../renderer/src/domain/model';
import type { MinutesFields } from '../../../renderer/src/domain/workflow';
import {
  CouncilDb,
  addMember,
  createPerson,
  createProduct,
  createRound,
  saveAnswer,
  saveMinutesFields,
  setAttendance,
  startScoring,
  submitSheet,
  type EnginePort,
  type ProductRow,
  type RoundMemberRow,
  type RoundRow,
} from '../../../renderer/src/db';

/**
 * A tiny stand-in for the scoring engine: every sheet has criteria 1.1, 1.2, 1.3; an
 * answer's points are its option index ("none" = 0); the spread is max − min of totals.
 * Enough to drive the workflow without depending on the real sheets.
 */
export const FAKE_CRITERIA = ['1.1', '1.2', '1.3'] as const;

const points = (a: Answer | undefined): number => (typeof a === 'number' ? a : 0);
const total = (s: MemberSheet): number => FAKE_CRITERIA.reduce((n, c) => n + points(s.answers[c]), 0);

export const fakeEngine: EnginePort = {
  defaultRulesProfile: (): RulesProfile => ({
    spreadLimit: 10,
    minimumPolicy: 'majority',
    quorum: 0.75,
    chairRequired: true,
    displayDecimals: 2,
  }),
  rulesProfileProblems: (p) => Promise.resolve(p.quorum > 0 && p.quorum <= 1 ? [] : ['quorum']),
  hasRuleSet: (ruleSetId) => ruleSetId === '26/2026/QĐ-TTg',
  hasSheet: (ruleSetId, sheetNo) =>
    ruleSetId === '26/2026/QĐ-TTg' && Number.isInteger(sheetNo) && sheetNo >= 1 && sheetNo <= 26,
  answerProblem: (_r, _s, code, answer) =>
    !(FAKE_CRITERIA as readonly string[]).includes(code)
      ? `unknown criterion ${code}`
      : answer === 'none' || (answer >= 0 && answer <= 20)
        ? null
        : `option ${answer}`,
  unansweredCriteria: (_r, _s, sheet) => FAKE_CRITERIA.filter((c) => sheet.answers[c] === undefined),
  productSpread: ({ rules, sheets }) => {
    const totals = sheets.map(total);
    const spread = totals.length === 0 ? 0 : Math.max(...totals) - Math.min(...totals);
    return { spread, spreadExceeded: spread > rules.spreadLimit };
  },
  parseRoundFile: () => {
    throw new Error('the fake engine reads no round files: use openCouncilDb() for round-file tests');
  },
  quorum: ({ rules, members, delegatedChairId }) => {
    const present = members.filter((m) => m.present).length;
    const chairOk =
      !rules.chairRequired ||
      members.some((m) => (m.role === 'chair' || m.id === delegatedChairId) && m.present);
    return { met: present >= rules.quorum * members.length && chairOk, present, total: members.length };
  },
};

let counter = 0;

/** A fresh database (unique name) with deterministic ids and a clock that ticks 1 s per call. */
export function freshDb(engine: EnginePort = fakeEngine): CouncilDb {
  counter += 1;
  let id = 0;
  let t = Date.parse('2026-11-28T08:00:00Z');
  return new CouncilDb(`test-${counter}-${Math.random().toString(36).slice(2)}`, {
    engine,
    newId: () => `00000000-0000-4000-8000-${(++id).toString().padStart(12, '0')}`,
    now: () => new Date((t += 1000)).toISOString(),
  });
}

export interface Seeded {
  readonly db: CouncilDb;
  readonly round: RoundRow;
  /** chair first, then members */
  readonly members: readonly RoundMemberRow[];
  readonly products: readonly ProductRow[];
}

/** A round with `memberCount` members (the first is chair) and `productCount` products, optionally scoring. */
export async function seedRound(
  options: {
    members?: number;
    products?: number;
    scoring?: boolean;
    attendance?: boolean;
    db?: CouncilDb;
  } = {},
): Promise<Seeded> {
  const db = options.db ?? freshDb();
  const round = await createRound(
    db,
    { name: 'Vòng 1 — 2026', level: 'province', province: 'Tây Ninh', meetingDates: ['2026-12-01'] },
    'secretary',
  );
  const members: RoundMemberRow[] = [];
  for (let i = 0; i < (options.members ?? 4); i += 1) {
    const person = await createPerson(db, { fullName: `Thành viên ${i + 1}` }, 'secretary');
    members.push(await addMember(db, round.id, person.id, i === 0 ? 'chair' : 'member', 'secretary'));
  }
  const products: ProductRow[] = [];
  for (let i = 0; i < (options.products ?? 2); i += 1) {
    products.push(
      await createProduct(
        db,
        round.id,
        {
          name: `Sản phẩm ${i + 1}`,
          code: `79-26734-${String(i + 1).padStart(3, '0')}-2026`,
          sheetNo: i + 1,
          producer: { name: 'HTX A', address: 'Ấp 1', phone: '0900000000', commune: 'Xã B' },
          kind: 'first',
        },
        'secretary',
      ),
    );
  }
  // Attendance is confirmed, not assumed (OCOP-RULES §4 item 7): everyone is marked present on the day.
  if (options.attendance !== false) {
    for (const m of members) await setAttendance(db, round.id, m.id, '2026-12-01', 'present', 'secretary');
  }
  const current = options.scoring === false ? round : await startScoring(db, round.id, 'secretary');
  return { db, round: current, members, products };
}

/** Answers all fake criteria with `option` and submits. */
export async function scoreAndSubmit(
  s: Seeded,
  productId: string,
  memberId: string,
  option: number,
): Promise<void> {
  for (const criterionCode of FAKE_CRITERIA) {
    await saveAnswer(
      s.db,
      { roundId: s.round.id, productId, memberId, criterionCode, answer: option },
      'secretary',
    );
  }
  await submitSheet(s.db, { roundId: s.round.id, productId, memberId }, 'secretary');
}

/** Every required field of a product's minutes (issue 11), as the secretary fills them in. */
export function completeMinutesFields(number: number): MinutesFields {
  return {
    number,
    symbol: 'BB-HĐOCOP',
    startTime: '08:00',
    endTime: '11:30',
    venue: 'Hội trường Sở Nông nghiệp và Môi trường',
    presiding: 'Nguyễn Văn Thắng',
    recorder: 'Lê Hoàng Phúc',
    conclusion: 'Đề nghị công nhận sản phẩm.',
    otherOpinions: '',
    recipients: ['Ủy ban nhân dân tỉnh Tây Ninh', 'Chủ thể sản xuất'],
  };
}

/** Fills in a product's minutes so they may be signed. */
export async function fillMinutes(db: CouncilDb, productId: string, number: number): Promise<void> {
  await saveMinutesFields(db, productId, completeMinutesFields(number), 'secretary');
}

/**
 * Marks every member of the round not marked yet present on every meeting day: attendance is
 * confirmed, not assumed (OCOP-RULES §4 item 7), and scoring of a day stays closed until
 * everyone is marked. Marks already given (an absence) stay.
 */
export async function markAllPresent(db: CouncilDb, roundId: string): Promise<void> {
  const round = await db.rounds.get(roundId);
  const members = await db.roundMembers.where('roundId').equals(roundId).toArray();
  const marks = await db.attendance.where('roundId').equals(roundId).toArray();
  for (const day of round?.meetingDates ?? []) {
    for (const m of members) {
      if (marks.some((a) => a.memberId === m.id && a.meetingDate === day)) continue;
      await setAttendance(db, roundId, m.id, day, 'present', 'secretary');
    }
  }
}
