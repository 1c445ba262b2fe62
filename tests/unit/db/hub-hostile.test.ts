import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeetingHub, type MeetingHub } from '../../../electron/services/hub';
import {
  applyHubBatches,
  closeProduct,
  memberViewsOf,
  recuseMember,
  unsealProduct,
} from '../../../renderer/src/db';
import { scoreAndSubmit, seedRound, type Seeded } from './fixtures';
import { withWords } from '../../../renderer/src/features/hub/refusal-words';

/**
 * Issue 9 "What must show": hostile requests to the member API, through the WHOLE path — the real
 * hub on 127.0.0.1, a stand-in for the secretary's page committing with the real repositories
 * (applyHubBatches, as HubProvider does), and the database — each refused with a reason, and the
 * database (sheets, audit trail, hub ledger) byte-for-byte the same afterwards.
 */

const DAY = '2026-12-01';
const label = () => ({ vi: 'Thành viên', en: 'Member' });

interface Answer {
  readonly status: number;
  readonly body: string;
}

function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      // The hub closes the connection on a too-large body: that is a refusal too.
      error.code === 'ECONNRESET' || error.code === 'EPIPE'
        ? resolve({ status: 413, body: '{"error":"too-large"}' })
        : reject(error),
    );
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

async function snapshot(s: Seeded): Promise<string> {
  return JSON.stringify([
    await s.db.sheets.toArray(),
    await s.db.audit.toArray(),
    await s.db.hubOps.toArray(),
    await s.db.productStates.toArray(),
  ]);
}

let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
});

/** A round on the hub, the secretary's page committing what arrives, and three joined devices. */
async function meeting() {
  const s = await seedRound({ members: 4, products: 3 });
  const dataDir = mkdtempSync(join(tmpdir(), 'ocop-hub-hostile-'));
  const hub: MeetingHub = createMeetingHub({
    staticDir: join(dataDir, 'static'),
    dataDir,
    logError: () => undefined,
    listAddresses: () => ['127.0.0.1'],
    settleTimeoutMs: 5000,
  });
  const memberIds = s.members.map((m) => m.id);
  const status = await hub.command({
    kind: 'open',
    roundId: s.round.id,
    meetingDate: DAY,
    memberIds,
    bindAddress: '127.0.0.1',
    port: 0,
  });
  const port = status.port ?? 0;
  const host = `127.0.0.1:${port}`;
  const publish = async () =>
    hub.publish({
      roundId: s.round.id,
      meetingDate: DAY,
      views: await memberViewsOf(s.db, s.round.id, DAY, label),
    });
  let running = true;
  const page = (async () => {
    while (running) {
      const batches = await hub.takeOps(50);
      if (batches.length > 0) hub.settleOps(withWords(await applyHubBatches(s.db, batches)));
    }
  })();
  stop = async () => {
    running = false;
    await page;
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const json = (extra: Record<string, string> = {}) => ({
    'Content-Type': 'application/json',
    Host: host,
    ...extra,
  });
  const devices = new Map<string, Record<string, string>>();
  for (const memberId of memberIds.slice(1)) {
    const card = status.cards.find((c) => c.memberId === memberId)?.shortCode ?? '';
    const joined = await send(port, {
      method: 'POST',
      path: '/m/join',
      headers: json(),
      body: JSON.stringify({ code: card }),
    });
    const device = JSON.parse(joined.body) as { deviceId: string; deviceToken: string };
    devices.set(memberId, { Authorization: `Device ${device.deviceId}.${device.deviceToken}` });
  }
  return { s, port, host, json, devices, publish };
}

let clock = 100;
const opsBody = (productId: string, opId: string, change: object, at = ++clock) =>
  JSON.stringify({ ops: [{ opId, productId, pass: 1, clock: at, change }] });

describe('hostile requests through the hub change nothing in the database', () => {
  it('each is refused with a reason; sheets, audit trail and ledger are unchanged', async () => {
    const { s, port, json, devices, publish } = await meeting();
    const [, a, b, c] = s.members.map((m) => m.id);
    const [p0, p1, p2] = s.products.map((p) => p.id);
    if (!a || !b || !c || !p0 || !p1 || !p2) throw new Error('seed');
    const authA = devices.get(a) ?? {};
    const authB = devices.get(b) ?? {};
    // The state to attack: member c submitted product 1; product 0 is closed; b is recused from
    // product 2; member a answered 1.1 of product 1 at clock 50 (a later edit exists).
    await scoreAndSubmit(s, p1, c, 2);
    for (const m of s.members) await scoreAndSubmit(s, p0, m.id, 3);
    await unsealProduct(s.db, p0, 'secretary');
    await closeProduct(s.db, p0, {}, 'secretary');
    await recuseMember(s.db, p2, b, 'Người nhà', 'secretary');
    await publish();
    const first = await send(port, {
      method: 'POST',
      path: '/m/ops',
      headers: json(authA),
      body: opsBody(p1, 'op-newer', { kind: 'answer', criterion: '1.1', answer: 4 }, 50),
    });
    expect(JSON.parse(first.body)).toEqual({ outcomes: [{ opId: 'op-newer', status: 'applied' }] });
    const before = await snapshot(s);
    const authC = devices.get(c) ?? {};
    const answer = (criterion = '1.1') => ({ kind: 'answer', criterion, answer: 1 });

    const cases: [string, () => Promise<Answer>, number, string][] = [
      [
        'no secret',
        () =>
          send(port, { method: 'POST', path: '/m/ops', headers: json(), body: opsBody(p1, 'h1', answer()) }),
        401,
        'no-device',
      ],
      [
        'another member’s secret (b’s token under a’s device id)',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: json({
              Authorization: `${(authA['Authorization'] ?? '').split('.')[0]}.${(authB['Authorization'] ?? '').split('.')[1]}`,
            }),
            body: opsBody(p1, 'h2', answer()),
          }),
        401,
        'no-device',
      ],
      [
        'another product (one the member is recused from: not on their list)',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: json(authB),
            body: opsBody(p2, 'h3', answer()),
          }),
        403,
        'not-your-product',
      ],
      [
        'a product id of no one',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: json(authA),
            body: opsBody('no-such-product', 'h4', answer()),
          }),
        403,
        'not-your-product',
      ],
      [
        'a submitted sheet',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: json(authC),
            body: opsBody(p1, 'h5', answer()),
          }),
        200,
        'sheet-submitted',
      ],
      [
        'a closed sheet (the product is closed)',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: json(authA),
            body: opsBody(p0, 'h6', answer()),
          }),
        200,
        'refused',
      ],
      [
        'a replayed old edit (an older clock for the same answer)',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: json(authA),
            body: opsBody(p1, 'h7', { kind: 'answer', criterion: '1.1', answer: 0 }, 10),
          }),
        200,
        'stale',
      ],
      [
        'the same op again (a replay of what was applied)',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: json(authA),
            body: opsBody(p1, 'op-newer', { kind: 'answer', criterion: '1.1', answer: 4 }, 50),
          }),
        200,
        'duplicate',
      ],
      [
        'a 50 MB body',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: json(authA),
            body: Buffer.alloc(50 * 1024 * 1024, 0x20),
          }),
        413,
        'too-large',
      ],
      [
        'malformed JSON',
        () => send(port, { method: 'POST', path: '/m/ops', headers: json(authA), body: '{"ops": [' }),
        400,
        'malformed-json',
      ],
      [
        'a foreign Origin',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: json({ ...authA, Origin: 'http://evil.example' }),
            body: opsBody(p1, 'h8', answer('1.2')),
          }),
        403,
        'origin-not-allowed',
      ],
      [
        'a foreign Host',
        () =>
          send(port, {
            method: 'POST',
            path: '/m/ops',
            headers: { ...json(authA), Host: 'evil.example' },
            body: opsBody(p1, 'h9', answer('1.2')),
          }),
        403,
        'host-not-allowed',
      ],
    ];
    for (const [what, attempt, statusCode, reason] of cases) {
      const got = await attempt();
      const body = JSON.parse(got.body) as {
        error?: string;
        outcomes?: { status: string; code?: string; vi?: string; en?: string }[];
      };
      const outcome = body.outcomes?.[0];
      // A refusal by the hub names its code; one by the database names the rule, in both languages.
      const named =
        body.error ??
        (outcome?.status === 'refused' && reason !== 'refused' ? outcome.code : outcome?.status);
      expect({ what, status: got.status, reason: named }).toEqual({ what, status: statusCode, reason });
      if (outcome?.status === 'refused') expect([outcome.vi, outcome.en].every(Boolean)).toBe(true);
      expect(await snapshot(s), what).toBe(before);
    }
  });

  it('a device that sends before its view is published (the hub just restarted) is told to retry, not refused', async () => {
    const { s, port, json, devices, publish } = await meeting();
    const a = s.members[1]?.id ?? '';
    const p1 = s.products[1]?.id ?? '';
    const early = await send(port, {
      method: 'POST',
      path: '/m/ops',
      headers: json(devices.get(a)),
      body: opsBody(p1, 'early', { kind: 'answer', criterion: '1.1', answer: 3 }),
    });
    // 503: the device keeps the op in its outbox (a 403 would make it drop a good answer).
    expect([early.status, JSON.parse(early.body).error]).toEqual([503, 'not-ready']);
    expect(await s.db.hubOps.count()).toBe(0);
    await publish();
    const again = await send(port, {
      method: 'POST',
      path: '/m/ops',
      headers: json(devices.get(a)),
      body: opsBody(p1, 'early', { kind: 'answer', criterion: '1.1', answer: 3 }),
    });
    expect(JSON.parse(again.body)).toEqual({ outcomes: [{ opId: 'early', status: 'applied' }] });
  });
});
