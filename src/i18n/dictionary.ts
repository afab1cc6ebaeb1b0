import type { CoverageSummary } from "../lib/shape/coverageSummary.ts";
import type { ChartWords } from "./chartWords.ts";
import type { ClaimWords } from "./claimWords.ts";
import type { FigureWords } from "./figureWords.ts";
import type { Labels } from "./labels.ts";
import type { SideWords } from "./sideWords.ts";

/** A page of the site a piece of prose can link to; the <Rich> component turns it into the edition's address. */
export type LinkTarget = "home" | "compare" | "method" | "search" | "corrections";

/** A run of prose: plain text, or a link to one of the site's pages (optionally at an anchor). */
export type Part = string | { text: string; to: LinkTarget; anchor?: string };

/** A paragraph (or sentence) made of parts, so prose with links stays in the dictionary and out of the views. */
export type Rich = readonly Part[];

/** A term and what it means, for compact definition lists. */
export interface Term {
  term: string;
  text: string;
}

/** The home page's finding, worded from the coverage summary: a headline and the sentence that states it. */
export interface Finding {
  headline: string;
  sentence: string;
}

/**
 * Every word the interface and the pages say, in one language: a third language is one new file that fills
 * this in full (src/i18n/<lang>.ts) and one line in ./ui.ts.
 */
export interface Dictionary {
  siteName: string;
  siteShort: string;
  siteTagline: string;
  feedTitle: string;
  feedDescription: string;
  skipLink: string;
  navLabel: string;
  nav: { home: string; compare: string; method: string; search: string };
  /** The header's short labels (one row at 320 px): the sections and the provinces' menu. */
  menu: { compare: string; provinces: string; method: string; search: string };
  homeTitle: string;
  switchLabel: string;
  switchTitle: string;
  footerTrace: string;
  footerBefore2025: string;
  corrections: string;
  corrected: string;
  source: string;
  sources: string;
  charts: string;
  figuresAndSources: string;
  /** The summary of the folded all-figures table: "Xem cả 29 con số, từng câu nguồn". */
  showAllFigures: (count: number) => string;
  /** The one line a story gives to what its province did not report, before the link to the overview. */
  notReportedLine: (province: string, count: number) => string;
  notReportedLink: string;
  /** The link from a citation to how the site describes that article. */
  aboutSource: string;
  mergerUnchanged: (province: string) => string;
  mergerMerged: (province: string, into: string, others: readonly string[]) => string;
  table: { metric: string; value: string; stated: string; provinceOrMetric: string };
  chart: {
    dataCsv: string;
    chartSvg: string;
    imagePng: string;
    cite: string;
    updated: string;
    embed: string;
    embedCopy: string;
    tableSummary: string;
    tableLabel: (title: string) => string;
    scrollLabel: (title: string, narrow: boolean) => string;
    embedDescription: (title: string) => string;
  };
  notStated: string;
  noCount: string;
  dataFiles: { metrics: string; sources: string; results: (province: string) => string };

  /** What the figures are: the authorities' own reports as state media carried them, checked against the article only. */
  framing: {
    /** Label of the framing note, for its landmark. */
    label: string;
    /** The one line on the home page and every story, linking to the method page. */
    story: Rich;
    /** The longer version on the home and method pages. */
    full: Rich;
  };
  home: {
    description: string;
    kicker: string;
    /** The finding, computed from the data: a headline, and the sentence over the overview of what each province reported. */
    finding: (summary: CoverageSummary) => Finding;
    /** What Program 09 is, in one or two sentences, under the headline. */
    standfirst: string;
    provincesHeading: string;
    /**
     * How many numbers a province reported (counts and shares; not mentions without one), with the days they
     * were given (formatDatePhrase's words) when those are not the day of the event the card names.
     */
    provinceCount: (numbers: number, given?: readonly string[]) => string;
  };
  compare: {
    description: string;
    /** The comparison page's headline, from how many measures carry numbers of more than one province and compare. */
    headline: (summary: CoverageSummary) => string;
    lede: Rich;
  };
  method: {
    description: string;
    summaryHeading: string;
    summary: readonly Rich[];
    readingHeading: string;
    notReportedMeaning: string;
    numbers: string;
    compareHeading: string;
    compareItems: readonly Term[];
    /** The glossary's heading and the line under it (the terms are in glossary.ts). */
    glossaryHeading: string;
    glossaryLede: string;
    sourcesHeading: string;
    measuresHeading: string;
    measuresLede: string;
    labels: { province: string; outlet: string; author: string; published: string; event: string; url: string; id: string; untitled: string; unit: string; compare: string; count: string };
    downloadHeading: string;
    downloadLede: string;
    zip: string;
  };
  search: { description: string; lede: string; label: string; button: string; everyPage: string; noJs: string };
  correctionsPage: { description: string; lede: string; none: string; from: string; to: string };
  notFound: { title: string; description: string; lede: string; home: string };

  /** The side-by-side view of models, campaigns and awards (home and comparison pages). */
  side: SideWords;
  /** The sentences around the charts (titles, subtitles, notes), filled in by src/figures/. */
  figures: FigureWords;
  /** The few words the charts draw or announce themselves. */
  chartWords: ChartWords;
  /** Names of the data's coded values: metric groups, award levels, recipients, event kinds, comparability. */
  labels: Labels;
  /** Claims computed from the data: who reported something, how many, how many provinces. */
  claims: ClaimWords;
}
