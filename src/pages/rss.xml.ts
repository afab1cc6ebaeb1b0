import { feed } from "../site/feed.ts";

/** rss.xml: the Vietnamese stories. */
export const GET = feed("vi");
