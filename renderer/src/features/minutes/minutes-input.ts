import { quorumStatus } from '../../domain/council/quorum';
import { ruleSetInfo } from '../../domain/criteria/registry';
import type {
  DocumentMember,
  DocumentProduct,
  MinutesInput,
  RoundInfo,
  SummaryInput,
} from '../../domain/documents/types';
import {
  formatMinutesNumber,
  isMeetingTime,
  attendanceOn,
  isPresentOn,
  memberScores,
  productMeetingDate,
  quorumMembers,
  type MinutesFields,
} from '../../domain/workflow';
import type { CouncilMember, RoundBundle } from '../../db';
import { docWords } from '../../documents/words';
import type { ProductResult, RoundResults } from '../../db/results';

/**
 * The documents' input made from the database: the round, its council and each product's
 * engine results (`productResults`, revealed passes only). Nothing is computed here; rows
 * are mapped to the documents' shapes. The issuing body and the recognising authority are
 * not stored with a round: they follow from its level and province, as the decree names them.
 */

/**
 * The names of authorities are Vietnamese proper names, cited as written in a document of
 * either language: they are read from the catalog's Vietnamese side.
 */
const official = docWords('vi').t;

/** "Tây Ninh" → "tỉnh Tây Ninh"; "Thành phố Huế" and "Tỉnh X" are kept as written (lower-cased). */
export function provinceName(province: string): string {
  const trimmed = province.trim();
  return /^(tỉnh|thành phố)\s/iu.test(trimmed)
    ? trimmed.replace(/^Tỉnh/u, (m) => m.toLowerCase()).replace(/^Thành phố/u, (m) => m.toLowerCase())
    : official('doc.body.province', { name: trimmed });
}

function chairName(members: readonly CouncilMember[], delegatedTo: string | undefined): string {
  const delegated = members.find((m) => m.id === delegatedTo);
  return (delegated ?? members.find((m) => m.role === 'chair'))?.person.fullName ?? '';
}

export function roundInfoOf(bundle: Pick<RoundBundle, 'round' | 'members'>): RoundInfo {
  const { round, members } = bundle;
  const info = ruleSetInfo(round.ruleSetId);
  const central = round.level === 'central';
  const province = provinceName(round.province);
  return {
    issuingBody: central
      ? { parent: official('doc.body.ministryParent'), name: official('doc.body.centralCouncil') }
      : {
          parent: official('doc.body.provinceCommittee', { province }),
          name: official('doc.body.provinceCouncil', { province }),
        },
    level: round.level,
    province: round.province.replace(/^(tỉnh|thành phố)\s+/iu, ''),
    recognisingAuthority: central
      ? official('doc.body.ministry')
      : official('doc.body.provinceCommittee', { province }),
    // No decision recorded: the minutes leave the line out (never blanks, never the meeting day).
    ...(round.decision === undefined ? {} : { decision: round.decision }),
    venue: round.venue,
    meetingDates: round.meetingDates,
    ruleSet: round.ruleSetId,
    rules: round.rules,
    bands: info?.bands ?? [],
    ...(round.planTargets === undefined
      ? {}
      : {
          targets: {
            ...(round.planTargets.shareAtLeast3Stars === undefined
              ? {}
              : { shareAtLeast3Stars: round.planTargets.shareAtLeast3Stars }),
            ...(round.planTargets.forwardedFor5Stars === undefined
              ? {}
              : { forwardedFor5Stars: round.planTargets.forwardedFor5Stars }),
          },
        }),
    signers: {
      chair: chairName(members, round.chairDelegatedTo),
      secretary: members.find((m) => m.role === 'secretary')?.person.fullName ?? '',
    },
  };
}

export function documentProductOf(result: ProductResult, order: number): DocumentProduct {
  const { product } = result;
  const address = [product.producer.address, product.producer.commune]
    .filter((s) => s.trim() !== '')
    .join(', ');
  return {
    id: product.id,
    name: product.name,
    code: product.code,
    kind: product.kind,
    producer: {
      name: product.producer.name,
      ...(product.producer.phone.trim() === '' ? {} : { phone: product.producer.phone }),
      ...(address === '' ? {} : { address }),
    },
    order,
  };
}

/** Members as present, absent or excused on the product's meeting day; a non-voting secretary marked. */
function membersOn(bundle: RoundBundle, day: string | undefined): DocumentMember[] {
  const secretaryScores = bundle.round.secretaryScores ?? true;
  return bundle.members.map((m) => ({
    id: m.id,
    name: m.person.fullName,
    role: m.role,
    ...(m.person.title.trim() === '' && m.person.organisation.trim() === ''
      ? {}
      : { position: [m.person.title, m.person.organisation].filter((s) => s.trim() !== '').join(', ') }),
    present: isPresentOn(bundle.attendance, m.id, day),
    ...(day !== undefined && attendanceOn(bundle.attendance, m.id, day) === 'excused' && { excused: true }),
    ...(!memberScores(m.role, secretaryScores) && { nonVoting: true }),
  }));
}

/** The minutes of one product, or null when its result is not known yet (sealed, never unsealed). */
/**
 * The fields the secretary filled in, laid over the round's defaults: what is printed is what
 * was saved (blank stays blank in a preview; signing is refused until it is filled).
 */
export function withFields(input: MinutesInput, fields: MinutesFields | undefined): MinutesInput {
  if (fields === undefined) return input;
  const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
  const venue = text(fields.venue);
  const presiding = text(fields.presiding);
  const recorder = text(fields.recorder);
  const conclusion = text(fields.conclusion);
  const otherOpinions = text(fields.otherOpinions);
  const { startTime: _s, endTime: _e, recipients: _r, ...round } = input.round;
  return {
    ...input,
    round: {
      ...round,
      ...(venue === undefined ? {} : { venue }),
      ...(isMeetingTime(fields.startTime) ? { startTime: fields.startTime } : {}),
      ...(isMeetingTime(fields.endTime) ? { endTime: fields.endTime } : {}),
      recipients: fields.recipients,
      signers: {
        chair: presiding ?? input.round.signers.chair,
        secretary: recorder ?? input.round.signers.secretary,
      },
    },
    ...(fields.number === null || fields.symbol.trim() === ''
      ? {}
      : { documentNumber: formatMinutesNumber(fields.number, fields.symbol.trim()) }),
    ...(presiding === undefined ? {} : { presiding }),
    ...(recorder === undefined ? {} : { recorder }),
    ...(conclusion === undefined ? {} : { conclusion }),
    ...(otherOpinions === undefined ? {} : { otherOpinions }),
  };
}

export function minutesInputOf(
  bundle: RoundBundle,
  results: RoundResults,
  productId: string,
  loadedSheet: MinutesInput['sheet'],
  fields?: MinutesFields,
): MinutesInput | null {
  const index = results.products.findIndex((p) => p.product.id === productId);
  const result = results.products[index];
  // Sealed scores are nobody's to print: no minutes until the result is revealed.
  if (result === undefined || (result.current === null && result.state.closed === null)) return null;
  const day = productMeetingDate(result.product, bundle.round.meetingDates);
  return withFields(baseMinutesInput(bundle, result, index, loadedSheet, day), fields);
}

function baseMinutesInput(
  bundle: RoundBundle,
  result: ProductResult,
  index: number,
  loadedSheet: MinutesInput['sheet'],
  day: string | undefined,
): MinutesInput {
  const productId = result.product.id;
  const members = membersOn(bundle, day);
  const closed = result.state.closed;
  return {
    round: roundInfoOf(bundle),
    members,
    // The quorum of SCORING members (a non-voting secretary is listed but not counted: §4 item 8).
    quorum: quorumStatus(
      quorumMembers(bundle.members, bundle.attendance, day, bundle.round.secretaryScores ?? true),
      bundle.round.rules,
      bundle.round.chairDelegatedTo,
    ),
    product: documentProductOf(result, index + 1),
    sheet: loadedSheet,
    recusals: bundle.recusals
      .filter((r) => r.productId === productId)
      .map((r) => ({ memberId: r.memberId, reason: r.reason })),
    passResults: result.passResults,
    opinions: [],
    ...(closed?.spreadOverrideReason === undefined
      ? {}
      : { spreadOverrideReason: closed.spreadOverrideReason }),
  };
}

export function summaryInputOf(bundle: RoundBundle, results: RoundResults): SummaryInput {
  return {
    round: roundInfoOf(bundle),
    name: bundle.round.name,
    rows: results.products.map((r, i) => ({
      product: documentProductOf(r, i + 1),
      sheetNo: r.product.sheetNo,
      result: r.result,
    })),
  };
}
