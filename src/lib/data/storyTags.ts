import { didYouMean } from "./closest.ts";
import { COMPARISONS } from "./figureIds.ts";
import type { Problem } from "./Problem.ts";
import { GROUPS } from "./schemas.ts";

/** The components a story may hold besides <Fig> and <Vi>: inline charts and claims computed from the data. */
export const STORY_COMPONENTS = ["Chart", "Reporters", "ReporterCount", "ProvinceCount"] as const;

/** The name of a chart or claim component. */
export type Component = (typeof STORY_COMPONENTS)[number];

/** A chart or claim component written in a story, with its attributes and where it was written. */
export interface StoryTag {
  name: Component;
  /** Attributes written name="value"; a bare flag (counted, others, start) has the value "". */
  attrs: Map<string, string>;
  line: number;
  column: number;
}

// What each claim component accepts besides one of metric="…" or group="…".
const FLAGS: Record<Exclude<Component, "Chart">, readonly string[]> = {
  Reporters: ["counted", "others", "start"],
  ReporterCount: ["counted", "others", "start"],
  ProvinceCount: ["others", "start"],
};

const CHART_FORM = `<Chart compare="…" /> (${COMPARISONS.join(", ")}) or <Chart group="…" /> (a group of this province's figures: ${GROUPS.join(", ")})`;

/** The form a component is written in, for messages: what to write instead. */
export function componentForm(name: Component): string {
  return name === "Chart" ? CHART_FORM : name === "ProvinceCount" ? "<ProvinceCount />" : `<${name} metric="…" />`;
}

/**
 * Reads one chart or claim component from its literal attributes (as the story's syntax tree holds them; a bare
 * flag such as counted has the value ""), giving the tag or what is wrong with how it is written.
 */
export function storyTag(name: Component, attrs: Map<string, string>, where: { line: number; column: number }): { tag: StoryTag } | { problem: string } {
  const problem = name === "Chart" ? chartProblem(attrs) : claimProblem(name, attrs);
  return problem ? { problem } : { tag: { name, attrs, ...where } };
}

/** What is wrong with a <Chart>'s attributes, if anything: exactly one of compare="…" or group="…" with a known value. */
function chartProblem(attrs: Map<string, string>): string | undefined {
  const names = [...attrs.keys()];
  if (names.length !== 1 || !["compare", "group"].includes(names[0]!)) {
    return `<Chart> takes exactly one attribute: write ${CHART_FORM}`;
  }
  const compare = attrs.get("compare");
  if (compare !== undefined && !(COMPARISONS as readonly string[]).includes(compare)) {
    return `<Chart compare="${compare}"> is not a comparison: write one of ${COMPARISONS.join(", ")}.${didYouMean(compare, COMPARISONS)}`;
  }
  const group = attrs.get("group");
  if (group !== undefined && !(GROUPS as readonly string[]).includes(group)) {
    return `<Chart group="${group}"> is not a group of data/metrics.csv: write one of ${GROUPS.join(", ")}.${didYouMean(group, GROUPS)}`;
  }
  return undefined;
}

/** What is wrong with a claim component's attributes, if anything (metric ids are checked against the dictionary later). */
function claimProblem(name: Exclude<Component, "Chart">, attrs: Map<string, string>): string | undefined {
  const flags = FLAGS[name];
  const subjects: string[] = [...attrs.keys()].filter((a) => a === "metric" || a === "group");
  const unknown = [...attrs.keys()].find((a) => !flags.includes(a) && !(name !== "ProvinceCount" && subjects.includes(a)));
  if (unknown) {
    return name === "ProvinceCount"
      ? `<ProvinceCount> has no attribute "${unknown}": write <ProvinceCount /> (add others for the provinces besides this one, start to open a sentence); for who reported a metric, write <Reporters metric="…" /> or <ReporterCount metric="…" />`
      : `<${name}> has no attribute "${unknown}": write <${name} metric="…" /> or group="…", with counted, others or start if needed`;
  }
  const flag = flags.find((f) => attrs.has(f) && attrs.get(f) !== "");
  if (flag) return `<${name} ${flag}="${attrs.get(flag)}">: write ${flag} alone, without a value`;
  if (name !== "ProvinceCount" && subjects.length !== 1) {
    return `<${name}> needs exactly one of metric="…" (an id of data/metrics.csv) or group="…" (${GROUPS.join(", ")})`;
  }
  const group = attrs.get("group");
  if (group !== undefined && !(GROUPS as readonly string[]).includes(group)) {
    return `<${name} group="${group}"> is not a group of data/metrics.csv: write one of ${GROUPS.join(", ")}.${didYouMean(group, GROUPS)}`;
  }
  return undefined;
}

/**
 * Checks what a story's tags refer to: a claim's metric must be in the dictionary, and a <Chart group> must be a
 * group this province reported (`reported` is null when its results file could not be read, to say nothing twice).
 */
export function checkStoryTags(
  file: string,
  tags: readonly StoryTag[],
  metricIds: ReadonlySet<string>,
  reportedGroups: ReadonlySet<string> | null,
  slug: string,
): Problem[] {
  const problems: Problem[] = [];
  const placed = new Map<string, number>();
  for (const tag of tags) {
    const where = { file, line: tag.line, column: tag.column };
    const metric = tag.attrs.get("metric");
    if (tag.name !== "Chart" && metric !== undefined && !metricIds.has(metric)) {
      problems.push({ ...where, message: `<${tag.name} metric="${metric}"> names no metric: write an id of data/metrics.csv.${didYouMean(metric, metricIds)}` });
    }
    if (tag.name !== "Chart") continue;
    const group = tag.attrs.get("group");
    if (group !== undefined && reportedGroups && !reportedGroups.has(group)) {
      problems.push({
        ...where,
        message: `<Chart group="${group}">: ${slug} reports no figure of the group "${group}": write a group it reports (${[...reportedGroups].join(", ") || "none"}), or <Chart compare="…" /> to show how the provinces compare`,
      });
    }
    const key = [...tag.attrs].map(([k, v]) => `${k}="${v}"`).join(" ");
    const earlier = placed.get(key);
    if (earlier !== undefined) problems.push({ ...where, message: `<Chart ${key} /> is already placed on line ${earlier}: place each chart once, after the paragraph that talks about it` });
    else placed.set(key, tag.line);
  }
  return problems;
}
