// npm run bench:lighthouse: Lighthouse (mobile settings) on the home page, a province and the comparison page,
// run against a fresh build served on 127.0.0.1 and Debian's Chromium. Prints the four category scores and
// LCP, CLS, TBT and transfer size. Scores vary a little between runs on a shared machine.
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { astroBuild } from "./lib/astroBuild.ts";
import { copyProject } from "./lib/copyProject.ts";
import { serve } from "./lib/serve.ts";

const PAGES = ["", "tinh/ha-nam/", "so-sanh/", "en/provinces/ha-nam/", "en/compare/"];
const project = copyProject();
const build = astroBuild(project.dir);
if (build.status !== 0) {
  project.remove();
  throw new Error(`build failed:\n${build.output}`);
}
const site = await serve(join(project.dir, "dist"));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  console.log("page                  perf  a11y  best  seo    LCP ms   CLS    TBT ms  transfer KB");
  for (const page of PAGES) {
    const result = await lighthouse(site.url + page, { port: chrome.port, output: "json", logLevel: "error" });
    const lhr = result!.lhr;
    const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(4);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    console.log(
      `${(page || "/").padEnd(20)} ${score("performance")}  ${score("accessibility")}  ${score("best-practices")}  ${score("seo")}  ${audit("largest-contentful-paint").toFixed(0).padStart(7)}  ${audit("cumulative-layout-shift").toFixed(3)}  ${audit("total-blocking-time").toFixed(0).padStart(6)}  ${(audit("total-byte-weight") / 1024).toFixed(1).padStart(11)}`,
    );
  }
} finally {
  chrome.kill();
  await site.close();
  project.remove();
}
