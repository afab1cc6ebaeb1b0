import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { serve } from "../../scripts/lib/serve.ts";
import { launch } from "./browser.ts";

/**
 * Starts Chromium and serves a built site for the tests of one file, and stops both after them. The returned
 * object is filled in before the first test runs.
 */
export function withBrowserAndSite(dist: string, headers: Record<string, string> = {}): { browser: Browser; url: string } {
  const started = {} as { browser: Browser; url: string };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [browser, site] = await Promise.all([launch(), serve(dist, "/", headers)]);
    Object.assign(started, { browser, url: site.url });
    close = site.close;
  });
  afterAll(async () => {
    await started.browser?.close();
    await close?.();
  });
  return started;
}
