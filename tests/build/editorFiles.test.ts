import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, copyProject, runScript } from "../helpers/project.ts";

/** One bad editor's file: how to break it, and the file:line:column problem both check and the build must print. */
interface Case {
  name: string;
  file: string;
  write: (text: string) => string | Buffer;
  says: RegExp;
}

// Text of a file in a single-byte code page: Vietnamese letters outside Latin-1 become "?", as a careless export would.
const legacy = (text: string) => Buffer.from(text.replace(/[^\x00-\xff]/g, "?"), "latin1");

// A file that is not UTF-8 stops the reading of the project, so those cases go in a run of their own.
const ENCODINGS: Case[] = [
  { name: "sources.csv in Windows-1258", file: "data/sources.csv", write: legacy, says: /data\/sources\.csv:2:\d+ the file is not UTF-8 text: .*Windows-1258.*save as UTF-8 CSV/ },
  { name: "an English story in Windows-1258", file: "content/en/provinces/ha-nam.mdx", write: (t) => legacy(t.replace("region:", "region: Đồng bằng sông Hồng,")), says: /content\/en\/provinces\/ha-nam\.mdx:\d+:\d+ the file is not UTF-8 text: .*save as UTF-8 \(/ },
  { name: "an .xlsx renamed .csv", file: "data/results/ha-tinh.csv", write: () => Buffer.from("PK\x03\x04\x14\x00\x06\x00\x08\x00", "latin1"), says: /data\/results\/ha-tinh\.csv:1:1 .*Excel workbook \(\.xlsx\).*save as UTF-8 CSV/ },
  { name: "a UTF-16 metrics.csv", file: "data/metrics.csv", write: (t) => Buffer.from(`\uFEFF${t}`, "utf16le"), says: /data\/metrics\.csv:1:1 .*UTF-16.*save as UTF-8 CSV/ },
];

const RULES: Case[] = [
  { name: "a decimal comma in coordinates", file: "content/provinces/ha-tinh.mdx", write: (t) => t.replace("{ lat: 18.34, lon: 105.91 }", "{ lat: 18,34, lon: 105.91 }"), says: /ha-tinh\.mdx:6:21 field "coordinates\.lat" has a decimal comma \(18,34\).*write 18\.34/ },
  { name: "an unknown frontmatter field", file: "content/provinces/ha-nam.mdx", write: (t) => t.replace("highlights:", "hightlights:"), says: /ha-nam\.mdx:\d+:\d+ field "hightlights" is not a field of a story\. Did you mean "highlights"\?/ },
  { name: "todo in a note", file: "data/results/binh-thuan.csv", write: (t) => t.replace(/\n([^,\n]+,[^,\n]*,[^,\n]+,[^,\n]+,"?[^"\n]*"?),[^\n]*\n/, "\n$1,todo kiểm tra,check\n"), says: /binh-thuan\.csv:2:\d+ column "note" still says "todo"/ },
  { name: "mixed line endings", file: "data/results/thai-nguyen.csv", write: (t) => t.replace("\n", "\r\n"), says: /^$/ },
];

describe.each([
  ["files that are not UTF-8", ENCODINGS],
  ["frontmatter and cells that break the rules", RULES],
])("check and the build, given %s", (_, cases) => {
  const project = copyProject();
  let check: { status: number | null; output: string };
  let build: { status: number | null; output: string };
  let npmBuild: { status: number | null; output: string };

  beforeAll(() => {
    for (const c of cases) writeFileSync(join(project.dir, c.file), c.write(project.read(c.file)));
    const checked = runScript(project.dir, "scripts/check.ts");
    check = { status: checked.status, output: `${checked.stdout}${checked.stderr}` };
    build = astroBuild(project.dir);
    const built = runScript(project.dir, "scripts/build.ts");
    npmBuild = { status: built.status, output: `${built.stdout}${built.stderr}` };
  });
  afterAll(() => project.remove());

  const real = cases.filter((c) => c.says.source !== "^$");

  it("both refuse, print the same problems, and the build prints no stack trace", () => {
    expect(check.status).toBe(1);
    expect(build.status).not.toBe(0);
    expect(npmBuild.status).toBe(1);
    // Problems only: check also lists, apart, the sources whose archived copy it could not compare (none here).
    const lines = (output: string) =>
      output
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => /^[\w./-]+\.(csv|mdx):\d+:\d+ /.test(l) && !/names the copy|names no archived copy/.test(l))
        .sort();
    expect(lines(check.output)).toHaveLength(real.length);
    expect(lines(build.output)).toEqual(lines(check.output));
    expect(lines(npmBuild.output)).toEqual(lines(check.output));
    for (const output of [build.output, npmBuild.output]) expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it.each(real.map((c) => [c.name, c] as const))("both report %s at its place", (_, c) => {
    expect(check.output).toMatch(c.says);
    expect(build.output).toMatch(c.says);
  });
});
