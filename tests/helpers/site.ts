import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { serve } from "../../scripts/lib/serve.ts";
import { launch } from "./browser.ts";

/** Starts Chromium and serves a built site for the tests of one file, and stops both after them. */
export function withBrowserAndSite(dist: string, headers: Record<string, string> = {}): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), serve(dist, "/", headers)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, url: () => site!.url };
}
