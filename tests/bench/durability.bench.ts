/**
 * What strict IndexedDB durability costs per saved answer (issue 14). fake-indexeddb ignores
 * durability, so this runs in the real Chromium (the system's, as the browser tests do) on a
 * page served from 127.0.0.1: one click's write — the sheet row and its audit event in one
 * read-write transaction, as the repositories do — committed with Chromium's default
 * ('relaxed': complete once handed to the OS) and with 'strict' (complete once flushed to disk),
 * which the app uses since a power cut must not lose a saved score.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Benchmark } from './bench';

interface Session {
  readonly browser: Browser;
  readonly server: Server;
  readonly page: Page;
}

async function open(): Promise<Session> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>durability</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('bench', 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('sheets', { keyPath: 'id' });
          request.result.createObjectStore('audit', { keyPath: 'id' });
        };
        request.onsuccess = () => {
          // Kept open, as the app keeps its database: only the commit is measured.
          Reflect.set(window, 'benchDb', request.result);
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  return { browser, server, page };
}

async function close(session: Session): Promise<void> {
  await session.browser.close();
  await new Promise<void>((resolve) => session.server.close(() => resolve()));
}

function saveOneAnswer(durability: 'relaxed' | 'strict'): Benchmark {
  let session: Session | undefined;
  let n = 0;
  return {
    name: `save one answer in Chromium IndexedDB, durability '${durability}'`,
    iterations: 60,
    warmup: 5,
    prepare: async () => {
      session = await open();
      const page = session.page;
      return () =>
        page.evaluate(
          ([mode, i]) =>
            new Promise<number>((resolve, reject) => {
              const db: unknown = Reflect.get(window, 'benchDb');
              if (!(db instanceof IDBDatabase)) throw new Error('bench database not open');
              const tx = db.transaction(['sheets', 'audit'], 'readwrite', { durability: mode });
              const answers: Record<string, number> = {};
              for (let k = 0; k < 40; k += 1)
                answers[`${Math.floor(k / 4) + 1}.${(k % 4) + 1}`] = (i + k) % 4;
              tx.objectStore('sheets').put({
                id: `sheet-${i % 9}`,
                answers,
                updatedAt: new Date().toISOString(),
              });
              tx.objectStore('audit').put({ id: `event-${i}`, action: 'sheet.answer', hash: 'f'.repeat(64) });
              tx.oncomplete = () => resolve(i);
              tx.onerror = () => reject(tx.error);
            }),
          [durability, (n += 1)] as const,
        );
    },
    dispose: async () => {
      if (session !== undefined) await close(session);
    },
  };
}

export const benchmarks: Benchmark[] = [saveOneAnswer('relaxed'), saveOneAnswer('strict')];
