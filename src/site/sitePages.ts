import { sortProvinces } from "../lib/shape/sortProvinces.ts";
import type { SiteData } from "./dataset.ts";
import { compareHref, correctionsHref, href, methodHref, provinceHref } from "./paths.ts";

/** A page readers can land on, for the sitemap and the feed. */
export interface SitePage {
  /** Path under the site, with the base path. */
  path: string;
  title: string;
}

/** Every page of the site a search engine should know, in reading order. */
export function sitePages(data: SiteData): SitePage[] {
  return [
    { path: href(), title: "Mười năm Chương trình 09 qua báo cáo các tỉnh" },
    ...sortProvinces(data.provinces).map((p) => ({ path: provinceHref(p.slug), title: p.name })),
    { path: compareHref(), title: "So sánh các tỉnh" },
    { path: methodHref(), title: "Nguồn và phương pháp" },
    { path: correctionsHref(), title: "Đính chính" },
    { path: href("tim-kiem/"), title: "Tìm kiếm" },
  ];
}
