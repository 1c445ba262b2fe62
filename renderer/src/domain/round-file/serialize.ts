import { ROUND_FILE_FORMAT, ROUND_FILE_VERSION, type RoundFile } from './types';

/**
 * Writing a round file: the app assembles the parts from its database and gets a file that
 * `parseRoundFile` reads back to the same value. Keys are written in the documented order
 * whatever order the objects were built in, so two exports of the same round are
 * byte-identical (and diff well).
 */
export type RoundFileParts = Omit<RoundFile, 'format' | 'version'>;

export function roundFileFromParts(parts: RoundFileParts): RoundFile {
  return {
    format: ROUND_FILE_FORMAT,
    version: ROUND_FILE_VERSION,
    round: parts.round,
    members: parts.members,
    products: parts.products,
    recusals: parts.recusals,
    scores: parts.scores,
    ...(parts.events !== undefined && { events: parts.events }),
    ...(parts.audit !== undefined && { audit: parts.audit }),
  };
}

const KEY_ORDER: readonly string[] = [
  // file
  'format',
  'version',
  'round',
  'members',
  'products',
  'recusals',
  'scores',
  'events',
  'audit',
  // round
  'id',
  'name',
  'level',
  'ruleSet',
  'rules',
  'province',
  'decision',
  'venue',
  'meetingDates',
  'planTargets',
  'status',
  'chairDelegatedTo',
  'secretaryScores',
  'spreadLimit',
  'minimumPolicy',
  'quorum',
  'chairRequired',
  'displayDecimals',
  'number',
  'date',
  'signer',
  'shareAtLeast3Stars',
  'forwardedFor5Stars',
  // members
  'role',
  'present',
  'personId',
  'title',
  'organisation',
  'phone',
  'attendance',
  'excused',
  // products
  'code',
  'sheet',
  'disqualified',
  'reason',
  'criterion',
  'producer',
  'address',
  'commune',
  'kind',
  'meetingDate',
  'selfAssessment',
  // recusals, scores, events
  'memberId',
  'productId',
  'pass',
  'answers',
  'caseChoice',
  'opinion',
  'submittedAt',
  'at',
  'by',
  'spreadAboveLimit',
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));
/** Maps keyed by criterion code keep their own (sheet) order. */
const FREE_ORDER = new Set(['answers', 'caseChoice']);
/** An audit event's before/after are stored rows, hashed as canonical JSON: written as they are. */
const VERBATIM = new Set(['before', 'after']);

function canonical(value: unknown, parentKey = ''): unknown {
  if (VERBATIM.has(parentKey)) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => canonical(item, parentKey));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  if (!FREE_ORDER.has(parentKey))
    entries.sort(([a], [b]) => (RANK.get(a) ?? KEY_ORDER.length) - (RANK.get(b) ?? KEY_ORDER.length));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v, k)]));
}

export function serializeRoundFile(file: RoundFile): string {
  return `${JSON.stringify(canonical(roundFileFromParts(file)), null, 2)}\n`;
}
