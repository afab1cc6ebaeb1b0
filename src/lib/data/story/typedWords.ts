// Numbers a story types in ways the digit rule (bareNumbers) cannot see: digits of other scripts or forms, and
// numbers in words large enough to be a figure rather than the story's own small counts ("mười năm", "ten years").

/** A typed number found in a text: where it starts, what was written, and what kind it is. */
export interface TypedWord {
  index: number;
  token: string;
  kind: "digits" | "words";
}

// Any digit but 0–9: fullwidth ８３, Arabic-Indic ٨٣, superscripts ⁸³, circled ①, fractions ½ (Nd and No).
const OTHER_DIGITS = /(?:(?![0-9])[\p{Nd}\p{No}])+(?:[.,](?:(?![0-9])[\p{Nd}\p{No}])+)*/gu;

const VI_UNIT = "một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|linh|lẻ";
// A number in words with a multiplier or tens: "chín trăm", "hai mươi bảy", "ba nghìn", "một triệu". "tỉ lệ" is a rate.
const VI_WORDS = new RegExp(
  `(?<![\\p{L}])(?:(?:${VI_UNIT}|rưỡi)\\s+)*(?:${VI_UNIT})\\s+(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ(?!\\s+lệ)|vạn|mươi)(?:\\s+(?:${VI_UNIT}|trăm|nghìn|ngàn|triệu|rưỡi))*(?![\\p{L}])`,
  "giu",
);
const EN_UNIT = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an";
const EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
// "nine hundred", "a thousand", "twenty-seven", "two million": "hundreds of" names no number and stays.
const EN_WORDS = new RegExp(
  `\\b(?:(?:${EN_TENS})(?:[- ](?:${EN_UNIT}))?(?:\\s+(?:hundred|thousand|million|billion))*|(?:${EN_UNIT})\\s+(?:hundred|thousand|million|billion)(?:\\s+(?:and\\s+)?(?:${EN_TENS}|${EN_UNIT}|hundred|thousand))*)\\b`,
  "giu",
);

/** Digits in any other script or form, and numbers in words with a multiplier or tens, in one text. */
export function typedWords(text: string): TypedWord[] {
  const found: TypedWord[] = [];
  for (const m of text.matchAll(OTHER_DIGITS)) found.push({ index: m.index, token: m[0], kind: "digits" });
  for (const pattern of [VI_WORDS, EN_WORDS]) {
    for (const m of text.matchAll(pattern)) found.push({ index: m.index, token: m[0], kind: "words" });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** What to write instead of a typed number, for the message. */
export function typedWordMessage(word: TypedWord): string {
  const read = word.token.normalize("NFKC");
  return word.kind === "digits"
    ? `"${word.token}" is a figure typed in other digits${read !== word.token ? ` (it reads "${read}")` : ""}: write it as <Fig metric="…" /> so it links to the sentence that stated it`
    : `"${word.token}" is a figure written in words: write it as <Fig metric="…" /> so it links to the sentence that stated it (the story's own small counts, up to mười chín / nineteen, such as "mười năm", "ten years", may stay in words)`;
}
