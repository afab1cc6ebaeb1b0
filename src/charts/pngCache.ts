import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** SHA-256 of some bytes or text, as 32 bytes. */
export const sha256 = (...parts: (string | Uint8Array)[]): Buffer => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/**
 * A content-addressed store of drawn PNGs on disk. An entry's name is the hash of everything that decides its
 * pixels (the caller's key parts: SVG, width, font bytes, renderer version), so a changed input can never find a
 * stale entry; its content starts with the hash of the PNG that follows, so a corrupt or truncated entry is
 * detected and drawn again, never served. Within one process, a drawing asked for twice while it is being
 * drawn is drawn once (`getAsync`).
 */
export function pngCache(dir: string | undefined) {
  const file = (keyParts: (string | Uint8Array)[]) => join(dir!, `${sha256(...keyParts).toString("hex")}.bin`);
  /** The stored PNG, or undefined when there is none or it is damaged. */
  const read = (path: string): Buffer | undefined => {
    try {
      const entry = readFileSync(path);
      const png = entry.subarray(32);
      if (entry.length > 32 && sha256(png).equals(entry.subarray(0, 32))) return png;
    } catch {
      // No entry yet: the caller draws it.
    }
    return undefined;
  };
  const write = (path: string, png: Buffer): Buffer => {
    mkdirSync(dir!, { recursive: true });
    // Written beside, then renamed: a build killed mid-write leaves no half entry under the real name.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.concat([sha256(png), png]));
    renameSync(temp, path);
    return png;
  };
  const drawing = new Map<string, Promise<Buffer>>();

  return {
    /** The cached PNG for these inputs, or the one `draw` makes (and stores) when there is none or it is damaged. */
    get(keyParts: (string | Uint8Array)[], draw: () => Buffer): Buffer {
      if (!dir) return draw();
      const path = file(keyParts);
      return read(path) ?? write(path, draw());
    },
    /** As `get`, for a drawing made elsewhere (a worker thread): the same entries, and one drawing per key at a time. */
    getAsync(keyParts: (string | Uint8Array)[], draw: () => Promise<Buffer>): Promise<Buffer> {
      if (!dir) return draw();
      const path = file(keyParts);
      const stored = read(path);
      if (stored) return Promise.resolve(stored);
      let pending = drawing.get(path);
      if (!pending) {
        pending = draw()
          .then((png) => write(path, png))
          .finally(() => drawing.delete(path));
        drawing.set(path, pending);
      }
      return pending;
    },
  };
}
