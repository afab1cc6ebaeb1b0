import type { FigureRef } from "../figureRefs.ts";
import type { Problem } from "../Problem.ts";
import type { StoryComment } from "./storySyntax.ts";

/** One edition of a story as the parity check needs it: its path, slug, figures and comments. */
interface Edition {
  path: string;
  slug: string;
  refs: readonly FigureRef[];
  comments: readonly StoryComment[];
}

// An omission, written in the English story as a note to editors: {/* omit <Fig metric="x" />: why */}.
const OMIT = /^omit\b\s*(?:<Fig\s+metric="([^"]+)"(?:\s+province="([^"]+)")?\s*\/>\s*[:—–-]?\s*([\s\S]*))?/i;
const OMIT_FORM = '{/* omit <Fig metric="…" />: why the English story leaves it out */}';

const key = (ref: { metric: string; province?: string }, slug: string) => `${ref.metric}@${ref.province ?? slug}`;
const tag = (k: string, slug: string) => {
  const [metric, province] = k.split("@");
  return `<Fig metric="${metric}"${province === slug ? "" : ` province="${province}"`} />`;
};

/**
 * Both editions of a story cite the same figures: the same set of (metric, province) in their <Fig>s, however
 * often each is cited. The English story may leave a figure out only by saying so, in a comment
 * {/* omit <Fig metric="x" />: reason *\/}; a figure only the English story cites is refused where it stands.
 * `exists` says whether a <Fig> names a figure some province reported (the others are reported elsewhere).
 */
export function editionFigures(vi: Edition, en: Edition, exists: (ref: FigureRef, slug: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  // A <Fig> that names no figure is reported as such; compared too, it would be reported twice. While one edition
  // has one, the figure it misspells is likely the one the other seems to lack, so nothing is compared that way yet.
  const viRefs = vi.refs.filter((ref) => exists(ref, vi.slug));
  const enRefs = en.refs.filter((ref) => exists(ref, en.slug));
  const misspelt = { vi: viRefs.length < vi.refs.length, en: enRefs.length < en.refs.length };
  const viKeys = new Map<string, FigureRef>();
  for (const ref of viRefs) if (!viKeys.has(key(ref, vi.slug))) viKeys.set(key(ref, vi.slug), ref);
  const enKeys = new Set(enRefs.map((ref) => key(ref, en.slug)));
  const omitted = new Set<string>();
  for (const comment of en.comments) {
    const m = OMIT.exec(comment.text);
    if (!m) continue;
    const where = { file: en.path, line: comment.line, column: comment.column };
    if (!m[1]) {
      problems.push({ ...where, message: `an omission names one figure and says why: write ${OMIT_FORM}` });
      continue;
    }
    const k = key({ metric: m[1], province: m[2] }, en.slug);
    if ((m[3] ?? "").trim().split(/\s+/).filter(Boolean).length < 2) {
      problems.push({ ...where, message: `the omission of ${tag(k, en.slug)} gives no reason: write ${OMIT_FORM}` });
    } else if (!viKeys.has(k)) {
      problems.push({ ...where, message: `the Vietnamese story ${vi.path} does not cite ${tag(k, en.slug)}, so there is nothing to omit: delete this comment` });
    } else if (enKeys.has(k)) {
      problems.push({ ...where, message: `${tag(k, en.slug)} is marked as omitted but this story cites it: delete the omission, or the <Fig>` });
    }
    omitted.add(k);
  }
  for (const [k, ref] of viKeys) {
    if (enKeys.has(k) || omitted.has(k) || misspelt.en) continue;
    problems.push({
      file: en.path,
      line: 1,
      column: 1,
      message: `the English story does not cite ${tag(k, en.slug)}, which the Vietnamese story cites (${vi.path}:${ref.line}): cite it here too, or say why it is left out with ${OMIT_FORM.replace("…", ref.metric)}`,
    });
  }
  const reported = new Set<string>();
  for (const ref of enRefs) {
    const k = key(ref, en.slug);
    if (viKeys.has(k) || reported.has(k) || misspelt.vi) continue;
    reported.add(k);
    problems.push({
      file: en.path,
      line: ref.line,
      column: ref.column,
      message: `${tag(k, en.slug)} is not cited in the Vietnamese story ${vi.path}: both editions cite the same figures, so cite it there too or leave it out here`,
    });
  }
  return problems;
}
