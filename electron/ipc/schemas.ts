import { z } from 'zod';
import {
  MAX_DATA_FILES_PER_WRITE,
  MAX_SIGNATURES_PER_CALL,
  type MethodArgs,
  type MethodName,
} from './contract';
import { DATA_FOLDERS, MAX_DATA_FILE_BYTES } from '../services/data-files';
import { fileNameProblem, canonicalFileName } from '../services/safe-file-name';
import { MAX_EXTERNAL_URL_LENGTH } from '../services/url-guard';
import { MAX_CERTIFICATE_FILE_BYTES } from '../services/signing/certificate-files';
import { hubBatchResultsSchema, hubCommandSchema, hubPublicationSchema, takeWaitSchema } from './hub-schemas';

/**
 * One schema per message. Everything a host receives is `unknown` until one of these parses
 * it; a payload that does not parse never reaches a service.
 */

/** Marks the issue a too-big payload raises, so the handler can answer 'too-large'. */
export const TOO_LARGE = 'too-large';

export const languageSchema = z.enum(['vi', 'en']);

export const dataFolderSchema = z.enum(DATA_FOLDERS);

/**
 * A plain file name (rules in `fileNameProblem`). The cheap length cap runs first, so a
 * hostile megabyte string is rejected before it is normalised or scanned.
 */
export const safeFileNameSchema = z
  .string()
  .min(1)
  .max(1000)
  .transform(canonicalFileName)
  .superRefine((name, ctx) => {
    const problem = fileNameProblem(name);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: `unsafe file name: ${problem}` });
  });

export const dataFileRefSchema = z.strictObject({ folder: dataFolderSchema, name: safeFileNameSchema });

export const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_DATA_FILE_BYTES, {
    message: `more than ${MAX_DATA_FILE_BYTES} bytes`,
    params: { reason: TOO_LARGE },
  });

/** Checked for shape and length here; `checkExternalUrl` decides whether it may be opened. */
export const externalUrlSchema = z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH);

export const mimeTypeSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/iu);

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[a-z0-9]{1,10})$/iu))
    .min(1)
    .max(20)
    .readonly(),
});

const fileFiltersSchema = z.array(fileFilterSchema).max(20).readonly();

export const saveFileRequestSchema = z.strictObject({
  suggestedName: safeFileNameSchema,
  bytes: bytesSchema,
  mime: mimeTypeSchema,
  filters: fileFiltersSchema.optional(),
});

export const openFileRequestSchema = z.strictObject({
  filters: fileFiltersSchema.optional(),
  multiple: z.boolean().optional(),
});

/** Files of one batch (a round's minutes, sheets and summary stay far below this). */
export const MAX_FOLDER_FILES = 5000;

export const saveFilesToFolderRequestSchema = z.strictObject({
  files: z
    .array(z.strictObject({ name: safeFileNameSchema, bytes: bytesSchema }))
    .min(1)
    .max(MAX_FOLDER_FILES)
    .readonly(),
});

/** A .p12/.pfx holds a key and a few certificates: a few kB. A megabyte is not a certificate file. */
export const MAX_P12_BYTES = 1024 * 1024;
/** Longer than any password a person types; keeps a hostile string from reaching the KDF. */
export const MAX_PASSWORD_LENGTH = 1024;
const MAX_SIGNATURE_TEXT = 300;
/** Known hashes of signed files sent for one verification (every revision of every round ever signed fits). */
export const MAX_KNOWN_HASHES = 100_000;

const finitePoint = z.number().finite().min(0).max(14_400); // 200 inches: PDF's own page size limit

export const signatureBoxSchema = z.strictObject({
  page: z.number().int().min(1).max(100_000),
  x: finitePoint,
  y: finitePoint,
  width: z.number().finite().min(60).max(14_400),
  height: z.number().finite().min(24).max(14_400),
});

export const signPdfRequestSchema = z.strictObject({
  pdf: bytesSchema,
  p12: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_P12_BYTES, {
    message: `more than ${MAX_P12_BYTES} bytes`,
    params: { reason: TOO_LARGE },
  }),
  // Never echoed: zod's messages name the rule, not the value.
  password: z.string().max(MAX_PASSWORD_LENGTH),
  role: z.enum(['chair', 'secretary']),
  reason: z.string().max(MAX_SIGNATURE_TEXT),
  location: z.string().max(MAX_SIGNATURE_TEXT),
  box: signatureBoxSchema.optional(),
});

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/u);

export const verifyPdfRequestSchema = z.strictObject({
  pdf: bytesSchema,
  knownHashes: z.array(sha256HexSchema).max(MAX_KNOWN_HASHES).readonly(),
});

/** A person's id (a UUID in practice); keys the remembered token library. */
export const personIdSchema = z.string().min(1).max(200);
/** Absolute path of a PKCS#11 library; checked again (and read) by the token service. */
export const libraryPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'NUL in path');
/** PKCS#11 PINs are at most a few dozen characters; never echoed in messages. */
export const MAX_PIN_LENGTH = 256;
const sessionIdSchema = z.string().uuid();

export const tokenLibraryRequestSchema = z.strictObject({
  personId: personIdSchema,
  path: libraryPathSchema,
});

export const openTokenSessionRequestSchema = z.strictObject({
  personId: personIdSchema,
  tokenSerial: z.string().min(1).max(64),
  certificateId: z.string().regex(/^[0-9a-f]{0,512}$/u),
  pin: z.string().min(1).max(MAX_PIN_LENGTH),
});

export const tokenSignPdfRequestSchema = z.strictObject({
  session: sessionIdSchema,
  pdf: bytesSchema,
  role: z.enum(['chair', 'secretary']),
  reason: z.string().max(MAX_SIGNATURE_TEXT),
  location: z.string().max(MAX_SIGNATURE_TEXT),
  box: signatureBoxSchema.optional(),
});

/** The documents of one `signPdfsWithToken` call: together no larger than one data file may be. */
export const tokenSignPdfsRequestSchema = z.strictObject({
  session: sessionIdSchema,
  role: tokenSignPdfRequestSchema.shape.role,
  reason: tokenSignPdfRequestSchema.shape.reason,
  location: tokenSignPdfRequestSchema.shape.location,
  documents: z
    .array(z.strictObject({ pdf: bytesSchema, box: signatureBoxSchema.optional() }))
    .min(1)
    .max(MAX_SIGNATURES_PER_CALL)
    .refine((documents) => documents.reduce((sum, d) => sum + d.pdf.byteLength, 0) <= MAX_DATA_FILE_BYTES, {
      message: `more than ${MAX_DATA_FILE_BYTES} bytes together`,
      params: { reason: TOO_LARGE },
    }),
});

export const openCertificateSessionRequestSchema = z.strictObject({
  p12: signPdfRequestSchema.shape.p12,
  // Never echoed: zod's messages name the rule, not the value.
  password: signPdfRequestSchema.shape.password,
});

export const importTrustedCertificatesRequestSchema = z.strictObject({
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_CERTIFICATE_FILE_BYTES, {
    message: `more than ${MAX_CERTIFICATE_FILE_BYTES} bytes`,
    params: { reason: TOO_LARGE },
  }),
});

/** The files of one `writeDataFiles` call: together no larger than one data file may be. */
export const dataFileWritesSchema = z
  .array(z.strictObject({ file: dataFileRefSchema, bytes: bytesSchema }))
  .max(MAX_DATA_FILES_PER_WRITE)
  .refine((files) => files.reduce((n, f) => n + f.bytes.byteLength, 0) <= MAX_DATA_FILE_BYTES, {
    message: `more than ${MAX_DATA_FILE_BYTES} bytes together`,
  });

/** The argument tuple of every method. A tuple has no room for extra arguments. */
export const argumentSchemas = {
  appInfo: z.tuple([]),
  setLanguage: z.tuple([languageSchema]),
  openExternal: z.tuple([externalUrlSchema]),
  writeDataFile: z.tuple([dataFileRefSchema, bytesSchema]),
  writeDataFiles: z.tuple([dataFileWritesSchema]),
  readDataFile: z.tuple([dataFileRefSchema]),
  listDataFiles: z.tuple([dataFolderSchema]),
  removeDataFile: z.tuple([dataFileRefSchema]),
  saveFileDialog: z.tuple([saveFileRequestSchema]),
  openFileDialog: z.tuple([openFileRequestSchema]),
  saveFilesToFolder: z.tuple([saveFilesToFolderRequestSchema]),
  signPdf: z.tuple([signPdfRequestSchema]),
  verifyPdf: z.tuple([verifyPdfRequestSchema]),
  chooseTokenLibrary: z.tuple([]),
  registerTokenLibrary: z.tuple([tokenLibraryRequestSchema]),
  listTokens: z.tuple([personIdSchema]),
  openTokenSession: z.tuple([openTokenSessionRequestSchema]),
  signPdfWithToken: z.tuple([tokenSignPdfRequestSchema]),
  signPdfsWithToken: z.tuple([tokenSignPdfsRequestSchema]),
  openCertificateSession: z.tuple([openCertificateSessionRequestSchema]),
  closeTokenSession: z.tuple([sessionIdSchema]),
  listTrustedCertificates: z.tuple([]),
  importTrustedCertificates: z.tuple([importTrustedCertificatesRequestSchema]),
  removeTrustedCertificate: z.tuple([sha256HexSchema]),
  hubCommand: z.tuple([hubCommandSchema]),
  hubPublish: z.tuple([hubPublicationSchema]),
  hubTakeOps: z.tuple([takeWaitSchema]),
  hubSettleOps: z.tuple([hubBatchResultsSchema]),
} as const;

/** Parsed arguments of a method, as the handler receives them. */
export type ParsedArgs<K extends MethodName> = z.output<(typeof argumentSchemas)[K]>;

// Compile-time proof that every schema yields what the contract promises the handler:
// a mismatch names the method here instead of surfacing as a confusing error elsewhere.
type MismatchedMethods = {
  [K in MethodName]: ParsedArgs<K> extends MethodArgs<K> ? never : K;
}[MethodName];
export const schemasMatchContract: [MismatchedMethods] extends [never] ? true : MismatchedMethods = true;
