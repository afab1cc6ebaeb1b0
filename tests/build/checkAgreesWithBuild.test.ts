import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { ACCEPTED, ACCEPTED_EN, BARE_NUMBERS, EDITIONS, EN, EN_ONLY, FRONTMATTER_TEXT, SYNTAX, TEXT_RULES, TODO_BODY, TODO_FRONTMATTER, VI, YAML_CASES } from "../fixtures/storyCases.ts";
import { NAME_CASES } from "../fixtures/nameCases.ts";
import { formatProblem, sortProblems } from "../../src/lib/data/Problem.ts";
import { checkProject } from "../../src/lib/data/checkProject.ts";
import { DataError } from "../../src/lib/data/DataError.ts";
import { archiveTestsRun, archiveWith } from "../helpers/archive.ts";
import { cleanEnv, copyProject } from "../helpers/project.ts";

/** One change to a story of a copy of the project. */
interface Case {
  name: string;
  path: string;
  change: (text: string) => string;
  /** Whether a real build runs on it too (check runs on every case). */
  build: boolean;
}

const append = (path: string, added: string, build = false): Case => ({ name: `${path} + ${JSON.stringify(added)}`, path, change: (t) => `${t.trimEnd()}\n\n${added}\n`, build });
const replace = (path: string, from: string, to: string, build = false): Case => ({
  name: `${path}: ${JSON.stringify(from)} → ${JSON.stringify(to)}`,
  path,
  change: (t) => {
    if (!t.includes(from)) throw new Error(`${path} lacks ${JSON.stringify(from)}`);
    return t.replace(from, to);
  },
  build,
});

// Every bad story case of tests/unit/storySyntax.test.ts. check runs on each; the real `npm run check` and
// `npm run build` (~8 s each on two busy cores, even when the build stops at validation) run on one of each
// kind, among them every case issue 13 found the two disagreeing on.
const BUILT = new Set([0, 4, 5, 6, 13, 16, 25, 26]);
const BAD: Case[] = [
  ...SYNTAX.map(([text], i) => append(VI, text, BUILT.has(i))),
  append(EN, "The slogan <Vi>tự phòng, tự quản.", true),
  ...TODO_BODY.map(([path, text], i) => append(path, text, i === 0)),
  ...TODO_FRONTMATTER.map(([path, from, to]) => replace(path, from, to)),
  ...BARE_NUMBERS.map(([path, text]) => append(path, text)),
  ...EDITIONS.map(([path, from, to], i) => replace(path, from, to, i === 0 || i === 3)),
  ...EN_ONLY.map((text) => append(EN, text)),
  // Issue 21: story and frontmatter text (kind 6), YAML and sizes (kind 7), names and dates (kind 8). The YAML
  // cases are all built: a tag or an alias bomb used to pass check and then crash the build.
  ...TEXT_RULES.map(([path, text], i) => append(path, text, [0, 6, 12, 16, 17].includes(i))),
  ...FRONTMATTER_TEXT.map(([from, to], i) => replace(VI, from, to, i === 0)),
  ...YAML_CASES.map((c) => replace(VI, c.from, c.to, true)),
  ...NAME_CASES.map((c, i) => replace(c.file, c.from, c.to, i === 0 || i === 5 || i === 6)),
  { name: "a summary of 6 MB", path: VI, change: (t) => t.replace("summary: >-\n", `summary: >-\n  ${"Một câu rất dài. ".repeat(400_000)}\n`), build: true },
  { name: "a results file of 50,000 rows", path: "data/results/ha-nam.csv", change: (t) => t + "models,1,exact,ha-nam-1,q,,\n".repeat(50_000), build: true },
];
// Issue 21: rows of the editor's data files that check and the build must refuse alike, most of them only where
// the row is read in its archived article (so only where this machine has the newsroom's copies, as CI does).
const withArchive = archiveTestsRun("check and the build on quotes read in their articles");
const HA_NAM = "data/results/ha-nam.csv";
const DATA: Case[] = [
  replace(HA_NAM, "criminal_gangs_dismantled,400,over,ha-nam-2,triệt phá trên 400 ổ nhóm", "criminal_gangs_dismantled,400,exact,ha-nam-2,400 ổ nhóm", true),
  replace(HA_NAM, 'rehab_or_commune_education_referrals,1078,exact,ha-nam-2,"1.078 hồ sơ', 'rehab_or_commune_education_referrals,78,exact,ha-nam-2,"078 hồ sơ', true),
  replace("data/results/ha-tinh.csv", "tổ chức trên 366 đợt phát động phong trào toàn dân bảo vệ ANTQ", "tổ chức trên 366 đợt phát động phong trào toàn dân bảo vệ ANTQ (sửa)", true),
  replace("data/sources.csv", ",002_4a8ed78d953e807b.txt,", ",../../data/results/ha-tinh.csv,", true),
].filter(() => withArchive);
// Refused from the quote or the cell alone, with or without an archive.
DATA.push(
  replace("data/results/binh-thuan.csv", "award_police_director_collective,25,exact,binh-thuan-1", "award_ppc_chair_collective,25,exact,binh-thuan-1", true),
  replace("data/sources.csv", ",002_4a8ed78d953e807b.txt,", ",,"),
  replace("data/sources.csv", ",002_4a8ed78d953e807b.txt,", ",/etc/passwd,"),
);
BAD.push(...DATA);

// Everything a story may hold, at once: check and the build both pass.
const GOOD: Case[] = [
  {
    name: "every accepted construct",
    path: VI,
    change: (t) => `${t.trimEnd()}\n\n${ACCEPTED.join("\n\n")}\n`,
    build: true,
  },
  { name: "the English story's accepted forms", path: EN, change: (t) => `${t.trimEnd()}\n\n${ACCEPTED_EN.join("\n\n")}\n`, build: false },
];

/** Runs a script of the project with Node in a folder, and gives its exit code and everything it printed. */
function run(dir: string, script: string, archive: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], {
      cwd: dir,
      env: { ...cleanEnv(), ...archive, ASTRO_TELEMETRY_DISABLED: "1", TZ: "UTC", NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (status) => resolve({ status, output }));
  });
}

/**
 * What `npm run check` finds, run in this process: the same validateProject on the same files, without the
 * second or so a new Node process costs (check itself, as a process, runs on every case that is built).
 */
function validate(dir: string, archive: Record<string, string>): { status: number; output: string } {
  let problems;
  try {
    problems = checkProject(dir, { ...cleanEnv(), ...archive }).problems;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems = error.problems;
  }
  return { status: problems.length ? 1 : 0, output: sortProblems(problems).map(formatProblem).join("\n") };
}

/** The places of the problems a run printed in the editor's files (file:line:column), in order, without duplicates. */
const places = (output: string) => [...new Set([...output.matchAll(/^\s*((?:content|data)\/\S+\.(?:mdx|csv):\d+:\d+) /gm)].map((m) => m[1]!))].sort();

// A stack frame ("    at fn (file:12:3)"), a bundler's path, or the MDX compiler's own error: none may reach an editor.
const STACK = /^\s+at\s.*:\d+:\d+\)?\s*$|node_modules\/|MDXError|\[plugin /m;

type Result = { check: { status: number | null; output: string }; build?: { status: number | null; output: string } };

describe("check and the build agree on every story case and every bad row", () => {
  const results = new Map<Case, Result>();

  beforeAll(async () => {
    // Two lanes, each with its own copy of the project, so two runs share the two cores.
    const queue = [...BAD, ...GOOD];
    const lane = async () => {
      const project = copyProject();
      // The copy's own archive: the newsroom's copies where this machine has them (required then, as in CI).
      const archive = archiveWith(project.dir, {});
      try {
        for (let c = queue.shift(); c; c = queue.shift()) {
          const original = project.read(c.path);
          project.write(c.path, c.change(original));
          const check = c.build ? await run(project.dir, "scripts/check.ts", archive) : validate(project.dir, archive);
          const build = c.build ? await run(project.dir, "scripts/build.ts", archive) : undefined;
          results.set(c, { check, build });
          project.write(c.path, original);
        }
      } finally {
        project.remove();
      }
    };
    await Promise.all([lane(), lane()]);
  }, 300_000);

  it.each(BAD.map((c) => [c.name, c] as const))("check refuses %s at file:line:column", (_, c) => {
    const { check } = results.get(c)!;
    expect(check.status, check.output).not.toBe(0);
    expect(places(check.output).filter((p) => p.startsWith(`${c.path}:`)), check.output).not.toEqual([]);
    expect(check.output).not.toMatch(STACK);
  });

  it.each(BAD.filter((c) => c.build).map((c) => [c.name, c] as const))("the build fails on %s with check's problems and no stack trace", (_, c) => {
    const { check, build } = results.get(c)!;
    expect(build!.status, build!.output).not.toBe(0);
    expect(places(build!.output)).toEqual(places(check.output));
    expect(build!.output).not.toMatch(STACK);
  });

  it.each(GOOD.map((c) => [c.name, c] as const))("both pass %s", (_, c) => {
    const { check, build } = results.get(c)!;
    expect(check.status, check.output).toBe(0);
    if (c.build) expect(build!.status, build!.output).toBe(0);
  });
});
