import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".zip": "application/zip",
  ".woff2": "font/woff2",
};

/**
 * Serves a built site from a folder on 127.0.0.1, as a static host would: folders serve index.html, misses
 * the nearest 404.html up their path (en/404.html for English addresses), text gzipped for clients that accept it. For tests and benchmarks; never listens beyond loopback.
 */
export async function serve(root: string, base = "/", headers: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.startsWith(base) ? normalize(join(root, path.slice(base.length))) : "";
    if (file && !file.startsWith(root)) file = "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = file && existsSync(file);
    const served = found ? file : nearest404(root, file);
    if (!found && !existsSync(served)) {
      // A folder without a 404 page (a test's host page) still answers, never throws.
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...headers });
      res.end("Not found");
      return;
    }
    const type = TYPES[extname(served)] ?? "application/octet-stream";
    let body = readFileSync(served);
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && /^(text|application\/json|application\/xml|image\/svg)/.test(type);
    if (gzip) body = gzipSync(body);
    res.writeHead(found ? 200 : 404, { "Content-Type": type, ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}), ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The 404 page closest to a missing file, walking up its folders to the site's root. */
function nearest404(root: string, file: string): string {
  for (let dir = file ? join(file, "..") : root; dir.startsWith(root) && dir.length > root.length; dir = join(dir, "..")) {
    if (existsSync(join(dir, "404.html"))) return join(dir, "404.html");
  }
  return join(root, "404.html");
}
