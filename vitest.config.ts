import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Pin the zone so nothing can pass or fail by where the machine is; no test reads the clock.
    env: { TZ: "UTC" },
    testTimeout: 120_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: { name: "pure", include: ["tests/unit/**/*.test.ts", "tests/charts/**/*.test.ts", "tests/editor/**/*.test.ts"] },
      },
      {
        // Builds and browsers each want both cores: one file at a time keeps them from starving each other
        // on a shared 2-core machine. The site is built once first; these tests read it from inject("dist").
        extends: true,
        test: {
          name: "site",
          include: ["tests/build/**/*.test.ts", "tests/browser/**/*.test.ts"],
          globalSetup: ["tests/setup/buildSite.ts"],
          fileParallelism: false,
        },
      },
      {
        // The newsroom desk: its pure parts and Chromium driving it on copies of the project (which build a site).
        extends: true,
        test: { name: "desk", include: ["tests/desk/**/*.test.ts"], fileParallelism: false },
      },
    ],
  },
});
