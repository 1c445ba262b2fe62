import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HubOpBatch, HubStatus, MemberView } from '../../../../../electron/shared/hub-wire';
import { createMeetingHub, type MeetingHub } from '../../../../../electron/services/hub';

/**
 * The hub's member API against hostile and careless requests, bound to 127.0.0.1 only. A fake
 * secretary page takes the ops and settles them; every refusal must leave it untouched.
 */

const ROUND = 'round-1';
const DAY = '2026-12-07';

function view(memberId: string, productIds: string[]): MemberView {
  return {
    memberId,
    memberName: `Thành viên ${memberId}`,
    roleLabel: { vi: 'Thành viên', en: 'Member' },
    roundName: 'Đợt 1',
    ruleSetId: '26/2026/QĐ-TTg',
    meetingDate: DAY,
    clockFloor: 0,
    products: productIds.map((productId, i) => ({
      productId,
      position: i,
      name: productId,
      code: '',
      sheetNo: 1,
      kind: 'first',
      producer: { name: '', address: '', phone: '', commune: '' },
      pass: 1,
      phase: 'open',
      sheet: null,
      previous: null,
    })),
  };
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
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
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      // The hub closes the connection on a too-large body: that is a refusal too.
      error.code === 'ECONNRESET' || error.code === 'EPIPE'
        ? resolve({ status: 413, headers: {}, body: '{"error":"too-large"}' })
        : reject(error),
    );
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let dataDir: string;
let hub: MeetingHub;
let status: HubStatus;
let port: number;
let host: string;
const taken: HubOpBatch[] = [];

const json = (extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  Host: host,
  ...extra,
});

async function joinHub(code: string): Promise<{ deviceId: string; deviceToken: string; memberId: string }> {
  const answer = await send(port, {
    method: 'POST',
    path: '/m/join',
    headers: json(),
    body: JSON.stringify({ code }),
  });
  expect(answer.status, answer.body).toBe(200);
  return JSON.parse(answer.body) as { deviceId: string; deviceToken: string; memberId: string };
}

const auth = (d: { deviceId: string; deviceToken: string }) => ({
  Authorization: `Device ${d.deviceId}.${d.deviceToken}`,
});
const opsBody = (productId: string, opId = 'op-1') =>
  JSON.stringify({
    ops: [{ opId, productId, pass: 1, clock: 1, change: { kind: 'answer', criterion: '1.1', answer: 2 } }],
  });

/** A fake secretary page: settles every batch as applied. */
async function secretary(): Promise<void> {
  const batches = await hub.takeOps(5000);
  taken.push(...batches);
  hub.settleOps(
    batches.map((b) => ({
      batchId: b.batchId,
      outcomes: b.ops.map((o) => ({ opId: o.opId, status: 'applied' })),
    })),
  );
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ocop-hub-'));
  hub = createMeetingHub({
    staticDir: join(dataDir, 'static'),
    dataDir,
    logError: () => undefined,
    listAddresses: () => ['127.0.0.1'],
    settleTimeoutMs: 2000,
  });
  status = await hub.command({
    kind: 'open',
    roundId: ROUND,
    meetingDate: DAY,
    memberIds: ['a', 'b'],
    bindAddress: '127.0.0.1',
    port: 0,
  });
  port = status.port ?? 0;
  host = `127.0.0.1:${port}`;
  hub.publish({ roundId: ROUND, meetingDate: DAY, views: [view('a', ['p1']), view('b', ['p2'])] });
  taken.length = 0;
});

afterEach(async () => {
  await hub.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const code = (memberId: string) => status.cards.find((c) => c.memberId === memberId)?.shortCode ?? '';

describe('the meeting hub', () => {
  it('listens only while a meeting is open', async () => {
    await hub.command({ kind: 'close' });
    await expect(send(port, { path: '/', headers: { Host: host } })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('lets a phone keep the member page’s hashed scripts, never the page that names them', async () => {
    const staticDir = join(dataDir, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'member.html'), '<!doctype html><title>m</title>');
    writeFileSync(join(staticDir, 'assets', 'member-BrELI-IP.js'), 'export {};');
    writeFileSync(join(staticDir, 'assets', 'member.js'), 'export {};');
    writeFileSync(join(staticDir, 'favicon.png'), '');
    const cacheOf = async (path: string): Promise<string | undefined> => {
      const answer = await send(port, { path, headers: { Host: host } });
      expect(answer.status, path).toBe(200);
      const header = answer.headers['cache-control'];
      return Array.isArray(header) ? header.join(', ') : header;
    };
    expect(await cacheOf('/')).toBe('no-store');
    expect(await cacheOf('/member.html')).toBe('no-store');
    expect(await cacheOf('/assets/member-BrELI-IP.js')).toBe('private, max-age=31536000, immutable');
    expect(await cacheOf('/assets/member.js')).toBe('no-cache');
    expect(await cacheOf('/favicon.png')).toBe('no-cache');
  });

  it('refuses an address that is not this computer’s', async () => {
    await expect(
      hub.command({
        kind: 'open',
        roundId: ROUND,
        meetingDate: DAY,
        memberIds: [],
        bindAddress: '10.1.2.3',
        port: 0,
      }),
    ).rejects.toMatchObject({
      code: 'refused',
      // A code with its values, worded by the page's catalog (hub.refusal.address-not-local).
      refusal: { code: 'address-not-local', params: { address: '10.1.2.3' } },
    });
  });

  it('joins with the short code once, acknowledges an op only after the secretary settles it', async () => {
    const device = await joinHub(code('a'));
    expect(device.memberId).toBe('a');
    const answer = send(port, {
      method: 'POST',
      path: '/m/ops',
      headers: json(auth(device)),
      body: opsBody('p1'),
    });
    await secretary();
    const done = await answer;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toEqual({ outcomes: [{ opId: 'op-1', status: 'applied' }] });
    expect(taken[0]).toMatchObject({
      memberId: 'a',
      roundId: ROUND,
      meetingDate: DAY,
      deviceId: device.deviceId,
    });
    // The card joins once.
    const again = await send(port, {
      method: 'POST',
      path: '/m/join',
      headers: json(),
      body: JSON.stringify({ code: code('a') }),
    });
    expect(JSON.parse(again.body)).toEqual({ error: 'card-used' });
  });

  it('joins with the QR secret (fragment of the card’s address)', async () => {
    const secret = /#join=(.+)$/u.exec(status.cards[1]?.joinUrl ?? '')?.[1] ?? '';
    const answer = await send(port, {
      method: 'POST',
      path: '/m/join',
      headers: json(),
      body: JSON.stringify({ secret }),
    });
    expect(JSON.parse(answer.body)).toMatchObject({ memberId: 'b' });
  });

  it('locks a card for a minute after five wrong codes', async () => {
    const [number] = code('a').split('-');
    const tries: string[] = [];
    for (let i = 0; i < 6; i++) {
      const wrong = `${number}-${String((Number(code('a').split('-')[1]) + 1 + i) % 1_000_000).padStart(6, '0')}`;
      const answer = await send(port, {
        method: 'POST',
        path: '/m/join',
        headers: json(),
        body: JSON.stringify({ code: wrong }),
      });
      tries.push(JSON.parse(answer.body).error);
    }
    expect(tries).toEqual([
      'unknown-card',
      'unknown-card',
      'unknown-card',
      'unknown-card',
      'card-locked',
      'card-locked',
    ]);
    // Even the right code is refused while locked.
    const right = await send(port, {
      method: 'POST',
      path: '/m/join',
      headers: json(),
      body: JSON.stringify({ code: code('a') }),
    });
    expect(right.status).toBe(429);
  });

  it('refuses hostile requests with a reason, and the secretary’s page sees none of them', async () => {
    const a = await joinHub(code('a'));
    const b = await joinHub(code('b'));
    const cases: [string, Promise<Answer>, number, string][] = [
      [
        'no secret',
        send(port, { method: 'POST', path: '/m/ops', headers: json(), body: opsBody('p1') }),
        401,
        'no-device',
      ],
      [
        'a wrong token',
        send(port, {
          method: 'POST',
          path: '/m/ops',
          headers: json({ Authorization: `Device ${a.deviceId}.${b.deviceToken}` }),
          body: opsBody('p1'),
        }),
        401,
        'no-device',
      ],
      [
        'another member’s product',
        send(port, { method: 'POST', path: '/m/ops', headers: json(auth(b)), body: opsBody('p1') }),
        403,
        'not-your-product',
      ],
      [
        'a product of no one',
        send(port, {
          method: 'POST',
          path: '/m/ops',
          headers: json(auth(a)),
          body: opsBody('secret-product'),
        }),
        403,
        'not-your-product',
      ],
      [
        'malformed JSON',
        send(port, { method: 'POST', path: '/m/ops', headers: json(auth(a)), body: '{"ops": [' }),
        400,
        'malformed-json',
      ],
      [
        'deep JSON',
        send(port, {
          method: 'POST',
          path: '/m/ops',
          headers: json(auth(a)),
          body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
        }),
        400,
        'too-deep',
      ],
      [
        'a wrong shape',
        send(port, {
          method: 'POST',
          path: '/m/ops',
          headers: json(auth(a)),
          body: JSON.stringify({
            ops: [{ opId: 'x', productId: 'p1', pass: 1, clock: 1, change: { kind: 'drop-table' } }],
          }),
        }),
        400,
        'invalid-request',
      ],
      [
        'a 50 MB body',
        send(port, {
          method: 'POST',
          path: '/m/ops',
          headers: json(auth(a)),
          body: Buffer.alloc(50 * 1024 * 1024, 0x20),
        }),
        413,
        'too-large',
      ],
      [
        'a foreign Origin',
        send(port, {
          method: 'POST',
          path: '/m/ops',
          headers: json({ ...auth(a), Origin: 'http://evil.example' }),
          body: opsBody('p1'),
        }),
        403,
        'origin-not-allowed',
      ],
      [
        'a foreign Host',
        send(port, {
          method: 'POST',
          path: '/m/ops',
          headers: { ...json(auth(a)), Host: 'evil.example' },
          body: opsBody('p1'),
        }),
        403,
        'host-not-allowed',
      ],
      [
        'not JSON',
        send(port, {
          method: 'POST',
          path: '/m/ops',
          headers: { ...auth(a), Host: host, 'Content-Type': 'text/plain' },
          body: opsBody('p1'),
        }),
        415,
        'json-required',
      ],
      [
        'the secretary’s API',
        send(port, { method: 'POST', path: '/api/data:list', headers: json(), body: '[]' }),
        405,
        'method-not-allowed',
      ],
      ['a backup file', send(port, { path: '/backups/x.json', headers: { Host: host } }), 404, 'not-found'],
      ['the app page', send(port, { path: '/index.html', headers: { Host: host } }), 404, 'not-found'],
    ];
    for (const [what, pending, statusCode, error] of cases) {
      const answer = await pending;
      expect({ what, status: answer.status, error: JSON.parse(answer.body).error }).toEqual({
        what,
        status: statusCode,
        error,
      });
    }
    expect(await hub.takeOps(0)).toEqual([]);
  });

  it('re-issuing a card stops the old device at once; the binding survives a restart of the hub', async () => {
    const a = await joinHub(code('a'));
    const b = await joinHub(code('b'));
    await hub.command({ kind: 'close' });
    status = await hub.command({
      kind: 'open',
      roundId: ROUND,
      meetingDate: DAY,
      memberIds: ['a', 'b'],
      bindAddress: '127.0.0.1',
      port: 0,
    });
    port = status.port ?? 0;
    host = `127.0.0.1:${port}`;
    hub.publish({ roundId: ROUND, meetingDate: DAY, views: [view('a', ['p1']), view('b', ['p2'])] });
    expect((await send(port, { path: '/m/view?since=-1', headers: { ...auth(b), Host: host } })).status).toBe(
      200,
    );
    status = await hub.command({ kind: 'reissue', memberId: 'a' });
    const old = await send(port, { path: '/m/view?since=-1', headers: { ...auth(a), Host: host } });
    expect([old.status, JSON.parse(old.body).error]).toEqual([401, 'no-device']);
    const stored = readFileSync(join(dataDir, 'hub', 'meeting.json'), 'utf8');
    expect(stored).not.toContain(a.deviceToken);
    expect(stored).not.toContain(b.deviceToken);
  });

  it('a view is served only to its member, and not again when unchanged', async () => {
    const a = await joinHub(code('a'));
    const first = await send(port, { path: '/m/view?since=-1', headers: { ...auth(a), Host: host } });
    const body = JSON.parse(first.body) as { version: number; view: MemberView };
    expect(body.view.memberId).toBe('a');
    expect(first.body).not.toContain('p2');
    const again = await send(port, {
      path: `/m/view?since=${body.version}`,
      headers: { ...auth(a), Host: host },
    });
    expect(again.status).toBe(204);
  });

  it('tells the device to retry when the secretary’s page does not answer', async () => {
    const a = await joinHub(code('a'));
    const answer = await send(port, {
      method: 'POST',
      path: '/m/ops',
      headers: json(auth(a)),
      body: opsBody('p1'),
    });
    expect([answer.status, JSON.parse(answer.body).error]).toEqual([503, 'secretary-unavailable']);
  });
});
