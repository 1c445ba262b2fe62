/**
 * Runs tasks one after another, in the order they were given: a store whose change is "read the
 * current state, write the file" must not let two changes interleave, or the write renamed into
 * place last — not necessarily the newest — wins and the other change is lost. A failed task
 * fails its caller only; the next task still runs.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
