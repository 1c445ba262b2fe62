import type { CouncilResult } from '../council/council-result';
import type { QuorumStatus } from '../council/quorum';
import type { CriteriaSheet, StarBand } from '../criteria/types';
import type {
  CouncilDecision,
  CouncilLevel,
  IsoDate,
  MemberRole,
  MemberSheet,
  PlanTargets,
  ProductKind,
  RulesProfile,
  Uuid,
} from '../model';
import type { SheetScore } from '../scoring/member-sheet';
import type { IssuingBody } from './parts';

/**
 * What the documents are made from: plain data the round workflow fills from the database
 * and the command line or bench fills from a round file. Every number printed comes from the
 * engine's results carried here (CouncilResult, QuorumStatus); the documents only format.
 */

export interface RoundInfo {
  /** The council's full name, as it heads the minutes' text and the left header. */
  readonly issuingBody: IssuingBody;
  readonly level: CouncilLevel;
  /** Province name as written in text, e.g. "Tây Ninh"; also the default place of the date line. */
  readonly province: string;
  /** Place written before the date, when it differs from the province (the decree's "địa danh"). */
  readonly place?: string;
  /** The body that recognises 3★/4★ at province level, e.g. "Ủy ban nhân dân tỉnh Tây Ninh". */
  readonly recognisingAuthority: string;
  /** The establishing decision; absent when none is recorded (the line is then left out). */
  readonly decision?: CouncilDecision;
  readonly venue: string;
  /** Meeting day(s); the first is the minutes' date unless `documentDate` says otherwise. */
  readonly meetingDates: readonly IsoDate[];
  /** "08:00"-style times, when recorded; left blank for handwriting otherwise. */
  readonly startTime?: string;
  readonly endTime?: string;
  readonly documentDate?: IsoDate;
  /** The rule-set the round is scored under, e.g. "26/2026/QĐ-TTg". */
  readonly ruleSet: string;
  readonly rules: RulesProfile;
  readonly bands: readonly StarBand[];
  /** "Nơi nhận" lines; the archive line is added. */
  readonly recipients?: readonly string[];
  readonly targets?: PlanTargets;
  /** Who signs for the chair and the secretary (a delegated chair signs as chair). */
  readonly signers: { readonly chair: string; readonly secretary: string };
}

export interface DocumentMember {
  readonly id: Uuid;
  readonly name: string;
  readonly role: MemberRole;
  /** Position and organisation, e.g. "Phó Giám đốc Sở Nông nghiệp và Môi trường". */
  readonly position?: string;
  readonly present: boolean;
  /** absent with leave ("vắng có lý do"); only when not present */
  readonly excused?: true;
  /** the secretary of a council where the secretary does not score (OCOP-RULES §4 item 8) */
  readonly nonVoting?: true;
}

export interface Producer {
  readonly name: string;
  readonly phone?: string;
  readonly address?: string;
}

export interface DocumentProduct {
  readonly id: Uuid;
  readonly name: string;
  /** "(T)-(X)-(STT)-year", e.g. "72-25459-001-2026". */
  readonly code: string;
  readonly kind: ProductKind;
  readonly producer: Producer;
  /** Running number in the round (printed in file names and the summary). */
  readonly order: number;
}

export interface Recusal {
  readonly memberId: Uuid;
  readonly reason: string;
}

/** An opinion recorded in the meeting, by a member or by the council as a whole. */
export interface RecordedOpinion {
  readonly memberId?: Uuid;
  readonly text: string;
}

export interface MinutesInput {
  readonly round: RoundInfo;
  readonly members: readonly DocumentMember[];
  /** The engine's quorum status of the meeting. */
  readonly quorum: QuorumStatus;
  readonly product: DocumentProduct;
  readonly sheet: CriteriaSheet;
  readonly recusals: readonly Recusal[];
  /**
   * The engine's result after each pass, ascending (councilResult with upToPass = 1, 2, …);
   * the last is the final result. One element when the product was not re-scored.
   */
  readonly passResults: readonly CouncilResult[];
  readonly opinions: readonly RecordedOpinion[];
  /** The chair's written reason for closing with the spread still above the limit. */
  readonly spreadOverrideReason?: string;
  /** The minutes' number, e.g. "05/BB-HĐ"; blank for the office to fill in when absent. */
  readonly documentNumber?: string;
  /** "Chủ trì" and "Thư ký/Người ghi biên bản" (Decree 30 form), as filled in before signing. */
  readonly presiding?: string;
  readonly recorder?: string;
  /** The council's conclusion and recommendation; the result's proposal when absent. */
  readonly conclusion?: string;
  /** Other opinions raised in the meeting, one per line. */
  readonly otherOpinions?: string;
}

export interface ScoringSheetInput {
  readonly round: Pick<RoundInfo, 'province' | 'place' | 'meetingDates' | 'documentDate' | 'ruleSet'>;
  readonly sheet: CriteriaSheet;
  readonly product: DocumentProduct;
  readonly member: Pick<DocumentMember, 'name'>;
  /** The member's sheet (answers, case choices, opinion) for the pass being printed. */
  readonly answers: Pick<MemberSheet, 'answers' | 'caseChoice' | 'opinion' | 'pass'>;
  /** The engine's score of that sheet: the points and totals printed. */
  readonly score: SheetScore;
  /**
   * In a re-score pass: the same member's counted sheet of the pass before (its totals printed
   * beside the heading, as the re-score dialog promises). Absent on pass 1, or when the member
   * had no sheet then.
   */
  readonly previous?: { readonly pass: number; readonly score: SheetScore };
}

/** The blank sheet of one set, for scoring with a pen when a laptop fails. */
export interface BlankSheetInput {
  readonly sheet: CriteriaSheet;
  /** e.g. "26/2026/QĐ-TTg" */
  readonly ruleSet: string;
}

export interface SummaryRow {
  readonly product: DocumentProduct;
  readonly sheetNo: number;
  readonly result: CouncilResult;
}

export interface SummaryInput {
  readonly round: RoundInfo;
  readonly name: string;
  readonly rows: readonly SummaryRow[];
  readonly documentNumber?: string;
}
