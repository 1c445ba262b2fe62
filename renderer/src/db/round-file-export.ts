import { serializeRoundFile, roundFileFromParts } from '../domain/round-file/serialize';
import type {
  RoundEvent,
  RoundFile,
  RoundMember,
  RoundProduct,
  ScoreRecord,
} from '../domain/round-file/types';
import { isPresentOn } from '../domain/workflow';
import type { CouncilDb } from './council-db';
import { NotFoundError } from './errors';
import { readTx } from './tx';

/**
 * DB → round file v1 (issue 4 item 11), through the engine's serializer. What goes in:
 * - members: `present` = present on at least one meeting day (a member nobody marked absent
 *   is present); the per-day marks go in `attendance`;
 * - scores: SUBMITTED sheets of every pass (drafts are work in progress, not scores);
 * - events: unseal and re-scoring per pass, and close, from the product states.
 * - audit: the round's hash-chained audit trail (optional field of v1, issue 6), so that an
 *   auditor can verify it with `ocop verify <round-file>`.
 */
export async function exportRoundFile(db: CouncilDb, roundId: string): Promise<RoundFile> {
  return readTx(db, async (t) => {
    const round = await t.rounds.get(roundId);
    if (round === undefined) throw new NotFoundError('round', roundId);
    const seats = await t.roundMembers.where('roundId').equals(roundId).sortBy('position');
    const people = await t.people.bulkGet(seats.map((s) => s.personId));
    const marks = await t.attendance.where('roundId').equals(roundId).toArray();
    const products = await t.products.where('roundId').equals(roundId).sortBy('position');
    const states = new Map(
      (await t.productStates.where('roundId').equals(roundId).toArray()).map((s) => [s.productId, s]),
    );
    const recusals = await t.recusals.where('roundId').equals(roundId).toArray();
    const productOrder = new Map(products.map((p, i) => [p.id, i]));
    const seatOrder = new Map(seats.map((m, i) => [m.id, i]));
    const sheets = await t.sheets.where('roundId').equals(roundId).toArray();
    const audit = await t.audit.where('[chain+seq]').between([roundId, 0], [roundId, Infinity]).toArray();

    const members: RoundMember[] = seats.map((seat, i) => {
      const person = people[i];
      const own = marks.filter((m) => m.memberId === seat.id && m.meetingDate !== '');
      const present =
        round.meetingDates.length === 0
          ? isPresentOn(marks, seat.id, undefined)
          : round.meetingDates.some((d) => isPresentOn(marks, seat.id, d));
      return {
        id: seat.id,
        name: person?.fullName ?? '',
        role: seat.role,
        present,
        personId: seat.personId,
        ...(person === undefined || person.title === '' ? {} : { title: person.title }),
        ...(person === undefined || person.organisation === '' ? {} : { organisation: person.organisation }),
        ...(person === undefined || person.phone === '' ? {} : { phone: person.phone }),
        ...(own.length === 0
          ? {}
          : {
              attendance: own
                .sort((a, b) => (a.meetingDate < b.meetingDate ? -1 : 1))
                .map((m) => ({
                  date: m.meetingDate,
                  present: m.present,
                  ...(m.excused === true && !m.present ? { excused: true as const } : {}),
                })),
            }),
      };
    });
    const fileProducts: RoundProduct[] = products.map((p) => ({
      id: p.id,
      name: p.name,
      code: p.code,
      sheet: p.sheetNo,
      disqualified: p.disqualification,
      // The reader refuses empty texts: empty producer details are left out, not written as ''.
      ...(p.producer.name === ''
        ? {}
        : {
            producer: {
              name: p.producer.name,
              ...(p.producer.address === '' ? {} : { address: p.producer.address }),
              ...(p.producer.phone === '' ? {} : { phone: p.producer.phone }),
              ...(p.producer.commune === '' ? {} : { commune: p.producer.commune }),
            },
          }),
      kind: p.kind,
      ...(p.meetingDate === undefined ? {} : { meetingDate: p.meetingDate }),
      ...(p.selfAssessment === undefined ? {} : { selfAssessment: p.selfAssessment }),
    }));
    const scores: ScoreRecord[] = sheets
      .filter((s) => s.status === 'submitted' && s.submittedAt !== undefined)
      .sort(
        (a, b) =>
          a.productId.localeCompare(b.productId) || a.pass - b.pass || a.memberId.localeCompare(b.memberId),
      )
      .map((s) => ({
        memberId: s.memberId,
        productId: s.productId,
        pass: s.pass,
        answers: s.answers,
        ...(Object.keys(s.caseChoice).length === 0 ? {} : { caseChoice: s.caseChoice }),
        ...(s.opinion === '' ? {} : { opinion: s.opinion }),
        submittedAt: s.submittedAt ?? s.updatedAt,
      }));
    const events: RoundEvent[] = [];
    for (const p of products) {
      const state = states.get(p.id);
      if (state === undefined) continue;
      state.unsealedAt.forEach((at, i) => events.push({ kind: 'unseal', productId: p.id, pass: i + 1, at }));
      state.rescoredAt.forEach((at, i) => events.push({ kind: 'rescore', productId: p.id, pass: i + 2, at }));
      const closed = state.closed;
      if (closed !== null) {
        const reason = closed.spreadOverrideReason;
        events.push({
          kind: 'close',
          productId: p.id,
          at: closed.at,
          ...(reason === undefined ? {} : { spreadAboveLimit: true, reason }),
        });
      }
    }
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const plan = round.planTargets;
    return roundFileFromParts({
      round: {
        id: round.id,
        name: round.name,
        level: round.level,
        ruleSet: round.ruleSetId,
        rules: round.rules,
        ...(round.province === '' ? {} : { province: round.province }),
        ...(round.decision === undefined ? {} : { decision: round.decision }),
        ...(round.venue === '' ? {} : { venue: round.venue }),
        ...(round.meetingDates.length === 0 ? {} : { meetingDates: round.meetingDates }),
        ...(plan === undefined
          ? {}
          : {
              planTargets: {
                ...(plan.productsPlanned === undefined ? {} : { products: plan.productsPlanned }),
                ...(plan.shareAtLeast3Stars === undefined
                  ? {}
                  : { shareAtLeast3Stars: plan.shareAtLeast3Stars }),
                ...(plan.forwardedFor5Stars === undefined
                  ? {}
                  : { forwardedFor5Stars: plan.forwardedFor5Stars }),
              },
            }),
        status: round.status,
        ...(round.chairDelegatedTo === undefined ? {} : { chairDelegatedTo: round.chairDelegatedTo }),
        // written only when the secretary does not score: absent = scores (every older file)
        ...(round.secretaryScores === false ? { secretaryScores: false } : {}),
      },
      members,
      products: fileProducts,
      // In the order of the products and seats, not of the rows' random ids: an exported file
      // must not change when the same round is exported again after an import.
      recusals: [...recusals]
        .sort(
          (a, b) =>
            (productOrder.get(a.productId) ?? 0) - (productOrder.get(b.productId) ?? 0) ||
            (seatOrder.get(a.memberId) ?? 0) - (seatOrder.get(b.memberId) ?? 0),
        )
        .map((r) => ({ memberId: r.memberId, productId: r.productId, reason: r.reason })),
      scores,
      ...(events.length === 0 ? {} : { events }),
      ...(audit.length === 0 ? {} : { audit }),
    });
  });
}

/** The round file as text, ready to save (stable key order, so two exports diff cleanly). */
export async function exportRoundFileText(db: CouncilDb, roundId: string): Promise<string> {
  return serializeRoundFile(await exportRoundFile(db, roundId));
}
