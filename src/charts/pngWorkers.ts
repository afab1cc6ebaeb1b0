import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { workerPool, type Pool, type Runner } from "./workerPool.ts";

/** One drawing: the SVG text and the PNG's width in px (the height follows the aspect ratio). */
export interface PngTask {
  svg: string;
  width: number;
}

// The thread's code, as plain JavaScript text: the site's code is bundled into chunks by the build, so a worker
// file of ours would have no stable path; resvg and the font files are resolved by the caller and passed in.
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const { Resvg } = require(workerData.resvg);
parentPort.on("message", ({ id, svg, width }) => {
  try {
    const options = { ...workerData.options, fitTo: { mode: "width", value: width } };
    parentPort.postMessage({ id, png: new Resvg(svg, options).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});`;

/**
 * One drawing thread as a pool runner. It holds the process open only while it draws (unref'd when idle), so a
 * build never waits on idle threads to end; a crashed thread rejects the drawing it had.
 */
function pngThread(resvg: string, options: object): Runner<PngTask, Buffer> {
  const worker = new Worker(THREAD, { eval: true, workerData: { resvg, options } });
  worker.unref();
  let id = 0;
  let pending: { id: number; resolve: (png: Buffer) => void; reject: (e: unknown) => void } | undefined;
  // Set once the thread has ended: later drawings fail at once instead of waiting for an answer forever.
  let ended: Error | undefined;
  const fail = (error: unknown) => {
    pending?.reject(error);
    pending = undefined;
  };
  worker.on("message", (m: { id: number; png?: Uint8Array; error?: string }) => {
    if (!pending || m.id !== pending.id) return;
    const { resolve, reject } = pending;
    pending = undefined;
    worker.unref();
    if (m.png) resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
    else reject(new Error(`resvg could not draw the PNG: ${m.error}`));
  });
  worker.on("error", fail);
  worker.on("exit", (code) => {
    ended = new Error(`the PNG drawing thread stopped (exit code ${code})`);
    fail(ended);
  });
  return {
    run: (task) =>
      new Promise<Buffer>((resolve, reject) => {
        if (ended) return reject(ended);
        pending = { id: ++id, resolve, reject };
        worker.ref();
        worker.postMessage({ id, svg: task.svg, width: task.width });
      }),
    stop: () => void worker.terminate(),
  };
}

/**
 * A pool of PNG drawing threads, one per core (2 here): resvg draws with the options given (fonts, no system
 * fonts), so a thread's PNG is byte for byte the one the main thread would draw.
 */
export function pngWorkers(resvg: string, options: object, size = availableParallelism()): Pool<PngTask, Buffer> {
  return workerPool(size, () => pngThread(resvg, options));
}
