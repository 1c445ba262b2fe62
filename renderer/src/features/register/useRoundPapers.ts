import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import { useDb } from '../../app/DbProvider';
import { getSetting, registerEntries, type RegisterEntryRow } from '../../db';
import { certificatesDocument, type CertificateInput } from '../../domain/documents/certificate';
import { officialPdf, type OfficialDocument } from '../../domain/documents/official';
import {
  forwardedPapers,
  forwardingList,
  recognisedPapers,
  recognitionDecision,
  type RecognitionPapersInput,
} from '../../domain/documents/recognition-papers';
import {
  CERTIFICATE_LAYOUT_SETTING,
  defaultCertificateLayout,
  readCertificateLayout,
  type StoredCertificateLayout,
} from '../../domain/register/certificate-layout';
import { BatchCancelledError, renderEach, type DocumentJob } from '../../documents/batch';
import { browserRenderer } from '../../documents/browser';
import { safeFileName } from '../../documents/file-names';
import { docWords } from '../../documents/words';
import { translate } from '../../i18n/translate';
import { getPlatform, saveFileAs } from '../../platform/platform';
import type { SigningRefusalCode } from '../../platform/types';
import { provinceName } from '../minutes/minutes-input';
import { loadMinutesData, MINUTES_LANGUAGE, type MinutesData } from '../minutes/minutes-data';
import { certificateLayoutFor, recognitionPapersInput, roundCertificates } from './papers-input';

/** Official papers are Vietnamese whatever the interface language (as the minutes). */
const LANGUAGE = MINUTES_LANGUAGE;
/** Certificates per file: a batch of a whole year (141) prints as a few files, with progress between. */
export const CERTIFICATES_PER_FILE = 20;

export interface RoundPapers {
  readonly minutes: MinutesData;
  readonly entries: readonly RegisterEntryRow[];
  readonly input: RecognitionPapersInput;
  readonly recognisedCount: number;
  readonly forwardedCount: number;
  readonly certificates: readonly CertificateInput[];
  readonly layout: StoredCertificateLayout;
  readonly defaultLayout: StoredCertificateLayout;
}

/** A closed round's papers, live (the register's decision and the layout setting included). */
export function useRoundPapers(roundId: string): RoundPapers | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [minutes, entries, stored] = await Promise.all([
      loadMinutesData(db, roundId),
      registerEntries(db),
      getSetting(db, CERTIFICATE_LAYOUT_SETTING),
    ]);
    const input = recognitionPapersInput(minutes, entries);
    const defaultLayout = defaultCertificateLayout(
      provinceName(minutes.bundle.round.province),
      docWords(LANGUAGE).t,
    );
    return {
      minutes,
      entries,
      input,
      recognisedCount: recognisedPapers(input).length,
      forwardedCount: forwardedPapers(input).length,
      certificates: roundCertificates(minutes, entries),
      layout: readCertificateLayout(stored, defaultLayout),
      defaultLayout,
    };
  }, [db, roundId]);
}

export type PaperKind = 'decision' | 'forwarding';
export type PaperFormat = 'pdf' | 'docx';

const MIME: Record<PaperFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function paperModel(kind: PaperKind, input: RecognitionPapersInput): OfficialDocument {
  const { t } = docWords(LANGUAGE);
  return kind === 'decision' ? recognitionDecision(input, t) : forwardingList(input, t);
}

function paperFileName(model: OfficialDocument, suffix: string): string {
  return `${safeFileName(model.fileTitle, translate(LANGUAGE, 'doc.file.document'))}${suffix}`;
}

/** Makes the decision or the forwarding list as PDF or .docx and offers it to save. */
export async function savePaper(papers: RoundPapers, kind: PaperKind, format: PaperFormat): Promise<boolean> {
  const model = paperModel(kind, papers.input);
  const { t } = docWords(LANGUAGE);
  const bytes =
    format === 'pdf'
      ? (await browserRenderer(LANGUAGE).render(officialPdf(model, t))).bytes
      : await (await import('../../documents/docx')).officialDocx(model, t);
  return (await saveFileAs(paperFileName(model, `.${format}`), bytes, MIME[format])) !== null;
}

export type SignPaperResult =
  | { readonly ok: true; readonly saved: boolean }
  | { readonly ok: false; readonly reason: SigningRefusalCode };

/**
 * Signs the PDF with a .p12 through the host's signing service (the minutes' path), in the
 * signer's box the layout reports, and offers the signed file to save. The password lives
 * only in this call.
 */
export async function signAndSavePaper(
  papers: RoundPapers,
  kind: PaperKind,
  credential: { readonly certificate: File; readonly password: string },
): Promise<SignPaperResult> {
  const model = paperModel(kind, papers.input);
  const { t } = docWords(LANGUAGE);
  const rendered = await browserRenderer(LANGUAGE).render(officialPdf(model, t));
  const area = rendered.signatureAreas.find((a) => a.role === 'chair');
  const outcome = await getPlatform().signPdf({
    pdf: rendered.bytes,
    p12: new Uint8Array(await credential.certificate.arrayBuffer()),
    password: credential.password,
    role: 'chair',
    reason: t('doc.papers.signReason'),
    location: papers.input.place,
    box: area === undefined ? undefined : { page: area.pageIndex + 1, ...area.rect },
  });
  if (!outcome.signed) return { ok: false, reason: outcome.reason };
  const name = paperFileName(model, ` - ${t('doc.papers.signedSuffix')}.pdf`);
  return { ok: true, saved: (await saveFileAs(name, outcome.bytes, MIME.pdf)) !== null };
}

export interface CertificateProgress {
  readonly done: number;
  readonly total: number;
}

export type CertificateOutcome =
  | { readonly kind: 'saved'; readonly count: number; readonly files: number }
  | { readonly kind: 'cancelled'; readonly done: number };

function certificateJobs(papers: RoundPapers): DocumentJob[] {
  const { t } = docWords(LANGUAGE);
  const layout = certificateLayoutFor(papers.minutes, papers.layout);
  const jobs: DocumentJob[] = [];
  for (let start = 0; start < papers.certificates.length; start += CERTIFICATES_PER_FILE) {
    const chunk = papers.certificates.slice(start, start + CERTIFICATES_PER_FILE);
    const first = chunk[0]?.certificateNo ?? '';
    const last = chunk.at(-1)?.certificateNo ?? '';
    jobs.push({
      fileName: `${safeFileName(
        translate(LANGUAGE, 'doc.cert.fileTitle', {
          first: first.split('/')[0] ?? '',
          last: last.split('/')[0] ?? '',
        }),
        translate(LANGUAGE, 'doc.file.document'),
      )}.pdf`,
      build: () => certificatesDocument(chunk, layout, t),
    });
  }
  return jobs;
}

/**
 * Prints the round's certificates in files of CERTIFICATES_PER_FILE pages, with progress (in
 * certificates) and a stop button; the files go to a folder (desktop app) or are downloaded.
 */
export function useCertificateBatch(papers: RoundPapers | undefined): {
  readonly progress: CertificateProgress | null;
  readonly running: boolean;
  readonly run: () => Promise<CertificateOutcome>;
  readonly cancel: () => void;
} {
  const [progress, setProgress] = useState<CertificateProgress | null>(null);
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const run = useCallback(async (): Promise<CertificateOutcome> => {
    if (papers === undefined) throw new Error('papers not loaded');
    const controller = new AbortController();
    abort.current = controller;
    const total = papers.certificates.length;
    setRunning(true);
    setProgress({ done: 0, total });
    try {
      const files = await renderEach(browserRenderer(LANGUAGE).render, certificateJobs(papers), {
        signal: controller.signal,
        language: LANGUAGE,
        onProgress: (p) => setProgress({ done: Math.min(total, p.done * CERTIFICATES_PER_FILE), total }),
      });
      const platform = getPlatform();
      if (platform.can.saveToFolder && files.length > 1) {
        const saved = await platform.saveFilesToFolder({
          files: files.map((f) => ({ name: f.fileName, bytes: f.bytes })),
        });
        if (saved === null) return { kind: 'cancelled', done: 0 };
      } else {
        for (const file of files) await saveFileAs(file.fileName, file.bytes, 'application/pdf');
      }
      return { kind: 'saved', count: total, files: files.length };
    } catch (error) {
      if (error instanceof BatchCancelledError)
        return { kind: 'cancelled', done: Math.min(total, error.done * CERTIFICATES_PER_FILE) };
      throw error;
    } finally {
      abort.current = null;
      setRunning(false);
    }
  }, [papers]);
  const cancel = useCallback(() => abort.current?.abort(), []);
  return { progress, running, run, cancel };
}
