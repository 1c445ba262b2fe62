import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../renderer/src/cli/commands';
import type { CliHost } from '../../../renderer/src/cli/host';
import {
  addMember,
  applyHubBatches,
  createPerson,
  createProduct,
  createRound,
  exportRoundFileText,
  openCouncilDb,
  updateRound,
} from '../../../renderer/src/db';
import { parseRoundFileText } from '../../../renderer/src/domain/round-file/parse';
import { serializeRoundFile } from '../../../renderer/src/domain/round-file/serialize';
import { loadSheet, loadSheetCatalog } from '../../../renderer/src/domain/criteria/registry';
import { seedRound } from '../db/fixtures';

function host(args: string[], files: Record<string, string>): CliHost & { out: string; err: string } {
  const h = {
    args,
    out: '',
    err: '',
    readFile: (path: string): string => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    stdout: (text: string): void => void (h.out += text),
    stderr: (text: string): void => void (h.err += text),
  };
  return h;
}

async function roundFileText(): Promise<string> {
  const db = await openCouncilDb(`verify-${Math.random()}`);
  const round = await createRound(
    db,
    { name: 'Vòng kiểm tra', level: 'province', province: 'Tây Ninh', meetingDates: ['2026-12-01'] },
    'secretary',
  );
  const chair = await createPerson(db, { fullName: 'Nguyễn Văn An' }, 'secretary');
  await addMember(db, round.id, chair.id, 'chair', 'secretary');
  await createProduct(
    db,
    round.id,
    {
      name: '<script>Cà phê</script>',
      code: '79-26734-001-2026',
      sheetNo: 13,
      producer: { name: '=cmd|x', address: '', phone: '', commune: '' },
      kind: 'first',
    },
    'secretary',
  );
  await updateRound(db, round.id, { venue: 'Hội trường UBND tỉnh' }, 'secretary');
  return exportRoundFileText(db, round.id);
}

describe('ocop verify <round-file>', () => {
  it('the round file carries the chain; it verifies, and reads and writes back unchanged', async () => {
    const text = await roundFileText();
    const parsed = parseRoundFileText(text, await loadSheetCatalog());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.audit?.map((e) => e.action)).toEqual([
      'round.create',
      'member.add',
      'product.create',
      'round.update',
    ]);
    expect(serializeRoundFile(parsed.value)).toBe(text);
    const h = host(['verify', 'r.json'], { 'r.json': text });
    expect(await runCli(h)).toBe(0);
    expect(JSON.parse(h.out)).toMatchObject({ ok: true, events: 4, headHash: parsed.value.audit?.[3]?.hash });
  });

  it("an event edited behind the app's back is named, exit code 3", async () => {
    const file = JSON.parse(await roundFileText());
    file.audit[2].after.product.name = 'Cà phê (đã sửa)';
    const h = host(['verify', 'r.json'], { 'r.json': JSON.stringify(file) });
    expect(await runCli(h)).toBe(3);
    expect(h.err).toContain('sự kiện số 3');
    expect(h.err).toContain('event 3');
    expect(h.err).toContain('product.create');
    expect(JSON.parse(h.out)).toMatchObject({
      ok: false,
      brokenAt: { seq: 3, problem: 'hash-mismatch' },
      verified: 2,
    });
  });

  it('a removed event breaks the chain at the next one; a file without a trail says so', async () => {
    const file = JSON.parse(await roundFileText());
    file.audit.splice(1, 1);
    const h = host(['verify', 'r.json'], { 'r.json': JSON.stringify(file) });
    expect(await runCli(h)).toBe(3);
    expect(JSON.parse(h.out)).toMatchObject({ brokenAt: { seq: 3, problem: 'seq-gap' } });
    delete file.audit;
    const none = host(['verify', 'r.json'], { 'r.json': JSON.stringify(file) });
    expect(await runCli(none)).toBe(2);
    expect(none.err).toContain('audit');
  });

  it('answers that came through the meeting hub (events with `via`) read, verify and tally', async () => {
    const s = await seedRound({
      members: 2,
      products: 1,
      db: await openCouncilDb(`verify-${Math.random()}`),
    });
    const product = s.products[0]?.id ?? '';
    const member = s.members[1]?.id ?? '';
    const sheet = await loadSheet(s.round.ruleSetId, 1);
    const [first, second] = sheet.parts.flatMap((p) =>
      p.sections.flatMap((x) => x.criteria.map((c) => c.code)),
    );
    const [result] = await applyHubBatches(s.db, [
      {
        batchId: 'b-1',
        roundId: s.round.id,
        meetingDate: '2026-12-01',
        memberId: member,
        deviceId: 'dev-1',
        deviceLabel: 'Android · Chrome',
        ops: [first, second].map((criterion, i) => ({
          opId: `op-${i}`,
          productId: product,
          pass: 1,
          clock: i + 1,
          change: { kind: 'answer', criterion: criterion ?? '', answer: 0 },
        })),
      },
    ]);
    expect(result?.outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
    const text = await exportRoundFileText(s.db, s.round.id);
    const parsed = parseRoundFileText(text, await loadSheetCatalog());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.audit?.filter((e) => e.via !== undefined).map((e) => e.via)).toEqual([
      { kind: 'hub', deviceId: 'dev-1', deviceLabel: 'Android · Chrome' },
      { kind: 'hub', deviceId: 'dev-1', deviceLabel: 'Android · Chrome' },
    ]);
    expect(serializeRoundFile(parsed.value)).toBe(text);
    const verified = host(['verify', 'r.json'], { 'r.json': text });
    expect(await runCli(verified)).toBe(0);
    const tallied = host(['tally', 'r.json'], { 'r.json': text });
    expect(await runCli(tallied)).toBe(0);
    // A device label changed in the file breaks the chain: `via` is part of what is hashed.
    const forged = JSON.parse(text);
    forged.audit.find((e: { via?: unknown }) => e.via !== undefined).via.deviceLabel = 'Laptop';
    const h = host(['verify', 'r.json'], { 'r.json': JSON.stringify(forged) });
    expect(await runCli(h)).toBe(3);
    // An unknown kind of device is refused by the reader, with the field named.
    forged.audit.find((e: { via?: unknown }) => e.via !== undefined).via = { kind: 'fax' };
    const odd = host(['tally', 'r.json'], { 'r.json': JSON.stringify(forged) });
    expect(await runCli(odd)).not.toBe(0);
    expect(odd.err).toContain('via');
  });
});
