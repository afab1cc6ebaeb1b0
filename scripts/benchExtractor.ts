// npm run bench:extractor: the extractor's scores on the three hand-labelled sets of issue 22, one line each:
// the figures of the key it finds, its proposals that are figures, and those an editor accepts unchanged (value,
// qualifier, whole quote, metric). The tests assert the targets on the first two; the third, blindArticles.ts,
// is only measured here, so it says how the rules do on text nobody tuned them on. It lists no card of the
// blind set on purpose: read the score, not the cards, or the set stops being blind.
import { readProjectFiles } from "../src/lib/data/readProject.ts";
import { readMetrics } from "../src/lib/data/validateProject.ts";
import { cardsOf, scoreLine, scoreOf } from "../tests/helpers/acceptScore.ts";
import { ACCEPT_ARTICLES } from "../tests/editor/acceptArticles.ts";
import { BLIND_ARTICLES } from "../tests/editor/blindArticles.ts";
import { HELD_OUT_ARTICLES } from "../tests/editor/heldOutArticles.ts";

const { metrics } = readMetrics(readProjectFiles(process.cwd()).metrics);
const SETS = [
  ["acceptArticles.ts (tuned on)", ACCEPT_ARTICLES],
  ["heldOutArticles.ts (written blind, then tuned on)", HELD_OUT_ARTICLES],
  ["blindArticles.ts (blind: measured only)", BLIND_ARTICLES],
] as const;
for (const [name, articles] of SETS) console.log(`${name}\n  ${scoreLine(scoreOf(articles, cardsOf(articles, metrics)))}`);
console.log("Targets: figures found ≥ 95 %, proposals that are figures ≥ 95 %, acceptable unchanged ≥ 80 %.");
