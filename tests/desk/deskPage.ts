import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch } from "../helpers/browser.ts";
import { startDesk, type Desk } from "../../scripts/desk/server.ts";
import { copyProject } from "../helpers/project.ts";

/** The environment of a fresh clone: the archive is archive/ inside the project, and nothing requires it. */
export const FRESH = { ARCHIVE_DIR: "", REQUIRE_ARCHIVE: "" };

/** A desk on a copy of the project, for one test file. */
export async function deskOnCopy(): Promise<{ desk: Desk; project: ReturnType<typeof copyProject> }> {
  const project = copyProject();
  const desk = await startDesk({ root: project.dir, port: 4700 + Math.floor(Math.random() * 200), env: { ...process.env, ...FRESH } });
  return { desk, project };
}

/** The editor's actions so far; a selection made with the keyboard, or a sentence typed, counts as one. */
export interface Actions {
  count: () => number;
  keyboardSelection: () => void;
  typed: () => void;
}

/** A page of the desk, with a counter of the editor's actions (clicks, fields filled, options chosen, selections). */
export async function deskPage(browser: Browser, url: string): Promise<{ page: Page; actions: Actions; click: (sel: string) => Promise<void>; fill: (sel: string, text: string) => Promise<void>; choose: (sel: string, value: string) => Promise<void>; select: (words: string) => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  let count = 0;
  return {
    page,
    actions: {
      count: () => {
        if (errors.length) throw new Error(`the page threw: ${errors.join("; ")}`);
        return count;
      },
      keyboardSelection: () => void count++,
      typed: () => void count++,
    },
    click: async (sel) => {
      count++;
      await page.click(sel);
    },
    fill: async (sel, text) => {
      count++;
      await page.fill(sel, text);
    },
    choose: async (sel, value) => {
      count++;
      await page.selectOption(sel, value);
    },
    // An editor's drag across words of the article: the selection, then the mouse button released.
    select: async (words) => {
      count++;
      await page.evaluate((needle) => {
        const article = document.getElementById("article")!;
        const walk = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let n = walk.nextNode(); n; n = walk.nextNode()) nodes.push(n as Text);
        const whole = nodes.map((n) => n.data).join("");
        const start = whole.indexOf(needle);
        if (start < 0) throw new Error(`the article has no "${needle}"`);
        const locate = (offset: number): [Text, number] => {
          for (const n of nodes) {
            if (offset <= n.data.length) return [n, offset];
            offset -= n.data.length;
          }
          throw new Error("past the end");
        };
        const range = document.createRange();
        range.setStart(...locate(start));
        range.setEnd(...locate(start + needle.length));
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        article.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      }, words);
    },
  };
}

/** What a describe block shares: one Chromium and one desk on its own copy of the project. */
export interface DeskSuite {
  browser: Browser;
  setup: Awaited<ReturnType<typeof deskOnCopy>>;
}

/** Opens Chromium and a desk on a fresh project copy before a describe block's tests, and closes both after. */
export function deskSuite(): DeskSuite {
  const suite = {} as DeskSuite;
  beforeAll(async () => {
    [suite.browser, suite.setup] = await Promise.all([launch(), deskOnCopy()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.setup?.desk.close();
    suite.setup?.project.remove();
  });
  return suite;
}
