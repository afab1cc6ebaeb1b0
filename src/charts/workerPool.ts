/** One worker as the pool sees it: it runs one task at a time, and can be stopped. */
export interface Runner<T, R> {
  run(task: T): Promise<R>;
  stop(): void;
}

/** A pool's face, the same as a worker's: queue a task, or stop every worker it started. */
export type Pool<T, R> = Runner<T, R>;

/**
 * Runs tasks on at most `size` workers, each busy with one task at a time, in the order they were queued.
 * Workers start only when there is work for them (`start` makes one), so a build that draws nothing starts none.
 * A task that fails rejects its own promise only; the worker goes on with the next.
 */
export function workerPool<T, R>(size: number, start: () => Runner<T, R>): Pool<T, R> {
  const idle: Runner<T, R>[] = [];
  const all: Runner<T, R>[] = [];
  const queue: { task: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  const limit = Math.max(1, Math.floor(size));

  const next = () => {
    while (queue.length > 0) {
      let runner = idle.pop();
      if (!runner && all.length < limit) {
        runner = start();
        all.push(runner);
      }
      if (!runner) return;
      const job = queue.shift()!;
      const free = runner;
      free.run(job.task).then(job.resolve, job.reject).finally(() => {
        idle.push(free);
        next();
      });
    }
  };

  return {
    run: (task) =>
      new Promise<R>((resolve, reject) => {
        queue.push({ task, resolve, reject });
        next();
      }),
    stop: () => {
      for (const runner of all.splice(0)) runner.stop();
      idle.length = 0;
    },
  };
}
