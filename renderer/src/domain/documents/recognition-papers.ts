import type { Outcome } from '../council/outcome';
import type { CouncilDecision, IsoDate } from '../model';
import { productGroupOfSheet } from '../register/groups';
import { isForwardedResult, isRecognisedResult } from '../register/selection';
import { dateParts, shortDate, type DocText } from './format';
import type { OfficialDocument, OfficialTable } from './official';

/**
 * What the office sends on once a provincial round is closed (issue 12): the DRAFT decision of
 * the Chairman of the provincial People's Committee recognising the products at 3 and 4 stars
 * (annex: the list), and the list of products at 90 points or more proposed to the Ministry for
 * 5 stars, each with its minutes cited. Built once as an `OfficialDocument`; the PDF and the
 * .docx are two renderings of it. Which products go where is the register's rule
 * (`register/selection.ts`), the same one that numbers the certificates.
 */

export interface PaperProduct {
  /** Running number in the round (the order of the annex). */
  readonly order: number;
  readonly code: string;
  readonly name: string;
  readonly producerName: string;
  /** Address and commune as one line. */
  readonly address: string;
  readonly sheetNo: number;
  readonly stars: number | null;
  readonly outcome: Outcome;
  /** The council's average as the minutes print it (rounded down), or null. */
  readonly average: string | null;
  /** The product's minutes: number when given, meeting day, whether signed. */
  readonly minutes: { readonly number?: string; readonly date: IsoDate; readonly signed: boolean };
}

export interface RecognitionPapersInput {
  /** "Tây Ninh": the place of the date line. */
  readonly place: string;
  /** "tỉnh Tây Ninh", "thành phố Huế": as written inside a sentence. */
  readonly province: string;
  readonly roundName: string;
  /** The rule-set cited, e.g. { id: "26/2026/QĐ-TTg", date: "2026-05-22" }. */
  readonly ruleSet: { readonly id: string; readonly date?: IsoDate };
  /** The decision that established the council, when recorded. */
  readonly councilDecision?: CouncilDecision;
  readonly meetingDates: readonly IsoDate[];
  /** Every closed product of the round, in round order. */
  readonly products: readonly PaperProduct[];
  /** The recognition decision once recorded in the register; blanks to fill otherwise. */
  readonly decision?: { readonly number: string; readonly date: IsoDate };
}

export function recognisedPapers(input: RecognitionPapersInput): PaperProduct[] {
  // Higher rank first, round order within a rank: the way provinces list an annex.
  return input.products
    .filter((p) => isRecognisedResult(p.outcome, p.stars))
    .sort((a, b) => (b.stars ?? 0) - (a.stars ?? 0) || a.order - b.order);
}

export function forwardedPapers(input: RecognitionPapersInput): PaperProduct[] {
  return input.products.filter((p) => isForwardedResult(p.outcome));
}

function groupName(t: DocText, sheetNo: number): string {
  const group = productGroupOfSheet(sheetNo);
  return group === null ? '' : t(`register.group.${group}`);
}

function longDate(t: DocText, iso: string): string {
  return t('doc.date.long', dateParts(iso));
}

function bases(t: DocText, input: RecognitionPapersInput): string[] {
  const lines = [t('doc.decision.basis.law')];
  lines.push(
    input.ruleSet.date === undefined
      ? t('doc.decision.basis.ruleSetNoDate', { number: input.ruleSet.id })
      : t('doc.decision.basis.ruleSet', { number: input.ruleSet.id, date: longDate(t, input.ruleSet.date) }),
  );
  const council = input.councilDecision;
  if (council !== undefined && council.number.trim() !== '')
    lines.push(
      t('doc.decision.basis.council', {
        number: council.number.trim(),
        date: longDate(t, council.date),
        signer:
          council.signer.trim() === ''
            ? t('doc.decision.basis.councilSigner', { province: input.province })
            : council.signer.trim(),
        province: input.province,
      }),
    );
  lines.push(
    t('doc.decision.basis.minutes', {
      province: input.province,
      dates: input.meetingDates.map((d) => shortDate(d)).join(', '),
    }),
  );
  lines.push(t('doc.decision.basis.proposal'));
  return lines;
}

function decisionNumberText(t: DocText, input: RecognitionPapersInput): string {
  return input.decision === undefined
    ? t('doc.decision.numberBlank')
    : t('doc.header.number', { number: input.decision.number });
}

function placeDate(t: DocText, place: string, date: IsoDate | undefined): string {
  return date === undefined
    ? t('doc.placeDate.blank', { place })
    : t('doc.placeDate', { place, ...dateParts(date) });
}

function codeOf(t: DocText, p: PaperProduct): string {
  return p.code === '' ? t('doc.papers.noCode') : p.code;
}

function annexTable(t: DocText, products: readonly PaperProduct[]): OfficialTable {
  return {
    columns: [
      { title: t('doc.table.no'), width: 24, align: 'center' },
      { title: t('doc.papers.col.code'), width: 92, nowrap: true },
      { title: t('doc.papers.col.name'), width: '*' },
      { title: t('doc.papers.col.producer'), width: 120 },
      { title: t('doc.papers.col.address'), width: 150 },
      { title: t('doc.papers.col.stars'), width: 44, align: 'center' },
      { title: t('doc.papers.col.group'), width: 96 },
    ],
    rows: products.map((p, i) => [
      String(i + 1),
      codeOf(t, p),
      p.name,
      p.producerName,
      p.address,
      t('doc.papers.stars', { stars: p.stars ?? 0 }),
      groupName(t, p.sheetNo),
    ]),
  };
}

/** "02 sản phẩm đạt 4 sao, 03 sản phẩm đạt 3 sao" — counted from the list itself. */
function countsByStars(t: DocText, products: readonly PaperProduct[]): string {
  const levels = [...new Set(products.map((p) => p.stars ?? 0))].sort((a, b) => b - a);
  return levels
    .map((stars) =>
      t('doc.decision.starCount', {
        count: String(products.filter((p) => p.stars === stars).length).padStart(2, '0'),
        stars,
      }),
    )
    .join(', ');
}

/** The draft recognition decision with its annex. */
export function recognitionDecision(input: RecognitionPapersInput, t: DocText): OfficialDocument {
  const products = recognisedPapers(input);
  const authority = t('doc.decision.authority', { province: input.province }).toUpperCase();
  const signer = t('doc.decision.basis.councilSigner', { province: input.province });
  const when =
    input.decision === undefined
      ? { number: t('doc.decision.numberBlankShort'), date: t('doc.decision.dateBlank') }
      : { number: input.decision.number, date: longDate(t, input.decision.date) };
  return {
    fileTitle: t('doc.decision.fileTitle', { round: input.roundName }),
    ...(input.decision === undefined ? {} : { date: input.decision.date }),
    draftMark: t('doc.decision.draft'),
    issuingBody: { name: t('doc.decision.body', { province: input.province }).toUpperCase() },
    number: decisionNumberText(t, input),
    placeDate: placeDate(t, input.place, input.decision?.date),
    title: t('doc.decision.title'),
    subject: t('doc.decision.subject', { province: input.province, round: input.roundName }),
    authority,
    bases: bases(t, input),
    decides: t('doc.decision.decides'),
    body: [
      {
        kind: 'article',
        label: t('doc.decision.article', { n: 1 }),
        text: t('doc.decision.article1', {
          count: String(products.length).padStart(2, '0'),
          province: input.province,
          counts: countsByStars(t, products),
        }),
      },
      { kind: 'article', label: t('doc.decision.article', { n: 2 }), text: t('doc.decision.article2') },
      { kind: 'article', label: t('doc.decision.article', { n: 3 }), text: t('doc.decision.article3') },
    ],
    recipients: [
      t('doc.decision.recipient.article3'),
      t('doc.decision.recipient.ministry'),
      t('doc.decision.recipient.office'),
      t('doc.decision.recipient.leaders'),
      t('doc.decision.recipient.archive'),
    ],
    signer: { lines: [t('doc.decision.signer')], name: '' },
    annex: {
      title: t('doc.decision.annexTitle', { province: input.province }).toUpperCase(),
      subtitle: t('doc.decision.annexSubtitle', { ...when, authority: signer }),
      table: annexTable(t, products),
    },
  };
}

function minutesReference(t: DocText, p: PaperProduct): string {
  const base =
    p.minutes.number === undefined
      ? t('doc.forward.minutesOn', { date: shortDate(p.minutes.date) })
      : t('doc.forward.minutesNo', { number: p.minutes.number, date: shortDate(p.minutes.date) });
  return p.minutes.signed ? `${base} ${t('doc.forward.signed')}` : base;
}

/** The list of products at 90 points or more proposed to the Ministry, with their minutes. */
export function forwardingList(input: RecognitionPapersInput, t: DocText): OfficialDocument {
  const products = forwardedPapers(input);
  return {
    fileTitle: t('doc.forward.fileTitle', { round: input.roundName }),
    draftMark: t('doc.decision.draft'),
    issuingBody: { name: t('doc.decision.body', { province: input.province }).toUpperCase() },
    number: t('doc.forward.numberBlank'),
    placeDate: placeDate(t, input.place, undefined),
    title: t('doc.forward.title'),
    subject: t('doc.forward.subject', { round: input.roundName }),
    addressee: t('doc.forward.addressee'),
    bases: [],
    body: [
      {
        kind: 'paragraph',
        text: t('doc.forward.intro', {
          province: input.province,
          count: String(products.length).padStart(2, '0'),
        }),
      },
      {
        kind: 'table',
        table: {
          columns: [
            { title: t('doc.table.no'), width: 20, align: 'center' },
            { title: t('doc.papers.col.code'), width: 88, nowrap: true },
            { title: t('doc.forward.col.product'), width: '*' },
            { title: t('doc.forward.col.average'), width: 34, align: 'center' },
            { title: t('doc.forward.col.minutes'), width: 110 },
          ],
          // The product, then its producer and address under it: the name keeps a wide column.
          rows: products.map((p, i) => [
            String(i + 1),
            codeOf(t, p),
            [p.name, p.producerName, p.address].filter((s) => s !== '').join('\n'),
            p.average ?? '',
            minutesReference(t, p),
          ]),
        },
      },
      { kind: 'paragraph', text: t('doc.forward.closing') },
    ],
    recipients: [
      t('doc.forward.recipient.above'),
      t('doc.forward.recipient.department'),
      t('doc.decision.recipient.archive'),
    ],
    signer: { lines: [t('doc.forward.signer1'), t('doc.forward.signer2')], name: '' },
  };
}
