import type { APIRoute } from "astro";
import { href } from "../project/paths.ts";

/** The web manifest: the site's name, colours and icon, for phones that add it to the home screen. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: "Chương trình 09: mười năm nhìn lại",
        short_name: "Chương trình 09",
        lang: "vi",
        start_url: href(),
        scope: href(),
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#0b5cad",
        icons: [
          { src: href("favicon.svg"), sizes: "any", type: "image/svg+xml", purpose: "any" },
          { src: href("icons/icon-192.png"), sizes: "192x192", type: "image/png" },
          { src: href("icons/icon-512.png"), sizes: "512x512", type: "image/png" },
        ],
      },
      null,
      2,
    ),
    { headers: { "Content-Type": "application/manifest+json" } },
  );
