import type { Problem } from "../Problem.ts";
import { FIG, type Paragraph } from "./storyParagraphs.ts";

// Bound words a <Fig> already prints from its row's qualifier ("trên 400", "more than 400"): typed beside it,
// they print twice or contradict it ("gần trên 400"). Before the figure, then after it.
const BEFORE = new RegExp(
  `(?<![\\p{L}])(?:trên|hơn|nhiều\\s+hơn|vượt|quá|gần|gần\\s+như|ngót(?:\\s+nghét)?|suýt\\s+soát|khoảng|chừng|độ|xấp\\s+xỉ|ước(?:\\s+tính)?|cỡ|tầm|trên\\s+dưới|ít\\s+nhất|tối\\s+thiểu|ít\\s+ra|không\\s+dưới|không\\s+ít\\s+hơn|dưới|ít\\s+hơn|chưa\\s+(?:đến|tới|đầy)|không\\s+(?:đến|quá|hơn)|tối\\s+đa|đúng|chính\\s+xác|exactly|precisely|just|only|more\\s+than|over|nearly|almost|about|around|approximately|roughly|some|at\\s+least|at\\s+most|up\\s+to|fewer\\s+than|less\\s+than|under|below|above)\\s*$`,
  "iu",
);
const AFTER = /^\s*(?:trở\s+lên|trở\s+xuống|có\s+lẻ|hoặc\s+hơn|or\s+more|or\s+so|or\s+fewer|or\s+less|and\s+more|plus|odd)(?![\p{L}])/iu;

/** Bound words typed right before or after a <Fig>, each refused where it stands. */
export function figNeighbours(paragraphs: readonly Paragraph[], file: string): Problem[] {
  const problems: Problem[] = [];
  for (const p of paragraphs) {
    for (const fig of p.figs) {
      const before = BEFORE.exec(p.text.slice(Math.max(0, fig.index - 30), fig.index).split(FIG).at(-1)!);
      const after = AFTER.exec(p.text.slice(fig.index + 1).split(FIG)[0]!);
      const word = before?.[0].trim() ?? after?.[0].trim();
      if (!word) continue;
      const index = before ? fig.index - before[0].length : fig.index + 1 + after!.index + after![0].indexOf(word);
      problems.push({
        file,
        ...p.at(index),
        message: `"${word}" stands next to <Fig metric="${fig.metric}" />, which prints its own bound word from the row's qualifier ("trên 400", "more than 400"), so the page would read it twice or contradict it: delete "${word}"; if the article's bound differs, correct the row's qualifier in data/results/`,
      });
    }
  }
  return problems;
}
