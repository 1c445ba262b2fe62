import { z } from 'zod';
import type { MethodArgs, MethodName } from './contract';
import { DATA_FOLDERS, MAX_DATA_FILE_BYTES } from '../services/data-files';
import { fileNameProblem, canonicalFileName } from '../services/safe-file-name';
import { MAX_EXTERNAL_URL_LENGTH } from '../services/url-guard';

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

/** The argument tuple of every method. A tuple has no room for extra arguments. */
export const argumentSchemas = {
  appInfo: z.tuple([]),
  setLanguage: z.tuple([languageSchema]),
  openExternal: z.tuple([externalUrlSchema]),
  writeDataFile: z.tuple([dataFileRefSchema, bytesSchema]),
  readDataFile: z.tuple([dataFileRefSchema]),
  listDataFiles: z.tuple([dataFolderSchema]),
  removeDataFile: z.tuple([dataFileRefSchema]),
  saveFileDialog: z.tuple([saveFileRequestSchema]),
  openFileDialog: z.tuple([openFileRequestSchema]),
} as const;

/** Parsed arguments of a method, as the handler receives them. */
export type ParsedArgs<K extends MethodName> = z.output<(typeof argumentSchemas)[K]>;

// Compile-time proof that every schema yields what the contract promises the handler:
// a mismatch names the method here instead of surfacing as a confusing error elsewhere.
type MismatchedMethods = {
  [K in MethodName]: ParsedArgs<K> extends MethodArgs<K> ? never : K;
}[MethodName];
export const schemasMatchContract: [MismatchedMethods] extends [never] ? true : MismatchedMethods = true;
