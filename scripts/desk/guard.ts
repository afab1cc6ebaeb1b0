import { SLUG_FORM } from "./decision.ts";

/** The parts of a request the guard reads. */
export interface RequestFacts {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  contentType: string | undefined;
}

/**
 * Why the desk refuses a request, or undefined when it may proceed. The Host must be the desk's own address
 * (a page on another site that rebinds its DNS name to 127.0.0.1 sends its own name); a request that writes
 * must come from the desk's own page (Origin) and be JSON, which a form on another site cannot send.
 */
export function refusal(req: RequestFacts, port: number): string | undefined {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!req.host || !own.includes(req.host.toLowerCase())) return `Host "${req.host ?? ""}" is not the desk's address`;
  if (req.origin !== undefined && !own.map((h) => `http://${h}`).includes(req.origin.toLowerCase())) return `Origin "${req.origin}" is not the desk's page`;
  if (req.method !== "GET" && req.method !== "HEAD") {
    if (req.origin === undefined) return "a request that changes files must come from the desk's page (no Origin)";
    if (!/^application\/json\b/i.test(req.contentType ?? "")) return "a request that changes files must be JSON";
  }
  return undefined;
}

/** True for a province slug or source id: the only text from a request that may become part of a file name. */
export function isSlug(text: unknown): text is string {
  return typeof text === "string" && text.length <= 80 && SLUG_FORM.test(text);
}
