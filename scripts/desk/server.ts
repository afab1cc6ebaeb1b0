import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { stripTypeScriptTypes } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { cleanEnv } from "../lib/astroBuild.ts";
import { serve } from "../lib/serve.ts";
import { slugify } from "../../src/lib/text/slugify.ts";
import { escapeXml } from "../../src/lib/format/escapeXml.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { ROUTES } from "../../src/project/routes.ts";
import { deskState, openProvince, propose, save, type Answer } from "./api.ts";
import { isSlug, refusal } from "./guard.ts";
import { checkStories, openStories, saveStories } from "./stories.ts";
import { en } from "./words/en.ts";
import { vi } from "./words/vi.ts";
import type { DeskWords } from "./words/deskWords.ts";

const UI = join(import.meta.dirname, "ui");
// The only files the desk serves: a fixed list, read once at start (its stylesheet and its page's modules), so
// no part of a request's path reaches the file system.
const ASSETS: Record<string, { file: string; type: string }> = {
  "/desk.css": { file: "desk.css", type: "text/css; charset=utf-8" },
  ...Object.fromEntries(readdirSync(UI).filter((f) => /^[a-z]+\.ts$/i.test(f)).map((f) => [`/ui/${f}`, { file: f, type: "text/javascript; charset=utf-8" }])),
};
const HEADERS = {
  "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

/** The desk's page in one language: the template's {{key}} replaced by the words, the words also given to the script. */
function page(words: DeskWords): string {
  const other = words.lang === "vi" ? "/en/" : "/";
  return readFileSync(join(UI, "index.html"), "utf8")
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key === "other" ? other : key === "otherLang" ? (words.lang === "vi" ? "en" : "vi") : escapeXml(String(words[key as keyof DeskWords] ?? `{{${key}}}`))))
    .replace("</head>", () => `<script type="application/json" id="words">${JSON.stringify(words).replace(/</g, "\\u003c")}</script>\n</head>`);
}

/** Reads a JSON body of at most 4 MB. */
async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 4 * 1024 * 1024) throw new BadRequest("the request is larger than 4 MB");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BadRequest("the request is not JSON");
  }
}

/** A request the desk cannot read: answered 400, not 500. */
class BadRequest extends Error {}

/** Options of a desk: the project it edits, the port it asks for first, and the environment (ARCHIVE_DIR). */
export interface DeskOptions {
  root: string;
  port?: number;
  env?: NodeJS.ProcessEnv;
}

/** A running desk: its address and how to stop it. */
export interface Desk {
  url: string;
  close: () => Promise<void>;
}

/**
 * Starts the desk on 127.0.0.1 (only), at `port` or, when that is taken, the next free one of the ten after it
 * (or any free port). It serves its page, its script and a JSON API over the project's own modules.
 */
export async function startDesk({ root, port = 4400, env = process.env }: DeskOptions): Promise<Desk> {
  let own = 0;
  let preview: { url: string; close: () => Promise<void> } | undefined;
  // One build at a time: a second press while one runs waits for it (two builds would race to swap dist/).
  let running: Promise<Answer> | undefined;
  // The build's last line of output, which the page shows while it waits (GET /api/build/progress).
  let lastLine = "";
  const build = (slug: unknown): Promise<Answer> => {
    running ??= buildOnce(slug).finally(() => (running = undefined));
    return running;
  };
  const buildOnce = (slug: unknown): Promise<Answer> =>
    new Promise((resolve) => {
      // The project's own atomic build (npm run build), then a static server of dist/ on another loopback port.
      const child = spawn(process.execPath, [join(root, "scripts/build.ts")], { cwd: root, env: { ...cleanEnv(env), ASTRO_TELEMETRY_DISABLED: "1" } });
      let output = "";
      lastLine = "";
      const heard = (d: Buffer) => {
        output += d;
        const lines = output.trimEnd().split("\n");
        // Astro's lines start with a time and colour codes: the page shows the words only.
        lastLine = (lines.at(-1) ?? "").replace(/\x1b\[[0-9;]*m/g, "").replace(/^\d\d:\d\d:\d\d\s*/, "").trim().slice(0, 200);
      };
      child.stdout.on("data", heard);
      child.stderr.on("data", heard);
      child.on("close", async (status) => {
        if (status !== 0) return resolve({ status: 500, body: { message: output.slice(-4000) } });
        preview ??= await serve(join(root, "dist"));
        const page = (lang: Lang) => `${preview!.url}${isSlug(slug) ? `${ROUTES.province[lang]}${slug}/` : ROUTES.home[lang]}`;
        resolve({ status: 200, body: { url: preview.url, vi: page("vi"), en: page("en") } });
      });
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (status: number, body: string | Buffer, type: string) => {
      res.writeHead(status, { "Content-Type": type, ...HEADERS });
      res.end(body);
    };
    const json = (a: Answer) => send(a.status, JSON.stringify(a.body), "application/json; charset=utf-8");
    const refused = refusal({ method: req.method ?? "GET", host: req.headers.host, origin: req.headers.origin, contentType: req.headers["content-type"] }, own);
    if (refused) return json({ status: 403, body: { message: refused } });
    const url = new URL(req.url ?? "/", "http://desk");
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /" || route === "GET /en/") return send(200, page(url.pathname === "/" ? vi : en), "text/html; charset=utf-8");
    const asset = req.method === "GET" ? ASSETS[url.pathname] : undefined;
    if (asset) {
      const text = readFileSync(join(UI, asset.file), "utf8");
      return send(200, asset.file.endsWith(".ts") ? stripTypeScriptTypes(text) : text, asset.type);
    }
    if (route === "GET /api/state") return json(deskState(root));
    if (route === "GET /api/slug") return json({ status: 200, body: { slug: slugify(url.searchParams.get("name") ?? "") } });
    if (route === "GET /api/open") return json(openProvince(root, url.searchParams, env));
    if (route === "POST /api/propose") return json(propose(root, await jsonBody(req)));
    if (route === "POST /api/save") return json(save(root, await jsonBody(req), env));
    if (route === "GET /api/story") return json(openStories(root, url.searchParams.get("slug")));
    if (route === "POST /api/story/check") return json(checkStories(root, await jsonBody(req), env));
    if (route === "POST /api/story/save") return json(saveStories(root, await jsonBody(req), env));
    if (route === "POST /api/build") return json(await build(((await jsonBody(req)) as { slug?: unknown } | null)?.slug));
    if (route === "GET /api/build/progress") return json({ status: 200, body: { running: running !== undefined, line: lastLine } });
    return json({ status: 404, body: { message: "not found", word: "notFound" } });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(error instanceof BadRequest ? 400 : 500, { "Content-Type": "application/json; charset=utf-8", ...HEADERS });
      res.end(JSON.stringify({ message: error instanceof Error ? error.message : String(error) }));
    });
  });
  own = await listen(server, port);
  return {
    url: `http://127.0.0.1:${own}/`,
    close: async () => {
      await preview?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Listens on 127.0.0.1 at the first free port of port…port+10, else any free port; returns the port. */
async function listen(server: Server, port: number): Promise<number> {
  for (const p of [...Array.from({ length: 11 }, (_, i) => port + i), 0]) {
    const ok = await new Promise<boolean>((resolve) => {
      const fail = (e: NodeJS.ErrnoException) => {
        server.off("listening", done);
        if (e.code === "EADDRINUSE" || e.code === "EACCES") resolve(false);
        else throw e;
      };
      const done = () => {
        server.off("error", fail);
        resolve(true);
      };
      server.once("error", fail);
      server.once("listening", done);
      server.listen(p, "127.0.0.1");
    });
    if (ok) return (server.address() as AddressInfo).port;
  }
  throw new Error("no free port");
}
