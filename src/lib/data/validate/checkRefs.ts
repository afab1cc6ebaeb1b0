import { didYouMean } from "../closest.ts";
import type { FigureRef } from "../figureRefs.ts";
import type { TextFile } from "../model.ts";
import type { Problem } from "../Problem.ts";
import { PATHS } from "../projectPaths.ts";

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
    const province = ref.province ?? slug;
    const where = { file: file.path, line: ref.line, column: ref.column };
    if (!slugs.has(province)) {
      problems.push({ ...where, message: `<Fig province="${province}"> names no province: write a slug of ${PATHS.stories}/.${didYouMean(province, slugs)}` });
      continue;
    }
    const reported = mentioned.get(province);
    if (reported && !reported.has(ref.metric)) {
      problems.push({ ...where, message: `<Fig metric="${ref.metric}"> refers to no figure of ${province}: write a metric of ${PATHS.results}/${province}.csv.${didYouMean(ref.metric, reported)}` });
    }
  }
}
