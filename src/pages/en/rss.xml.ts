import { feed } from "../../site/feed.ts";

/** en/rss.xml: the English stories. */
export const GET = feed("en");
