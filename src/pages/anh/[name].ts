import { socialImageRoute } from "../../site/socialImages.ts";

/** One link-preview image per story, for the home page and for the comparison, in Vietnamese. */
export const { getStaticPaths, GET } = socialImageRoute("vi");
