import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  placeWindow,
  windowStateStore,
  type Area,
} from '../../../../electron/services/window-state';

const laptop: Area = { x: 0, y: 0, width: 1920, height: 1040 };
const projector: Area = { x: 1920, y: 0, width: 1280, height: 720 };

describe('placeWindow', () => {
  it('opens at the default size, centred by the OS, on the first start', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('puts the window back where it was', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1400, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('keeps the maximised state', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop]).maximized).toBe(true);
  });

  it('does not open on yesterday’s projector that is no longer connected', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1200, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop, projector])).toMatchObject({ x: 2000, y: 100 });
    const placed = placeWindow(saved, [laptop]);
    expect(placed.x).toBeUndefined();
    expect(placed.y).toBeUndefined();
    expect(placed).toMatchObject({ width: 1200, height: 700 });
  });

  it('shrinks a window larger than today’s screen but never below the minimum', () => {
    const saved = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false };
    expect(placeWindow(saved, [projector])).toMatchObject({ width: 1280, height: 720 });
    const tiny = { bounds: { x: 0, y: 0, width: 200, height: 100 }, maximized: false };
    expect(placeWindow(tiny, [laptop])).toMatchObject(MIN_WINDOW_SIZE);
  });

  it.each([
    ['text', 'garbage'],
    ['missing fields', { bounds: { x: 1 } }],
    ['non-integers', { bounds: { x: 0.5, y: 0, width: 1000, height: 800 }, maximized: false }],
    ['absurd numbers', { bounds: { x: 1e12, y: 0, width: 1000, height: 800 }, maximized: false }],
    ['negative size', { bounds: { x: 0, y: 0, width: -5, height: 800 }, maximized: false }],
    ['NaN-ish strings', { bounds: { x: '0', y: 0, width: 1000, height: 800 }, maximized: false }],
  ])('ignores a damaged state file (%s)', (_label, saved) => {
    expect(placeWindow(saved, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });
});

describe('windowStateStore', () => {
  it('saves atomically and loads back; reports a corrupt file instead of crashing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-ws-'));
    const problems: string[] = [];
    const store = windowStateStore(dir, (problem) => problems.push(problem.kind));
    expect(await store.load()).toBeUndefined();
    expect(problems).toEqual([]);
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false };
    await store.save(state);
    expect(await store.load()).toEqual(state);
    await writeFile(path.join(dir, 'window-state.json'), '{"bounds":');
    expect(await store.load()).toBeUndefined();
    expect(problems).toEqual(['not-json']);
    expect(await readFile(path.join(dir, 'window-state.json'), 'utf8')).toBe('{"bounds":');
    await rm(dir, { recursive: true, force: true });
  });
});
