import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { oneAtATime } from './one-at-a-time';
import { readJsonFile, type JsonFileProblem } from './json-file';

/** A rectangle in screen coordinates (Electron's `Rectangle`, without importing electron). */
export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Area;
  readonly maximized: boolean;
}

/** What `BrowserWindow` gets: a size, and a position only when it is known to be visible. */
export interface WindowPlacement {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
  readonly maximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
/** How much of the title bar must be on a screen for the user to grab it. */
const MIN_VISIBLE = 100;
const COORDINATE_LIMIT = 100_000;

const coordinate = z.number().int().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT);
const windowStateSchema = z.object({
  bounds: z.object({
    x: coordinate,
    y: coordinate,
    width: z.number().int().min(1).max(COORDINATE_LIMIT),
    height: z.number().int().min(1).max(COORDINATE_LIMIT),
  }),
  maximized: z.boolean(),
});

function overlap(a: Area, b: Area): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Turns a remembered state into a placement that fits today's screens. A laptop that was
 * on a projector yesterday must not open its window on a screen that is gone, nor larger
 * than the screen it opens on.
 */
export function placeWindow(saved: unknown, workAreas: readonly Area[]): WindowPlacement {
  const parsed = windowStateSchema.safeParse(saved);
  const primary = workAreas[0];
  const fitSize = (width: number, height: number, area: Area | undefined) => ({
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(width, area?.width ?? width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(height, area?.height ?? height)),
  });
  if (!parsed.success) {
    return { ...fitSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primary), maximized: false };
  }
  const { bounds, maximized } = parsed.data;
  // The title bar strip is what must be reachable.
  const titleBar: Area = { x: bounds.x, y: bounds.y, width: bounds.width, height: 40 };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(MIN_VISIBLE, bounds.width) && o.height > 0;
  });
  if (home === undefined) {
    return { ...fitSize(bounds.width, bounds.height, primary), maximized };
  }
  return { ...fitSize(bounds.width, bounds.height, home), x: bounds.x, y: bounds.y, maximized };
}

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

export interface WindowStateStore {
  load(): Promise<unknown>;
  save(state: WindowState): Promise<void>;
}

export function windowStateStore(
  userDataDir: string,
  onProblem: (problem: JsonFileProblem) => void,
): WindowStateStore {
  const filePath = path.join(userDataDir, WINDOW_STATE_FILE_NAME);
  // In the order asked: an older position never lands after a newer one.
  const inTurn = oneAtATime();
  return {
    load: () => readJsonFile(filePath, onProblem),
    save: (state) => inTurn(() => writeFileAtomic(filePath, `${JSON.stringify(state, null, 2)}\n`)),
  };
}
