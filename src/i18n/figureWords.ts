/** The sentences around the site's charts, in one language (each language fills them in its dictionary); numbers and names are filled in by src/figures/. */
export interface FigureWords {
  tableColumns: [string, string, string];
  modelsTitle: string;
  campaignsTitle: string;
  awardsTitle: string;
  matrixTitle: string;
  mapTitle: string;
  groupTitle: (province: string, group: string) => string;
  /** "Hà Nam 83, Thái Nguyên 28 …: each counts a different kind of model." */
  differingSubtitle: (stated: string, missing: string) => string;
  /** A group chart's subtitle: its numbers each count something else, so they share no scale. */
  groupSubtitle: string;
  /** The subtitle of a group chart that holds one number. */
  groupOne: string;
  awardsSubtitle: (stated: number, total: number, counted: number) => string;
  awardLevelsNote: string;
  matrixSubtitle: (measures: number, shared: number, differing: number) => string;
  matrixDescription: (parts: string, shared: string) => string;
  /** The annotation on a measure with numbers from more than one province. */
  matrixSharedNote: (shared: number, differing: boolean) => string;
  matrixPart: (province: string, stated: number, total: number) => string;
  matrixLegend: [string, string, string];
  matrixNote: string;
  coordinates: (lat: string, lon: string) => string;
  mergedInto: (province: string) => string;
  unchanged: string;
  capital: (name: string, coordinates: string) => string;
  after2025: (what: string) => string;
  mapDescription: (count: number, places: string) => string;
  /** The map's takeaway: how many provinces, from the northernmost to the southernmost. */
  mapSubtitle: (count: number, north: string, south: string) => string;
  mapNote: string;
  mapColumns: [string, string, string];
  aroundNote: (province: string, byPlace: boolean, around: number, total: number) => string;
  noneReported: (what: string) => string;
  onlyReported: (province: string, what: string) => string;
  someReported: (stated: number, total: number, what: string, missing: string) => string;
  separateScales: string;
  /** Joins two measures in a sentence: " và ", " and ". */
  and: string;
  /** The footer: the disclosure's summary, the definitions link, copy link. */
  dataAndSharing: string;
  definitions: string;
  copyLink: string;
}
