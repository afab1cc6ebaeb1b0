import { describe, expect, it } from "vitest";
import { workerPool, type Runner } from "../../src/charts/workerPool.ts";

/** Fake workers whose tasks finish when the test says so, recording how many ran at once. */
function fakeWorkers() {
  const started: FakeRunner[] = [];
  let running = 0;
  let most = 0;
  const waiting: { task: number; finish: (fail?: boolean) => void }[] = [];
  class FakeRunner implements Runner<number, string> {
    stopped = false;
    ran: number[] = [];
    run(task: number) {
      this.ran.push(task);
      running++;
      most = Math.max(most, running);
      return new Promise<string>((resolve, reject) => {
        waiting.push({
          task,
          finish: (fail) => {
            running--;
            if (fail) reject(new Error(`task ${task} failed`));
            else resolve(`done ${task}`);
          },
        });
      });
    }
    stop() {
      this.stopped = true;
    }
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    start: () => {
      const runner = new FakeRunner();
      started.push(runner);
      return runner;
    },
    started,
    waiting,
    most: () => most,
    /** Finishes the oldest running task (failing it if asked), then lets the pool hand out the next. */
    finishOldest: async (fail = false) => {
      waiting.shift()!.finish(fail);
      await settle();
    },
  };
}

describe("the worker pool", () => {
  it("runs at most `size` tasks at once, in the order queued, and gives each task its own result", async () => {
    const fake = fakeWorkers();
    const pool = workerPool(2, fake.start);
    const results = [1, 2, 3, 4, 5].map((n) => pool.run(n));
    expect(fake.waiting.map((w) => w.task)).toEqual([1, 2]);
    while (fake.waiting.length) await fake.finishOldest();
    expect(await Promise.all(results)).toEqual(["done 1", "done 2", "done 3", "done 4", "done 5"]);
    expect(fake.most()).toBe(2);
    expect(fake.started).toHaveLength(2);
    expect(fake.started.flatMap((r) => r.ran).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("starts no worker until there is work, and no more than the work needs", async () => {
    const fake = fakeWorkers();
    const pool = workerPool(4, fake.start);
    expect(fake.started).toHaveLength(0);
    const one = pool.run(7);
    await fake.finishOldest();
    await one;
    const two = pool.run(8);
    await fake.finishOldest();
    await two;
    expect(fake.started).toHaveLength(1);
  });

  it("rejects only the failed task, and the worker goes on with the next", async () => {
    const fake = fakeWorkers();
    const pool = workerPool(1, fake.start);
    // The expectations are attached before the tasks finish, so the failure is handled as it happens.
    const a = expect(pool.run(1)).rejects.toThrow("task 1 failed");
    const b = expect(pool.run(2)).resolves.toBe("done 2");
    await fake.finishOldest(true);
    await fake.finishOldest();
    await Promise.all([a, b]);
  });

  it("stops every worker it started", async () => {
    const fake = fakeWorkers();
    const pool = workerPool(3, fake.start);
    const all = [1, 2, 3].map((n) => pool.run(n));
    while (fake.waiting.length) await fake.finishOldest();
    await Promise.all(all);
    pool.stop();
    expect(fake.started.map((r) => r.stopped)).toEqual([true, true, true]);
  });

  it("treats a size below one as one worker", async () => {
    const fake = fakeWorkers();
    const pool = workerPool(0, fake.start);
    const all = [1, 2].map((n) => pool.run(n));
    expect(fake.waiting).toHaveLength(1);
    while (fake.waiting.length) await fake.finishOldest();
    await Promise.all(all);
    expect(fake.most()).toBe(1);
  });
});
