import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** SHA-256 of some bytes or text, as 32 bytes. */
const sha256 = (...parts: (string | Uint8Array)[]): Buffer => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/**
 * A content-addressed store of drawn PNGs on disk. An entry's name is the hash of everything that decides its
 * pixels (the caller's key parts: SVG, width, font bytes, renderer version), so a changed input can never find a
 * stale entry; its content starts with the hash of the PNG that follows, so a corrupt or truncated entry is
 * detected and drawn again, never served.
 */
export function pngCache(dir: string | undefined) {
  return {
    /** The cached PNG for these inputs, or the one `draw` makes (and stores) when there is none or it is damaged. */
    get(keyParts: (string | Uint8Array)[], draw: () => Buffer): Buffer {
      if (!dir) return draw();
      const file = join(dir, `${sha256(...keyParts).toString("hex")}.bin`);
      try {
        const entry = readFileSync(file);
        const png = entry.subarray(32);
        if (entry.length > 32 && sha256(png).equals(entry.subarray(0, 32))) return png;
      } catch {
        // No entry yet: draw it below.
      }
      const png = draw();
      mkdirSync(dir, { recursive: true });
      // Written beside, then renamed: a build killed mid-write leaves no half entry under the real name.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, Buffer.concat([sha256(png), png]));
      renameSync(temp, file);
      return png;
    },
  };
}
