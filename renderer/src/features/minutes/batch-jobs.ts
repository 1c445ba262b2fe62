import type { CriteriaSheet } from '../../domain/criteria/types';
import { previousPassScore } from '../../domain/documents/pass-results';
import type { ScoringSheetInput } from '../../domain/documents/types';
import type { DocumentJob } from '../../documents/batch';
import { sheetJobs, summaryJob } from '../../documents/jobs';
import { documentProductOf, roundInfoOf, summaryInputOf } from './minutes-input';
import { MINUTES_LANGUAGE, productMinutesJob, type MinutesData } from './minutes-data';

export interface BatchChoice {
  readonly sheets: boolean;
  readonly summary: boolean;
}

/** Products whose minutes can be made: their result is known (unsealed, or disqualified). */
export function productsWithMinutes(data: MinutesData): string[] {
  return data.results.products
    .filter((r) => r.current !== null || r.state.closed !== null)
    .map((r) => r.product.id);
}

/** Each scorer's counted sheet of a product (the engine's member scores, last revealed pass). */
function sheetInputs(data: MinutesData, productId: string, sheet: CriteriaSheet): ScoringSheetInput[] {
  const index = data.results.products.findIndex((r) => r.product.id === productId);
  const result = data.results.products[index];
  if (result === undefined) return [];
  const round = roundInfoOf(data.bundle);
  const product = documentProductOf(result, index + 1);
  return result.result.memberScores.flatMap((score) => {
    const row = data.bundle.sheets.find(
      (s) => s.productId === productId && s.memberId === score.memberId && s.pass === score.pass,
    );
    const member = data.bundle.members.find((m) => m.id === score.memberId);
    if (row === undefined || member === undefined) return [];
    const previous = previousPassScore(result.passResults, score.memberId, score.pass);
    return [
      {
        round,
        sheet,
        product,
        member: { name: member.person.fullName },
        answers: { answers: row.answers, caseChoice: row.caseChoice, opinion: row.opinion, pass: row.pass },
        score: score.score,
        ...(previous !== undefined && { previous }),
      },
    ];
  });
}

/**
 * The round's paperwork as jobs, in reading order: every product's minutes (with the audit
 * head in the footer), then, if chosen, every member's sheet per product, then the summary.
 * `sheets` maps sheet numbers to the loaded criteria sheets.
 */
export function roundJobs(
  data: MinutesData,
  sheets: ReadonlyMap<number, CriteriaSheet>,
  head: string,
  choice: BatchChoice,
): DocumentJob[] {
  const ids = productsWithMinutes(data);
  const sheetOf = (productId: string): CriteriaSheet | undefined => {
    const no = data.bundle.products.find((p) => p.id === productId)?.sheetNo;
    return no === undefined ? undefined : sheets.get(no);
  };
  const minutes = ids.flatMap((id) => {
    const sheet = sheetOf(id);
    const job = sheet === undefined ? null : productMinutesJob(data, id, sheet, head);
    return job === null ? [] : [job];
  });
  const memberSheets = choice.sheets
    ? sheetJobs(
        ids.flatMap((id) => {
          const sheet = sheetOf(id);
          return sheet === undefined ? [] : sheetInputs(data, id, sheet);
        }),
        data.results.products.length,
        MINUTES_LANGUAGE,
      )
    : [];
  const summary = choice.summary
    ? [summaryJob(summaryInputOf(data.bundle, data.results), MINUTES_LANGUAGE)]
    : [];
  return [...minutes, ...memberSheets, ...summary];
}
