import type { LinkTarget } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/lang.ts";
import { compareHref, correctionsHref, homeHref, methodHref, searchHref } from "./paths.ts";

/** The address of a page the dictionary's prose links to, in an edition, optionally at an anchor. */
export function linkTargetHref(to: LinkTarget, lang: Lang, anchor = ""): string {
  const hash = anchor ? `#${anchor}` : "";
  switch (to) {
    case "home":
      return homeHref(lang) + hash;
    case "compare":
      return compareHref(lang) + hash;
    case "method":
      return methodHref(anchor, lang);
    case "search":
      return searchHref(lang) + hash;
    case "corrections":
      return correctionsHref(anchor, lang);
  }
}
