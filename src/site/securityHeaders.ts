import { createHash } from "node:crypto";
import { THEME_INIT } from "../scripts/themeInit.ts";

/** The CSP source expression that allows exactly one inline script. */
function hash(script: string): string {
  return `sha256-${createHash("sha256").update(script).digest("base64")}`;
}

// Hashed once: every page's <meta> names the same inline script.
const THEME_INIT_HASH = hash(THEME_INIT);

// Only the site's own files, no inline style, no inline script but the theme initialiser (allowed by its hash),
// no plugins, no foreign form targets. The <meta> copy leaves out frame-ancestors, which browsers ignore (and
// complain about) in a <meta>; the _headers file carries it for hosts that read one.
/** A page's Content-Security-Policy, allowing WebAssembly to compile only where `wasm` (the search page). */
export const contentSecurityPolicy = ({ wasm }: { wasm: boolean }) => [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the search index (Pagefind, WebAssembly from this site) compile; it allows no eval of text.
  `script-src 'self' '${THEME_INIT_HASH}'${wasm ? " 'wasm-unsafe-eval'" : ""}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

// One rule for every path, so it allows what the search page needs; each page's <meta> copy narrows it.
/** The policy every page is served under by the _headers file. */
export const CSP = contentSecurityPolicy({ wasm: true });

/**
 * A `_headers` file (Netlify, Cloudflare Pages and others) for a site served under `base` ("/" or "/sub/path/").
 * Hosts merge every rule that matches a path, so framing is refused page by page (`pages`), and the embed
 * pages, which other sites may frame, match only the general rule.
 */
export function headersFile(base: string, pages: readonly string[] = []): string {
  const noFraming = pages.map((p) => `${p}\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n`).join("");
  return `${base}*
  Content-Security-Policy: ${CSP}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=()
${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable
${noFraming}`;
}
