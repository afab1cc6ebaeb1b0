import { feed, onlyWithSite } from "../site/feed.ts";

/** rss.xml: the Vietnamese stories; written only when the build has a SITE_URL (feeds need absolute links). */
export const getStaticPaths = onlyWithSite("rss", "rss");
export const GET = feed("vi");
