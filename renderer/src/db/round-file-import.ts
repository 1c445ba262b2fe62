import { problem, type Problem } from '../domain/problems';
import type { RoundFile } from '../domain/round-file/types';
import { parseJsonText } from '../domain/validate/json-text';
import type { CouncilDb } from './council-db';
import { RoundExistsError, RoundFileError } from './errors';
import type {
  Actor,
  AttendanceRow,
  PersonRow,
  ProductRow,
  ProductStateRow,
  RecusalRow,
  RoundMemberRow,
  RoundRow,
  SheetRow,
} from './rows';
import { withSheetsLoaded, writeTx, type Tx } from './tx';

export interface ImportOptions {
  /** import under fresh ids for the round, its members and products (people are kept) */
  readonly asCopy: boolean;
}

export interface ImportResult {
  readonly roundId: string;
  /** file id → stored id, for the round, members and products (identity unless asCopy) */
  readonly idMap: ReadonlyMap<string, string>;
}

/**
 * Round file v1 → DB, in ONE transaction (issue 4 item 11, issue 6 item 6).
 * - Validated first by the engine's reader; on any problem `RoundFileError` and nothing written.
 * - A round whose id exists is never overwritten: `RoundExistsError` unless `asCopy`, which
 *   gives the round, its members and products fresh UUIDs, mapped consistently everywhere.
 * - Without `asCopy`, a member or product id already used by ANOTHER round is refused (ids
 *   are global: overwriting it would move another round's data).
 * - People: a member's `personId` that exists here is reused (people are kept across rounds and
 *   laptops share ids); otherwise a person is created from the member's name and details.
 * - Attendance: the per-day marks if given; otherwise an absent member is marked absent on
 *   every meeting day (or, when the file has no meeting days, with meetingDate "" = the round).
 * - Product states are rebuilt from the file's scores (current pass = latest) and events
 *   (unseal per pass, close); a round's status comes from the file (default: scoring when
 *   there are scores, else preparing).
 * Audit: one "round.import" event starting the round's chain, and one "person.import" in the
 * global chain when people were created.
 */
/** Refused before parsing (issue 6): the host's data-file limit; a year's round with its audit trail is far below. */
export const MAX_ROUND_FILE_CHARS = 200 * 1024 * 1024;

export async function importRoundFile(
  db: CouncilDb,
  data: unknown,
  options: ImportOptions,
  actor: Actor,
): Promise<ImportResult> {
  if (typeof data === 'string' && data.length > MAX_ROUND_FILE_CHARS) {
    throw new RoundFileError([
      problem('', 'file-too-large', {
        size: Math.ceil(data.length / 1048576),
        max: MAX_ROUND_FILE_CHARS / 1048576,
      }),
    ]);
  }
  const value: unknown = typeof data === 'string' ? parseJson(data) : data;
  const parsed = await withSheetsLoaded(async () => db.engine.parseRoundFile(value));
  if (!parsed.ok) throw new RoundFileError(parsed.problems);
  const file = parsed.value;
  return writeTx(db, async (t, audit) => {
    if (!options.asCopy && (await t.rounds.get(file.round.id)) !== undefined)
      throw new RoundExistsError(file.round.id);
    const idMap = new Map<string, string>();
    const mapId = (id: string): string => {
      const known = idMap.get(id);
      if (known !== undefined) return known;
      const fresh = options.asCopy ? db.newId() : id;
      idMap.set(id, fresh);
      return fresh;
    };
    if (!options.asCopy) await refuseCollisions(t, file);
    const rows = buildRows(db, file, mapId);
    const createdPeople: PersonRow[] = [];
    const memberRows: RoundMemberRow[] = [];
    for (const [i, m] of file.members.entries()) {
      const existing = m.personId === undefined ? undefined : await t.people.get(m.personId);
      let personId = existing?.id;
      if (personId === undefined) {
        const at = db.now();
        const person: PersonRow = {
          id: m.personId ?? db.newId(),
          fullName: m.name,
          title: m.title ?? '',
          organisation: m.organisation ?? '',
          phone: m.phone ?? '',
          createdAt: at,
          updatedAt: at,
        };
        createdPeople.push(person);
        personId = person.id;
      }
      memberRows.push({ id: mapId(m.id), roundId: rows.round.id, personId, role: m.role, position: i });
    }
    await t.people.bulkAdd(createdPeople);
    await t.rounds.add(rows.round);
    await t.roundMembers.bulkAdd(memberRows);
    await t.attendance.bulkAdd(rows.attendance);
    await t.products.bulkAdd(rows.products);
    await t.productStates.bulkAdd(rows.states);
    await t.recusals.bulkAdd(rows.recusals);
    await t.sheets.bulkAdd(rows.sheets);
    const summary = {
      sourceRoundId: file.round.id,
      asCopy: options.asCopy,
      members: memberRows.length,
      products: rows.products.length,
      recusals: rows.recusals.length,
      scores: rows.sheets.length,
    };
    await audit({
      actor,
      action: 'round.import',
      entity: 'rounds',
      entityId: rows.round.id,
      roundId: rows.round.id,
      before: null,
      after: { round: rows.round, summary },
    });
    if (createdPeople.length > 0) {
      await audit({
        actor,
        action: 'person.import',
        entity: 'people',
        entityId: rows.round.id,
        roundId: null,
        before: null,
        after: createdPeople,
      });
    }
    return { roundId: rows.round.id, idMap };
  });
}

function parseJson(text: string): unknown {
  const json = parseJsonText(text);
  if (!json.ok) throw new RoundFileError(json.problems);
  return json.value;
}

async function refuseCollisions(t: Tx, file: RoundFile): Promise<void> {
  const problems: Problem[] = [];
  const members = await t.roundMembers.bulkGet(file.members.map((m) => m.id));
  members.forEach((m, i) => {
    if (m !== undefined) problems.push(problem(`members[${i}].id`, 'duplicate-id', { id: m.id }));
  });
  const products = await t.products.bulkGet(file.products.map((p) => p.id));
  products.forEach((p, i) => {
    if (p !== undefined) problems.push(problem(`products[${i}].id`, 'duplicate-id', { id: p.id }));
  });
  if (problems.length > 0) throw new RoundFileError(problems);
}

interface BuiltRows {
  readonly round: RoundRow;
  readonly attendance: AttendanceRow[];
  readonly products: ProductRow[];
  readonly states: ProductStateRow[];
  readonly recusals: RecusalRow[];
  readonly sheets: SheetRow[];
}

function buildRows(db: CouncilDb, file: RoundFile, mapId: (id: string) => string): BuiltRows {
  const at = db.now();
  const f = file.round;
  const roundId = mapId(f.id);
  const meetingDates = [...new Set(f.meetingDates ?? [])].sort();
  const plan = f.planTargets;
  const round: RoundRow = {
    id: roundId,
    name: f.name,
    level: f.level,
    province: f.province ?? '',
    ...(f.decision === undefined
      ? {}
      : { decision: { number: f.decision.number, date: f.decision.date, signer: f.decision.signer ?? '' } }),
    venue: f.venue ?? '',
    meetingDates,
    ruleSetId: f.ruleSet,
    rules: f.rules,
    ...(plan === undefined
      ? {}
      : {
          planTargets: {
            ...(plan.products === undefined ? {} : { productsPlanned: plan.products }),
            ...(plan.shareAtLeast3Stars === undefined ? {} : { shareAtLeast3Stars: plan.shareAtLeast3Stars }),
            ...(plan.forwardedFor5Stars === undefined ? {} : { forwardedFor5Stars: plan.forwardedFor5Stars }),
          },
        }),
    ...(f.chairDelegatedTo === undefined ? {} : { chairDelegatedTo: mapId(f.chairDelegatedTo) }),
    ...(f.secretaryScores === false ? { secretaryScores: false } : {}),
    status: f.status ?? (file.scores.length > 0 ? 'scoring' : 'preparing'),
    archived: 0,
    createdAt: at,
    updatedAt: at,
  };
  const attendance: AttendanceRow[] = file.members.flatMap((m) => {
    // Attendance is confirmed, not assumed (OCOP-RULES §4 item 7): a file without per-day marks
    // gets one mark per meeting day from the member's `present` — except an absence in a round
    // still being prepared, which is what an unmarked member is (nothing was confirmed yet), so
    // the same file exported again is the same file.
    const unconfirmed = !m.present && round.status === 'preparing';
    const days: readonly { readonly date: string; readonly present: boolean; readonly excused?: true }[] =
      m.attendance ??
      (unconfirmed
        ? []
        : (meetingDates.length === 0 ? [''] : meetingDates).map((date) => ({ date, present: m.present })));
    return days.map((d) => ({
      id: db.newId(),
      roundId,
      memberId: mapId(m.id),
      meetingDate: d.date,
      present: d.present,
      ...(d.excused === true && !d.present ? { excused: true as const } : {}),
    }));
  });
  const events = file.events ?? [];
  const products: ProductRow[] = file.products.map((p, i) => ({
    id: mapId(p.id),
    roundId,
    name: p.name,
    code: p.code,
    sheetNo: p.sheet,
    producer: {
      name: p.producer?.name ?? '',
      address: p.producer?.address ?? '',
      phone: p.producer?.phone ?? '',
      commune: p.producer?.commune ?? '',
    },
    kind: p.kind ?? 'first',
    ...(p.selfAssessment === undefined ? {} : { selfAssessment: p.selfAssessment }),
    disqualification: p.disqualified,
    ...(p.meetingDate === undefined ? {} : { meetingDate: p.meetingDate }),
    position: i,
    createdAt: at,
    updatedAt: at,
  }));
  const states: ProductStateRow[] = file.products.map((p) => {
    const passes = file.scores.filter((s) => s.productId === p.id).map((s) => s.pass);
    const rescores = events
      .flatMap((e) => (e.kind === 'rescore' && e.productId === p.id ? [e] : []))
      .sort((a, b) => a.pass - b.pass);
    const currentPass = Math.max(1, ...passes, ...rescores.map((e) => e.pass));
    const unsealedAt = events
      .flatMap((e) => (e.kind === 'unseal' && e.productId === p.id ? [e] : []))
      .sort((a, b) => a.pass - b.pass)
      .map((e) => e.at);
    const close = events.find((e) => e.kind === 'close' && e.productId === p.id);
    const closed =
      close?.kind !== 'close'
        ? null
        : {
            at: close.at,
            ...(close.reason === undefined || close.spreadAboveLimit !== true
              ? {}
              : { spreadOverrideReason: close.reason }),
          };
    return {
      productId: mapId(p.id),
      roundId,
      currentPass,
      sealed: unsealedAt.length < currentPass,
      unsealedAt,
      rescoredAt: rescores.map((e) => e.at),
      closed,
    };
  });
  const recusals: RecusalRow[] = file.recusals.map((r) => ({
    id: db.newId(),
    roundId,
    productId: mapId(r.productId),
    memberId: mapId(r.memberId),
    reason: r.reason,
  }));
  const sheets: SheetRow[] = file.scores.map((s) => ({
    id: db.newId(),
    roundId,
    productId: mapId(s.productId),
    memberId: mapId(s.memberId),
    pass: s.pass,
    answers: s.answers,
    caseChoice: s.caseChoice ?? {},
    opinion: s.opinion ?? '',
    status: 'submitted',
    updatedAt: s.submittedAt,
    submittedAt: s.submittedAt,
  }));
  return { round, attendance, products, states, recusals, sheets };
}
