// One file per language, by design: a third language is one new file like this one. It runs past the
// project's ~250-line module guide because it holds every word of the edition (pages, charts, labels, claims).
import { type ClaimWords, MAX_NAMES } from "./claimWords.ts";
import type { Dictionary } from "./dictionary.ts";
import { measureName } from "./measureName.ts";

/** "A, B and C": a list the English way (no serial comma, as the English edition writes lists). */
const andList = (items: readonly string[]) => new Intl.ListFormat("en-GB").format(items);
const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** Small counts in words, as English prose writes them ("four provinces"), larger ones in figures. */
const words = (n: number) => NUMBER_WORDS[n] ?? String(n);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Claims computed from the data, in English ("only Hà Tĩnh", "all four provinces", "1 of 4 provinces"). */
const claims: ClaimWords = {
  reporters: (names, total, others) => {
    const n = names.length;
    if (n === 0) return others ? "no other province" : "no province";
    if (n === total && total >= 2) return claims.reporterCount(n, total, others);
    if (n === 1) return `only ${names[0]}`;
    if (n <= MAX_NAMES) return andList(names);
    return claims.reporterCount(n, total, others);
  },
  reporterCount: (count, total, others) => {
    if (count === 0) return others ? "no other province" : "no province";
    if (count === total && total === 2) return others ? "both other provinces" : "both provinces";
    if (count === total && total > 2) return `all ${claims.provinceCount(total, others)}`;
    if (count === total) return others ? "the one other province" : "the one province";
    return `${count} of ${total}${others ? " other" : ""} provinces`;
  },
  provinceCount: (total, others) => `${words(total)}${others ? " other" : ""} province${total === 1 ? "" : "s"}`,
};

/** Every word of the site in English, the second edition. */
export const en: Dictionary = {
  siteName: "Program 09: ten years on",
  siteShort: "Program 09",
  siteTagline: "ten years on",
  feedTitle: "Program 09: the province stories",
  feedDescription: "What the provinces reported after ten years of Coordination Program No. 09: the figures, their sources, and what cannot be compared.",
  skipLink: "Skip to the main content",
  navLabel: "Main",
  nav: { home: "Home", compare: "Compare the provinces", method: "Sources and method", search: "Search" },
  menu: { compare: "Compare", provinces: "Provinces", method: "Method", search: "Search" },
  homeTitle: "Ten years of Program 09: what the provinces reported",
  switchLabel: "Tiếng Việt",
  switchTitle: "Đọc trang này bằng tiếng Việt",
  footerTrace: "Every number on this site links to the sentence of the article that stated it. What a province did not report is shown as “not reported”, never as zero.",
  footerBefore2025: "The figures are those of the provinces before the 2025 administrative reorganisation.",
  corrections: "Corrections",
  corrected: "corrected",
  source: "source",
  sources: "Sources",
  charts: "Charts",
  figuresAndSources: "Every figure and its source",
  showAllFigures: (count) => `Show all ${count} figures, each with the sentence that stated it`,
  notReportedLine: (province, count) => `The articles on ${province} do not mention ${count} kinds of figure that other provinces gave; not mentioned does not mean zero.`,
  notReportedLink: "See the overview",
  aboutSource: "about this article",
  mergerUnchanged: (province) => `${province} kept its borders in the 2025 reorganisation of provinces.`,
  mergerMerged: (province, into, others) =>
    into === province
      ? `On 1 July 2025 ${province} merged with ${andList(others)} and kept its name. The figures here are those of the former ${province}.`
      : `On 1 July 2025 ${andList([province, ...others.filter((o) => o !== into), ...(others.includes(into) ? [into] : [])])} merged into a new ${into} province. The figures here are those of the former ${province}.`,
  table: { metric: "Measure", value: "Figure", stated: "What the source says", provinceOrMetric: "Province / measure" },
  chart: {
    dataCsv: "Data (CSV)",
    chartSvg: "Chart (SVG)",
    imagePng: "Image (PNG)",
    cite: "Cite this",
    updated: "updated",
    embed: "Embed this chart in another page",
    embedCopy: "Copy this code into your page:",
    tableSummary: "The chart's data as a table",
    tableLabel: (title) => `Table: ${title}`,
    scrollLabel: (title, narrow) => `${title} (${narrow ? "narrow" : "wide"} version, scrolls sideways)`,
    embedDescription: (title) => `The chart “${title}” from Program 09: ten years on, for embedding in another page.`,
  },
  notStated: "unknown",
  noCount: "no count given",
  dataFiles: { metrics: "the dictionary of measures", sources: "the source articles", results: (province) => `figures for ${province}` },

  framing: {
    label: "What these figures are",
    story: ["These are the provinces' own figures, as state media reported them; each links to the sentence that stated it. ", { text: "How we work", to: "method" }, "."],
    full: [
      "Every number here was reported by a province's authorities and police about their own work, at a review conference or a working visit, and carried by state media; none has been independently verified. We make sure each figure is what the article said and link it to that sentence; we cannot vouch that it is true. “More than 95% safe” is a province's own rating, not a measurement. ",
      { text: "How we work", to: "method" },
      ".",
    ],
  },
  home: {
    description: "Four provinces reviewed ten years of Vietnam's Coordination Program No. 09 on public security: the models, campaign launches and awards each reported, side by side.",
    kicker: "Program 09 · 2013–2023",
    finding: (s) => {
      const many = capital(words(s.provinces));
      const headline =
        s.comparable.length === 0
          ? `${many} provinces looked back on ten years, and no two counted the same thing`
          : `${many} provinces looked back on ten years; ${words(s.comparable.length)} ${s.comparable.length === 1 ? "measure has" : "measures have"} numbers from more than one province`;
      const sentence =
        s.shared.length === 0
          ? `The provinces gave ${s.measures} measures, and none has numbers from more than one province. The table shows who reported what.`
          : `The provinces gave ${s.measures} measures; only ${words(s.shared.length)} ${s.shared.length === 1 ? "has" : "have"} numbers from more than one province${s.comparable.length === 0 ? ", and each counted differently" : ""}. The table shows who reported what.`;
      return { headline, sentence };
    },
    standfirst: "In 2013 Vietnam's police ministry and the Fatherland Front signed Program 09 to draw residents into keeping their neighbourhoods safe. Ten years on, each province looked back in numbers of its own choosing.",
    provincesHeading: "The provinces' stories",
    provinceCount: (n, given = []) => `${n} ${n === 1 ? "number" : "numbers"}${given.length ? ` given ${given.join(" and ")}` : ""}`,
  },
  compare: {
    headline: (s) =>
      s.shared.length === 0
        ? "The provinces share no measure"
        : s.comparable.length === 0
          ? s.shared.length === 1
            ? `The provinces share only the number of ${measureName(s.shared[0]!.label_en)}, and each counts it its own way`
            : `The provinces share ${words(s.shared.length)} measures, and each counts them its own way`
          : `${capital(words(s.comparable.length))} ${s.comparable.length === 1 ? "measure compares" : "measures compare"} across provinces`,
    description: "The models, campaign launches, attendance and awards each province reported after ten years of Program 09, side by side, with what was not reported marked as such.",
    lede: [
      "Each province chose its own numbers, so most cannot be compared. What each counts: ",
      { text: "the measures defined", to: "method", anchor: "chi-so" },
      ".",
    ],
  },
  method: {
    description: "The articles behind the figures, what each measure counts, how to read “more than”, “nearly” and “no count given”, and what cannot be compared between provinces.",
    summaryHeading: "In short",
    summary: [
      ["Every figure comes from a press report of a province's ten-year review conference, or of an inspection visit, and links to the sentence that stated it."],
      ["We add no count, year or web address an article does not give; where the year is missing, the site says “year not given”."],
      ["The provinces count different things, so no figure is ranked or added up across provinces."],
    ],
    readingHeading: "How to read a figure",
    notReportedMeaning: "The sources on that province do not mention this measure. That does not mean the figure is zero.",
    numbers: "Numbers in this edition are written the English way (114,924; 2.2); the Vietnamese edition writes 114.924 and 2,2. Dates are day, month, year. The sources' own words are quoted in Vietnamese, as published.",
    compareHeading: "What compares, and what does not",
    compareItems: [
      { term: "Model counts", text: "each province counts something different (every model set up or kept going; only “self-prevention, self-management” models; grassroots mass models). They are shown side by side with their definitions and never ranked." },
      { term: "Timing", text: "most figures are ten-year totals (2013–2023); Thái Nguyên's describe what the province had at an inspection visit whose year the article does not give." },
      { term: "Attendance", text: "is not people: someone who went to several launches is counted at each." },
      { term: "Awards", text: "certificates from the provincial People's Committee chair, from the provincial Fatherland Front committee and from the provincial police director come from different bodies; they are never added together." },
      { term: "Results against crime", text: "in Hà Nam are ten years of the provincial police's work, not results of Program 09 alone." },
      { term: "The 2025 reorganisation", text: "the National Assembly passed Resolution 202/2025/QH15 on 12 June 2025; the new provincial governments started work on 1 July 2025. Every figure on the site is for a province as it was before." },
    ],
    glossaryHeading: "Glossary",
    glossaryLede: "The English edition uses one English term for each Vietnamese one.",
    sourcesHeading: "The source articles",
    measuresHeading: "The measures",
    measuresLede: "Open a group to read what each measure counts.",
    labels: { province: "Province", outlet: "Outlet", author: "Author", published: "Published", event: "Event date", url: "Web address", id: "Source id", untitled: "(no headline)", unit: "Unit", compare: "Comparison", count: "count" },
    downloadHeading: "Download the data",
    downloadLede: "CSV files (UTF-8) in the columns our editors write: one figure a line, with its source and quote. Labels, definitions and notes come in Vietnamese and English columns.",
    zip: "the whole dataset, with a README describing every column, measure and source",
  },
  search: {
    description: "Find provinces, stories and measures, with or without Vietnamese diacritics.",
    lede: "Type a province, a measure or a word from a story, with or without Vietnamese diacritics (for example “ha tinh” or “dan van kheo”).",
    label: "Search for",
    button: "Search",
    everyPage: "Every page",
    noJs: "Search needs JavaScript. Without it, here is every page of the English edition:",
  },
  correctionsPage: {
    description: "Every figure changed after publication: when, from what to what, and why.",
    lede: "When a published figure is corrected, we record it here: the date, the old figure, the new one and the reason. A corrected figure on the other pages carries a “corrected” mark that links to its entry.",
    none: "No corrections so far.",
    from: "from",
    to: "to",
  },
  notFound: {
    title: "Page not found",
    description: "The page you are looking for is not on this site.",
    lede: "There is no page at this address. It may have been renamed, or the address mistyped.",
    home: "Go to the home page",
  },

  side: {
    title: "Models, launches and awards, province by province",
    subtitle: (t) => {
      // Names for one province, a count for more (the table under it names them): the takeaway stays short.
      const who = (names: readonly string[]) => capital(names.length === 1 ? claims.reporters(names, t.total, false) : claims.reporterCount(names.length, t.total, false));
      const models = t.models.length === 0 ? "No province gives a number of models." : `${who(t.models)} ${t.models.length === 1 ? "gives" : "give"} a number of models${t.modelsDiffer && t.models.length > 1 ? ", but each counts a different kind" : ""}.`;
      const campaigns = t.campaigns.length === 0 ? "No province counts campaign launches." : `${who(t.campaigns)} ${t.campaigns.length === 1 ? "counts" : "count"} campaign launches.`;
      const awards =
        t.awards.length === 0
          ? "No province counts its awards."
          : `${who(t.awards)} ${t.awards.length === 1 ? "counts" : "count"} awards${!t.awardsShared && t.awards.length > 1 ? ", but never awards from the same body" : ""}.`;
      return `${models} ${campaigns} ${awards}`;
    },
    topics: { models: "Models", campaigns: "Campaign launches", awards: "Awards, by who gave them" },
    awardFrom: (body) => `Awards: ${body}`,
    // "the People's Committee chair, Fatherland Front": the bodies keep their capitals, "police director" loses its.
    // Inside a sentence the bodies' names, written for headers, drop a capital that is not a name's own.
    awardMissing: (bodies) => `awards from ${andList(bodies.map((b) => `the ${b.replace(/^Police/, "police")}`))}`,
    notReported: (what) => `Not reported: ${what.join("; ")}.`,
    province: "Province",
    note: "“Yes, no count given”: the article mentions it but gives no number. “Not reported”: the article does not mention it, which does not mean zero. A model is a local scheme residents run. The People's Committee is a province's government; the Fatherland Front, the umbrella of its mass organisations. Every awarding body here is the province's own.",
    more: "Every figure, with the sentence that stated it, on the comparison page",
  },
  figures: {
    tableColumns: ["Figure", "The source's words (Vietnamese)", "Article"],
    modelsTitle: "How many models each province reported",
    campaignsTitle: "Campaign launches and attendance",
    awardsTitle: "Awards by who gave them",
    matrixTitle: "What each province reported",
    mapTitle: "The provinces on the map",
    groupTitle: (province, group) => `${group} in ${province}`,
    differingSubtitle: (stated, missing) => `${stated} — but each province counts its own way, so the numbers cannot be compared${missing ? `; ${missing}: not reported` : ""}.`,
    groupSubtitle: "Each number counts something different, so each stands on its own rather than on one scale.",
    groupOne: "One number here.",
    awardsSubtitle: (stated, total, counted) =>
      `${stated} of ${total} provinces mention awards, ${counted === 0 ? "none with a count" : `${counted} with a count`}. Groups and people stand side by side, not added up.`,
    awardLevelsNote: "Each awarding body has a panel of its own, the panels on one scale: a longer bar means more groups or people. Awards from different bodies do not add up.",
    matrixSubtitle: (measures, shared, differing) =>
      shared === 0
        ? `Of ${measures} measures, none has numbers from more than one province.`
        : `Of ${measures} measures, only ${shared} ${shared === 1 ? "has" : "have"} numbers from more than one province${differing === shared ? ", and each province counts its own way" : ""}.`,
    matrixDescription: (parts, shared) => `${parts}. Measures with numbers from more than one province: ${shared}.`,
    matrixPart: (province, stated, total) => `${province} reported ${stated} of ${total} measures`,
    matrixSharedNote: (shared, differing) => `${shared === 1 ? "The only measure" : "One of the few measures"} with numbers from more than one province${differing ? ", but each counts its own way" : ""}`,
    matrixLegend: ["a number", "yes, no count given", "not reported"],
    matrixNote: "In the cells: “>” means more than, “≥” at least, “≈” nearly, “~” about, “≤” at most; “yes” means the source says it happened but gives no count; “–” means not reported.",
    coordinates: (lat, lon) => `${lat}° N, ${lon}° E`,
    mergedInto: (province) => `in ${province} province from 1 July 2025`,
    unchanged: "unchanged",
    capital: (name, coordinates) => `Provincial capital: ${name}; ${coordinates}`,
    after2025: (what) => `After the 2025 reorganisation: ${what}`,
    mapDescription: (count, places) => `Map of Vietnam, including the Hoàng Sa (Paracel) and Trường Sa (Spratly) archipelagos, marking ${count} provinces: ${places}.`,
    mapSubtitle: (count, north, south) => `${capital(words(count))} provinces, from ${north} in the north to ${south} in the south.`,
    mapNote: "Each dot stands at the approximate position of the provincial capital; choose a dot to open the province's page. The map draws no provincial boundaries.",
    mapColumns: ["Provincial capital", "Coordinates", "After 2025"],
    aroundNote: (province, byPlace, around, total) =>
      `The chart shows at most ${around} provinces: ${byPlace ? `those nearest to ${province} from north to south (this figure cannot be ranked)` : `those ranked around ${province}`}; all ${total} are on the comparison page.`,
    noneReported: (what) => `No province reported ${what}.`,
    onlyReported: (province, what) => `Only ${province} reported ${what}.`,
    someReported: (stated, total, what, missing) => `${stated} of ${total} provinces reported ${what}${missing ? `; ${missing}: not reported` : ""}.`,
    separateScales: "Each measure has a panel and a scale of its own: different measures are not read against one axis.",
    and: " and ",
    dataAndSharing: "Data and sharing",
    definitions: "What each measure counts",
    copyLink: "Copy link",
  },
  chartWords: {
    seeSource: "See the source.",
    seeDetails: "See details.",
    pickBar: "choose a bar to see its source",
    pickCell: "choose a cell to see its source",
    pickProvince: "choose a province",
    vietnam: "(Vietnam)",
    archipelagos: ["Hoàng Sa (Paracel) Islands", "Trường Sa (Spratly) Islands"],
  },
  labels: {
    groups: {
      models: "Models",
      campaigns: "Campaign launches",
      organisations: "Mass organisations",
      safety: "Rated “safe for security and order”",
      police: "Regular police in communes",
      awards: "Awards",
      enforcement: "Results against crime",
    },
    awardLevels: {
      ppc_chair: "Certificates of merit from the provincial People's Committee chair",
      vff_committee: "Certificates of merit from the provincial Fatherland Front committee",
      police_director: "Certificates of commendation from the provincial police director",
    },
    awardBodies: { ppc_chair: "People's Committee chair", vff_committee: "Fatherland Front", police_director: "Police director" },
    recipients: { collective: "Groups", individual: "People" },
    eventKinds: { review: "Review conference", inspection: "Inspection visit" },
    comparable: { yes: "Comparable: every province counts the same thing", caution: "Not comparable: each province counts something else" },
    numbersFrom: (who) => `Numbers from ${who}; nothing to compare yet`,
  },
  claims,
};
