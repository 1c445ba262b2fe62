import type { CertificateLayout } from '../documents/certificate';
import type { DocText } from '../documents/format';

/**
 * The certificate layout a province sets (issuing body, signer's title and name, up to three
 * lines under the title), kept as an app setting. What is stored is read defensively: a
 * field that is missing or malformed falls back to the default, so a damaged setting never
 * stops certificates from printing; the form refuses what it could not print well.
 */
export const CERTIFICATE_LAYOUT_SETTING = 'register.certificateLayout';

export const CERTIFICATE_LAYOUT_LIMITS = {
  issuingBody: 120,
  signerTitle: 80,
  signerName: 80,
  line: 120,
  lines: 3,
} as const;

export type CertificateLayoutField = 'issuingBody' | 'signerTitle' | 'signerName' | 'lines';

/** The stored part of the layout (the place comes from the round). */
export type StoredCertificateLayout = Omit<CertificateLayout, 'place'>;

/** The default for a province written as in a sentence ("tỉnh Tây Ninh"), in the catalog's words. */
export function defaultCertificateLayout(province: string, t: DocText): StoredCertificateLayout {
  return {
    issuingBody: t('doc.body.provinceCommittee', { province }).toUpperCase(),
    signerTitle: t('doc.cert.defaultSignerTitle'),
    signerName: '',
    lines: [],
  };
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

export function readCertificateLayout(
  stored: unknown,
  fallback: StoredCertificateLayout,
): StoredCertificateLayout {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return fallback;
  const fields = new Map<string, unknown>(Object.entries(stored));
  const get = (key: string): unknown => fields.get(key);
  const lines = get('lines');
  const issuingBody = text(get('issuingBody'), CERTIFICATE_LAYOUT_LIMITS.issuingBody)?.trim();
  const signerTitle = text(get('signerTitle'), CERTIFICATE_LAYOUT_LIMITS.signerTitle)?.trim();
  return {
    issuingBody: issuingBody === undefined || issuingBody === '' ? fallback.issuingBody : issuingBody,
    signerTitle: signerTitle === undefined || signerTitle === '' ? fallback.signerTitle : signerTitle,
    signerName: text(get('signerName'), CERTIFICATE_LAYOUT_LIMITS.signerName)?.trim() ?? fallback.signerName,
    lines:
      Array.isArray(lines) &&
      lines.length <= CERTIFICATE_LAYOUT_LIMITS.lines &&
      lines.every((l) => text(l, CERTIFICATE_LAYOUT_LIMITS.line) !== undefined)
        ? lines.filter((l): l is string => typeof l === 'string')
        : fallback.lines,
  };
}

/** What the form must refuse before saving: blank or over-long fields, more than three lines. */
export function certificateLayoutProblems(layout: StoredCertificateLayout): CertificateLayoutField[] {
  const problems: CertificateLayoutField[] = [];
  const bad = (value: string, max: number, required: boolean) =>
    value.length > max || (required && value.trim() === '');
  if (bad(layout.issuingBody, CERTIFICATE_LAYOUT_LIMITS.issuingBody, true)) problems.push('issuingBody');
  if (bad(layout.signerTitle, CERTIFICATE_LAYOUT_LIMITS.signerTitle, true)) problems.push('signerTitle');
  if (bad(layout.signerName, CERTIFICATE_LAYOUT_LIMITS.signerName, false)) problems.push('signerName');
  if (
    layout.lines.length > CERTIFICATE_LAYOUT_LIMITS.lines ||
    layout.lines.some((l) => l.length > CERTIFICATE_LAYOUT_LIMITS.line)
  )
    problems.push('lines');
  return problems;
}
