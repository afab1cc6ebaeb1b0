import { leadWords } from "./leadWords.ts";

// "bằng" right before a share: the share is a rate of the count just before it ("hòa giải thành công 1.482 vụ
// việc, bằng 87,3% số vụ việc tiếp nhận").
const AS_RATE = /(?:^|[^\p{L}])bằng\s*$/iu;

/**
 * The words of the rate a share states of the count before it in its clause ("… đã hòa giải thành công 1.482 vụ
 * việc, bằng 87,3% …" gives "tỷ lệ hòa giải thành công"), from the words before that count, with them as written;
 * undefined when the share is no such rate.
 */
export function rateWords(before: string): { words: string[]; written: string } | undefined {
  if (!AS_RATE.test(before)) return undefined;
  const counted = /\d[\d.,]*(?=\D*$)/u.exec(before);
  if (!counted) return undefined;
  const lead = leadWords(before.slice(0, counted.index));
  return lead.words.length ? { words: ["tỷ", "lệ", ...lead.words], written: lead.written } : undefined;
}

// What happens to people afterwards, the measures Vietnamese reports give as rates of them: "1,8% số người mãn hạn
// tù trở về địa phương tái phạm" is the rate of re-offending, whoever the people were.
const OUTCOMES = ["tái phạm", "tái nghiện"];

/**
 * The words of the rate a share of people states when its phrase ends with what became of them ("không quá 1,8% số
 * người được đặc xá, mãn hạn tù … tái phạm" gives "tỷ lệ tái phạm"), with the outcome as written; else undefined.
 */
export function outcomeRate(head: string, noun: string): { words: string[]; written: string } | undefined {
  if (noun.toLowerCase() !== "người") return undefined;
  const phrase = /^[^.;:!?\n]*/u.exec(head)![0].trim().toLowerCase();
  const outcome = OUTCOMES.find((o) => phrase.endsWith(` ${o}`));
  return outcome ? { words: ["tỷ", "lệ", ...outcome.split(" ")], written: outcome } : undefined;
}
