import { STORY_COMPONENTS } from "../storyTags.ts";

// Self-closing components: <Fig>, charts and claims hold no text, so an unclosed one always means a missing "/".
const SELF_CLOSING = new Set<string>(["Fig", ...STORY_COMPONENTS]);

/** Why a story may hold no import or export, and what to write instead (the parser's refusal and the syntax rules say it alike). */
export const ESM_MESSAGE = 'a story may not import or export code: write prose, and figures as <Fig metric="…" />';

const TAGS = 'tags are written <Fig metric="…" />, <Vi>…</Vi> or <Chart compare="…" />, with attribute values in double quotes';

/**
 * Says in an editor's words why the MDX parser refused a story and what to write instead, from the parser's own
 * message (`raw`, without its line:column) and the story text from where it stopped (`rest`, to the end of that
 * line). The parser's wording is kept only at the end of the fallback, never alone.
 */
export function mdxErrorMessage(raw: string, rest: string): string {
  const unclosed = /Expected a closing tag for `<([^>`]*)>`/.exec(raw);
  if (unclosed) {
    const name = unclosed[1]!;
    const written = /^<[^>]*>/.exec(rest)?.[0];
    if (SELF_CLOSING.has(name)) {
      const fixed = written ? written.replace(/\s*\/?\s*>$/, " />") : `<${name} … />`;
      return `${written ?? `<${name}>`} is never closed: write ${fixed}: the tag must close itself`;
    }
    if (name === "Vi") return "<Vi> is never closed in its paragraph: write <Vi>…</Vi> around the Vietnamese words, opening and closing it in the same paragraph";
    return `<${name}> is never closed, and a story may not hold it: ${TAGS}`;
  }
  const stray = /Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(raw);
  if (stray) return `</${stray[1]}> closes a tag that is not open in this paragraph: delete it, or write <${stray[1]}>…</${stray[1]}> within one paragraph`;
  const crossed = /Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>`/.exec(raw);
  if (crossed) return `</${crossed[1]}> does not close <${crossed[2]}>: close <${crossed[2]}>…</${crossed[2]}> first; <Fig … /> and the other components close themselves`;
  if (rest.startsWith("<!--")) return "an HTML comment <!-- … --> stops the build: write a note to editors as {/* … */}";
  if (/^<\s*[-+=\d.,%]|^<\s/.test(rest)) {
    return '"<" before a number or a space starts a tag in a story: write it in words ("dưới 5%", "under 5%"), or cite the figure with <Fig metric="…" />';
  }
  if (/^<(https?:|www\.|mailto:)/i.test(rest)) return "an address in <…> is not a link in a story: write [the words](https://…)";
  if (/^<\/?[A-Za-z]/.test(rest)) {
    const tag = /^<[^>]*>?/.exec(rest)![0];
    const unquoted = /(\s[A-Za-z_]+)=([^"'{\s/>]+)/.exec(tag);
    if (unquoted) return `${tag}: put the attribute's value in double quotes: write${unquoted[1]}="${unquoted[2]}"`;
    return `${tag} cannot be read as a tag: ${TAGS}, and <Fig … /> closed by itself`;
  }
  if (rest.startsWith("<")) return '"<" here starts a tag: write the words ("less than", "dưới"), or \\< for the sign itself';
  if (/closing brace|in expression|Could not parse expression/i.test(raw)) {
    return "this {…} is not a comment: a story holds no {…} except notes to editors written {/* … */}; write a brace itself as \\{";
  }
  if (/import|export|esm/i.test(raw)) return ESM_MESSAGE;
  return `the story cannot be read from here: check the tag, "<" or "{" that starts here (${TAGS}; notes are {/* … */}; a "<" or "{" itself is \\< or \\{). The MDX parser says: ${raw.replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, "")}`;
}
