import { defineCollection } from "astro:content";
import type { Loader, LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dataset } from "./lib/data/model.ts";
import { loadProject } from "./lib/data/loadProject.ts";
import { readProjectFiles } from "./lib/data/readProject.ts";
import { storyEntries } from "./lib/data/storyEntries.ts";
import { correctionRow, editionRow, metricEntry, resultEntry, sourceEntry } from "./lib/data/schemas.ts";
import { provinceFrontmatter, storyTranslation } from "./lib/data/storySchemas.ts";

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

/**
 * A collection of MDX stories (the Vietnamese ones or their English editions), stored only once the whole project
 * validates, with the frontmatter read by the project's own YAML reader (the one check uses) rather than Astro's
 * glob loader, which reads it with js-yaml: check and the build must read the same data. The body is compiled
 * by @astrojs/mdx when a page renders it, as with the glob loader (deferred rendering).
 */
function storyLoader(name: string, which: "stories" | "translations"): Loader {
  const load = async (context: LoaderContext) => {
    validated(context);
    const root = fileURLToPath(context.config.root);
    context.store.clear();
    for (const entry of storyEntries(readProjectFiles(root), which)) {
      const data = await context.parseData({ id: entry.id, data: entry.data, filePath: join(root, entry.path) });
      context.store.set({ id: entry.id, data, body: entry.body, filePath: entry.path, digest: context.generateDigest(entry.text), deferredRender: true });
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

/** Unquoted YAML dates reach Astro as Date objects; the schema wants the ISO text the editor wrote. */
const isoDates = (data: unknown): unknown => {
  const fm = data as { event?: { date?: unknown } };
  if (fm?.event?.date instanceof Date) fm.event.date = fm.event.date.toISOString().slice(0, 10);
  return data;
};

export const collections = {
  provinces: defineCollection({
    loader: storyLoader("province-stories", "stories"),
    schema: z.preprocess(isoDates, provinceFrontmatter),
  }),
  storiesEn: defineCollection({
    loader: storyLoader("province-stories-en", "translations"),
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
