import { reportersOf, type ClaimSubject, type Reporters } from "../lib/shape/reporters.ts";
import { siteData } from "./dataset.ts";

/** What a story's claim component (<Reporters>, <ReporterCount>) is given: its subject and how to word it. */
export interface ClaimProps extends ClaimSubject {
  /** Leave the story's own province out. */
  others?: boolean;
  /** Capitalise the first letter, to open a sentence. */
  start?: boolean;
}

/** A claim component's subject with its defaults filled in, and who reported it: all its span needs but words. */
export type StoryClaim = Required<Pick<ClaimProps, "counted" | "others" | "start">> & Pick<ClaimSubject, "metric" | "group"> & { claim: Reporters };

/** Computes a story's claim from the site's data; `province` is the story's own, left out when `others` is set. */
export async function storyClaim(props: ClaimProps, province: string | undefined): Promise<StoryClaim> {
  const { metric, group, counted = false, others = false, start = false } = props;
  const claim = reportersOf(await siteData(), { metric, group, counted }, others ? province : undefined);
  return { metric, group, counted, others, start, claim };
}
