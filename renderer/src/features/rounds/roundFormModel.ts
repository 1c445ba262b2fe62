import type { NewRound, RoundRow } from '../../db';
import type { CouncilLevel, MinimumPolicy, RulesProfile } from '../../domain/model';
import type { MessageKey } from '../../i18n/catalog';
import { isIsoDate } from '../../domain/validate/formats';

/**
 * The round form as typed (strings, as the inputs hold them) and its translation into the
 * repository's `NewRound`. Pure, so every message a field can show is unit-tested; the
 * repository validates again (the form only spares the person a round-trip).
 */
export interface RoundDraft {
  readonly name: string;
  readonly level: CouncilLevel;
  readonly province: string;
  readonly decisionNumber: string;
  readonly decisionDate: string;
  readonly decisionSigner: string;
  readonly venue: string;
  readonly meetingDates: readonly string[];
  readonly ruleSetId: string;
  readonly spreadLimit: string;
  readonly minimumPolicy: MinimumPolicy;
  readonly quorum: string;
  readonly chairRequired: boolean;
  readonly displayDecimals: string;
  /** percent, 0..100 */
  readonly planShare: string;
  readonly planForwarded: string;
  readonly planProducts: string;
}

/** Where a message shows: a field name, or `meetingDates.<index>` for one day. */
export type RoundField =
  | Exclude<keyof RoundDraft, 'meetingDates' | 'level' | 'minimumPolicy' | 'chairRequired' | 'ruleSetId'>
  | `meetingDates.${number}`;

export type RoundFormErrors = Partial<Record<RoundField, MessageKey>>;

export type RoundFormResult =
  { readonly ok: true; readonly value: NewRound } | { readonly ok: false; readonly errors: RoundFormErrors };

export { isIsoDate };

/** "3/4", "0,75", "0.75", "75%" → 0.75; null when not a share in (0, 1]. */
export function parseQuorum(text: string): number | null {
  const t = text.trim().replace(',', '.');
  let value: number;
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (fraction) value = Number(fraction[1]) / Number(fraction[2]);
  else if (percent) value = Number(percent[1]) / 100;
  else if (/^\d*\.?\d+$/.test(t)) value = Number(t);
  else return null;
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : null;
}

/** 0.75 → "3/4", 2/3 → "2/3"; a share no small fraction matches is shown as a percentage. */
export function formatQuorum(value: number): string {
  for (let denominator = 1; denominator <= 12; denominator++) {
    const numerator = Math.round(value * denominator);
    if (Math.abs(numerator / denominator - value) < 1e-9) return `${numerator}/${denominator}`;
  }
  return `${Math.round(value * 10000) / 100}%`;
}

function parseDecimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

function parseCount(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

export function emptyRoundDraft(defaults: RulesProfile, ruleSetId: string): RoundDraft {
  return {
    name: '',
    level: 'province',
    province: '',
    decisionNumber: '',
    decisionDate: '',
    decisionSigner: '',
    venue: '',
    meetingDates: [''],
    ruleSetId,
    spreadLimit: String(defaults.spreadLimit),
    minimumPolicy: defaults.minimumPolicy,
    quorum: formatQuorum(defaults.quorum),
    chairRequired: defaults.chairRequired,
    displayDecimals: String(defaults.displayDecimals),
    planShare: '',
    planForwarded: '',
    planProducts: '',
  };
}

export function draftFromRound(round: RoundRow): RoundDraft {
  const plan = round.planTargets;
  const share = plan?.shareAtLeast3Stars;
  return {
    name: round.name,
    level: round.level,
    province: round.province,
    decisionNumber: round.decision?.number ?? '',
    decisionDate: round.decision?.date ?? '',
    decisionSigner: round.decision?.signer ?? '',
    venue: round.venue,
    meetingDates: round.meetingDates.length === 0 ? [''] : [...round.meetingDates],
    ruleSetId: round.ruleSetId,
    spreadLimit: String(round.rules.spreadLimit),
    minimumPolicy: round.rules.minimumPolicy,
    quorum: formatQuorum(round.rules.quorum),
    chairRequired: round.rules.chairRequired,
    displayDecimals: String(round.rules.displayDecimals),
    // Shown as a percentage with at most 2 decimals (0.8 → "80").
    planShare: share === undefined ? '' : String(Math.round(share * 10000) / 100),
    planForwarded: plan?.forwardedFor5Stars === undefined ? '' : String(plan.forwardedFor5Stars),
    planProducts: plan?.productsPlanned === undefined ? '' : String(plan.productsPlanned),
  };
}

/** Checks every field at once (so the person sees all messages together) and builds the round. */
export function validateRoundDraft(draft: RoundDraft): RoundFormResult {
  const errors: RoundFormErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'invalid.required';
  if (draft.province.trim() === '') errors.province = 'invalid.required';

  const decisionParts = [draft.decisionNumber.trim(), draft.decisionDate.trim(), draft.decisionSigner.trim()];
  const anyDecision = decisionParts.some((part) => part !== '');
  if (anyDecision) {
    if (decisionParts[0] === '') errors.decisionNumber = 'invalid.decisionIncomplete';
    if (decisionParts[1] === '') errors.decisionDate = 'invalid.decisionIncomplete';
    else if (!isIsoDate(decisionParts[1] ?? '')) errors.decisionDate = 'invalid.date';
    if (decisionParts[2] === '') errors.decisionSigner = 'invalid.decisionIncomplete';
  }

  const dates: string[] = [];
  draft.meetingDates.forEach((raw, index) => {
    const day = raw.trim();
    if (day === '') return; // an empty row is simply not a day
    if (!isIsoDate(day)) errors[`meetingDates.${index}`] = 'invalid.date';
    else if (dates.includes(day)) errors[`meetingDates.${index}`] = 'invalid.dateDuplicate';
    else dates.push(day);
  });

  const spreadLimit = parseDecimal(draft.spreadLimit);
  if (spreadLimit === null || spreadLimit > 100) errors.spreadLimit = 'invalid.spreadLimit';
  const quorum = parseQuorum(draft.quorum);
  if (quorum === null) errors.quorum = 'invalid.quorum';
  const decimals = parseCount(draft.displayDecimals);
  if (decimals === null || decimals > 6) errors.displayDecimals = 'invalid.displayDecimals';

  const share = draft.planShare.trim() === '' ? undefined : parseDecimal(draft.planShare);
  if (share === null || (share !== undefined && share > 100)) errors.planShare = 'invalid.percent';
  const forwarded = draft.planForwarded.trim() === '' ? undefined : parseCount(draft.planForwarded);
  if (forwarded === null) errors.planForwarded = 'invalid.count';
  const planned = draft.planProducts.trim() === '' ? undefined : parseCount(draft.planProducts);
  if (planned === null) errors.planProducts = 'invalid.count';

  if (
    Object.keys(errors).length > 0 ||
    spreadLimit === null ||
    quorum === null ||
    decimals === null ||
    share === null ||
    forwarded === null ||
    planned === null
  ) {
    return { ok: false, errors };
  }
  const planTargets = {
    ...(share === undefined ? {} : { shareAtLeast3Stars: share / 100 }),
    ...(forwarded === undefined ? {} : { forwardedFor5Stars: forwarded }),
    ...(planned === undefined ? {} : { productsPlanned: planned }),
  };
  const [decisionNumber = '', decisionDate = '', decisionSigner = ''] = decisionParts;
  return {
    ok: true,
    value: {
      name,
      level: draft.level,
      province: draft.province.trim(),
      ...(anyDecision
        ? { decision: { number: decisionNumber, date: decisionDate, signer: decisionSigner } }
        : {}),
      venue: draft.venue.trim(),
      meetingDates: [...dates].sort(),
      ruleSetId: draft.ruleSetId,
      rules: {
        spreadLimit,
        minimumPolicy: draft.minimumPolicy,
        quorum,
        chairRequired: draft.chairRequired,
        displayDecimals: decimals,
      },
      planTargets,
    },
  };
}
