import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IsoDate } from '../model';
import { addDays, expiryDate, VALIDITY_MONTHS, type RecognisedStars } from '../register/recognition';
import { dateParts, shortDate, type DocText } from './format';
import { A4, styles, SYMBOL_FONT, TEXT_FONT } from './page';
import { keepWordsTogether, withCodesWhole } from './parts';

/**
 * The OCOP certificate ("Giấy chứng nhận sản phẩm OCOP đạt … sao"), one per page, A4
 * landscape as provinces print them in a frame. The number comes from the register (numbered
 * without gaps when the decision was recorded); the validity is the register's rule (36 months
 * from the decision). What a province changes — the issuing body, the signer's title and name,
 * a few lines under the title — is the layout, set once in the register's settings.
 */

export interface CertificateLayout {
  /** e.g. "ỦY BAN NHÂN DÂN TỈNH TÂY NINH" */
  readonly issuingBody: string;
  /** e.g. "CHỦ TỊCH" or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" */
  readonly signerTitle: string;
  /** blank: written by hand */
  readonly signerName: string;
  /** Up to three short lines printed under the title (e.g. the programme's name). */
  readonly lines: readonly string[];
  /** The place of the date line, e.g. "Tây Ninh". */
  readonly place: string;
}

export interface CertificateInput {
  readonly certificateNo: string;
  readonly stars: RecognisedStars;
  readonly code: string;
  readonly name: string;
  readonly producerName: string;
  readonly address: string;
  readonly decisionNumber: string;
  readonly decisionDate: IsoDate;
  /** Who recognised it, as cited: "Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh". */
  readonly authority: string;
}

/** The last day a certificate is valid: the day before its expiry. */
export function lastValidDay(decisionDate: IsoDate): IsoDate {
  return addDays(expiryDate(decisionDate), -1);
}

const PAGE = { width: A4.height, height: A4.width } as const;
const MARGIN = 56;
const WIDTH = PAGE.width - 2 * MARGIN;

/** A double frame on every page, drawn behind the text. */
function frame(): Content {
  return {
    canvas: [
      {
        type: 'rect',
        x: 22,
        y: 22,
        w: PAGE.width - 44,
        h: PAGE.height - 44,
        lineWidth: 2.2,
        lineColor: '#8a1c1c',
      },
      {
        type: 'rect',
        x: 28,
        y: 28,
        w: PAGE.width - 56,
        h: PAGE.height - 56,
        lineWidth: 0.6,
        lineColor: '#8a1c1c',
      },
    ],
  };
}

function field(label: string, value: string): Content {
  return {
    text: [
      { text: `${label} `, bold: false },
      { text: value, bold: true },
    ],
    fontSize: 15,
    margin: [0, 0, 0, 5],
  };
}

function certificatePage(
  t: DocText,
  c: CertificateInput,
  layout: CertificateLayout,
  first: boolean,
): Content {
  const decision = t('doc.cert.decision', {
    number: c.decisionNumber,
    date: shortDate(c.decisionDate),
    authority: c.authority,
  });
  return {
    stack: [
      {
        columns: [
          {
            width: WIDTH * 0.42,
            text: keepWordsTogether(layout.issuingBody.toUpperCase(), t),
            style: 'issuingBody',
          },
          {
            width: WIDTH * 0.58,
            stack: [
              { text: t('doc.header.nationalTitle'), style: 'nationalTitle' },
              { text: t('doc.header.motto'), style: 'motto' },
            ],
          },
        ],
      },
      {
        text: t('doc.cert.title'),
        fontSize: 30,
        bold: true,
        color: '#8a1c1c',
        alignment: 'center',
        margin: [0, 26, 0, 0],
      },
      {
        text: t('doc.cert.subject', { stars: c.stars }),
        fontSize: 20,
        bold: true,
        alignment: 'center',
        margin: [0, 2, 0, 0],
      },
      {
        text: '★'.repeat(c.stars),
        font: SYMBOL_FONT,
        fontSize: 26,
        color: '#c8961e',
        alignment: 'center',
        margin: [0, 4, 0, 4],
      },
      ...layout.lines
        .filter((line) => line.trim() !== '')
        .map((line): Content => ({ text: line, italics: true, fontSize: 13, alignment: 'center' })),
      {
        stack: [
          field(t('doc.cert.product'), c.name),
          field(t('doc.cert.code'), c.code === '' ? t('doc.papers.noCode') : c.code),
          field(t('doc.cert.producer'), c.producerName),
          field(t('doc.cert.address'), c.address),
          { text: withCodesWhole(decision), fontSize: 13, margin: [0, 4, 0, 2] },
          {
            text: t('doc.cert.validity', {
              months: VALIDITY_MONTHS,
              from: shortDate(c.decisionDate),
              until: shortDate(lastValidDay(c.decisionDate)),
            }),
            fontSize: 13,
            italics: true,
          },
        ],
        margin: [60, 14, 40, 0],
      },
      {
        columns: [
          {
            width: WIDTH * 0.45,
            text: t('doc.header.number', { number: c.certificateNo }),
            fontSize: 14,
            bold: true,
            margin: [20, 40, 0, 0],
          },
          {
            width: WIDTH * 0.55,
            stack: [
              {
                text: t('doc.placeDate', { place: layout.place, ...dateParts(c.decisionDate) }),
                style: 'placeDate',
              },
              { text: layout.signerTitle.toUpperCase(), style: 'signerRole', margin: [0, 2, 0, 0] },
              {
                text: layout.signerName.trim() === '' ? ' ' : layout.signerName,
                style: 'signerName',
                margin: [0, 56, 0, 0],
              },
            ],
          },
        ],
        margin: [0, 12, 0, 0],
      },
    ],
    // Each certificate starts a page; nothing of it ever runs over to the next.
    ...(first ? {} : { pageBreak: 'before' as const }),
    unbreakable: true,
  };
}

/** Certificates in the given order, one per page (the order is the register's numbering). */
export function certificatesDocument(
  certificates: readonly CertificateInput[],
  layout: CertificateLayout,
  t: DocText,
): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN, 40, MARGIN, 36],
    info: {
      title: t('doc.cert.fileTitle', {
        first: certificates[0]?.certificateNo ?? '',
        last: certificates.at(-1)?.certificateNo ?? '',
      }),
      creator: 'OCOP Council',
      producer: 'OCOP Council',
      ...(certificates[0] === undefined
        ? {}
        : { creationDate: new Date(`${certificates[0].decisionDate}T00:00:00Z`) }),
    },
    defaultStyle: { font: TEXT_FONT, fontSize: 13 },
    styles,
    background: () => frame(),
    content: certificates.map((c, i) => certificatePage(t, c, layout, i === 0)),
  };
}
