import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every built HTML page of a dist folder, as a path relative to the site root ("", "so-sanh/", "404.html"). */
export function builtPages(dist: string, dir = dist): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return builtPages(dist, full);
      if (!name.endsWith(".html")) return [];
      return [relative(dist, full).replace(/index\.html$/, "")];
    })
    .sort();
}
