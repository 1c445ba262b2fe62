import type { CertificateInput, CertificateLayout } from '../../domain/documents/certificate';
import type { PaperProduct, RecognitionPapersInput } from '../../domain/documents/recognition-papers';
import { ruleSetInfo } from '../../domain/criteria/registry';
import { displayAverage } from '../../domain/scoring/bands';
import { formatMinutesNumber } from '../../domain/workflow';
import type { StoredCertificateLayout } from '../../domain/register/certificate-layout';
import type { RegisterEntryRow } from '../../db';
import { docWords } from '../../documents/words';
import { provinceName } from '../minutes/minutes-input';
import { currentRevision, revisionsOf, type MinutesData } from '../minutes/minutes-data';

/**
 * The register's documents made from the database: a closed round's results, its minutes'
 * numbers and signatures (the minutes data), and the register's recorded decision and
 * certificates. Nothing is decided here: which products are listed is the domain's rule.
 */

/** "Tây Ninh" (the place of the date line) from "tỉnh Tây Ninh" / "Tây Ninh". */
function placeOf(province: string): string {
  return province.trim().replace(/^(tỉnh|thành phố)\s+/iu, '');
}

function addressOf(producer: { readonly address: string; readonly commune: string }): string {
  return [producer.address, producer.commune].filter((s) => s.trim() !== '').join(', ');
}

/** The recognition decision recorded for the round in the register, if any. */
export function recordedDecision(
  entries: readonly RegisterEntryRow[],
  roundId: string,
): { readonly number: string; readonly date: string } | undefined {
  for (const entry of entries)
    for (const r of entry.recognitions)
      if (r.roundId === roundId) return { number: r.decisionNumber, date: r.decisionDate };
  return undefined;
}

export function recognitionPapersInput(
  data: MinutesData,
  entries: readonly RegisterEntryRow[],
): RecognitionPapersInput {
  const { round } = data.bundle;
  const lastDay = round.meetingDates.at(-1) ?? round.createdAt.slice(0, 10);
  const info = ruleSetInfo(round.ruleSetId);
  const products = data.results.products.flatMap((r, index): PaperProduct[] => {
    const current = r.current;
    if (r.state.closed === null || current === null) return [];
    const fields = data.fields.find((f) => f.productId === r.product.id);
    const number =
      fields === undefined || fields.number === null || fields.symbol.trim() === ''
        ? undefined
        : formatMinutesNumber(fields.number, fields.symbol.trim());
    return [
      {
        order: index + 1,
        code: r.product.code,
        name: r.product.name,
        producerName: r.product.producer.name,
        address: addressOf(r.product.producer),
        sheetNo: r.product.sheetNo,
        stars: current.stars,
        outcome: current.outcome,
        average:
          current.average === null
            ? null
            : displayAverage(current.average.total, round.rules.displayDecimals, 'vi'),
        minutes: {
          ...(number === undefined ? {} : { number }),
          date: r.product.meetingDate ?? lastDay,
          signed: currentRevision(revisionsOf(data, r.product.id)) !== null,
        },
      },
    ];
  });
  const decision = recordedDecision(entries, round.id);
  return {
    place: placeOf(round.province),
    province: provinceName(round.province),
    roundName: round.name,
    ruleSet: { id: round.ruleSetId, ...(info === undefined ? {} : { date: info.decisionDate }) },
    ...(round.decision === undefined ? {} : { councilDecision: round.decision }),
    meetingDates: round.meetingDates,
    products,
    ...(decision === undefined ? {} : { decision }),
  };
}

/**
 * The certificates of the round's recorded decision, in certificate-number order; revoked
 * ones are not printed. The product's address is read from the round's product.
 */
export function roundCertificates(
  data: MinutesData,
  entries: readonly RegisterEntryRow[],
): CertificateInput[] {
  const { round } = data.bundle;
  // A proper name, cited as written in either language (the catalog's Vietnamese side).
  const authority = docWords('vi').t('doc.body.provinceChair', { province: provinceName(round.province) });
  const certificates = entries.flatMap((entry) =>
    entry.recognitions
      .filter((r) => r.roundId === round.id && r.revoked === undefined)
      .map((r): CertificateInput => {
        const product = data.bundle.products.find((p) => p.id === r.productId);
        return {
          certificateNo: r.certificateNo,
          stars: r.stars,
          code: product?.code ?? entry.code,
          name: product?.name ?? entry.name,
          producerName: (product?.producer ?? entry.producer).name,
          address: addressOf(product?.producer ?? entry.producer),
          decisionNumber: r.decisionNumber,
          decisionDate: r.decisionDate,
          authority,
        };
      }),
  );
  return certificates.sort((a, b) => a.certificateNo.localeCompare(b.certificateNo));
}

export function certificateLayoutFor(data: MinutesData, stored: StoredCertificateLayout): CertificateLayout {
  return { ...stored, place: placeOf(data.bundle.round.province) };
}
