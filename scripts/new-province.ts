// npm run new-province -- "Quảng Ninh": creates the story, its English edition and the results file of a new province.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PATHS } from "../src/lib/data/readProject.ts";
import { provinceTemplate } from "../src/lib/editor/provinceTemplate.ts";
import { slugify } from "../src/lib/text/slugify.ts";

const name = process.argv.slice(2).join(" ").trim();
if (!name) {
  console.error('Usage: npm run new-province -- "Tên tỉnh"   (for example: npm run new-province -- "Quảng Ninh")');
  process.exit(2);
}
const slug = slugify(name);
const story = `${PATHS.stories}/${slug}.mdx`;
const translation = `${PATHS.translations}/${slug}.mdx`;
const results = `${PATHS.results}/${slug}.csv`;
const taken = [story, translation, results].filter((p) => existsSync(join(process.cwd(), p)));
if (!slug || taken.length) {
  console.error(slug ? `${name} already exists (${taken.join(", ")}): nothing was written. Edit those files instead.` : `"${name}" has no letters to make a slug from.`);
  process.exit(1);
}
const files = provinceTemplate(name, slug);
writeFileSync(join(process.cwd(), story), files.story);
writeFileSync(join(process.cwd(), translation), files.translation);
writeFileSync(join(process.cwd(), results), files.results);
console.log(`Created ${story}, ${translation} and ${results} (slug: ${slug}).

Next:
  1. Add the article to ${PATHS.sources}: id ${slug}-1, province ${slug}, and what our copy states (a note also in note_en);
     leave the archive cell empty.
  2. Find its figures:   npm run extract -- --to ${slug} --source ${slug}-1 path/to/article.txt
     (writes the rows into ${results}, saves the article in the archive and names it in ${PATHS.sources}),
     then read every row: keep the right ones, decide every metric cell that says TODO,
     and write each note in English too (note_en).
  3. Fill every TODO in ${story} and write the story in our own words, with <Fig metric="…" /> for figures.
     Then the same in English in ${translation}: the build refuses a province without its English edition.
  4. Check:              npm run check
  5. See it:             npm start   (http://localhost:4321/tinh/${slug}/ and /en/provinces/${slug}/)`);
