import { quorumStatus } from '../council/quorum';
import { memberPresentOn, productDay, votingMembersOn } from '../round-file/presence';
import { memberScores } from '../workflow/presence';
import type { SheetCatalog } from '../criteria/registry';
import type { RoundFile, RoundMember, RoundProduct } from '../round-file/types';
import type { IsoDate } from '../model';
import { scoreSheet } from '../scoring/member-sheet';
import type { IssuingBody } from './parts';
import { finalResult, passResultsOf } from './pass-results';
import type {
  DocumentMember,
  DocumentProduct,
  MinutesInput,
  RoundInfo,
  ScoringSheetInput,
  SummaryInput,
} from './types';

/**
 * The documents' inputs from a round file (the command line, the bench, an auditor's
 * re-print). The round file holds the scoring; what only the paper needs — who issues it,
 * who recognises, times, numbers — comes as `PaperworkSettings`. All results are the
 * engine's (councilResult per pass, quorumStatus, scoreSheet).
 */
export interface PaperworkSettings {
  readonly issuingBody: IssuingBody;
  readonly recognisingAuthority: string;
  readonly place?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly documentDate?: string;
  readonly recipients?: readonly string[];
  /** Defaults: the chair (or the delegated chair) and the secretary of the round's members. */
  readonly signers?: { readonly chair: string; readonly secretary: string };
  /** Minutes number per product id, e.g. "05/BB-HĐ". */
  readonly minutesNumbers?: Readonly<Record<string, string>>;
}

export class RoundFileNotDocumentableError extends Error {
  override readonly name = 'RoundFileNotDocumentableError';
}

export interface RoundDocumentsInput {
  readonly minutes: MinutesInput[];
  readonly sheets: ScoringSheetInput[];
  readonly summary: SummaryInput;
}

/** A member as the minutes of a product evaluated on `day` list them (present on that day). */
function documentMember(m: RoundMember, secretaryScores: boolean, day: IsoDate | undefined): DocumentMember {
  const position = [m.title, m.organisation].filter((p) => p !== undefined && p.trim() !== '').join(', ');
  const present = memberPresentOn(m, day);
  // Excused when the day's absence (or, with no day known, every day missed) was "vắng có lý do".
  const mark = day === undefined ? undefined : m.attendance?.find((d) => d.date === day);
  const missed = mark === undefined ? (m.attendance ?? []).filter((d) => !d.present) : [mark];
  const excused = !present && missed.length > 0 && missed.every((d) => !d.present && d.excused === true);
  return {
    id: m.id,
    name: m.name,
    role: m.role,
    present,
    ...(position !== '' && { position }),
    ...(excused && { excused: true }),
    ...(!memberScores(m.role, secretaryScores) && { nonVoting: true }),
  };
}

function documentProduct(p: RoundProduct, index: number): DocumentProduct {
  return {
    id: p.id,
    name: p.name,
    code: p.code,
    kind: p.kind ?? 'first',
    producer: p.producer ?? { name: '' },
    order: index + 1,
  };
}

function roundInfo(file: RoundFile, catalog: SheetCatalog, paperwork: PaperworkSettings): RoundInfo {
  const { round } = file;
  const ruleSet = catalog.ruleSet(round.ruleSet);
  if (ruleSet === undefined)
    throw new RoundFileNotDocumentableError(`rule-set ${round.ruleSet} not in the catalog`);
  const chair =
    file.members.find((m) => m.id === round.chairDelegatedTo) ?? file.members.find((m) => m.role === 'chair');
  const secretary = file.members.find((m) => m.role === 'secretary');
  const targets = round.planTargets;
  return {
    issuingBody: paperwork.issuingBody,
    level: round.level,
    // The place written before the date is the province's name, without "Tỉnh"/"Thành phố".
    province: (round.province ?? '').replace(/^(tỉnh|thành phố)\s+/iu, '').trim(),
    ...(paperwork.place !== undefined && { place: paperwork.place }),
    recognisingAuthority: paperwork.recognisingAuthority,
    // Without a recorded decision the line is left out of the documents, never printed blank.
    ...(round.decision?.number !== undefined &&
      round.decision.date !== undefined && {
        decision: {
          number: round.decision.number,
          date: round.decision.date,
          signer: round.decision.signer ?? '',
        },
      }),
    venue: round.venue ?? '',
    meetingDates: round.meetingDates ?? [],
    ...(paperwork.startTime !== undefined && { startTime: paperwork.startTime }),
    ...(paperwork.endTime !== undefined && { endTime: paperwork.endTime }),
    ...(paperwork.documentDate !== undefined && { documentDate: paperwork.documentDate }),
    ruleSet: round.ruleSet,
    rules: round.rules,
    bands: ruleSet.bands,
    ...(paperwork.recipients !== undefined && { recipients: paperwork.recipients }),
    ...(targets !== undefined && {
      targets: {
        ...(targets.shareAtLeast3Stars !== undefined && { shareAtLeast3Stars: targets.shareAtLeast3Stars }),
        ...(targets.forwardedFor5Stars !== undefined && { forwardedFor5Stars: targets.forwardedFor5Stars }),
      },
    }),
    signers: paperwork.signers ?? { chair: chair?.name ?? '', secretary: secretary?.name ?? '' },
  };
}

/** The file must have been read with `parseRoundFile` against the same catalog. */
export function documentsFromRoundFile(
  file: RoundFile,
  catalog: SheetCatalog,
  paperwork: PaperworkSettings,
): RoundDocumentsInput {
  const round = roundInfo(file, catalog, paperwork);
  const secretaryScores = file.round.secretaryScores ?? true;
  // The quorum and the scorers of the scoring members only, present on the product's meeting
  // day, as the app and `ocop tally` count them.
  const minutes: MinutesInput[] = [];
  const sheets: ScoringSheetInput[] = [];
  file.products.forEach((p, index) => {
    const sheet = catalog.sheet(file.round.ruleSet, p.sheet);
    if (sheet === undefined) throw new RoundFileNotDocumentableError(`sheet ${p.sheet} not in the catalog`);
    const product = documentProduct(p, index);
    const recusals = file.recusals
      .filter((r) => r.productId === p.id)
      .map((r) => ({ memberId: r.memberId, reason: r.reason }));
    const day = productDay(file, p);
    const members = file.members.map((m) => documentMember(m, secretaryScores, day));
    const voting = votingMembersOn(file, day);
    const quorum = quorumStatus(voting, file.round.rules, file.round.chairDelegatedTo);
    const scorers = voting
      .filter((m) => m.present && !recusals.some((r) => r.memberId === m.id))
      .map((m) => m.id);
    const scores = file.scores.filter((s) => s.productId === p.id);
    const councilInput = {
      productId: p.id,
      sheet,
      bands: round.bands,
      rules: round.rules,
      level: round.level,
      disqualified: p.disqualified,
      sheets: scores,
      scorers,
    };
    const passResults = passResultsOf(councilInput);
    const closing = (file.events ?? []).filter((e) => e.kind === 'close' && e.productId === p.id).at(-1);
    const overrideReason =
      closing?.kind === 'close' && closing.spreadAboveLimit === true ? closing.reason : undefined;
    const number = paperwork.minutesNumbers?.[p.id];
    minutes.push({
      round,
      members,
      quorum,
      product,
      sheet,
      recusals,
      passResults,
      opinions: [],
      ...(overrideReason !== undefined && { spreadOverrideReason: overrideReason }),
      ...(number !== undefined && { documentNumber: number }),
    });
    for (const s of scores) {
      const member = file.members.find((m) => m.id === s.memberId);
      if (member === undefined) continue;
      const answers = {
        answers: s.answers,
        pass: s.pass,
        ...(s.caseChoice !== undefined && { caseChoice: s.caseChoice }),
        ...(s.opinion !== undefined && { opinion: s.opinion }),
      };
      sheets.push({
        round,
        sheet,
        product,
        member: { name: member.name },
        answers,
        score: scoreSheet(sheet, round.bands, s),
      });
    }
  });
  const summary: SummaryInput = {
    round,
    name: file.round.name,
    rows: minutes.map((m) => ({ product: m.product, sheetNo: m.sheet.sheetNo, result: finalResult(m) })),
  };
  return { minutes, sheets, summary };
}
