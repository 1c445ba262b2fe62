import { problem, problemLine } from '../../domain/problems';
import type { ImportedRegisterLine } from '../../domain/spreadsheet/register-list';
import type { CouncilDb } from '../council-db';
import { ValidationError } from '../errors';
import type { Actor, RegisterEntryRow, RegisterRecognition } from '../rows';
import { writeTx } from '../tx';
import { requireIsoDate, requireText } from './guards';

export interface RegisterImportSummary {
  readonly batchId: string;
  /** new register entries */
  readonly created: number;
  /** entries found by code that received the recognition */
  readonly merged: number;
  /** lines whose recognition the entry already held (same decision, date and stars): nothing changed */
  readonly unchanged: number;
}

const sameRecognition = (a: RegisterRecognition, b: RegisterRecognition): boolean =>
  a.decisionNumber === b.decisionNumber && a.decisionDate === b.decisionDate && a.stars === b.stars;

/**
 * Adds an existing register (the Excel import, issue 12) in ONE transaction: all lines or
 * none, with ONE "register.import" audit event for the batch. A line whose code the register
 * already holds is merged into that entry: the entry keeps its name, producer, round links and
 * recognitions, and gains the imported recognition (unless it already holds the same decision).
 * Every line is checked again here (code, name, stars 3–5, decision, ISO date, a certificate
 * number no other product holds): the first refusal aborts the whole batch, naming the line.
 */
export async function importRegisterLines(
  db: CouncilDb,
  lines: readonly ImportedRegisterLine[],
  source: { readonly fileName: string },
  actor: Actor,
): Promise<RegisterImportSummary> {
  if (lines.length === 0)
    throw new ValidationError('invalid-input', [problemLine(problem('lines', 'empty-text'))]);
  const checked = lines.map((line, i) => {
    const where = `#${i + 1}`;
    if (line.stars !== 3 && line.stars !== 4 && line.stars !== 5)
      throw new ValidationError('invalid-input', [`${where}: stars ${String(line.stars)}`]);
    return {
      ...line,
      code: requireText(`${where} code`, line.code),
      name: requireText(`${where} name`, line.name),
      decisionNumber: requireText(`${where} decisionNumber`, line.decisionNumber),
      decisionDate: requireIsoDate(`${where} decisionDate`, line.decisionDate),
      certificateNo: line.certificateNo.trim(),
    };
  });
  const codes = new Set<string>();
  for (const [i, line] of checked.entries()) {
    if (codes.has(line.code)) throw new ValidationError('duplicate', [`#${i + 1}: code ${line.code}`]);
    codes.add(line.code);
  }
  return writeTx(db, async (t, audit) => {
    const at = db.now();
    const batchId = db.newId();
    const all = await t.registerEntries.toArray();
    const byCode = new Map(all.filter((e) => e.code !== '').map((e) => [e.code, e]));
    const certificateHolder = new Map<string, string>();
    for (const e of all)
      for (const r of e.recognitions)
        if (r.certificateNo !== '') certificateHolder.set(r.certificateNo, e.code);
    let created = 0;
    let merged = 0;
    let unchanged = 0;
    const written: RegisterEntryRow[] = [];
    for (const [i, line] of checked.entries()) {
      if (line.certificateNo !== '') {
        const holder = certificateHolder.get(line.certificateNo);
        if (holder !== undefined && holder !== line.code)
          throw new ValidationError('duplicate', [`#${i + 1}: certificate ${line.certificateNo}`]);
        certificateHolder.set(line.certificateNo, line.code);
      }
      const recognition: RegisterRecognition = {
        id: db.newId(),
        stars: line.stars,
        decisionNumber: line.decisionNumber,
        decisionDate: line.decisionDate,
        certificateNo: line.certificateNo,
      };
      const existing = byCode.get(line.code);
      if (existing === undefined) {
        created += 1;
        written.push({
          id: db.newId(),
          code: line.code,
          name: line.name,
          producer: { name: line.producerName, address: '', phone: '', commune: line.commune },
          sheetNo: null,
          productIds: [],
          recognitions: [recognition],
          createdAt: at,
          updatedAt: at,
        });
      } else if (existing.recognitions.some((r) => sameRecognition(r, recognition))) {
        unchanged += 1;
      } else {
        merged += 1;
        written.push({ ...existing, recognitions: [...existing.recognitions, recognition], updatedAt: at });
      }
    }
    await t.registerEntries.bulkPut(written);
    const summary: RegisterImportSummary = { batchId, created, merged, unchanged };
    await audit({
      actor,
      action: 'register.import',
      entity: 'registerEntries',
      entityId: batchId,
      roundId: null,
      before: null,
      after: { ...summary, fileName: source.fileName, count: checked.length, lines: checked },
    });
    return summary;
  });
}
