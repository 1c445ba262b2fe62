import type { Language } from '../i18n/define';
import { minutesDocument } from '../domain/documents/minutes';
import { blankSheetDocument, scoringSheetDocument } from '../domain/documents/scoring-sheet';
import { summaryDocument } from '../domain/documents/summary';
import type {
  BlankSheetInput,
  MinutesInput,
  ScoringSheetInput,
  SummaryInput,
} from '../domain/documents/types';
import type { DocumentJob } from './batch';
import { blankSheetFileName, minutesFileName, sheetFileName, summaryFileName } from './file-names';
import { docWords } from './words';

/** The jobs of a round's paperwork, named as they will be saved. */

export function minutesJobs(inputs: readonly MinutesInput[], language: Language): DocumentJob[] {
  return inputs.map((input) => ({
    fileName: minutesFileName(language, input.product.order, inputs.length, input.product.name),
    build: () => minutesDocument(input, docWords(language)),
  }));
}

/** Scoring sheets; `productCount` sets the width of the running number (as in the minutes). */
export function sheetJobs(
  inputs: readonly ScoringSheetInput[],
  productCount: number,
  language: Language,
): DocumentJob[] {
  return inputs.map((input) => ({
    fileName: sheetFileName(
      language,
      input.product.order,
      productCount,
      input.product.name,
      input.member.name,
    ),
    build: () => scoringSheetDocument(input, docWords(language)),
  }));
}

export function blankSheetJobs(inputs: readonly BlankSheetInput[], language: Language): DocumentJob[] {
  return inputs.map((input) => ({
    fileName: blankSheetFileName(language, input.sheet.sheetNo, input.sheet.name),
    build: () => blankSheetDocument(input, docWords(language)),
  }));
}

export function summaryJob(input: SummaryInput, language: Language): DocumentJob {
  return {
    fileName: summaryFileName(language, input.name),
    build: () => summaryDocument(input, docWords(language)),
  };
}
