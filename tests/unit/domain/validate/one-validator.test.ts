import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportScoringPack, parseScoringPack, PackError } from '../../../../renderer/src/db';
import {
  backupIntegrityHash,
  createBackup,
  readBackup,
  type BackupFile,
} from '../../../../renderer/src/db/backup';
import { loadSheetCatalog, type SheetCatalog } from '../../../../renderer/src/domain/criteria/registry';
import type { Problem } from '../../../../renderer/src/domain/problems';
import { parseRoundFileText } from '../../../../renderer/src/domain/round-file/parse';
import { scoreAndSubmit, seedRound } from '../../db/fixtures';

/**
 * One validator for every file format (issue 14): the same bad value gives the same problem —
 * code and place — in a round file, a backup and a scoring pack, because all three read with
 * the same zod building blocks and the same mapping to problems. And the same bounded JSON:
 * a BOM is read, `__proto__` and deep nesting are refused, each in its format's words.
 */

type Json = Record<string, unknown>;
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const roundText = readFileSync(
  fileURLToPath(new URL('../../../fixtures/rounds/example-round.json', import.meta.url)),
  'utf8',
);

let catalog: SheetCatalog;
let backup: BackupFile;
let pack: Json;

beforeAll(async () => {
  catalog = await loadSheetCatalog();
  const s = await seedRound({ members: 3, products: 1 });
  const [product] = s.products;
  const [member] = s.members;
  if (product === undefined || member === undefined) throw new Error('seed changed');
  await scoreAndSubmit(s, product.id, member.id, 1);
  backup = await createBackup(s.db, { appVersion: '0.1.0' });
  const exported = await exportScoringPack(
    s.db,
    { roundId: s.round.id, memberId: member.id, meetingDate: '2026-12-01' },
    'secretary',
  );
  pack = JSON.parse(new TextDecoder().decode(exported.bytes)) as Json;
});

/** The problems a round file, a backup and a pack give, as [code, last path segment]. */
function roundFileProblems(edit: (file: Json) => void): readonly Problem[] {
  const file = JSON.parse(roundText) as Json;
  edit(file);
  const read = parseRoundFileText(JSON.stringify(file), catalog);
  return read.ok ? [] : read.problems;
}

function backupProblems(edit: (file: Json) => void): readonly Problem[] {
  const file = clone(backup) as unknown as Json;
  edit(file);
  const { integrity: _old, ...rest } = file;
  const sealed = { ...rest, integrity: { algorithm: 'sha256', hash: backupIntegrityHash(rest) } };
  const read = readBackup(enc(JSON.stringify(sealed)));
  if (read.ok) return [];
  return read.problems.flatMap((p) => (p.problem === undefined ? [] : [p.problem]));
}

function packProblems(edit: (file: Json) => void): readonly Problem[] {
  const file = clone(pack);
  edit(file);
  try {
    parseScoringPack(enc(JSON.stringify(file)));
    return [];
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    return error.fileProblems;
  }
}

const first = (value: unknown, key: string): Json => {
  const list = (value as Json)[key];
  if (!Array.isArray(list) || typeof list[0] !== 'object' || list[0] === null) throw new Error(`no ${key}`);
  return list[0] as Json;
};
const shape = (problems: readonly Problem[]) =>
  problems.map((p) => ({ code: p.code, field: /[^.[\]"]+"?\]?$/.exec(p.path)?.[0] ?? '', params: p.params }));

describe('the same bad value, the same problem, in every file format', () => {
  it('a day the calendar does not have (2026-02-31) is not-a-date everywhere', () => {
    const expected = [{ code: 'not-a-date', field: 'meetingDate', params: { value: '2026-02-31' } }];
    expect(shape(roundFileProblems((f) => (first(f, 'products')['meetingDate'] = '2026-02-31')))).toEqual(
      expected,
    );
    expect(
      shape(backupProblems((f) => (first(f['tables'], 'attendance')['meetingDate'] = '2026-02-31'))),
    ).toEqual(expected);
    expect(shape(packProblems((f) => ((f['round'] as Json)['meetingDate'] = '2026-02-31')))).toEqual(
      expected,
    );
  });

  it('a pass of 1e308 (an "integer" beyond exact numbers) is out-of-range everywhere', () => {
    const expected = [{ code: 'out-of-range', field: 'pass', params: { value: 1e308, min: 1, max: 1000 } }];
    expect(shape(roundFileProblems((f) => (first(f, 'scores')['pass'] = 1e308)))).toEqual(expected);
    expect(shape(backupProblems((f) => (first(f['tables'], 'sheets')['pass'] = 1e308)))).toEqual(expected);
    expect(shape(packProblems((f) => (first(f, 'products')['pass'] = 1e308)))).toEqual(expected);
  });

  it('a pass of 1.5 is not-integer everywhere, and a pass given as text is wrong-type', () => {
    for (const [value, code] of [
      [1.5, 'not-integer'],
      ['2', 'wrong-type'],
    ] as const) {
      const codes = [
        roundFileProblems((f) => (first(f, 'scores')['pass'] = value)),
        backupProblems((f) => (first(f['tables'], 'sheets')['pass'] = value)),
        packProblems((f) => (first(f, 'products')['pass'] = value)),
      ].map((problems) => problems.map((p) => p.code));
      expect(codes).toEqual([[code], [code], [code]]);
    }
  });

  it('an unknown field is named the same way everywhere', () => {
    const expected = [{ code: 'unknown-field', field: 'colour', params: { field: 'colour' } }];
    expect(shape(roundFileProblems((f) => (first(f, 'scores')['colour'] = 'red')))).toEqual(expected);
    expect(shape(backupProblems((f) => (first(f['tables'], 'sheets')['colour'] = 'red')))).toEqual(expected);
    expect(shape(packProblems((f) => (first(f, 'products')['colour'] = 'red')))).toEqual(expected);
  });
});

describe('the same bounded JSON in every file format', () => {
  const backupText = (): string => {
    const { integrity: _old, ...rest } = clone(backup) as unknown as Json;
    return JSON.stringify({ ...rest, integrity: { algorithm: 'sha256', hash: backupIntegrityHash(rest) } });
  };
  /** A pack's bounded-JSON refusal carries the shared problems; any other refusal its reason. */
  const packCodes = (text: string): string[] => {
    try {
      parseScoringPack(enc(text));
      return ['ok'];
    } catch (error) {
      if (!(error instanceof PackError)) return [String(error)];
      return error.reason === 'unreadable' ? error.fileProblems.map((p) => p.code) : [error.reason];
    }
  };
  const backupCodes = (text: string) => {
    const read = readBackup(enc(text));
    return read.ok ? ['ok'] : read.problems.map((p) => p.code);
  };
  const roundCodes = (text: string) => {
    const read = parseRoundFileText(text, catalog);
    return read.ok ? ['ok'] : read.problems.map((p) => p.code);
  };

  it('a UTF-8 byte-order mark (Notepad writes one) is read as if absent', () => {
    expect(roundCodes(`\uFEFF${roundText}`)).toEqual(['ok']);
    expect(backupCodes(`\uFEFF${backupText()}`)).toEqual(['ok']);
    expect(packCodes(`\uFEFF${JSON.stringify(pack)}`)).toEqual(['ok']);
  });

  it('a __proto__ key is refused, not silently dropped', () => {
    const polluted = (text: string): string => text.replace(/^\{/, '{"__proto__":{"x":1},');
    expect(roundCodes(polluted(roundText))).toEqual(['forbidden-key']);
    expect(backupCodes(polluted(backupText()))).toEqual(['forbidden-key']);
    expect(packCodes(polluted(JSON.stringify(pack)))).toEqual(['forbidden-key']);
  });

  it('JSON nested 50,000 deep is a clear refusal, never a stack overflow', () => {
    const deep = `{"a":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect(roundCodes(deep)).toEqual(['json-too-deep']);
    expect(backupCodes(deep)).toEqual(['too-deep']);
    expect(packCodes(deep)).toEqual(['json-too-deep']);
  });
});
