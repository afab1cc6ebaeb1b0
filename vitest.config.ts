import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The site is built once; build and browser tests read it from inject("dist").
    globalSetup: ["tests/setup/buildSite.ts"],
    // Pin the zone so nothing can pass or fail by where the machine is; no test reads the clock.
    env: { TZ: "UTC" },
    // Build tests run `astro build` in a child process; two cores, so give them time.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
