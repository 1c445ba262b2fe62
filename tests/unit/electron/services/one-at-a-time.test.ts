import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../../electron/services/one-at-a-time';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('oneAtATime', () => {
  it('runs tasks one after another in the order given, even when an earlier one is slower', async () => {
    const inTurn = oneAtATime();
    const log: string[] = [];
    const task = (name: string, ms: number) =>
      inTurn(async () => {
        log.push(`${name} start`);
        await tick(ms);
        log.push(`${name} end`);
        return name;
      });
    expect(await Promise.all([task('a', 20), task('b', 1), task('c', 5)])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('a failed task fails its caller only; the next one still runs', async () => {
    const inTurn = oneAtATime();
    const failed = inTurn(() => Promise.reject(new Error('disk full')));
    const next = inTurn(() => Promise.resolve('written'));
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('written');
  });
});
