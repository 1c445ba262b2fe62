import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../renderer/src/cli/commands';
import type { CliHost } from '../../../renderer/src/cli/host';

/** The commands called in-process with a recording host (fast; the spawned runs are in ocop-tally.test.ts). */
function recordingHost(
  args: string[],
  files: Record<string, string> = {},
): CliHost & { out: string; err: string } {
  const host = {
    args,
    out: '',
    err: '',
    readFile: (path: string): string => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    stdout: (text: string): void => {
      host.out += text;
    },
    stderr: (text: string): void => {
      host.err += text;
    },
  };
  return host;
}

const example = readFileSync(new URL('../../fixtures/rounds/example-round.json', import.meta.url), 'utf8');

describe('ocop commands', () => {
  it('tally prints JSON and nothing on stderr', async () => {
    const host = recordingHost(['tally', 'round.json'], { 'round.json': example });
    expect(await runCli(host)).toBe(0);
    expect(host.err).toBe('');
    expect(JSON.parse(host.out)).toMatchObject({ quorum: { present: 6, total: 7, met: true } });
  });

  it('a round file naming an unknown rule-set is refused with exit code 2', async () => {
    const host = recordingHost(['tally', 'r.json'], {
      'r.json': example.replace('"ruleSet": "26/2026/QĐ-TTg"', '"ruleSet": "148/QĐ-TTg"'),
    });
    expect(await runCli(host)).toBe(2);
    expect(host.out).toBe('');
    expect(host.err).toContain('round.ruleSet: bộ tiêu chí "148/QĐ-TTg" không có trong ứng dụng');
    expect(host.err).toContain('round.ruleSet: rule-set "148/QĐ-TTg" is not known to the app');
  });

  it('--help prints the usage (exit 2: nothing was done)', async () => {
    const host = recordingHost(['--help']);
    expect(await runCli(host)).toBe(2);
    expect(host.err).toContain('Usage: ocop tally|verify <round-file.json>');
    expect(host.err).not.toContain('Unknown command');
  });

  it('tally with two files is a usage error', async () => {
    const host = recordingHost(['tally', 'a.json', 'b.json']);
    expect(await runCli(host)).toBe(2);
    expect(host.err).toContain('Cách dùng');
  });
});
