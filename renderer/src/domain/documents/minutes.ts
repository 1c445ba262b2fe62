import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../i18n/define';
import type { StarLevel } from '../criteria/types';
import { displayAverage } from '../scoring/bands';
import { dateParts, shortDate, type DocText, type DocWords } from './format';
import { attendanceSection, minimumsSection, productSection, scoresSection } from './minutes-sections';
import { documentFrame } from './page';
import {
  documentHeader,
  documentTitle,
  placeDateLine,
  recipientsBlock,
  signatureBlocks,
  starsRun,
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

function resultSection(t: DocText, input: MinutesInput, language: Language): Content[] {
  const out: Content[] = [{ text: t('doc.minutes.section.result'), style: 'heading' }];
  const final = input.passResults.at(-1);
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
    if (final.band !== null && final.minimumsLevel !== null && final.disqualified === null) {
      out.push({
        text: t('doc.result.bandAndMinimums', { band: final.band, level: final.minimumsLevel }),
        style: 'paragraph',
      });
    }
  }
  if (final?.disqualified != null) {
    out.push({
      text: t('doc.result.disqualified', { reason: final.disqualified.reason }),
      style: 'paragraph',
      bold: true,
    });
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
  const outcome = final?.outcome ?? 'pending';
  const proposal = t(`doc.outcome.${outcome}`, {
    authority: input.round.recognisingAuthority,
    stars: final?.stars ?? 0,
  });
  out.push({ text: [{ text: t('doc.outcome.label'), bold: true }, proposal], style: 'paragraph' });
  return out;
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
  const all = [...fromSheets, ...recorded];
  return [
    { text: t('doc.minutes.section.opinions'), style: 'heading' },
    ...(all.length === 0
      ? [{ text: t('doc.opinions.none'), style: 'paragraph' }]
      : all.map((text) => ({ text: `- ${text}`, style: 'paragraph' }))),
  ];
}

export function minutesDocument(input: MinutesInput, words: DocWords): TDocumentDefinitions {
  const { t, language } = words;
  const { round } = input;
  const date = documentDate(round);
  const meetingDay = dateParts(round.meetingDates[0] ?? date ?? '');
  const council = round.issuingBody.name;
  const number =
    input.documentNumber === undefined ? undefined : t('doc.header.number', { number: input.documentNumber });
  const content: Content[] = [
    documentHeader(t, round.issuingBody, number, placeDateLine(t, round.place ?? round.province, date)),
    documentTitle(t('doc.minutes.title'), t('doc.minutes.subject')),
    {
      text: t('doc.minutes.basisDecision', {
        number: round.decision.number,
        date: shortDate(round.decision.date),
        signer: round.decision.signer,
        council,
      }),
      style: 'paragraph',
      italics: true,
    },
    { text: t('doc.minutes.basisRuleSet', { ruleSet: round.ruleSet }), style: 'paragraph', italics: true },
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
    ...attendanceSection(t, input),
    ...productSection(t, input),
    ...scoresSection(t, input, language),
    ...minimumsSection(t, input),
    ...resultSection(t, input, language),
    ...opinionsSection(t, input),
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
