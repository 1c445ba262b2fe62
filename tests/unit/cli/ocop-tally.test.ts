import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSheetCatalog } from '../../../renderer/src/domain/criteria/registry';
import { parseRoundFileText } from '../../../renderer/src/domain/round-file/parse';
import { tallyReport, tallyRound } from '../../../renderer/src/domain/round-file/tally';

/**
 * The auditor's command line, run as a user runs it (a real process through tsx), on the
 * example round kept in the repository and on broken files.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = (name: string): string => join(root, 'tests/fixtures/rounds', name);

function ocop(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'renderer/src/cli/ocop.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts real processes (npx, tsx): allow for a busy machine.
describe('ocop tally <round-file>', { timeout: 90_000 }, () => {
  it("prints every product's result and the quorum as JSON, computed by the same domain code as the app", async () => {
    const run = ocop('tally', fixture('example-round.json'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed: unknown = JSON.parse(run.stdout);
    const catalog = await loadSheetCatalog();
    const parsed = parseRoundFileText(readFileSync(fixture('example-round.json'), 'utf8'), catalog);
    if (!parsed.ok) throw new Error('example invalid');
    expect(printed).toEqual(tallyReport(tallyRound(parsed.value, catalog)));
    expect(printed).toMatchObject({
      quorum: { present: 6, total: 7, met: true },
      products: [
        {
          stars: 4,
          outcome: 'recognise',
          unmetMinimums: [{ criterion: '1.5', level: 5, membersMeeting: 2, membersScoring: 6 }],
        },
        { stars: 4, outcome: 'recognise' },
        { stars: 5, outcome: 'forward-5-star' },
        { stars: null, outcome: 'disqualified' },
        { stars: 2, outcome: 'not-recognised' },
      ],
    });
    const first = (printed as { products: Record<string, unknown>[] }).products[0];
    // Each product is named as people know it, not by its id alone.
    expect(first).toMatchObject({
      code: expect.stringMatching(/^\d{2}-\d{5}-\d{3}-\d{4}$/),
      name: expect.any(String),
    });
    expect(Object.keys(first ?? {})).toEqual([
      'id',
      'code',
      'name',
      'average',
      'spread',
      'spreadExceeded',
      'band',
      'minimumsLevel',
      'stars',
      'unmetMinimums',
      'outcome',
    ]);
    expect(Object.keys((first?.['average'] ?? {}) as object)).toEqual(['A', 'B', 'C', 'total']);
  });

  it('works as documented, `npm run --silent ocop -- tally <file>`, with a path relative to the folder it is typed in', () => {
    const run = spawnSync('npm', ['run', '--silent', 'ocop', '--', 'tally', 'example-round.json'], {
      cwd: join(root, 'tests/fixtures/rounds'),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ quorum: { met: true } });
  });

  it('rejects a broken round file: every problem on stderr in Vietnamese and English, exit code 2', () => {
    const run = ocop('tally', fixture('broken-round.json'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('không hợp lệ (7 lỗi)');
    expect(run.stderr).toContain('is invalid (7 problems)');
    expect(run.stderr).toContain('products[4].sheet: không có phiếu số 27 trong bộ tiêu chí 26/2026/QĐ-TTg');
    expect(run.stderr).toContain('products[4].sheet: no sheet 27 in rule-set 26/2026/QĐ-TTg');
    expect(run.stderr).toContain(
      'scores[2].memberId: thành viên "00000000-0000-4000-8000-000000000017" vắng mặt nhưng có phiếu chấm',
    );
  });

  it('rejects a file that is not JSON, and one that does not exist, with exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-cli-'));
    writeFileSync(join(dir, 'truncated.json'), '{"format": "ocop-council/round", "version": 1, "round": {');
    const truncated = ocop('tally', join(dir, 'truncated.json'));
    expect([truncated.status, truncated.stdout]).toEqual([2, '']);
    expect(truncated.stderr).toContain('không phải JSON hợp lệ');
    const missing = ocop('tally', join(dir, 'nowhere.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Không đọc được tệp');
  });

  it('reads a file with a UTF-8 BOM as the app does; refuses JSON nested 50,000 deep with exit 2 (tally and verify)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-cli-'));
    const text = readFileSync(fixture('example-round.json'), 'utf8');
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${text}`);
    const bom = ocop('tally', join(dir, 'bom.json'));
    expect(bom.status, bom.stderr).toBe(0);
    expect(bom.stdout).toBe(ocop('tally', fixture('example-round.json')).stdout);
    writeFileSync(
      join(dir, 'deep.json'),
      text.replace('"round": {', `"round": {"x": ${'['.repeat(50_000)}${']'.repeat(50_000)},`),
    );
    for (const command of ['tally', 'verify']) {
      const deep = ocop(command, join(dir, 'deep.json'));
      expect([deep.status, deep.stdout], command).toEqual([2, '']);
      expect(deep.stderr).toContain('dữ liệu lồng nhau quá sâu');
      expect(deep.stderr).toContain('the data is nested too deeply');
    }
  });

  it('prints the usage and exits 2 for an unknown command, a missing argument or nothing at all', () => {
    const runs = [['count', 'x.json'], ['tally'], []].map((args) => ({ args, run: ocop(...args) }));
    for (const { args, run } of runs) {
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Cách dùng: ocop tally');
      expect(run.stderr).toContain('Usage: ocop tally');
    }
    expect(runs[0]?.run.stderr).toContain('Lệnh không được biết: "count"');
  });
});
