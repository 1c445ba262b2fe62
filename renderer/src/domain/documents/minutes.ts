import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../i18n/define';
import type { StarLevel } from '../criteria/types';
import { displayAverage } from '../scoring/bands';
import type { MessageKey } from '../../i18n/catalog';
import { findCriterion } from '../scoring/answers';
import { dateParts, type DocText, type DocWords } from './format';
import { attendanceSection, minimumsSection, productSection, scoresSection } from './minutes-sections';
import { documentFrame } from './page';
import {
  documentHeader,
  documentTitle,
  placeDateLine,
  recipientsBlock,
  sectionHeading,
  signatureBlocks,
  starsRun,
  withCodesWhole,
} from './parts';
import type { MinutesInput, RoundInfo } from './types';

/**
 * The minutes of one product's evaluation (biên bản đánh giá, phân hạng sản phẩm OCOP), in
 * the administrative format of Decree 30/2020. Pure: the same input gives the same document,
 * years later, whatever the clock says.
 */

export function meetingTime(t: DocText, time: string | undefined): string {
  const match = time === undefined ? null : /^(\d{1,2}):(\d{2})/.exec(time);
  if (match === null) return t('doc.time.blank');
  return t('doc.time', { hour: (match[1] ?? '').padStart(2, '0'), minute: match[2] ?? '' });
}

export function documentDate(round: Pick<RoundInfo, 'documentDate' | 'meetingDates'>): string | undefined {
  return round.documentDate ?? round.meetingDates[0];
}

/** `{ date }` for documentFrame when the round has a document date. */
export function dateOf(round: Pick<RoundInfo, 'documentDate' | 'meetingDates'>): { date?: string } {
  const date = documentDate(round);
  return date === undefined ? {} : { date };
}

export function starWords(t: DocText, stars: StarLevel): string {
  return t(`doc.stars.words${stars}`);
}

/** The knock-out line that ended the evaluation: the criterion and its text, or the sheet's line. */
function knockOutLine(
  t: DocText,
  input: MinutesInput,
  reason: string,
  criterion: string | undefined,
): string {
  const found = criterion === undefined ? undefined : findCriterion(input.sheet, criterion);
  if (found === undefined || criterion === undefined) return t('doc.result.disqualified', { reason });
  const note = (found.knockOutNotes ?? []).find((n) => reason.includes(n) || n.includes(reason));
  return t('doc.result.knockOut', { criterion, text: found.text, line: note ?? reason });
}

function resultSection(t: DocText, input: MinutesInput, language: Language): Content[] {
  const out: Content[] = [];
  const final = input.passResults.at(-1);
  if (final?.disqualified != null) {
    // Disqualified: the line that applied and the council's decision; no scores, no counts.
    out.push({
      text: knockOutLine(t, input, final.disqualified.reason, final.disqualified.criterion),
      style: 'paragraph',
    });
    out.push({ text: t('doc.result.disqualifiedDecision'), style: 'paragraph', bold: true });
    return out;
  }
  const decimals = input.round.rules.displayDecimals;
  if (final?.average != null) {
    const average = final.average;
    const parts = input.sheet.parts
      .map((p) => {
        const a = average.parts[p.code];
        return a === undefined
          ? ''
          : t('doc.result.partAverage', { part: p.code, average: displayAverage(a, decimals, language) });
      })
      .filter((text) => text !== '')
      .join('; ');
    out.push({
      text: t('doc.result.average', { average: displayAverage(average.total, decimals, language), parts }),
      style: 'paragraph',
    });
    if (final.band !== null && final.minimumsLevel !== null) {
      out.push({
        text: t('doc.result.bandAndMinimums', { band: final.band, level: final.minimumsLevel }),
        style: 'paragraph',
      });
    }
  }
  if (final?.outcome === 'forward-5-star') {
    // Decision 26/2026: a province never awards 5 stars; it forwards the product to the Ministry.
    out.push({ text: t('doc.result.potential5'), style: 'paragraph', bold: true });
  } else if (final?.stars != null && final.outcome !== 'pending') {
    out.push({
      text: [
        t('doc.result.rankLabel'),
        starsRun(final.stars, 14),
        t('doc.result.rankWords', { stars: final.stars, words: starWords(t, final.stars) }),
      ],
      style: 'paragraph',
      bold: true,
    });
  } else {
    out.push({ text: t('doc.result.pending'), style: 'paragraph' });
  }
  return out;
}

/** The proposal that follows from the result: the conclusion the app pre-writes (editable). */
export function suggestedConclusion(input: Pick<MinutesInput, 'passResults' | 'round'>, t: DocText): string {
  const final = input.passResults.at(-1);
  const outcome = final?.outcome ?? 'pending';
  return t(`doc.outcome.${outcome}`, {
    authority: input.round.recognisingAuthority,
    stars: final?.stars ?? 0,
  });
}

function conclusionSection(t: DocText, input: MinutesInput): Content[] {
  const text = input.conclusion?.trim() || suggestedConclusion(input, t);
  return text.split(/\n+/u).map((line) => ({ text: line.trim(), style: 'paragraph' }));
}

function opinionsSection(t: DocText, input: MinutesInput): Content[] {
  const name = (id: string) => input.members.find((m) => m.id === id)?.name ?? id;
  const final = input.passResults.at(-1);
  // Opinions written on the members' sheets, then those recorded in the meeting.
  const fromSheets = (final?.memberScores ?? []).flatMap((m) =>
    m.opinion?.trim() ? [t('doc.opinions.member', { name: name(m.memberId), text: m.opinion.trim() })] : [],
  );
  const recorded = input.opinions.map((o) =>
    o.memberId === undefined
      ? t('doc.opinions.council', { text: o.text })
      : t('doc.opinions.member', { name: name(o.memberId), text: o.text }),
  );
  const other = (input.otherOpinions ?? '')
    .split(/\n+/u)
    .map((line) => line.trim().replace(/^[-–•]\s*/u, ''))
    .filter((line) => line !== '');
  const all = [...fromSheets, ...recorded, ...other];
  return all.length === 0
    ? [{ text: t('doc.opinions.none'), style: 'paragraph' }]
    : all.map((text) => ({ text: `- ${text}`, style: 'paragraph' }));
}

/** Roman numerals of the sections (I–X is all a minutes has). */
const NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The legal basis: the establishing decision, only when one is recorded (never blanks). */
function decisionBasis(t: DocText, round: RoundInfo): Content[] {
  const decision = round.decision;
  if (decision === undefined || decision.number.trim() === '' || !/^\d{4}-\d{2}-\d{2}/.test(decision.date))
    return [];
  const params = {
    number: decision.number.trim(),
    ...dateParts(decision.date),
    council: round.issuingBody.name,
  };
  const text =
    decision.signer.trim() === ''
      ? t('doc.minutes.basisDecisionNoSigner', params)
      : t('doc.minutes.basisDecision', { ...params, signer: decision.signer.trim() });
  return [{ text: withCodesWhole(text), style: 'paragraph', italics: true }];
}

export function minutesDocument(input: MinutesInput, words: DocWords): TDocumentDefinitions {
  const { t, language } = words;
  const { round } = input;
  const date = documentDate(round);
  const meetingDay = dateParts(round.meetingDates[0] ?? date ?? '');
  const council = round.issuingBody.name;
  const number =
    input.documentNumber === undefined ? undefined : t('doc.header.number', { number: input.documentNumber });
  const disqualified = input.passResults.at(-1)?.disqualified != null;
  const sections: [MessageKey, Content[]][] = [
    ['doc.minutes.section.attendance', attendanceSection(t, input)],
    ['doc.minutes.section.product', productSection(t, input)],
    // A disqualified product: no score tables and no star-minimum policy (they do not apply).
    ...(disqualified
      ? []
      : ([
          ['doc.minutes.section.scores', scoresSection(t, input, language)],
          ['doc.minutes.section.minimums', minimumsSection(t, input)],
        ] satisfies [MessageKey, Content[]][])),
    ['doc.minutes.section.result', resultSection(t, input, language)],
    ['doc.minutes.section.conclusion', conclusionSection(t, input)],
    ['doc.minutes.section.opinions', opinionsSection(t, input)],
  ];
  const content: Content[] = [
    documentHeader(t, round.issuingBody, number, placeDateLine(t, round.place ?? round.province, date)),
    documentTitle(t('doc.minutes.title'), t('doc.minutes.subject')),
    ...decisionBasis(t, round),
    {
      text: withCodesWhole(t('doc.minutes.basisRuleSet', { ruleSet: round.ruleSet })),
      style: 'paragraph',
      italics: true,
    },
    {
      text: t('doc.minutes.opening', {
        time: meetingTime(t, round.startTime),
        ...meetingDay,
        venue: round.venue,
        council,
        level: t(`doc.level.${round.level}`),
      }),
      style: 'paragraph',
    },
    ...sections.flatMap(([title, body], i) => [
      sectionHeading(t('doc.minutes.section', { numeral: NUMERALS[i] ?? String(i + 1), title: t(title) })),
      ...body,
    ]),
    signatureBlocks(
      t,
      [
        { role: 'secretary', heading: t('doc.signature.secretary'), name: round.signers.secretary },
        { role: 'chair', heading: t('doc.signature.chair'), name: round.signers.chair },
      ],
      {
        text: t('doc.minutes.closing', { time: meetingTime(t, round.endTime) }),
        style: 'paragraph',
        margin: [0, 6, 0, 10],
      },
      undefined,
      'whole',
    ),
    recipientsBlock(t, [...(round.recipients ?? []), t('doc.recipients.archive')]),
  ];
  return documentFrame(
    {
      title: `${t('doc.minutes.subject')} - ${input.product.name}`,
      subject: input.product.code,
      ...(date !== undefined && { date }),
    },
    content,
  );
}
