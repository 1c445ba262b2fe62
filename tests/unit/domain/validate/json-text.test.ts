import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importSheetFile } from '../../../../renderer/src/domain/criteria/import-sheet';
import { loadSheetCatalog } from '../../../../renderer/src/domain/criteria/registry';
import { parseRoundFileText } from '../../../../renderer/src/domain/round-file/parse';
import { tallyRound } from '../../../../renderer/src/domain/round-file/tally';
import {
  jsonDepthExceeds,
  MAX_JSON_DEPTH,
  parseJsonBytes,
  parseJsonText,
} from '../../../../renderer/src/domain/validate/json-text';

const example = readFileSync(
  fileURLToPath(new URL('../../../fixtures/rounds/example-round.json', import.meta.url)),
  'utf8',
);
const codes = (result: { ok: boolean; problems?: readonly { code: string }[] }) =>
  result.ok ? [] : (result.problems ?? []).map((p) => p.code);

describe('parseJsonText: the one door for JSON from outside', () => {
  it('nesting tens of thousands deep is a clear problem, not a stack overflow', () => {
    expect(codes(parseJsonText('['.repeat(50_000) + ']'.repeat(50_000)))).toEqual(['json-too-deep']);
    expect(
      codes(parseJsonText('{"a":'.repeat(MAX_JSON_DEPTH + 1) + '1' + '}'.repeat(MAX_JSON_DEPTH + 1))),
    ).toEqual(['json-too-deep']);
    expect(parseJsonText('{"a":'.repeat(MAX_JSON_DEPTH) + '1' + '}'.repeat(MAX_JSON_DEPTH)).ok).toBe(true);
    // Brackets inside strings (escaped quotes included) are text.
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[\\"[[['.repeat(100) }), 3)).toBe(false);
  });

  it('reports __proto__, constructor and prototype keys with their path, at any depth', () => {
    const result = parseJsonText('{"a":[{"b":1,"__proto__":{"polluted":true}}],"constructor":1}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual(
        expect.arrayContaining([
          { path: 'a[0].__proto__', code: 'forbidden-key', params: { field: '__proto__' } },
          { path: 'constructor', code: 'forbidden-key', params: { field: 'constructor' } },
        ]),
      );
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('skips a UTF-8 byte-order mark; other syntax errors stay json-syntax', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(codes(parseJsonText('{"a":'))).toEqual(['json-syntax']);
    expect(codes(parseJsonText('\uFEFF\uFEFF{}'))).toEqual(['json-syntax']);
  });
});

describe('round files and criteria sheets through it', () => {
  it('a round file with a BOM reads as without', async () => {
    const catalog = await loadSheetCatalog();
    const plain = parseRoundFileText(example, catalog);
    const withBom = parseRoundFileText(`\uFEFF${example}`, catalog);
    expect(withBom).toEqual(plain);
    expect(plain.ok).toBe(true);
  });

  it('a pass of 1e308 is out of range (it passed as an integer and replaced a member’s score)', async () => {
    const catalog = await loadSheetCatalog();
    const file = JSON.parse(example) as { scores: { pass: number }[] };
    const [first] = file.scores;
    if (first === undefined) throw new Error('no score');
    file.scores.push({ ...first, pass: 1e308 });
    const parsed = parseRoundFileText(JSON.stringify(file), catalog);
    expect(codes(parsed)).toEqual(['out-of-range']);
    const huge = JSON.parse(example) as { scores: { pass: number }[] };
    huge.scores.push({ ...first, pass: 2 ** 53 + 2 });
    expect(codes(parseRoundFileText(JSON.stringify(huge), catalog))).toContain('out-of-range');
    // …and the untouched file still tallies.
    const ok = parseRoundFileText(example, catalog);
    if (ok.ok) expect(tallyRound(ok.value, catalog).products.length).toBeGreaterThan(0);
  });

  it('a round file with __proto__ or nested too deep is refused with that problem', async () => {
    const catalog = await loadSheetCatalog();
    const polluted = example.replace('"round": {', '"round": {"__proto__": {"name": "x"},');
    expect(polluted).not.toBe(example);
    expect(codes(parseRoundFileText(polluted, catalog))).toEqual(['forbidden-key']);
    const deep = example.replace('"round": {', `"round": {"x": ${'['.repeat(40_000)}${']'.repeat(40_000)},`);
    expect(codes(parseRoundFileText(deep, catalog))).toEqual(['json-too-deep']);
  });

  it('a criteria sheet file nested too deep is refused with that problem', () => {
    expect(codes(importSheetFile('['.repeat(40_000) + ']'.repeat(40_000)))).toEqual(['json-too-deep']);
    expect(codes(importSheetFile('\uFEFF{"__proto__":1}'))).toEqual(['forbidden-key']);
  });

  it('bytes go through the same door: size and UTF-8 first, then the text checks', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(parseJsonBytes(bytes('{"a":1}'), 1024)).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"a":1}')]), 1024)).toEqual({
      ok: true,
      value: { a: 1 },
    });
    expect(parseJsonBytes(new Uint8Array(3 * 1024 * 1024), 2 * 1024 * 1024)).toEqual({
      ok: false,
      problems: [{ path: '', code: 'file-too-large', params: { size: 3, max: 2 } }],
    });
    expect(codes(parseJsonBytes(new Uint8Array([0x7b, 0xff, 0x7d]), 1024))).toEqual(['not-utf8']);
    for (const text of ['['.repeat(40_000) + ']'.repeat(40_000), '{"__proto__":1}', '{"a":']) {
      expect(parseJsonBytes(bytes(text), 1024 * 1024)).toEqual(parseJsonText(text));
    }
  });
});
