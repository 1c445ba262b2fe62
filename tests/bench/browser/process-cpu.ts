import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * CPU time used so far by the processes under the Playwright runner — the web host and
 * Chromium (its browser, GPU, renderer processes and their threads: the page, the render
 * workers) — per process kind and thread name. Wall time on a shared 2-core machine depends on
 * what else runs; the CPU a pass costs does not, and it says which side (page, workers, host)
 * to make cheaper. Linux only (/proc); elsewhere an empty map.
 */
export type CpuByThread = ReadonlyMap<string, number>;

const USER_HZ_MS = 10; // USER_HZ = 100 on Linux

function statFields(path: string): string[] | null {
  try {
    // The name (field 2) may hold spaces: the fields after it start after the last ') '.
    const text = readFileSync(path, 'utf8');
    return text.slice(text.lastIndexOf(') ') + 2).split(' ');
  } catch {
    return null; // ended meanwhile
  }
}

function commOf(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** 'host' for Node (the web host), Chromium's --type (renderer, gpu-process, utility) or 'browser'. */
function processKind(pid: number): string {
  try {
    // Chromium rewrites its command line (spaces, not NULs, between the arguments).
    const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    if (/^\S*node /u.test(line)) return 'host';
    return /--type=([\w-]+)/u.exec(line)?.[1] ?? 'browser';
  } catch {
    return '?';
  }
}

/**
 * Descendants of the Playwright runner (the parent of this test worker): the web host, and
 * Chromium under this worker; the runner and this worker themselves left out.
 */
function appPids(): number[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/u.test(name))
      .map(Number);
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const fields = statFields(`/proc/${pid}/stat`);
    if (fields === null) continue;
    const ppid = Number(fields[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const found: number[] = [];
  const todo = [...(children.get(process.ppid) ?? [])];
  for (let pid = todo.pop(); pid !== undefined; pid = todo.pop()) {
    if (pid !== process.pid) found.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Milliseconds of CPU (user + system) per "process kind / thread name", so far. */
export function appCpuByThread(): CpuByThread {
  const total = new Map<string, number>();
  for (const pid of appPids()) {
    const kind = processKind(pid);
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const fields = statFields(`/proc/${pid}/task/${tid}/stat`);
      if (fields === null) continue;
      // Numbered thread names (ThreadPoolForegroundWorker, DedicatedWorker thread) summed as one.
      const name = `${kind}/${commOf(`/proc/${pid}/task/${tid}/comm`).replace(/\d+$/u, '')}`;
      const ms = (Number(fields[11]) + Number(fields[12])) * USER_HZ_MS;
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  return total;
}

export function totalMs(cpu: CpuByThread): number {
  let sum = 0;
  for (const ms of cpu.values()) sum += ms;
  return sum;
}

/**
 * What each thread used between two readings, largest first, those under 1 % of the total left
 * out: "renderer/CrRendererMain 2140 ms, renderer/DedicatedWorker thread 6010 ms, host/node 2900 ms…".
 */
export function cpuBetween(before: CpuByThread, after: CpuByThread): string {
  const rows = [...after]
    .map(([name, ms]) => [name, ms - (before.get(name) ?? 0)] as const)
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1]);
  const sum = rows.reduce((s, [, ms]) => s + ms, 0);
  return rows
    .filter(([, ms]) => ms >= sum / 100)
    .map(([name, ms]) => `${name} ${ms} ms`)
    .join(', ');
}

/** Takes CPU profiles of the page's dedicated workers (the render workers) through the browser's CDP session. */
export interface WorkerProfiler {
  /** Writes `${prefix}-worker-N.cpuprofile` for each worker profiled. */
  stop(prefix: string): Promise<void>;
}

interface CdpLike {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): unknown;
}

export async function profileWorkers(cdp: CdpLike): Promise<WorkerProfiler> {
  const answers = new Map<string, (result: unknown) => void>();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (payload) => {
    const { sessionId, message } = payload as { sessionId: string; message: string };
    const parsed = JSON.parse(message) as { id?: number; result?: unknown };
    if (parsed.id === undefined) return;
    answers.get(`${sessionId}:${parsed.id}`)?.(parsed.result);
  });
  const call = (sessionId: string, method: string): Promise<unknown> => {
    const id = nextId++;
    const answer = new Promise<unknown>((resolve) => answers.set(`${sessionId}:${id}`, resolve));
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    return answer;
  };
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string }[];
  };
  const sessions: string[] = [];
  for (const target of targetInfos.filter((t) => t.type === 'worker')) {
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    })) as { sessionId: string };
    await call(sessionId, 'Profiler.enable');
    await call(sessionId, 'Profiler.start');
    sessions.push(sessionId);
  }
  return {
    async stop(prefix) {
      let n = 0;
      for (const sessionId of sessions) {
        const { profile } = (await call(sessionId, 'Profiler.stop')) as { profile: unknown };
        n += 1;
        writeFileSync(`${prefix}-worker-${n}.cpuprofile`, JSON.stringify(profile));
      }
    },
  };
}
