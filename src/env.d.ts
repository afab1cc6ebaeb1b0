declare namespace App {
  interface Locals {
    /** Slug of the province whose story is being rendered; <Fig> defaults to it. */
    province?: string;
    /** Language of the story being rendered; <Fig> formats its figure in it. */
    lang?: import("./i18n/lang.ts").Lang;
  }
}
