/**
 * The words of claims computed from the data ("chỉ Hà Tĩnh", "cả bốn tỉnh", "1 of 4 provinces"), in one
 * language, with grammar that holds for none, one, two, a few, some and all; each language fills them in its dictionary.
 */
export interface ClaimWords {
  /** Who reported something: "chỉ Hà Tĩnh", "Hà Nam và Hà Tĩnh", "cả bốn tỉnh", "5 trong 7 tỉnh", "không tỉnh nào". */
  reporters: (names: readonly string[], total: number, others: boolean) => string;
  /** How many reported it, always as a count: "1 trong 4 tỉnh", "cả bốn tỉnh", "không tỉnh nào". */
  reporterCount: (count: number, total: number, others: boolean) => string;
  /** How many provinces there are: "bốn tỉnh", "ba tỉnh còn lại"; "four provinces", "three other provinces". */
  provinceCount: (total: number, others: boolean) => string;
}

/** Up to this many names a claim lists in every language; more read as a count ("5 trong 7 tỉnh"). */
export const MAX_NAMES = 3;
