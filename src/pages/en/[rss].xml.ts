import { feed, onlyWithSite } from "../../site/feed.ts";

/** en/rss.xml: the English stories; written only when the build has a SITE_URL (feeds need absolute links). */
export const getStaticPaths = onlyWithSite("rss", "rss");
export const GET = feed("en");
