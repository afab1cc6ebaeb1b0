import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SavePlan } from "./savePlan.ts";

/** A short content hash of a file's text (sha-256, hex), or null when the file does not exist. */
export function hashText(text: string | undefined): string | null {
  return text === undefined ? null : createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** The text of a file (an absolute path), or undefined when there is none. */
export function readIfAny(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** The current hash of each path (relative to `root`). */
export function hashesOf(root: string, paths: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(paths.map((p) => [p, hashText(readIfAny(join(root, p)))]));
}

/** The paths whose file changed since the editor's page read it: its hash now differs from `base`. */
export function changedSince(root: string, base: Readonly<Record<string, string | null>>, paths: readonly string[]): string[] {
  return paths.filter((p) => (base[p] ?? null) !== hashText(readIfAny(join(root, p))));
}

/**
 * Writes a plan's files: each to a temporary file beside it first, then, once all are written and no file has
 * changed on disk since `base`, renamed over its target (a rename is atomic, so a reader sees the old file or
 * the new one, never half of one). On a conflict nothing is renamed and the temporary files are removed.
 */
export function writePlan(root: string, archive: string, plan: SavePlan, base: Readonly<Record<string, string | null>>, known: readonly string[]): { conflicts: string[] } {
  const targets = [...plan.writes.map((w) => ({ path: join(root, w.path), text: w.text })), ...(plan.archive ? [{ path: join(archive, plan.archive.name), text: plan.archive.text }] : [])];
  const temps: string[] = [];
  try {
    for (const t of targets) {
      mkdirSync(dirname(t.path), { recursive: true });
      const temp = join(dirname(t.path), `.desk-${process.pid}-${temps.length}.tmp`);
      writeFileSync(temp, t.text);
      temps.push(temp);
    }
    // Checked again after the slow part, right before the renames: an editor saving in a text editor meanwhile wins.
    const conflicts = changedSince(root, base, known);
    if (plan.archive && existsSync(join(archive, plan.archive.name))) conflicts.push(plan.archive.name);
    if (conflicts.length) return { conflicts };
    targets.forEach((t, i) => renameSync(temps[i]!, t.path));
    temps.length = 0;
    return { conflicts: [] };
  } finally {
    for (const temp of temps) rmSync(temp, { force: true });
  }
}
