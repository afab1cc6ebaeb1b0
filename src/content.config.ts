import { defineCollection } from "astro:content";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import { fileURLToPath } from "node:url";
import type { Dataset } from "./lib/data/model.ts";
import { loadProject } from "./lib/data/loadProject.ts";
import { PATHS } from "./lib/data/readProject.ts";
import { correctionRow, editionRow, metricEntry, provinceFrontmatter, resultEntry, sourceEntry, storyTranslation } from "./lib/data/schemas.ts";

/**
 * Every collection validates all of the editors' files together before it stores anything, and throws
 * a DataError listing each problem as file:line:column. (Astro's file() loader would log a parse error
 * and go on with an empty collection; a newsroom site must not publish half its figures.)
 */
function validated(context: LoaderContext): Dataset {
  return loadProject(fileURLToPath(context.config.root));
}

/** A loader that stores one part of the validated dataset, and reloads when an editor saves a data file. */
function datasetLoader(name: string, entries: (d: Dataset) => { id: string; data: Record<string, unknown> }[]): Loader {
  const load = async (context: LoaderContext) => {
    const dataset = validated(context);
    context.store.clear();
    for (const { id, data } of entries(dataset)) {
      context.store.set({ id, data: await context.parseData({ id, data }) });
    }
  };
  return {
    name,
    load: async (context) => {
      await load(context);
      context.watcher?.on("change", (path) => {
        if (/[/\\](data|content)[/\\]/.test(path)) void load(context).catch((e) => context.logger.error(String(e.message)));
      });
    },
  };
}

/** A collection of MDX stories in one folder, stored only once the whole project validates. */
function storyLoader(name: string, folder: string): Loader {
  const stories = glob({ pattern: "*.mdx", base: `./${folder}` });
  return {
    name,
    load: async (context) => {
      validated(context);
      await stories.load(context);
    },
  };
}

/** Unquoted YAML dates reach Astro as Date objects; the schema wants the ISO text the editor wrote. */
const isoDates = (data: unknown): unknown => {
  const fm = data as { event?: { date?: unknown } };
  if (fm?.event?.date instanceof Date) fm.event.date = fm.event.date.toISOString().slice(0, 10);
  return data;
};

export const collections = {
  provinces: defineCollection({
    loader: storyLoader("province-stories", PATHS.stories),
    schema: z.preprocess(isoDates, provinceFrontmatter),
  }),
  storiesEn: defineCollection({
    loader: storyLoader("province-stories-en", PATHS.translations),
    schema: storyTranslation,
  }),
  metrics: defineCollection({
    // The store sorts entries by id; `order` keeps the editors' order, which is the order readers see.
    loader: datasetLoader("metrics-csv", (d) => d.metrics.map((m, order) => ({ id: m.id, data: { ...m, order } }))),
    schema: metricEntry,
  }),
  sources: defineCollection({
    loader: datasetLoader("sources-csv", (d) => d.sources.map((s, order) => ({ id: s.id, data: { ...s, order } }))),
    schema: sourceEntry,
  }),
  results: defineCollection({
    loader: datasetLoader("results-csv", (d) =>
      d.results.map((r) => ({ id: `${r.province}/${r.metric}/${r.source}`, data: { ...r } })),
    ),
    schema: resultEntry,
  }),
  corrections: defineCollection({
    // One entry holding the whole log, in the editors' order: a log with no rows yet is normal, and an
    // empty collection would make Astro warn on every build.
    loader: datasetLoader("corrections-csv", (d) => [{ id: "log", data: { rows: d.corrections } }]),
    schema: z.object({ rows: z.array(correctionRow) }),
  }),
  edition: defineCollection({
    loader: datasetLoader("edition-csv", (d) => [{ id: "edition", data: d.edition }]),
    schema: editionRow,
  }),
};
