import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  importRoundFile,
  openCouncilDb,
  recordRoundDecision,
  registerEntries,
  revokeRecognition,
} from '../../../../renderer/src/db';
import {
  forwardedPapers,
  recognisedPapers,
} from '../../../../renderer/src/domain/documents/recognition-papers';
import { loadMinutesData } from '../../../../renderer/src/features/minutes/minutes-data';
import {
  recognitionPapersInput,
  roundCertificates,
} from '../../../../renderer/src/features/register/papers-input';

/**
 * The register's papers read from the database: the decision's annex, the register's
 * certificates and the list for the Ministry come from one rule, so they list the same
 * products; certificates are in number order without gaps and a revoked one is not printed.
 */

/** The example round (closed) with every scored product unsealed and closed. */
function closedExampleRound(): string {
  const url = new URL('../../../fixtures/rounds/example-round.json', import.meta.url);
  const file = JSON.parse(readFileSync(url, 'utf8')) as { events: unknown[] };
  const by = '00000000-0000-4000-8000-000000000011';
  for (const n of ['22', '23', '25']) {
    const productId = `00000000-0000-4000-8000-0000000000${n}`;
    file.events.push({ kind: 'unseal', productId, pass: 1, at: '2026-11-27T10:00:00+07:00', by });
    file.events.push({ kind: 'close', productId, at: '2026-11-27T10:05:00+07:00', by });
  }
  return JSON.stringify(file);
}

it('the decision, the certificates and the list for the Ministry list the products the one rule picks', async () => {
  const db = await openCouncilDb(`papers-${crypto.randomUUID()}`);
  const { roundId } = await importRoundFile(db, closedExampleRound(), { asCopy: false }, 'secretary');

  const before = recognitionPapersInput(await loadMinutesData(db, roundId), await registerEntries(db));
  expect(before.decision).toBeUndefined();
  expect(before.province).toBe('tỉnh Mẫu');
  expect(before.ruleSet).toEqual({ id: '26/2026/QĐ-TTg', date: '2026-05-22' });
  expect(recognisedPapers(before).map((p) => [p.name, p.stars])).toEqual([
    ['Bưởi da xanh Tân Phú', 4],
    ['Cà phê rang xay Hòa Bình', 4],
  ]);
  expect(forwardedPapers(before).map((p) => [p.name, p.average, p.minutes.date])).toEqual([
    ['Du lịch cộng đồng làng nghề Phước Lộc', '97,50', '2026-11-27'],
  ]);
  expect(roundCertificates(await loadMinutesData(db, roundId), await registerEntries(db))).toEqual([]);

  const given = await recordRoundDecision(
    db,
    roundId,
    { decisionNumber: '125/QĐ-UBND', decisionDate: '2026-12-15' },
    'secretary',
  );
  const data = await loadMinutesData(db, roundId);
  const entries = await registerEntries(db);
  const after = recognitionPapersInput(data, entries);
  expect(after.decision).toEqual({ number: '125/QĐ-UBND', date: '2026-12-15' });
  const certificates = roundCertificates(data, entries);
  // Same products as the decision's annex, numbered 0001, 0002 without gaps.
  expect(certificates.map((c) => c.certificateNo)).toEqual(['0001/2026/GCN-OCOP', '0002/2026/GCN-OCOP']);
  expect(new Set(certificates.map((c) => c.code))).toEqual(
    new Set(recognisedPapers(after).map((p) => p.code)),
  );
  expect(given.map((g) => g.certificateNo)).toEqual(certificates.map((c) => c.certificateNo));
  expect(certificates[0]).toMatchObject({
    stars: 4,
    decisionNumber: '125/QĐ-UBND',
    decisionDate: '2026-12-15',
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh Mẫu',
  });

  // A revoked certificate is not printed; the others keep their numbers.
  const revoked = entries.find((e) => e.recognitions.some((r) => r.certificateNo === '0001/2026/GCN-OCOP'));
  const recognition = revoked?.recognitions[0];
  if (revoked === undefined || recognition === undefined) throw new Error('recognition expected');
  await revokeRecognition(db, revoked.id, recognition.id, 'Vi phạm ghi nhãn', 'secretary');
  const left = roundCertificates(await loadMinutesData(db, roundId), await registerEntries(db));
  expect(left.map((c) => c.certificateNo)).toEqual(['0002/2026/GCN-OCOP']);
});
