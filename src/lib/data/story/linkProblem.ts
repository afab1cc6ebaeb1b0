/**
 * What is wrong with a link target in a story (an inline link, or the definition a reference-style link uses),
 * if anything. Nothing in the build rewrites a story's links for the site's base path, so only a web page
 * (http or https) or an anchor on the same page (#…) stays right wherever the site is served.
 */
export function linkProblem(url: string): string | undefined {
  const target = url.trim();
  if (/^https?:\/\/[^\s/]/i.test(target) || /^#./.test(target)) return undefined;
  if (target.startsWith("/")) {
    return `link "${target}" starts with "/" and would break when the site is served under a sub-path: link to an http(s) page or a #anchor`;
  }
  return `link "${target}" is not an http(s) address or a #anchor: write the full https:// address`;
}
