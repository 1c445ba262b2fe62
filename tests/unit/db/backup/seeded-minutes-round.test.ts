import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  backupSheetProblems,
  readBackup,
  restoreBackup,
  serializeBackup,
  type BackupFile,
} from '../../../../renderer/src/db/backup';
import { openCouncilDb } from '../../../../renderer/src/db';
import { describeBackupProblem } from '../../../../renderer/src/features/backup/describe-problem';
import { loadSheet } from '../../../../renderer/src/domain/criteria/registry';
import { hasCases } from '../../../../renderer/src/domain/criteria/star-marks';
import { answerProblems, criteriaOf } from '../../../../renderer/src/domain/scoring/answers';
import { invalidSheetsOf, loadMinutesScreen } from '../../../../renderer/src/features/minutes/minutes-data';
import { seedMinutesRound } from '../../../bench/browser/seed-minutes-round';

/**
 * The minutes benchmark's seeded round (one product per sheet here, 26; the benchmark seeds
 * 141) must be a round the app can tally: it once wrote `caseChoice: {}` on sheet 26, whose
 * criteria have cases, and the minutes screen of the restored round never finished. And the
 * app itself must say so — on restore and on the minutes screen — when a sheet lacks its case.
 */

const seeded = await seedMinutesRound(26);

/** The seeded backup with every sheet's case choices dropped (what the old seed wrote). */
function withoutCases(backup: BackupFile): BackupFile {
  return {
    ...backup,
    tables: { ...backup.tables, sheets: backup.tables.sheets.map((s) => ({ ...s, caseChoice: {} })) },
  };
}

async function restored(backup: BackupFile) {
  const db = await openCouncilDb(`seeded-minutes-${crypto.randomUUID()}`);
  await restoreBackup(db, backup, 'secretary');
  const roundId = backup.tables.rounds[0]?.id ?? '';
  return { db, roundId };
}

describe('the seeded minutes round', () => {
  it('reads back as a valid backup whose every sheet is complete, cases chosen', async () => {
    const read = readBackup(serializeBackup(seeded));
    expect(read.ok).toBe(true);
    expect(await backupSheetProblems(seeded)).toEqual([]);
    const tb = seeded.tables;
    expect(tb.sheets).toHaveLength(26 * 9);
    let withCases = 0;
    for (const row of tb.sheets) {
      const product = tb.products.find((p) => p.id === row.productId);
      const sheet = await loadSheet('26/2026/QĐ-TTg', product?.sheetNo ?? 0);
      expect(answerProblems(sheet, row, '', true)).toEqual([]);
      for (const { criterion } of criteriaOf(sheet))
        if (hasCases(criterion)) {
          withCases += 1;
          expect(row.caseChoice[criterion.code]).toBeDefined();
        }
    }
    expect(withCases).toBeGreaterThan(0); // sheet 26 is seeded, and its cases are chosen
  });

  it('restored, gives the minutes screen every product closed with its result', async () => {
    const { db, roundId } = await restored(seeded);
    const screen = await loadMinutesScreen(db, roundId);
    expect(screen.kind).toBe('ready');
    if (screen.kind !== 'ready') return;
    expect(screen.data.results.products).toHaveLength(26);
    for (const p of screen.data.results.products) {
      expect(p.current).not.toBeNull();
      expect(p.state.closed).not.toBeNull();
    }
    expect(await invalidSheetsOf(db, roundId)).toEqual([]);
    db.close();
  });
});

describe('sheets without their case choice', () => {
  const broken = withoutCases(seeded);

  it('refuse the restore, naming the member, the product and the criteria (Vietnamese and English)', async () => {
    const problems = await backupSheetProblems(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'sheet-case-missing')).toBe(true);
    const first = problems[0];
    if (first === undefined) return;
    const vi = describeBackupProblem(first, 'vi');
    const en = describeBackupProblem(first, 'en');
    expect(vi).toMatch(
      /^Phiếu chấm của .+ cho sản phẩm ".+ 26" \(đợt "Đợt đo tốc độ biên bản"\) chưa chọn trường hợp ở tiêu chí \S/u,
    );
    expect(en).toMatch(/has no case chosen for criterion \S/u);
    expect(vi).not.toMatch(/\{\w+\}/u);
    expect(en).not.toMatch(/\{\w+\}/u);
  });

  it('make the minutes screen report the sheets instead of failing', async () => {
    const { db, roundId } = await restored(broken);
    expect(await loadMinutesScreen(db, roundId)).toEqual({ kind: 'sheets-invalid' });
    const invalid = await invalidSheetsOf(db, roundId);
    expect(invalid).toHaveLength(9); // the nine scorers of the sheet-26 product
    for (const s of invalid) {
      expect(s.caseMissing).toBe(true);
      expect(s.product).toMatch(/ 26$/u);
      expect(s.member).not.toMatch(/^0000/u); // a name, not an id
      expect(s.criteria.length).toBeGreaterThan(0);
    }
    db.close();
  });
});
