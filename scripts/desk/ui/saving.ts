// The save step: the decision sent to /api/save (which validates the would-be project and writes atomically),
// its answer shown beside the fields, and the files read again after a conflict.
import { METRIC_FIELDS } from "./newMetric.ts";
import { api, byId, say, told } from "./dom.ts";
import { clearProblems, showProblems, type ShownProblem } from "./problems.ts";
import { loadState, pickProvince, showDraft, showDraftBar } from "./province.ts";
import { storyFields } from "./story.ts";
import { openStories } from "./storyEditor.ts";
import { desk, keep, type Draft } from "./state.ts";

/** Sends the decided figures, the source, new metrics and (for a new province) the story to be saved. */
export async function saveDraft(): Promise<void> {
  const { draft, words, metrics } = desk;
  if (!draft) return;
  clearProblems();
  const out = byId("save-out");
  const pending = draft.cards.filter((c) => c.status === "pending").length;
  if (pending) return void (out.textContent = say(words, "undecided", { n: pending }));
  const accepted = draft.cards.filter((c) => c.status === "accepted");
  const used = new Set(accepted.map((c) => c.metric));
  const newMetrics = Object.values(draft.metrics).filter((m) => used.has(m.id ?? "") && !metrics.some((k) => k.id === m.id));
  const decision = {
    slug: draft.slug, ...(draft.isNew ? { name: draft.name, story: storyFields(draft.story) } : {}), base: draft.base,
    source: { outlet: "", title: "", published: "", event_date: "", author: "", url: "", note: "", note_en: "", ...draft.source },
    article: draft.text, rows: accepted.map(({ metric, value, qualifier, quote, note, note_en }) => ({ metric, value, qualifier, quote, note, note_en })),
    metrics: newMetrics.map((m) => ({ compare: "", ...Object.fromEntries(METRIC_FIELDS.map((f) => [f, m[f] ?? ""])) })),
  };
  // While the check and the writing run (seconds on a busy machine): a status line says so and Save waits.
  const button = byId<HTMLButtonElement>("save");
  const progress = byId("save-progress");
  out.textContent = "";
  button.disabled = true;
  progress.textContent = say(words, "saving");
  let answer;
  try {
    answer = await api("/api/save", decision);
  } finally {
    progress.textContent = "";
    button.disabled = false;
  }
  const { status: code, data } = answer;
  byId("reload").hidden = code !== 409;
  if (code === 200) {
    draft.saved = true;
    draft.base = data.base as Draft["base"];
    keep();
    out.textContent = `${say(words, "saved", { files: (data.written as string[]).join(", ") })} ${say(words, "savedOnce")}`;
    byId<HTMLButtonElement>("save").disabled = true;
    // A new province joins the list, and new metrics the dictionary, for the next article.
    await loadState();
    pickProvince(draft.slug, draft.name);
    showDraftBar();
    // The stories are on disk now (a new province's, or the article's id added): the editor opens them.
    return openStories(true);
  }
  if (code === 409) return void (out.textContent = say(words, "conflict", { files: (data.conflicts as string[]).join(", ") }));
  const problems = (data.problems ?? []) as ShownProblem[];
  if (!problems.length) return void (out.textContent = told(words, data));
  out.textContent = say(words, "notSaved", { n: problems.length });
  showProblems(problems, accepted, say(words, "otherFiles"), (p) => (p.word && p.word in words ? say(words, p.word, p.values) : `${say(words, "checkSays")} ${p.message}`));
}

/** After a conflict: reads the files' new hashes (and ids, metrics) from disk; the editor's decisions stay. */
export async function reload(): Promise<void> {
  const { draft } = desk;
  if (!draft) return;
  await loadState();
  const { data } = await api(`/api/open?slug=${encodeURIComponent(draft.slug)}`);
  draft.base = data.base as Draft["base"];
  if (!data.isNew && draft.isNew) draft.isNew = false;
  if (data.nextSource !== draft.source.id && String(data.nextSource) > "") draft.source.id = String(data.nextSource);
  keep();
  showDraft();
  byId("reload").hidden = true;
  byId("save-out").textContent = "";
}
