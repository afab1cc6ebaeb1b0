import { slugify } from "../text/slugify.ts";
import { startsWithWords } from "./countedNoun.ts";
import { ATTEND, DURATION, EVENTS, GANGS, MEMBERS_OF, MONEY, MONEY_LINKS, PARTNERS, SAME_AS, SKIP, STOP, VERB_STARTS } from "./idWords.ts";
import { leadWords } from "./leadWords.ts";
import { BARE_NOUNS, COMMA_PAIRS } from "./listWords.ts";
import { sumName } from "./sumName.ts";
import { topicOf } from "./topicOf.ts";
import { unitListEnd } from "./unitListEnd.ts";

/** At most this many syllables in a proposed id: a noun and its few modifiers, not the rest of the sentence. */
const MAX_SYLLABLES = 8;
/** Inside a quoted name, which is taken whole up to this many syllables: mô hình “Khu dân cư không có tội phạm”. */
const MAX_WITH_NAME = 10;
/** Of a quoted name after a verb, this many words name the measure: xã đạt chuẩn “An toàn …” is "xã đạt chuẩn an toàn". */
const NAME_AFTER_VERB = 2;
/** A sum of money is named in at most this many syllables: "tiền hỗ trợ người lầm lỗi". */
const MAX_MONEY = 6;
/** Of the criminal group suspects belong to, this many syllables name it: the group and its crime ("ổ nhóm tội phạm"). */
const MAX_GANG = 4;

/** Words of two syllables the lists know (an ninh, trật tự, ma túy …): a cap never splits one. */
const WORDS_OF_TWO = new Set([
  ...COMMA_PAIRS.flat().flatMap((p) => (p.split(" ").length === 2 ? [p] : [])),
  "pháp luật", "xã hội", "nông thôn", "đô thị", "văn hóa", "văn minh", "cộng đồng", "môi trường", "giao thông", "tổ quốc", "nhân dân", "kinh tế",
]);

// "với" right before a number joins it to the figure before it: "… tổ liên gia an toàn với hơn 3.100 hộ".
const WITH = /(?:^|[^\p{L}])với\s*$/iu;

/** The clause around a figure, for naming what it counts. */
export interface Around {
  /** The clause's words before the number (and its bound words). */
  before?: string;
  /** What the figure before it in its clause counts, as its quote writes it ("buổi tuyên truyền pháp luật"). */
  previous?: string;
  /** The line of work its clause is about, where the events it counts do not say ("phổ biến, giáo dục pháp luật"; see topicOf). */
  topic?: string;
}

/** What names a proposed metric: the words it counts and, where they need it, the words around that qualify them. */
export interface ProposedWords {
  /** The words of the id, lower case, without the words that say nothing ("được", "các"). */
  words: string[];
  /** The counted phrase as written, lower case, up to its last word: a keyword that finds it again. */
  written: string;
  /** Words from around the figure, when what is counted says only its unit ("xã", "lượt người", "thành viên"). */
  context: string[];
  /** Those words as written, lower case: the keyword's "@context". */
  contextWritten: string;
}

/** A word of a phrase with where it stands. */
interface Token {
  word: string;
  end: number;
  /** Whether the word is inside a quoted name. */
  quoted: boolean;
  /** Whether the word is written with a capital, as names are ("Ngày hội toàn dân …"). */
  capital: boolean;
}

/** The words of a phrase up to the end of its clause, lower case and without quote marks or commas. */
function tokens(text: string): Token[] {
  const clause = /^[^.;:!?()\n]*/.exec(text)![0];
  return [...clause.matchAll(/[^\s,“”"]+/gu)]
    .map((m) => {
      const opened = (clause.slice(0, m.index).match(/\u201c/g)?.length ?? 0) > (clause.slice(0, m.index).match(/\u201d/g)?.length ?? 0);
      return { word: m[0].toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ""), end: m.index! + m[0].length, quoted: opened, capital: /^[“"]?\p{Lu}/u.test(m[0]) };
    })
    .filter((t) => t.word);
}

/** The phrase of a list that the words from `i` start, or undefined. */
function phraseAt(list: readonly string[], ts: readonly Token[], i: number): string | undefined {
  return [...list].sort((a, b) => b.length - a.length).find((p) => p.split(/[\s,]+/).every((w, k) => ts[i + k]?.word === w));
}

/**
 * The words that name what a number counts, from the noun phrase after it: the counted noun (`noun`, as it starts
 * `after`) and the words that modify it, up to a stop word or eight syllables, leaving out words that say nothing
 * ("được", "về"), a partner that repeats its word ("tuyên truyền, phổ biến") and writing one thing one way ("đạt
 * tiêu chuẩn" is "đạt chuẩn"). Attendance is named for what was attended, in one form whoever attended ("lượt
 * người tham gia tuyên truyền pháp luật" for "lượt người nghe tuyên truyền pháp luật" or "lượt đoàn viên … tham
 * dự" after "1.930 buổi tuyên truyền pháp luật"); members for what they are members of ("14 tổ tự quản với 98
 * thành viên"); a bare unit ("106 xã") takes the words before the number that say what it is counted for.
 */
export function proposedWords(after: string, noun: string, around: Around = {}): ProposedWords {
  const head = after.trimStart();
  const nounWords = noun.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const ts = tokens(head.slice(noun.length));
  const money = MONEY.includes(noun.toLowerCase());
  // A sum is named for what it is, not its unit: "12,5 tỷ đồng do Nhân dân đóng góp" is "tiền nhân dân đóng góp".
  const words = money ? ["tiền"] : [...nounWords];
  const max = money ? MAX_MONEY : MAX_SYLLABLES;
  let written = noun.length;
  let writtenBefore = written; // the written phrase before its last word
  let attendedAt: number | undefined; // where the words of what was attended start, after a verb of attending
  let cut = false; // whether the cap, not the phrase, ended the name
  let boundary = 0; // where the last phrase the name holds starts, after a word that says nothing ("về")
  let named: number | undefined; // where a name written with capitals starts, after a verb
  // A quoted name that names the thing counted again is its name: xã được công nhận “Xã không có ma túy”.
  const name = ts.filter((t) => t.quoted);
  if (name.length && ts[0] && !ts[0].quoted && nounWords.every((w, k) => name[k]?.word === w)) {
    return { words: name.map((t) => t.word).slice(0, MAX_WITH_NAME), written: head.slice(0, noun.length + name.at(-1)!.end).toLowerCase(), context: [], contextWritten: "" };
  }
  let nameWords = 0; // words taken from a quoted name after a verb
  // Units listed after the first ("xã, phường, thị trấn"), left out of the name when something is said of them.
  const listEnd = unitListEnd(head, noun);
  const said = listEnd > noun.length && tokens(head.slice(listEnd)).some((t) => !STOP.has(t.word) && !SKIP.has(t.word));
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (/\d/.test(t.word)) break;
    if (said && noun.length + t.end <= listEnd) continue;
    const duration = phraseAt(DURATION, ts, i);
    if (duration && words.length > nounWords.length - 1) {
      i += duration.split(" ").length - 1;
      continue;
    }
    // A quoted name right after the noun is taken whole: mô hình “Khu dân cư không có tội phạm”.
    if (words.length >= (t.quoted && ts[0]!.quoted ? MAX_WITH_NAME : max)) {
      cut = true;
      // Not in the middle of a word of two syllables: "… công trình an" of "an ninh" is "… công trình".
      if (words.length > nounWords.length + 1 && WORDS_OF_TWO.has(`${words.at(-1)} ${t.word}`)) {
        words.pop();
        written = writtenBefore;
      }
      break;
    }
    if (t.quoted && !ts[0]!.quoted && ++nameWords > NAME_AFTER_VERB) break;
    if (money && MONEY_LINKS.has(t.word) && words.length === 1) continue;
    const same = phraseAt(Object.keys(SAME_AS), ts, i);
    if (same) {
      words.push(...SAME_AS[same]!.split(" "));
      i += same.split(" ").length - 1;
      written = noun.length + ts[i]!.end;
      continue;
    }
    const last = words.slice(-2).join(" ");
    const partner = PARTNERS[last] && phraseAt(PARTNERS[last]!, ts, i);
    if (partner) {
      i += partner.split(" ").length - 1;
      continue;
    }
    const attend = attendedAt === undefined && isAttendance(nounWords) ? phraseAt(ATTEND, ts, i) : undefined;
    if (attend) {
      attendedAt = words.length;
      i += attend.split(" ").length - 1;
      written = noun.length + ts[i]!.end;
      // "tham gia các buổi tuyên truyền": what was attended, without its "các buổi".
      if (ts[i + 1]?.word === "các") i++;
      const event = phraseAt(EVENTS, ts, i + 1);
      if (event) i += event.split(" ").length;
      continue;
    }
    if (SKIP.has(t.word) && !t.quoted) {
      if (words.length > nounWords.length) boundary = words.length; // "… an toàn về an ninh": a phrase starts here
      continue;
    }
    if ((t.word === "các" || t.word === "những") && ts[i + 1]?.word === "loại") {
      words.push(t.word);
      continue;
    }
    // "do" right after the noun leads to who runs the things counted, which names them: "mô hình do Hội Phụ nữ chủ trì".
    const agent = t.word === "do" && !money && words.length === nounWords.length && i === 0;
    // After a sum, a verb says what it paid for ("7 tỷ đồng xây dựng các công trình an ninh"), "các" nothing.
    if (money && (t.word === "các" || t.word === "những")) continue;
    const purpose = money && VERB_STARTS.has(t.word);
    if (STOP.has(t.word) && !t.quoted && !agent && !purpose) break;
    if (t.capital && !t.quoted && named === undefined && words.length > nounWords.length) named = words.length;
    words.push(t.word);
    writtenBefore = written;
    written = noun.length + t.end;
  }
  // Cut short by the cap, a name does not end on the first words of another phrase: "… ký cam kết không vi",
  // "xã đạt chuẩn an toàn về an ninh trật" is "xã đạt chuẩn an toàn".
  const negation = words.lastIndexOf("không");
  const phraseStart = Math.max(negation, boundary);
  if (cut && phraseStart > nounWords.length) words.splice(phraseStart);
  // A name too long for the cap, unquoted, is named by its first words as a quoted one is: "thôn tổ chức ngày hội".
  else if (cut && named !== undefined) words.splice(named + NAME_AFTER_VERB);
  const keyword = head.slice(0, written).toLowerCase();
  if (isAttendance(nounWords) || attendedAt !== undefined) return attendance(words.slice(attendedAt ?? words.length), keyword, around);
  // Events that say what they were ("buổi tuyên truyền") but not about what take the clause's line of work.
  const topic = EVENTS.includes(noun.toLowerCase()) && words.length <= nounWords.length + 2 ? (around.topic ?? topicOf(around.before ?? "")) : "";
  if (topic) {
    // Without the words the events already say: "Công tác tuyên truyền, giáo dục pháp luật … 900 buổi tuyên truyền".
    const own = new Set(words);
    const fresh = topic.split(/\s+/).filter((_, k, all) => !all.slice(0, k + 1).every((x) => own.has(x.toLowerCase().replace(/[,;:]/gu, "")))).join(" ");
    const about = proposedWords(`${keyword} ${fresh.replace(/^[,\s]+/u, "")}`, noun);
    if (about.words.length > words.length) return { words, written: keyword, context: about.words.slice(words.length), contextWritten: topic.toLowerCase() };
  }
  // A list of units and nothing more ("540 thôn, bản") is counted for what its clause says was done there, if it says.
  const lead = listEnd > noun.length && !said ? leadWords(around.before ?? "") : undefined;
  if (lead?.words.length) return { words: [...nounWords], written: keyword, context: lead.words, contextWritten: lead.written };
  if (words.length > nounWords.length) return { words, written: keyword, context: [], contextWritten: "" };
  const lower = noun.toLowerCase();
  // Members of the body counted just before: "14 tổ tự quản với 98 thành viên".
  const previous = around.previous?.trim() ?? "";
  const body = startingWith(previous, MEMBERS_OF);
  if ((lower === "thành viên" || lower === "hội viên") && body) {
    const of = proposedWords(previous, body);
    return { words, written: keyword, context: of.words, contextWritten: of.written };
  }
  // Units joined by "với" to the body counted just before belong to it: "312 tổ liên gia an toàn với 3.100 hộ tham gia".
  if (BARE_NOUNS.includes(lower) && previous && WITH.test(around.before ?? "") && startingWith(previous, MEMBERS_OF)) {
    const of = proposedWords(previous, startingWith(previous, MEMBERS_OF)!);
    return { words, written: keyword, context: of.words, contextWritten: of.written };
  }
  // Suspects of the criminal groups counted just before, named for the group and its crime in a few words:
  // "triệt phá 62 ổ, nhóm tội phạm hình sự với 1.018 đối tượng" counts "đối tượng ổ nhóm tội phạm".
  const gang = startingWith(previous, GANGS);
  if (lower === "đối tượng" && gang) {
    const of = proposedWords(previous, gang);
    return { words, written: keyword, context: of.words.slice(0, MAX_GANG), contextWritten: of.written };
  }
  // A sum with nothing said of it after its unit is what its clause says it is: the sum the clause opens with
  // ("Quỹ phòng, chống tội phạm … vận động được 850 triệu đồng"), else "tiền" and the verb before it.
  const sum = money && words.length === 1 ? sumName(around.before ?? "") : undefined;
  if (sum) return { words: [], written: keyword, context: sum.words, contextWritten: sum.written };
  const bare = BARE_NOUNS.includes(lower) || money ? leadWords(around.before ?? "") : { words: [], written: "" };
  return { words, written: keyword, context: bare.words, contextWritten: bare.written };
}


/** Whether a counted noun counts attendance by itself ("lượt người"), or may with a verb of attending ("lượt đoàn viên … tham dự"). */
function isAttendance(nounWords: readonly string[]): boolean {
  return nounWords[0] === "lượt";
}

/**
 * Attendance in one form, "lượt người tham gia" and what was attended: the words after the verb (`attended`), else
 * the event counted just before it in the clause ("1.930 buổi tuyên truyền pháp luật, thu hút …"), without its unit.
 */
function attendance(attended: readonly string[], written: string, around: Around): ProposedWords {
  const words = ["lượt", "người", "tham", "gia", ...attended];
  if (attended.length) return { words, written, context: [], contextWritten: "" };
  const previous = around.previous?.trim() ?? "";
  const event = startingWith(previous, EVENTS);
  if (!event) return { words, written, context: [], contextWritten: "" };
  const of = proposedWords(previous, event, { topic: topicOf(around.before ?? "") });
  // Without the kinds of event it lists: "64 hội nghị, buổi tuyên truyền" were attended for "tuyên truyền".
  let what = [...of.words, ...of.context];
  let attendedWritten = of.written;
  for (let kind = startingWith(attendedWritten, EVENTS); kind; kind = startingWith(attendedWritten, EVENTS)) {
    what = what.slice(kind.split(/[\s,]+/).length);
    attendedWritten = attendedWritten.slice(kind.length).replace(/^[\s,]+/u, "");
  }
  return { words, written, context: what, contextWritten: what.length ? attendedWritten : "" };
}

/** The longest phrase of a list that starts a text (as whole words, any case), or undefined. */
function startingWith(text: string, list: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return [...list].sort((a, b) => b.length - a.length).find((p) => startsWithWords(lower, p));
}


/**
 * A metric id from the words that name a measure (see proposedWords): the words as a slug joined by "_". The same
 * words give the same id whatever their tone-mark spelling or the comma of a pair ("tổ, nhóm" and "tổ nhóm" both
 * give to_nhom), so one measure gets one id across articles.
 */
export function idFromWords(words: readonly string[]): string {
  return slugify(words.join(" ")).replaceAll("-", "_");
}
