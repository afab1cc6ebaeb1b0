import type { Qualifier } from "../../../src/lib/text/qualifiers.ts";

/**
 * Every word the desk says, in one language (vi.ts, en.ts fill it in). `{n}`, `{files}` and `{id}` are
 * replaced where the words are used. Kept apart from src/i18n/: readers never see these.
 */
export interface DeskWords {
  lang: "vi" | "en";
  title: string;
  intro: string;
  otherLanguage: string;
  stepProvince: string;
  pickExisting: string;
  newOption: string;
  newName: string;
  slugIs: string;
  open: string;
  stepArticle: string;
  sourceId: string;
  outlet: string;
  articleTitle: string;
  published: string;
  eventDate: string;
  /** Beside the story's event date: it is the article's, and where to change it. */
  dateFromArticle: string;
  /** The story's event date while the article's is empty. */
  noDate: string;
  dateHint: string;
  author: string;
  url: string;
  urlHint: string;
  sourceNote: string;
  sourceNoteEn: string;
  articleText: string;
  articleHint: string;
  propose: string;
  stepFigures: string;
  figuresHelp: string;
  articleLabel: string;
  addFigure: string;
  figureN: string;
  metric: string;
  metricHint: string;
  value: string;
  valueHint: string;
  qualifier: string;
  /** A word for each qualifier check knows, in QUALIFIERS' order: the card's list shows them in this order. */
  qualifiers: Record<Qualifier, string>;
  quote: string;
  quoteHint: string;
  useSelection: string;
  quoteMissing: string;
  note: string;
  noteEn: string;
  accept: string;
  reject: string;
  status: Record<"pending" | "accepted" | "rejected", string>;
  newMetric: string;
  metricId: string;
  group: string;
  labelVi: string;
  labelEn: string;
  unit: string;
  comparable: string;
  awardLevel: string;
  recipient: string;
  definitionVi: string;
  definitionEn: string;
  keywords: string;
  /** The words for each unit of metrics.csv. */
  units: Record<"count" | "percent", string>;
  /** The keyword rows of a new metric: what they mean, their two boxes, their buttons, and why | and @ are refused. */
  keywordsHint: string;
  keywordWords: string;
  keywordNear: string;
  addKeyword: string;
  removeKeyword: string;
  keywordSyntax: string;
  chooseGroup: string;
  /** Above a new metric the extractor defined (its candidate's `definition`). */
  fromExtractor: string;
  stepStory: string;
  storyHelp: string;
  region: string;
  capital: string;
  lat: string;
  lon: string;
  kind: string;
  kinds: Record<"review" | "inspection", string>;
  eventTitle: string;
  headline: string;
  summary: string;
  highlights: string;
  afterProvince: string;
  mergedWith: string;
  body: string;
  bodyHint: string;
  regionEn: string;
  titleEn: string;
  headlineEn: string;
  summaryEn: string;
  bodyEn: string;
  stepSave: string;
  save: string;
  saving: string;
  saved: string;
  notSaved: string;
  otherFiles: string;
  conflict: string;
  reload: string;
  undecided: string;
  emptyArticle: string;
  noFigures: string;
  restored: string;
  discard: string;
  build: string;
  building: string;
  built: string;
  builtEn: string;
  buildFailed: string;
  proposed: string;
  keyboardSelect: string;
  keyboardHint: string;
  insertHint: string;
  needName: string;
  savedOnce: string;
  selectedWords: string;
  failed: string;
  restoredSaved: string;
  nextArticle: string;
  /** What the desk's API refuses, said in the page's language (the API's `word`). */
  noSlugLetters: string;
  notSlug: string;
  provinceExists: string;
  selectionMoved: string;
  badDecision: string;
  notFound: string;
  /** Put before each of check's own messages, which stay in English as npm run check prints them. */
  checkSays: string;
  /** The desk's own refusals of a save (savePlan.ts), beside their fields. */
  pSlugDiffers: string;
  pExists: string;
  pNoProvince: string;
  pNeedsStory: string;
  pNoRows: string;
  pSourceTaken: string;
  pSameQuote: string;
  pArchiveTaken: string;
  pNoSourcesList: string;
}
