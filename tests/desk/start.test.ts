import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { startDesk } from "../../scripts/desk/server.ts";
import { cleanEnv, ROOT } from "../helpers/project.ts";

describe("npm run desk", () => {
  it("takes the next free port when the one asked for is busy, on 127.0.0.1 only", async () => {
    const first = await startDesk({ root: ROOT, port: 4950 });
    const second = await startDesk({ root: ROOT, port: Number(new URL(first.url).port) });
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(second.url).not.toBe(first.url);
      expect((await fetch(second.url)).status).toBe(200);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("prints its address, using DESK_PORT when that port is free", async () => {
    // A port the system has just handed out is free now (nothing in this test listens on it any more).
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const child = spawn(process.execPath, ["--disable-warning=ExperimentalWarning", "scripts/desk.ts"], { cwd: ROOT, env: { ...cleanEnv(), DESK_PORT: String(port) } });
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        if (out.includes("\n")) resolve(out);
      });
      child.on("exit", (code) => reject(new Error(`the desk exited (${code})`)));
    });
    try {
      expect(line).toBe(`The desk is open at http://127.0.0.1:${port}/ (English: http://127.0.0.1:${port}/en/). Only this computer can reach it. Ctrl-C stops it.\n`);
      expect((await fetch(`http://127.0.0.1:${port}/en/`)).status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
