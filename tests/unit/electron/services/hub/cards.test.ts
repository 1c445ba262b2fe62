import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardRegistry, type JoinedDevice } from '../../../../../electron/services/hub/cards';

/**
 * The cards file under members joining at once: every binding a member was given must still
 * be there when the hub (or the app) restarts — otherwise a device that kept scoring through the
 * restart is told "join again" and its open sheet disappears (seen on CI, issue 9).
 */

const ROUND = 'round-1';
const DAY = '2026-12-07';
const MEMBERS = Array.from({ length: 15 }, (_, i) => `member-${i + 1}`);

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ocop-cards-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const open = () =>
  CardRegistry.open({
    dataDir,
    roundId: ROUND,
    meetingDate: DAY,
    memberIds: MEMBERS,
    now: () => Date.now(),
    onProblem: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
  });

describe('the hub’s cards file', () => {
  it('keeps every binding of members who joined at the same moment, across a restart', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      rmSync(join(dataDir, 'hub'), { recursive: true, force: true });
      const registry = await open();
      const codes = registry.cardViews((s) => s).map((c) => c.shortCode);
      const joined: JoinedDevice[] = await Promise.all(
        codes.map((code) => registry.joinWithCode(code, { label: 'Chrome', kind: 'phone' })),
      );
      const restarted = await open();
      for (const device of joined)
        expect(restarted.authenticate(device.deviceId, device.deviceToken)?.memberId).toBe(device.memberId);
    }
  });

  it('keeps the last change when a join, a re-issue and a disconnect race', async () => {
    const registry = await open();
    const [a, b, c] = registry.cardViews((s) => s);
    if (a === undefined || b === undefined || c === undefined) throw new Error('three cards');
    const first = await registry.joinWithCode(a.shortCode, { label: 'Safari', kind: 'tablet' });
    const [, , joined] = await Promise.all([
      registry.reissue(a.memberId),
      registry.disconnect(b.memberId),
      registry.joinWithCode(c.shortCode, { label: 'Firefox', kind: 'laptop' }),
    ]);
    const restarted = await open();
    expect(restarted.authenticate(first.deviceId, first.deviceToken)).toBeNull();
    expect(restarted.authenticate(joined.deviceId, joined.deviceToken)?.memberId).toBe(c.memberId);
    const card = restarted.cardViews((s) => s).find((x) => x.memberId === a.memberId);
    expect(card?.used).toBe(false);
  });
});
