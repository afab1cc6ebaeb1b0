import { socialImageRoute } from "../../../site/socialImages.ts";

/** One link-preview image per story, for the home page and for the comparison, in English. */
export const { getStaticPaths, GET } = socialImageRoute("en");
