import { didYouMean } from "../closest.ts";
import type { FigureRef } from "../figureRefs.ts";
import type { TextFile } from "../model.ts";
import type { Problem } from "../Problem.ts";
import { PATHS } from "../projectPaths.ts";

/**
 * What is wrong with one `<Fig>` of the story of `slug`: it names no province, or a measure its province did
 * not report; undefined when it is fine or cannot be told (that province's results could not be read).
 */
export function refProblem(ref: FigureRef, slug: string, mentioned: ReadonlyMap<string, ReadonlySet<string> | null>, slugs: ReadonlySet<string>): string | undefined {
  const province = ref.province ?? slug;
  if (!slugs.has(province)) return `<Fig province="${province}"> names no province: write a slug of ${PATHS.stories}/.${didYouMean(province, slugs)}`;
  const reported = mentioned.get(province);
  if (reported && !reported.has(ref.metric)) return `<Fig metric="${ref.metric}"> refers to no figure of ${province}: write a metric of ${PATHS.results}/${province}.csv.${didYouMean(ref.metric, reported)}`;
  return undefined;
}

/** Every `<Fig>` in a story must name a figure some province reported. */
export function checkRefs(
  file: TextFile,
  slug: string,
  refs: readonly FigureRef[],
  mentioned: ReadonlyMap<string, ReadonlySet<string> | null>,
  slugs: ReadonlySet<string>,
  problems: Problem[],
): void {
  for (const ref of refs) {
    const message = refProblem(ref, slug, mentioned, slugs);
    if (message) problems.push({ file: file.path, line: ref.line, column: ref.column, message });
  }
}
